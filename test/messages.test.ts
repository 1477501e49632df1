import { expect } from '@open-wc/testing';
import { areas, en } from '../src/messages/en/index.js';
import { SUPPORTED_LANGUAGES, message, plural, type MessageId } from '../src/messages/index.js';

const ids = Object.keys(en) as MessageId[];

describe('messages', () => {
  it('no id appears in two areas', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, catalogue] of Object.entries(areas)) {
      for (const id of Object.keys(catalogue)) {
        const other = seen.get(id);
        if (other !== undefined) clashes.push(`${id} in ${other} and ${area}`);
        else seen.set(id, area);
      }
    }
    expect(clashes).to.deep.equal([]);
    expect(seen.size).to.equal(ids.length);
  });

  it('the English catalogue is exactly the union of its areas, each with the area wording', () => {
    for (const catalogue of Object.values(areas)) {
      for (const [id, text] of Object.entries(catalogue)) {
        expect(en[id as MessageId], id).to.equal(text);
      }
    }
  });

  it('every *.one id has a matching *.other id', () => {
    const missing = ids.filter((id) => id.endsWith('.one') && !ids.includes(`${id.slice(0, -4)}.other` as MessageId));
    expect(missing).to.deep.equal([]);
    expect(ids.some((id) => id.endsWith('.one'))).to.equal(true);
  });

  it('no message is empty or blank', () => {
    const empty = ids.filter((id) => typeof en[id] !== 'string' || en[id].trim() === '');
    expect(empty).to.deep.equal([]);
  });

  it('no message has stray whitespace or an unbalanced placeholder brace', () => {
    for (const id of ids) {
      const text = en[id];
      expect(text, id).to.equal(text.trim());
      expect(text.replace(/\{\w+\}/g, ''), id).to.not.match(/[{}]/);
    }
  });

  it('message() returns the text of an id', () => {
    expect(message('rule.R1.missing')).to.equal('Enter at least one condition');
    expect(message('month.3')).to.equal('March');
  });

  it('message() fills {params} as plain text and leaves unknown placeholders', () => {
    expect(message('period.withDates', { length: '2 weeks', start: '3 March 2026', end: '16 March 2026' })).to.equal(
      '2 weeks (3 March 2026 to 16 March 2026)',
    );
    expect(message('period.withDates', { length: '2 weeks' })).to.equal('2 weeks ({start} to {end})');
    expect(message('narrative.patient', { name: '<b>$&</b>' })).to.equal('Patient: <b>$&</b>');
    expect(message('narrative.patient', { name: 7 })).to.equal('Patient: 7');
    expect(message('narrative.patient')).to.equal('Patient: {name}');
    expect(message('narrative.patient', { other: 'x' })).to.equal('Patient: {name}');
  });

  it('message() does not read inherited properties as params', () => {
    expect(message('narrative.patient', {} as Record<string, string>)).to.equal('Patient: {name}');
    expect(message('list.and', Object.create({ items: 'a', last: 'b' }) as Record<string, string>)).to.equal('{items} and {last}');
  });

  it('message() falls back to English for an unknown language and to the id for an unknown id', () => {
    expect(message('month.1', undefined, 'fr')).to.equal('January');
    expect(message('month.1', undefined, 'en-GB')).to.equal('January');
    expect(message('no.such.id' as MessageId)).to.equal('no.such.id');
    expect(SUPPORTED_LANGUAGES).to.include('en');
  });

  it('plural() uses *.one for exactly 1 and *.other otherwise', () => {
    expect(plural('unit.days', 1)).to.equal('1 day');
    expect(plural('unit.days', 0)).to.equal('0 days');
    expect(plural('unit.days', 2)).to.equal('2 days');
    expect(plural('unit.weeks', 1)).to.equal('1 week');
    expect(plural('unit.months', 12)).to.equal('12 months');
  });
});
