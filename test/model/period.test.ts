import { expect } from '@open-wc/testing';
import { addDays, addMonths, lengthInDays } from '../../src/model/dates.js';
import {
  MAX_PERIOD_COUNT,
  formatLength,
  formatPeriod,
  isPeriodLength,
  lengthAsDuration,
  lengthFromPeriod,
  periodEnd,
  periodFromLength,
  type PeriodLength,
} from '../../src/model/period.js';

const len = (count: number, unit: PeriodLength['unit']): PeriodLength => ({ count, unit });

describe('period', () => {
  describe('periodEnd and periodFromLength (a period includes its first and last days)', () => {
    it('days: N days from S end on S + N - 1', () => {
      expect(periodEnd('2026-03-03', len(1, 'days'))).to.equal('2026-03-03');
      expect(periodEnd('2026-03-03', len(10, 'days'))).to.equal('2026-03-12');
      expect(periodEnd('2026-12-30', len(3, 'days'))).to.equal('2027-01-01');
    });

    it('weeks: 2 weeks from 2026-03-03 end on 2026-03-16', () => {
      expect(periodEnd('2026-03-03', len(2, 'weeks'))).to.equal('2026-03-16');
      expect(periodEnd('2026-03-03', len(1, 'weeks'))).to.equal('2026-03-09');
      expect(periodFromLength('2026-03-03', len(2, 'weeks'))).to.deep.equal({ start: '2026-03-03', end: '2026-03-16' });
    });

    it('months: 3 months from 2026-03-03 end on 2026-06-02', () => {
      expect(periodEnd('2026-03-03', len(3, 'months'))).to.equal('2026-06-02');
      expect(periodFromLength('2026-03-03', len(3, 'months'))).to.deep.equal({ start: '2026-03-03', end: '2026-06-02' });
    });

    it('months at a month end: 1 month from 2026-01-31 ends on 2026-02-27 (31 Jan + 1 month = 28 Feb, minus one day)', () => {
      expect(periodEnd('2026-01-31', len(1, 'months'))).to.equal('2026-02-27');
      expect(periodEnd('2024-01-31', len(1, 'months'))).to.equal('2024-02-28');
      expect(periodEnd('2026-02-01', len(1, 'months'))).to.equal('2026-02-28');
      expect(periodEnd('2026-11-30', len(3, 'months'))).to.equal('2027-02-27');
    });

    it('every months period ends the day before the start plus N months', () => {
      for (let day = 1; day <= 31; day += 1) {
        const start = `2026-01-${String(day).padStart(2, '0')}`;
        for (let n = 1; n <= 14; n += 1) {
          expect(periodEnd(start, len(n, 'months')), `${start} + ${n} months`).to.equal(addDays(addMonths(start, n), -1));
        }
      }
    });

    it('returns null for an invalid start or length', () => {
      expect(periodEnd('2026-02-30', len(2, 'weeks'))).to.equal(null);
      expect(periodEnd('2026-03-03', len(0, 'weeks'))).to.equal(null);
      expect(periodFromLength('03/03/2026', len(2, 'weeks'))).to.equal(null);
      expect(periodFromLength('2026-03-03', { count: 2, unit: 'fortnights' } as unknown as PeriodLength)).to.equal(null);
    });
  });

  describe('isPeriodLength', () => {
    it('accepts whole counts from 1 to the maximum in days, weeks and months', () => {
      for (const unit of ['days', 'weeks', 'months'] as const) {
        expect(isPeriodLength(len(1, unit)), `1 ${unit}`).to.equal(true);
        expect(isPeriodLength(len(MAX_PERIOD_COUNT[unit], unit)), `max ${unit}`).to.equal(true);
        expect(isPeriodLength(len(MAX_PERIOD_COUNT[unit] + 1, unit)), `max + 1 ${unit}`).to.equal(false);
      }
    });

    it('rejects 0, negatives, fractions, NaN, Infinity, huge counts and counts as text', () => {
      for (const count of [0, -1, -14, 1.5, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 1e9, Number.MAX_SAFE_INTEGER]) {
        expect(isPeriodLength({ count, unit: 'weeks' }), String(count)).to.equal(false);
      }
      expect(isPeriodLength({ count: '2', unit: 'weeks' })).to.equal(false);
    });

    it('rejects unknown units and non-objects', () => {
      for (const unit of ['years', 'day', 'Weeks', '', 'constructor', '__proto__', undefined, 7]) {
        expect(isPeriodLength({ count: 2, unit }), String(unit)).to.equal(false);
      }
      for (const value of [null, undefined, 2, 'two weeks', [2, 'weeks']]) {
        expect(isPeriodLength(value), String(value)).to.equal(false);
      }
    });
  });

  describe('lengthFromPeriod: weeks first, then months, then days', () => {
    it('prefers whole weeks', () => {
      expect(lengthFromPeriod({ start: '2026-03-03', end: '2026-03-16' })).to.deep.equal(len(2, 'weeks'));
      expect(lengthFromPeriod({ start: '2026-03-03', end: '2026-03-09' })).to.deep.equal(len(1, 'weeks'));
      // 1 February 2026 to 28 February 2026 is both 1 month and 4 weeks: weeks win.
      expect(lengthFromPeriod({ start: '2026-02-01', end: '2026-02-28' })).to.deep.equal(len(4, 'weeks'));
    });

    it('then whole calendar months', () => {
      expect(lengthFromPeriod({ start: '2026-03-03', end: '2026-06-02' })).to.deep.equal(len(3, 'months'));
      expect(lengthFromPeriod({ start: '2026-03-03', end: '2026-04-02' })).to.deep.equal(len(1, 'months'));
      expect(lengthFromPeriod({ start: '2026-03-31', end: '2026-04-29' })).to.deep.equal(len(1, 'months'));
      // 31 January + 1 month is 28 February, so 1 month from 31 January ends on 27 February: 28 days, 4 weeks.
      expect(lengthFromPeriod({ start: '2026-01-31', end: '2026-02-27' })).to.deep.equal(len(4, 'weeks'));
      expect(lengthFromPeriod({ start: '2024-01-31', end: '2024-02-28' })).to.deep.equal(len(1, 'months'));
      expect(lengthFromPeriod({ start: '2026-03-03', end: '2027-03-02' })).to.deep.equal(len(12, 'months'));
    });

    it('else days', () => {
      expect(lengthFromPeriod({ start: '2026-03-03', end: '2026-03-03' })).to.deep.equal(len(1, 'days'));
      expect(lengthFromPeriod({ start: '2026-03-03', end: '2026-03-12' })).to.deep.equal(len(10, 'days'));
      expect(lengthFromPeriod({ start: '2026-03-03', end: '2026-06-03' })).to.deep.equal(len(93, 'days'));
    });

    it('describes every period made by periodFromLength so that the same period comes back', () => {
      for (const start of ['2026-01-31', '2026-03-03', '2024-02-29', '2026-11-30', '2026-12-31']) {
        for (const unit of ['days', 'weeks', 'months'] as const) {
          for (let n = 1; n <= 40; n += 1) {
            const period = periodFromLength(start, len(n, unit));
            if (!period?.end) expect.fail(`${start} ${n} ${unit}: no period`);
            const back = lengthFromPeriod(period);
            if (!back) expect.fail(`${start} ${n} ${unit}: no length`);
            // The length found describes exactly the same period.
            expect(periodEnd(start, back), `${start} ${n} ${unit} -> ${back.count} ${back.unit}`).to.equal(period.end);
            const days = lengthInDays(start, period.end);
            if (days % 7 === 0) expect(back, `${start} ${n} ${unit}`).to.deep.equal(len(days / 7, 'weeks'));
            else if (unit === 'months') expect(back, `${start} ${n} ${unit}`).to.deep.equal(len(n, 'months'));
            else expect(back.unit, `${start} ${n} ${unit}`).to.not.equal('weeks');
          }
        }
      }
    });

    it('returns null for an indefinite, reversed or invalid period', () => {
      expect(lengthFromPeriod({ start: '2026-03-03', end: null })).to.equal(null);
      expect(lengthFromPeriod({ start: '2026-03-03', end: '2026-03-02' })).to.equal(null);
      expect(lengthFromPeriod({ start: '2026-02-30', end: '2026-03-16' })).to.equal(null);
      expect(lengthFromPeriod({ start: '2026-03-03', end: '16/03/2026' })).to.equal(null);
      expect(lengthFromPeriod({ start: '2026-03-03' })).to.equal(null);
      expect(lengthFromPeriod({})).to.equal(null);
      expect(lengthFromPeriod(null)).to.equal(null);
      expect(lengthFromPeriod(undefined)).to.equal(null);
    });
  });

  describe('formatLength and formatPeriod wording', () => {
    it('formatLength uses singular for 1', () => {
      expect(formatLength(len(1, 'days'))).to.equal('1 day');
      expect(formatLength(len(2, 'days'))).to.equal('2 days');
      expect(formatLength(len(1, 'weeks'))).to.equal('1 week');
      expect(formatLength(len(2, 'weeks'))).to.equal('2 weeks');
      expect(formatLength(len(1, 'months'))).to.equal('1 month');
      expect(formatLength(len(3, 'months'))).to.equal('3 months');
    });

    it('a period with dates reads "2 weeks (3 March 2026 to 16 March 2026)"', () => {
      expect(formatPeriod({ start: '2026-03-03', end: '2026-03-16' })).to.equal('2 weeks (3 March 2026 to 16 March 2026)');
      expect(formatPeriod({ start: '2026-03-03', end: '2026-06-02' })).to.equal('3 months (3 March 2026 to 2 June 2026)');
      expect(formatPeriod({ start: '2026-03-03', end: '2026-03-12' })).to.equal('10 days (3 March 2026 to 12 March 2026)');
    });

    it('a one-day period is singular: "1 day (3 March 2026 to 3 March 2026)"', () => {
      expect(formatPeriod({ start: '2026-03-03', end: '2026-03-03' })).to.equal('1 day (3 March 2026 to 3 March 2026)');
      expect(formatPeriod({ start: '2026-03-03', end: '2026-03-09' })).to.equal('1 week (3 March 2026 to 9 March 2026)');
      expect(formatPeriod({ start: '2026-03-03', end: '2026-04-02' })).to.equal('1 month (3 March 2026 to 2 April 2026)');
    });

    it('formatLength groups large counts and reads anything that is not a length as "a period not yet given"', () => {
      expect(formatLength(len(3660, 'days'))).to.equal('3,660 days');
      for (const bad of [null, undefined, {}, { count: 2 }, { count: 2, unit: 'years' }, { count: Number.NaN, unit: 'days' }, 'P2W']) {
        expect(formatLength(bad as unknown as PeriodLength), JSON.stringify(bad)).to.equal('a period not yet given');
      }
    });

    it('formatLength and formatPeriod take a language, English by default', () => {
      expect(formatLength(len(2, 'weeks'), 'en')).to.equal('2 weeks');
      expect(formatPeriod({ start: '2026-03-03', end: '2026-03-16' }, 'en')).to.equal('2 weeks (3 March 2026 to 16 March 2026)');
      expect(formatPeriod({ start: '2026-03-03', end: null }, 'zz')).to.equal('an indefinite period from 3 March 2026');
    });

    it('lengthAsDuration writes a length as an ISO 8601 duration of its unit, the raw value of {name:length}', () => {
      expect(lengthAsDuration(len(2, 'weeks'))).to.equal('P2W');
      expect(lengthAsDuration(len(3, 'months'))).to.equal('P3M');
      expect(lengthAsDuration(len(10, 'days'))).to.equal('P10D');
      for (const bad of [null, { count: 1.5, unit: 'days' }, { count: -1, unit: 'weeks' }, { count: 2, unit: 'years' }]) {
        expect(lengthAsDuration(bad as unknown as PeriodLength), JSON.stringify(bad)).to.equal('');
      }
    });

    it('an indefinite period reads "an indefinite period from 3 March 2026"', () => {
      expect(formatPeriod({ start: '2026-03-03', end: null })).to.equal('an indefinite period from 3 March 2026');
    });

    it('an invalid, reversed or missing period reads "a period not yet given"', () => {
      for (const p of [
        { start: '2026-03-16', end: '2026-03-03' },
        { start: '2026-02-30', end: '2026-03-16' },
        { start: '2026-03-03', end: '2026-02-30' },
        { start: '2026-03-03' },
        { end: '2026-03-03' },
        {},
        null,
        undefined,
      ]) {
        expect(formatPeriod(p), JSON.stringify(p)).to.equal('a period not yet given');
      }
    });
  });
});
