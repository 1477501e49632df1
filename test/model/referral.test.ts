import { expect } from '@open-wc/testing';
import { registerCatalogue } from '../../src/messages/index.js';
import { referralToServiceRequest } from '../../src/model/fhir.js';
import { createReferral, type ReferralDraft } from '../../src/model/referral.js';
import { EnvelopeSchema, type Service } from '../../src/model/schemas.js';
import { builtInServices } from '../../src/model/services.js';
import * as model from '../../src/model/index.js';

const NOW = new Date(Date.UTC(2026, 2, 3, 10, 15, 0, 0));
const CONTEXT = { patientId: 'pat-1', encounterId: 'enc-9', userId: 'user-7' };
const CONDITIONS = [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }, { display: 'Anxiety' }];
const service = (id: string): Service => builtInServices.find((s) => s.id === id) as Service;
const SIGNPOSTED_NOTE = 'Signposted: the patient was given the details to refer themselves; no referral was sent to the service.';

function draft(overrides: Partial<ReferralDraft> = {}): ReferralDraft {
  return {
    service: service('workwell-qhl'),
    mode: 'refer',
    reason: 'Low back pain; worried about keeping her job',
    consent: true,
    notes: 'Works night shifts. <b>not bold</b>',
    ...overrides,
  };
}

