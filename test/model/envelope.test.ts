import { expect } from '@open-wc/testing';
import { cleanContext, createEnvelope } from '../../src/model/envelope.js';
import { newUuid } from '../../src/model/ids.js';
import { EnvelopeSchema } from '../../src/model/schemas.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('envelope', () => {
  describe('createEnvelope', () => {
    it('has specVersion "1", a v4 UUID messageId and the given time as an ISO instant', () => {
      const now = new Date(Date.UTC(2026, 2, 3, 23, 59, 1, 250));
      const env = createEnvelope({ context: { patientId: 'p1' }, summary: 'Fit note', narrative: 'Line 1\nLine 2', now });
      expect(env.specVersion).to.equal('1');
      expect(env.messageId).to.match(UUID_V4);
      expect(env.createdAt).to.equal('2026-03-03T23:59:01.250Z');
      expect(env.context).to.deep.equal({ patientId: 'p1' });
      expect(env.summary).to.equal('Fit note');
      expect(env.narrative).to.equal('Line 1\nLine 2');
    });

    it('createdAt defaults to now, also when now is not a valid Date', () => {
      for (const now of [undefined, new Date(Number.NaN), '2026-03-03' as unknown as Date]) {
        const before = Date.now();
        const env = createEnvelope({ summary: 's', narrative: 'n', now });
        expect(env.createdAt, String(now)).to.match(ISO_INSTANT);
        const t = new Date(env.createdAt).getTime(); // a UTC instant ending in Z, not a calendar date
        expect(t).to.be.at.least(before - 1).and.at.most(Date.now() + 1);
      }
    });

    it('messageId is unique across 1000 envelopes', () => {
      const ids = new Set<string>();
      for (let i = 0; i < 1000; i += 1) {
        const { messageId } = createEnvelope({ summary: 's', narrative: 'n' });
        expect(messageId).to.match(UUID_V4);
        ids.add(messageId);
      }
      expect(ids.size).to.equal(1000);
    });

    it('summary collapses whitespace and is at most 140 characters', () => {
      expect(createEnvelope({ summary: '  May be fit\n\tfor   work  ', narrative: '' }).summary).to.equal('May be fit for work');
      const long = createEnvelope({ summary: 'word '.repeat(100), narrative: '' }).summary;
      expect(long.length).to.be.at.most(140);
      expect(long.endsWith('…')).to.equal(true);
      expect(long).to.not.match(/\s{2,}/);
      const exact = 'x'.repeat(140);
      expect(createEnvelope({ summary: exact, narrative: '' }).summary).to.equal(exact);
      expect(createEnvelope({ summary: `${exact}y`, narrative: '' }).summary).to.have.length(140);
    });

    it('keeps the narrative as given, line breaks included', () => {
      const narrative = 'a\n\nb  c';
      expect(createEnvelope({ summary: '', narrative }).narrative).to.equal(narrative);
    });

    it('cleans the context: unknown keys and non-strings dropped', () => {
      const env = createEnvelope({
        context: { patientId: 'p1', encounterId: 42, userId: 'u1', token: 'secret', nhsNumber: '9434765919' },
        summary: 's',
        narrative: 'n',
      });
      expect(env.context).to.deep.equal({ patientId: 'p1', userId: 'u1' });
    });

    it('parses with EnvelopeSchema, for good and bad input alike', () => {
      const inputs = [
        { context: { patientId: 'p1', encounterId: 'e1', userId: 'u1' }, summary: 'Fit note', narrative: 'text' },
        { context: 'garbage', summary: 'x'.repeat(10_000), narrative: '' },
        { context: null, summary: ' \n ', narrative: 'n', now: new Date(0) },
      ];
      for (const input of inputs) {
        const result = EnvelopeSchema.safeParse(createEnvelope(input));
        expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
      }
    });
  });

  describe('cleanContext', () => {
    it('keeps the three id fields when they are strings', () => {
      expect(cleanContext({ patientId: 'p', encounterId: 'e', userId: 'u' })).to.deep.equal({ patientId: 'p', encounterId: 'e', userId: 'u' });
      expect(cleanContext({ patientId: 'p' })).to.deep.equal({ patientId: 'p' });
    });

    it('drops unknown keys, non-strings, undefined values and ids over 200 characters', () => {
      const out = cleanContext({ patientId: 'p', encounterId: undefined, userId: 7, extra: 'x', ['__proto__']: 'y' });
      expect(out).to.deep.equal({ patientId: 'p' });
      expect(Object.keys(out)).to.deep.equal(['patientId']);
      expect(cleanContext({ patientId: 'p'.repeat(201), userId: 'u' })).to.deep.equal({ userId: 'u' });
      expect(cleanContext({ patientId: 'p'.repeat(200) })).to.deep.equal({ patientId: 'p'.repeat(200) });
    });

    it('returns an empty context for anything that is not an object', () => {
      for (const bad of [undefined, null, 42, 'p1', [], true]) expect(cleanContext(bad), String(bad)).to.deep.equal({});
    });

    it('returns a new object, not the one it was given', () => {
      const input = { patientId: 'p' };
      const out = cleanContext(input);
      expect(out).to.not.equal(input);
    });
  });

  describe('newUuid', () => {
    it('makes v4 UUIDs, also without crypto.randomUUID', () => {
      expect(newUuid()).to.match(UUID_V4);
      const c = globalThis.crypto as Crypto & { randomUUID?: unknown };
      const original = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(c), 'randomUUID');
      Object.defineProperty(c, 'randomUUID', { value: undefined, configurable: true });
      try {
        const ids = new Set<string>();
        for (let i = 0; i < 200; i += 1) {
          const id = newUuid();
          expect(id).to.match(UUID_V4);
          ids.add(id);
        }
        expect(ids.size).to.equal(200);
      } finally {
        delete (c as { randomUUID?: unknown }).randomUUID;
      }
      expect(typeof c.randomUUID).to.equal(original ? 'function' : 'undefined');
    });
  });
});
