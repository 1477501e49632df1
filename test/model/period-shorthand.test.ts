import { expect } from '@open-wc/testing';
import * as model from '../../src/model/index.js';
import { MAX_PERIOD_COUNT, formatLength, type PeriodLength } from '../../src/model/period.js';
import { formatPeriodShorthand, lengthInWords, parsePeriodShorthand } from '../../src/model/period-shorthand.js';

const length = (count: number, unit: PeriodLength['unit']) => ({ kind: 'length', length: { count, unit } });

describe('period shorthand (the "For" box)', () => {
  it('is exported from the model', () => {
    expect(model.parsePeriodShorthand).to.equal(parsePeriodShorthand);
    expect(model.formatPeriodShorthand).to.equal(formatPeriodShorthand);
    expect(model.lengthInWords).to.equal(lengthInWords);
  });

  describe('parsePeriodShorthand', () => {
    it('takes the GP shorthands 5d, 2w, 6w, 1m and 3m', () => {
      expect(parsePeriodShorthand('5d')).to.deep.equal(length(5, 'days'));
      expect(parsePeriodShorthand('2w')).to.deep.equal(length(2, 'weeks'));
      expect(parsePeriodShorthand('6w')).to.deep.equal(length(6, 'weeks'));
      expect(parsePeriodShorthand('1m')).to.deep.equal(length(1, 'months'));
      expect(parsePeriodShorthand('3m')).to.deep.equal(length(3, 'months'));
    });

    it('in any case, with spaces around and between, and in words', () => {
      const cases: [string, number, PeriodLength['unit']][] = [
        ['2W', 2, 'weeks'],
        [' 2w ', 2, 'weeks'],
        ['2 w', 2, 'weeks'],
        ['2   w', 2, 'weeks'],
        ['2 weeks', 2, 'weeks'],
        ['2 Weeks', 2, 'weeks'],
        ['2 wk', 2, 'weeks'],
        ['2wks', 2, 'weeks'],
        ['1 week', 1, 'weeks'],
        ['1 month', 1, 'months'],
        ['3 MONTHS', 3, 'months'],
        ['3 mths', 3, 'months'],
        ['10 days', 10, 'days'],
        ['1 day', 1, 'days'],
        ['\t7d\n', 7, 'days'],
      ];
      for (const [text, count, unit] of cases) expect(parsePeriodShorthand(text), JSON.stringify(text)).to.deep.equal(length(count, unit));
    });

    it('takes the UK clinical shorthand 5/7, 2/52 and 3/12', () => {
      expect(parsePeriodShorthand('5/7')).to.deep.equal(length(5, 'days'));
      expect(parsePeriodShorthand('2/52')).to.deep.equal(length(2, 'weeks'));
      expect(parsePeriodShorthand('3/12')).to.deep.equal(length(3, 'months'));
      expect(parsePeriodShorthand('2 / 52')).to.deep.equal(length(2, 'weeks'));
      for (const text of ['2/5', '2/53', '2/', '/52', '2/52w']) expect(parsePeriodShorthand(text), text).to.deep.equal({ kind: 'invalid' });
    });

    it('takes i and indefinite, in any case (whether allowed is R6’s to say)', () => {
      for (const text of ['i', 'I', ' i ', 'indefinite', 'Indefinite', 'INDEFINITE']) {
        expect(parsePeriodShorthand(text), text).to.deep.equal({ kind: 'indefinite' });
      }
      for (const text of ['in', 'indef', 'indefinitely', 'i w', 'ii']) expect(parsePeriodShorthand(text), text).to.deep.equal({ kind: 'invalid' });
    });

    it('refuses a bare number: the unit would be a guess', () => {
      for (const text of ['2', ' 14 ', '0', '999']) expect(parsePeriodShorthand(text), text).to.deep.equal({ kind: 'invalid' });
    });

    it('three digits at most, from 1, within MAX_PERIOD_COUNT', () => {
      expect(parsePeriodShorthand('999d')).to.deep.equal(length(999, 'days'));
      expect(parsePeriodShorthand('1000d')).to.deep.equal({ kind: 'invalid' });
      expect(parsePeriodShorthand('007d')).to.deep.equal(length(7, 'days'));
      expect(parsePeriodShorthand(`${MAX_PERIOD_COUNT.weeks}w`)).to.deep.equal(length(MAX_PERIOD_COUNT.weeks, 'weeks'));
      expect(parsePeriodShorthand(`${MAX_PERIOD_COUNT.weeks + 1}w`)).to.deep.equal({ kind: 'invalid' });
      expect(parsePeriodShorthand(`${MAX_PERIOD_COUNT.months}m`)).to.deep.equal(length(MAX_PERIOD_COUNT.months, 'months'));
      expect(parsePeriodShorthand(`${MAX_PERIOD_COUNT.months + 1}m`)).to.deep.equal({ kind: 'invalid' });
      for (const text of ['0d', '0w', '000m', '-2w', '+2w']) expect(parsePeriodShorthand(text), text).to.deep.equal({ kind: 'invalid' });
    });

    it('refuses anything else without guessing', () => {
      const bad = ['two weeks', '2.5w', '2,5w', '2 w 3 d', '2w3d', 'w2', '2x', '2 years', '2y', '2 fortnights', '٢w', '２w', '2-weeks', '2 weeks.', 'constructor', '2 constructor', '2 __proto__', '<b>2w</b>', '2w'.repeat(20)];
      for (const text of bad) expect(parsePeriodShorthand(text), text).to.deep.equal({ kind: 'invalid' });
    });

    it('nothing typed is empty; what is not text is invalid; never throws', () => {
      for (const blank of ['', '   ', '\n', undefined, null]) expect(parsePeriodShorthand(blank), String(blank)).to.deep.equal({ kind: 'empty' });
      for (const bad of [2, 14, true, {}, [], ['2w'], { count: 2, unit: 'weeks' }, () => '2w', Symbol('2w'), Number.NaN]) {
        expect(() => parsePeriodShorthand(bad), String(typeof bad)).to.not.throw();
        expect(parsePeriodShorthand(bad), String(typeof bad)).to.deep.equal({ kind: 'invalid' });
      }
      expect(parsePeriodShorthand('2w'.padEnd(100_000, ' ') + 'x')).to.deep.equal({ kind: 'invalid' });
    });

    it('gives a new length each time: changing one result changes no other', () => {
      const first = parsePeriodShorthand('2w');
      if (first.kind === 'length') first.length.count = 9;
      expect(parsePeriodShorthand('2w')).to.deep.equal(length(2, 'weeks'));
    });
  });

  describe('formatPeriodShorthand', () => {
    it('writes a length the short way, and parsing it gives the length back', () => {
      const lengths: PeriodLength[] = [
        { count: 5, unit: 'days' },
        { count: 2, unit: 'weeks' },
        { count: 1, unit: 'months' },
        { count: 3660, unit: 'days' },
      ];
      expect(lengths.map(formatPeriodShorthand)).to.deep.equal(['5d', '2w', '1m', '3660d']);
      for (const l of lengths.slice(0, 3)) expect(parsePeriodShorthand(formatPeriodShorthand(l))).to.deep.equal({ kind: 'length', length: l });
    });

    it('is empty for anything that is not a usable length', () => {
      for (const bad of [undefined, null, '2w', {}, { count: 0, unit: 'weeks' }, { count: 2.5, unit: 'weeks' }, { count: 2, unit: 'years' }, { count: 523, unit: 'weeks' }, { count: '2', unit: 'weeks' }]) {
        expect(formatPeriodShorthand(bad), JSON.stringify(bad)).to.equal('');
      }
    });
  });

  describe('lengthInWords', () => {
    it('puts a length, or the shorthand typed, in words as formatLength does', () => {
      expect(lengthInWords({ count: 2, unit: 'weeks' })).to.equal('2 weeks');
      expect(lengthInWords('2w')).to.equal('2 weeks');
      expect(lengthInWords('1 day')).to.equal('1 day');
      expect(lengthInWords('1m')).to.equal('1 month');
      expect(lengthInWords('3/12')).to.equal('3 months');
      expect(lengthInWords('3m', 'en')).to.equal(formatLength({ count: 3, unit: 'months' }, 'en'));
    });

    it('is empty for what gives no length: nothing, a bare number, indefinite, garbage', () => {
      for (const bad of ['', '2', 'i', 'indefinite', 'soon', undefined, null, 42, {}, { count: 0, unit: 'days' }]) {
        expect(lengthInWords(bad), JSON.stringify(bad)).to.equal('');
      }
      expect(lengthInWords('2w', 42 as never)).to.equal('2 weeks');
    });
  });
});