describe('createReferral', () => {
  it('is exported from the model', () => {
    expect(model.createReferral).to.equal(createReferral);
  });

  it('a referral: the envelope, its summary and narrative, and the ServiceRequest, as the picker sent them', () => {
    const referral = createReferral(draft(), { conditions: CONDITIONS, context: CONTEXT, icb: 'QHL', now: NOW });
    const envelope = EnvelopeSchema.parse(referral);
    expect(referral).to.deep.equal({
      ...envelope,
      specVersion: '1',
      createdAt: '2026-03-03T10:15:00.000Z',
      context: CONTEXT,
      summary: 'Referral to WorkWell Birmingham and Solihull',
      narrative: [
        'Referral to WorkWell Birmingham and Solihull (WorkWell).',
        'Area: Birmingham and Solihull.',
        'Reason: Low back pain; worried about keeping her job',
        'The patient agrees to this referral.',
        'Notes: Works night shifts. <b>not bold</b>',
      ].join('\n'),
      service: service('workwell-qhl'),
      reason: 'Low back pain; worried about keeping her job',
      patientConsent: true,
      notes: 'Works night shifts. <b>not bold</b>',
      signposted: false,
      fhir: referralToServiceRequest({
        service: service('workwell-qhl'),
        reason: 'Low back pain; worried about keeping her job',
        patientConsent: true,
        notes: 'Works night shifts. <b>not bold</b>',
        conditions: CONDITIONS,
        context: CONTEXT,
        now: NOW,
      }),
    });
    expect(referral.service).to.equal(service('workwell-qhl'));
    expect(referral.fhir.authoredOn).to.equal(referral.createdAt);
  });

  it('signposting: summary "Signposted to …", no consent line or consent, and the FHIR note that nothing was sent', () => {
    const referral = createReferral(
      draft({ service: service('national-access-to-work'), mode: 'signpost', reason: 'Low back pain; Anxiety', consent: true, notes: '' }),
      { conditions: CONDITIONS, context: CONTEXT, icb: 'QHL', now: NOW },
    );
    expect(referral).to.include({ signposted: true, patientConsent: false, reason: 'Low back pain; Anxiety', notes: '', summary: 'Signposted to Access to Work' });
    expect(referral.narrative).to.equal(
      [
        'Signposted to Access to Work (Access to Work): the patient was given the details to refer themselves.',
        'Area: National.',
        'Reason: Low back pain; Anxiety',
        'Website: https://www.gov.uk/access-to-work',
      ].join('\n'),
    );
    const plain = referralToServiceRequest({
      service: service('national-access-to-work'),
      reason: 'Low back pain; Anxiety',
      patientConsent: false,
      notes: '',
      conditions: CONDITIONS,
      context: CONTEXT,
      now: NOW,
    });
    expect(referral.fhir).to.deep.equal({ ...plain, note: [...(plain.note ?? []), { text: SIGNPOSTED_NOTE }] });
  });

  it('a referral without consent says consent is not recorded (asking for it is the picker’s part)', () => {
    const referral = createReferral(draft({ consent: false, notes: '  ' }), { icb: 'QHL', now: NOW });
    expect(referral.patientConsent).to.equal(false);
    expect(referral.narrative.split('\n').slice(2)).to.deep.equal(['Reason: Low back pain; worried about keeping her job', 'Patient consent to this referral is not recorded.']);
    expect(referral.fhir.note?.map((n) => n.text)).to.deep.equal(['Reason for referral: Low back pain; worried about keeping her job', 'Patient consent to this referral is not recorded.']);
  });

  it('names the area through which the service covers the chosen icb, with the part covered', () => {
    const frimley = service('workwell-qnq');
    const area = (icb?: string) => createReferral(draft({ service: frimley }), { icb, now: NOW }).narrative.split('\n')[1];
    expect(area('S9B9J')).to.equal('Area: Frimley (Surrey part only).');
    expect(area(' s0e4d ')).to.equal('Area: Frimley (East Berkshire part only).');
    expect(area('QNQ')).to.equal('Area: Frimley.');
    expect(area()).to.equal('Area: Frimley.');
    expect(createReferral(draft({ service: service('programme-inactivity-trailblazers') }), { icb: 'Z9B2Z', now: NOW }).narrative.split('\n')[1]).to.equal(
      'Area: North Central London, North West London.',
    );
  });

  it('leaves out blank reason and notes, and gives the website when the service has one', () => {
    const referral = createReferral(draft({ service: service('national-talking-therapies-employment-advisers'), reason: ' ', notes: '' }), { now: NOW });
    expect(referral.narrative.split('\n')).to.deep.equal([
      'Referral to NHS Talking Therapies employment advisers (Talking therapies).',
      'Area: National.',
      'The patient agrees to this referral.',
      `Website: ${service('national-talking-therapies-employment-advisers').url}`,
    ]);
  });

  it('gives summary, narrative and signposting note in options.lang', () => {
    registerCatalogue('x-ref', {
      'summary.referral': 'REF {service}',
      'picker.summary.signposted': 'SIGN {service}',
      'picker.narrative.referral': 'R {service} / {category}',
      'picker.narrative.signposted': 'S {service} / {category}',
      'picker.narrative.area': 'A {area}',
      'picker.narrative.consent': 'YES',
      'picker.narrative.reason': 'WHY {reason}',
      'picker.narrative.website': 'WEB {url}',
      'picker.category.workwell': 'WW',
      'picker.category.access-to-work': 'ATW',
      'picker.area.part': '{area}<{part}>',
      'picker.result.national': 'NAT',
      'picker.fhir.signposted': 'SIGNED',
    });
    const refer = createReferral(draft({ service: service('workwell-qnq'), notes: '' }), { icb: 'S9B9J', lang: 'x-ref', now: NOW });
    expect(refer.summary).to.equal('REF WorkWell Frimley');
    expect(refer.narrative.split('\n')).to.deep.equal(['R WorkWell Frimley / WW', 'A Frimley<Surrey>', 'WHY Low back pain; worried about keeping her job', 'YES']);
    const sign = createReferral(draft({ service: service('national-access-to-work'), mode: 'signpost', reason: '', notes: '' }), { lang: 'x-ref', now: NOW });
    expect(sign.summary).to.equal('SIGN Access to Work');
    expect(sign.narrative.split('\n')).to.deep.equal(['S Access to Work / ATW', 'A NAT', 'WEB https://www.gov.uk/access-to-work']);
    expect(sign.fhir.note?.at(-1)).to.deep.equal({ text: 'SIGNED' });
  });

  it('makes envelope and ServiceRequest at the same instant, now when options.now is missing or not a date', () => {
    for (const now of [undefined, new Date(Number.NaN), '2026-03-03' as unknown as Date]) {
      const before = Date.now();
      const referral = createReferral(draft(), { now });
      expect(referral.fhir.authoredOn).to.equal(referral.createdAt);
      expect(new Date(referral.createdAt).getTime()).to.be.within(before - 1, Date.now() + 1); // a UTC instant, not a calendar date
    }
  });

  it('keeps only the usable context fields and truncates a long summary to 140 characters', () => {
    const long = { ...service('workwell-qhl'), name: `WorkWell ${'very '.repeat(40)}long` };
    const referral = createReferral(draft({ service: long }), { context: { patientId: 'p', extra: 'x' } as never, now: NOW });
    expect(referral.context).to.deep.equal({ patientId: 'p' });
    expect(referral.summary.length).to.be.at.most(140);
    expect(EnvelopeSchema.safeParse(referral).success).to.equal(true);
  });

  it('never throws on odd input, and still gives a well-formed envelope', () => {
    const drafts: unknown[] = [undefined, null, 42, 'x', {}, { service: null }, { service: {}, mode: 'other', reason: 7, consent: 'yes', notes: {} }];
    const options: unknown[] = [undefined, null, 'x', { icb: 42, lang: 7, conditions: 'x', context: 5, now: 'x' }];
    for (const d of drafts) {
      for (const o of options) {
        const referral = createReferral(d as ReferralDraft, o as never);
        expect(EnvelopeSchema.safeParse(referral).success, JSON.stringify([d, o])).to.equal(true);
        expect(referral).to.include({ reason: '', notes: '', patientConsent: false, signposted: false });
        expect(referral.narrative).to.not.contain('undefined');
        expect(referral.fhir.resourceType).to.equal('ServiceRequest');
      }
    }
  });
});
