import { expect } from '@open-wc/testing';
import { areas, en } from '../src/messages/en/index.js';
import { SUPPORTED_LANGUAGES, formatNumber, isMessageId, message, plural, registerCatalogue, type MessageId } from '../src/messages/index.js';

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
      expect(text.replace(/\{\w+(?::\w+)?\}/g, ''), id).to.not.match(/[{}]/);
    }
  });

  it('every typed placeholder names a type message() knows: date, number, days or length', () => {
    const types = ids.flatMap((id) => [...en[id].matchAll(/\{\w+:(\w+)\}/g)].map((m) => m[1]));
    expect(types).to.include.members(['date', 'number', 'days', 'length']);
    expect([...new Set(types)].sort()).to.deep.equal(['date', 'days', 'length', 'number']);
  });

  it('no rule message takes a date or a count as preformatted text (R4, R5, R7, R12 take raw values)', () => {
    expect(en['rule.R4.backdated']).to.contain('{start:date}').and.contain('{assessed:date}');
    expect(en['rule.R5.tooLong']).to.contain('{latest:date}');
    expect(en['rule.R7.selfCertify']).to.contain('{days:days}');
    expect(en['rule.R12.considerMayBeFit']).to.contain('{length:length}');
    const untyped = ids.filter((id) => id.startsWith('rule.') && /\{\w+\}/.test(en[id]));
    expect(untyped).to.deep.equal([]);
  });

  it('message() returns the text of an id', () => {
    expect(message('rule.R1.missing')).to.equal('Enter at least one condition');
    expect(message('month.3')).to.equal('March');
  });

  it('message() fills {params} as plain text and leaves unknown placeholders', () => {
    expect(message('period.withDates', { length: 'P2W', start: '2026-03-03', end: '2026-03-16' })).to.equal(
      '2 weeks (3 March 2026 to 16 March 2026)',
    );
    expect(message('period.withDates', { length: 'P2W' })).to.equal('2 weeks ({start:date} to {end:date})');
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
    expect(message('constructor' as MessageId)).to.equal('constructor');
    expect(message('__proto__' as MessageId, { x: 1 })).to.equal('__proto__');
    expect(SUPPORTED_LANGUAGES).to.include('en');
  });

  it('isMessageId() is true only for ids of the catalogue', () => {
    expect(isMessageId('rule.R1.missing')).to.equal(true);
    for (const bad of ['no.such.id', 'constructor', '__proto__', 'toString', '', null, 42, {}]) expect(isMessageId(bad), String(bad)).to.equal(false);
  });

  it('plural() uses *.one for exactly 1 and *.other otherwise', () => {
    expect(plural('unit.days', 1)).to.equal('1 day');
    expect(plural('unit.days', 0)).to.equal('0 days');
    expect(plural('unit.days', 2)).to.equal('2 days');
    expect(plural('unit.weeks', 1)).to.equal('1 week');
    expect(plural('unit.months', 12)).to.equal('12 months');
  });

  describe('typed placeholders', () => {
    it('{name:date} writes a calendar date as a long date, and anything else as "date not known"', () => {
      expect(message('narrative.dateOfBirth', { date: '2026-03-03' })).to.equal('Date of birth: 3 March 2026');
      expect(message('narrative.dateOfBirth', { date: '1980-12-31' })).to.equal('Date of birth: 31 December 1980');
      for (const bad of ['2026-02-30', '3 March 2026', '', 'soon', 20260303]) {
        expect(message('narrative.dateOfBirth', { date: bad }), String(bad)).to.equal('Date of birth: date not known');
      }
    });

    it('{name:number} groups digits in threes without the machine locale', () => {
      expect(message('unit.days.other', { count: 3660 })).to.equal('3,660 days');
      expect(formatNumber(0)).to.equal('0');
      expect(formatNumber(999)).to.equal('999');
      expect(formatNumber(1000)).to.equal('1,000');
      expect(formatNumber(1234567)).to.equal('1,234,567');
      expect(formatNumber(-1234.5)).to.equal('-1,234.5');
      expect(formatNumber(Number.NaN)).to.equal('NaN');
      expect(formatNumber(1e21)).to.equal('1e+21');
      expect(formatNumber('12' as unknown as number)).to.equal('12');
      expect(message('unit.days.other', { count: 'many' })).to.equal('many days');
    });

    it('{name:days} writes a count of days with its unit, singular for 1 (R7)', () => {
      expect(message('rule.R7.selfCertify', { days: 1 })).to.match(/^This covers 1 day\. /);
      expect(message('rule.R7.selfCertify', { days: 5 })).to.match(/^This covers 5 days\. /);
      expect(message('rule.R7.selfCertify', { days: 0 })).to.match(/^This covers 0 days\. /);
    });

    it('{name:length} writes an ISO 8601 duration of one unit as the length (R12: "6 weeks")', () => {
      const r12 = (length: string | number) => message('rule.R12.considerMayBeFit', { length });
      expect(r12('P6W')).to.contain('for 6 weeks.');
      expect(r12('P1W')).to.contain('for 1 week.');
      expect(r12('P3M')).to.contain('for 3 months.');
      expect(r12('P1M')).to.contain('for 1 month.');
      expect(r12('P29D')).to.contain('for 29 days.');
      expect(r12(29)).to.contain('for 29 days.');
      expect(r12('P1000D')).to.contain('for 1,000 days.');
      expect(r12('6 weeks')).to.contain('for 6 weeks.');
      expect(r12('P6Y')).to.contain('for P6Y.');
    });

    it('{name} leaves a raw value as it is', () => {
      expect(message('narrative.patient', { name: '2026-03-03' })).to.equal('Patient: 2026-03-03');
      expect(message('narrative.patient', { name: 3660 })).to.equal('Patient: 3660');
    });

    it('a param that is neither text nor a number is written as text, never thrown on', () => {
      const odd = { date: null, count: undefined, name: {} } as unknown as Record<string, string>;
      expect(() => message('narrative.dateOfBirth', odd)).to.not.throw();
      expect(message('narrative.patient', odd)).to.equal('Patient: [object Object]');
    });
  });

  describe('registerCatalogue', () => {
    it('adds a language: its text is used for the tag and its longer forms, English for the ids it lacks', () => {
      expect(registerCatalogue('x-one', { 'month.3': 'Mawrth', 'date.invalid': 'dyddiad anhysbys' })).to.equal(true);
      expect(SUPPORTED_LANGUAGES).to.include('x-one');
      expect(message('month.3', undefined, 'x-one')).to.equal('Mawrth');
      expect(message('month.3', undefined, 'X-One')).to.equal('Mawrth');
      expect(message('month.3', undefined, ' x-one-gb ')).to.equal('Mawrth');
      expect(message('month.4', undefined, 'x-one')).to.equal('April');
      expect(message('month.3', undefined, 'x')).to.equal('March');
      expect(message('month.3')).to.equal('March');
      expect(message('narrative.dateOfBirth', { date: '2026-03-03' }, 'x-one')).to.equal('Date of birth: 3 Mawrth 2026');
      expect(message('narrative.dateOfBirth', { date: 'soon' }, 'x-one')).to.equal('Date of birth: dyddiad anhysbys');
    });

    it('a later registration for the same tag replaces the earlier one', () => {
      registerCatalogue('x-two', { 'month.1': 'one' });
      registerCatalogue('x-two', { 'month.2': 'two' });
      expect(message('month.1', undefined, 'x-two')).to.equal('January');
      expect(message('month.2', undefined, 'x-two')).to.equal('two');
      expect(SUPPORTED_LANGUAGES.filter((l) => l === 'x-two')).to.have.length(1);
    });

    it('never throws: non-string, blank and unknown entries are ignored; bad tags and English are refused', () => {
      const entries = {
        'month.1': 42,
        'month.2': '  ',
        'month.3': null,
        'month.4': 'Ebrill',
        'no.such.id': 'x',
        __proto__: { 'month.5': 'Mai' },
        constructor: 'x',
      } as unknown as Record<string, string>;
      expect(registerCatalogue('x-three', entries)).to.equal(true);
      expect(['month.1', 'month.2', 'month.3', 'month.4', 'month.5'].map((id) => message(id as MessageId, undefined, 'x-three'))).to.deep.equal([
        'January',
        'February',
        'March',
        'Ebrill',
        'May',
      ]);
      for (const bad of ['', ' ', 'en', 'EN-GB', 'not a tag', '../x', 42, null, undefined, {}, Symbol('x')]) {
        expect(registerCatalogue(bad as string, { 'month.1': 'x' }), String(bad)).to.equal(false);
      }
      for (const bad of [null, undefined, 42, 'text', [], ['x']]) {
        expect(() => registerCatalogue('x-four', bad as unknown as Record<string, string>)).to.not.throw();
      }
      expect(message('month.1', undefined, 'en')).to.equal('January');
      expect(message('month.1', undefined, 'x-four')).to.equal('January');
      expect(SUPPORTED_LANGUAGES).to.not.include('not a tag');
    });

    it('the catalogue it was given can change afterwards without changing the wording', () => {
      const given: Record<string, string> = { 'month.6': 'Mehefin' };
      registerCatalogue('x-five', given);
      given['month.6'] = 'changed';
      given['month.7'] = 'Gorffennaf';
      expect(message('month.6', undefined, 'x-five')).to.equal('Mehefin');
      expect(message('month.7', undefined, 'x-five')).to.equal('July');
    });
  });
});
