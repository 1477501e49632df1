import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  addWeeks,
  calendarDateFromFields,
  compareDates,
  dayNumber,
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  formatLongDate,
  fromDayNumberToDate,
  isCalendarDate,
  isLeapYear,
  lengthInDays,
  minDate,
  parseCalendarDate,
  todayLocal,
} from '../../src/model/dates.js';

// An independent calendar for the brute-force checks: written here, not imported from the model.
const refLeap = (y: number): boolean => (y % 400 === 0 ? true : y % 100 === 0 ? false : y % 4 === 0);
const refDaysInMonth = (y: number, m: number): number =>
  [31, refLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? Number.NaN;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const refFormat = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

describe('dates', () => {
  describe('parseCalendarDate and isCalendarDate: real dates only', () => {
    it('parses a real date into its parts', () => {
      expect(parseCalendarDate('2026-03-03')).to.deep.equal({ year: 2026, month: 3, day: 3 });
      expect(parseCalendarDate('2026-12-31')).to.deep.equal({ year: 2026, month: 12, day: 31 });
      expect(parseCalendarDate('2026-01-01')).to.deep.equal({ year: 2026, month: 1, day: 1 });
    });

    it('rejects 31 April, 31 June, 31 September and 31 November; accepts the 30th', () => {
      for (const m of ['04', '06', '09', '11']) {
        expect(isCalendarDate(`2026-${m}-31`), `2026-${m}-31`).to.equal(false);
        expect(isCalendarDate(`2026-${m}-30`), `2026-${m}-30`).to.equal(true);
      }
    });

    it('29 February: valid in 2024 and 2000, invalid in 2026 and 1900', () => {
      expect(isCalendarDate('2024-02-29')).to.equal(true);
      expect(isCalendarDate('2000-02-29')).to.equal(true);
      expect(isCalendarDate('2026-02-29')).to.equal(false);
      expect(isCalendarDate('1900-02-29')).to.equal(false);
      expect(isCalendarDate('2024-02-30')).to.equal(false);
      expect(isCalendarDate('2026-02-28')).to.equal(true);
    });

    it('rejects month 0 and 13, day 0 and day 32, year 0', () => {
      for (const bad of ['2026-00-10', '2026-13-10', '2026-01-00', '2026-01-32', '0000-01-01']) {
        expect(parseCalendarDate(bad), bad).to.equal(null);
      }
    });

    it('rejects other formats and surrounding whitespace', () => {
      for (const bad of [
        '2026-3-1',
        '2026-03-1',
        '01/03/2026',
        '03/01/2026',
        ' 2026-03-01',
        '2026-03-01 ',
        '2026-03-01T00:00:00Z',
        '2026-03-01T00:00',
        '20260301',
        '2026/03/01',
        '26-03-01',
        '+02026-03-01',
        '２０２６-03-01',
        '',
        'today',
      ]) {
        expect(parseCalendarDate(bad), JSON.stringify(bad)).to.equal(null);
        expect(isCalendarDate(bad), JSON.stringify(bad)).to.equal(false);
      }
    });

    it('rejects values that are not strings', () => {
      for (const bad of [20260301, null, undefined, {}, [], new Date(2026, 2, 1), true, Number.NaN]) {
        expect(parseCalendarDate(bad), String(bad)).to.equal(null);
        expect(isCalendarDate(bad), String(bad)).to.equal(false);
      }
    });

    it('isLeapYear and daysInMonth follow the Gregorian rules', () => {
      expect([1900, 2000, 2023, 2024, 2026, 2100, 2400].map(isLeapYear)).to.deep.equal([false, true, false, true, false, false, true]);
      expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).to.deep.equal([
        31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
      ]);
      expect(daysInMonth(2024, 2)).to.equal(29);
    });

    it('formatCalendarDate pads year, month and day', () => {
      expect(formatCalendarDate({ year: 2026, month: 3, day: 3 })).to.equal('2026-03-03');
      expect(formatCalendarDate({ year: 987, month: 12, day: 31 })).to.equal('0987-12-31');
    });
  });

  describe('calendarDateFromFields', () => {
    it('builds a date from day, month and year as typed', () => {
      expect(calendarDateFromFields('3', '3', '2026')).to.equal('2026-03-03');
      expect(calendarDateFromFields('03', '03', '2026')).to.equal('2026-03-03');
      expect(calendarDateFromFields(' 3 ', ' 03', '2026 ')).to.equal('2026-03-03');
      expect(calendarDateFromFields(31, 12, 2026)).to.equal('2026-12-31');
    });

    it('refuses dates that are not real', () => {
      expect(calendarDateFromFields('31', '4', '2026')).to.equal(null);
      expect(calendarDateFromFields('29', '2', '2026')).to.equal(null);
      expect(calendarDateFromFields('29', '2', '2024')).to.equal('2024-02-29');
      expect(calendarDateFromFields('0', '1', '2026')).to.equal(null);
      expect(calendarDateFromFields('1', '13', '2026')).to.equal(null);
    });

    it('refuses two-digit years, long days, signs, fractions and non-digits', () => {
      expect(calendarDateFromFields('3', '3', '26')).to.equal(null);
      expect(calendarDateFromFields('003', '3', '2026')).to.equal(null);
      expect(calendarDateFromFields('-3', '3', '2026')).to.equal(null);
      expect(calendarDateFromFields(3.5, 3, 2026)).to.equal(null);
      expect(calendarDateFromFields('3', 'March', '2026')).to.equal(null);
      expect(calendarDateFromFields('', '', '')).to.equal(null);
      expect(calendarDateFromFields(null, undefined, {})).to.equal(null);
      expect(calendarDateFromFields('1', '1', '0000')).to.equal(null);
    });
  });

  describe('todayLocal', () => {
    it('uses the local date parts, not the UTC ones', () => {
      expect(todayLocal(new Date(2026, 2, 3, 23, 59))).to.equal('2026-03-03');
      expect(todayLocal(new Date(2026, 2, 3, 0, 0))).to.equal('2026-03-03');
      expect(todayLocal(new Date(2024, 1, 29, 12))).to.equal('2024-02-29');
      expect(todayLocal(new Date(2026, 11, 31, 23, 59, 59, 999))).to.equal('2026-12-31');
    });

    it('defaults to now and returns a calendar date', () => {
      const before = todayLocal(new Date());
      const today = todayLocal();
      const after = todayLocal(new Date());
      expect(isCalendarDate(today)).to.equal(true);
      expect([before, after]).to.include(today);
    });
  });

  describe('arithmetic', () => {
    it('addDays crosses month, year and leap-day boundaries', () => {
      expect(addDays('2026-03-03', 13)).to.equal('2026-03-16');
      expect(addDays('2026-01-31', 1)).to.equal('2026-02-01');
      expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
      expect(addDays('2026-01-01', -1)).to.equal('2025-12-31');
      expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
      expect(addDays('2026-02-28', 1)).to.equal('2026-03-01');
      expect(addDays('2026-03-03', 0)).to.equal('2026-03-03');
      expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
      expect(addDays('2024-03-01', -1)).to.equal('2024-02-29');
    });

    it('addDays truncates fractional days', () => {
      expect(addDays('2026-03-03', 1.9)).to.equal('2026-03-04');
      expect(addDays('2026-03-03', -1.9)).to.equal('2026-03-02');
    });

    it('addWeeks adds 7 days a week', () => {
      expect(addWeeks('2026-03-03', 2)).to.equal('2026-03-17');
      expect(addWeeks('2026-03-03', -1)).to.equal('2026-02-24');
      expect(addWeeks('2024-02-22', 1)).to.equal('2024-02-29');
    });

    it('addMonths clamps to the end of a shorter month', () => {
      expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
      expect(addMonths('2024-01-31', 1)).to.equal('2024-02-29');
      expect(addMonths('2026-03-31', -1)).to.equal('2026-02-28');
      expect(addMonths('2024-03-31', -1)).to.equal('2024-02-29');
      expect(addMonths('2026-03-31', 1)).to.equal('2026-04-30');
      expect(addMonths('2026-05-31', 1)).to.equal('2026-06-30');
      expect(addMonths('2024-02-29', 12)).to.equal('2025-02-28');
      expect(addMonths('2024-02-29', 48)).to.equal('2028-02-29');
      expect(addMonths('2026-01-30', 1)).to.equal('2026-02-28');
    });

    it('addMonths keeps the day when the target month has it', () => {
      expect(addMonths('2026-03-03', 3)).to.equal('2026-06-03');
      expect(addMonths('2026-01-28', 1)).to.equal('2026-02-28');
      expect(addMonths('2026-03-03', 0)).to.equal('2026-03-03');
    });

    it('addMonths crosses years in both directions', () => {
      expect(addMonths('2026-11-15', 2)).to.equal('2027-01-15');
      expect(addMonths('2026-12-31', 2)).to.equal('2027-02-28');
      expect(addMonths('2026-01-15', -1)).to.equal('2025-12-15');
      expect(addMonths('2026-01-15', -13)).to.equal('2024-12-15');
      expect(addMonths('2026-03-31', -25)).to.equal('2024-02-29');
      expect(addMonths('2026-01-15', -24)).to.equal('2024-01-15');
      expect(addMonths('2026-01-15', 24)).to.equal('2028-01-15');
    });

    it('compareDates orders calendar dates', () => {
      expect(compareDates('2026-03-03', '2026-03-04')).to.equal(-1);
      expect(compareDates('2026-03-04', '2026-03-03')).to.equal(1);
      expect(compareDates('2026-03-03', '2026-03-03')).to.equal(0);
      expect(compareDates('2025-12-31', '2026-01-01')).to.equal(-1);
      expect(compareDates('2026-10-01', '2026-09-30')).to.equal(1);
    });

    it('daysBetween and lengthInDays', () => {
      expect(daysBetween('2026-03-03', '2026-03-16')).to.equal(13);
      expect(daysBetween('2026-03-16', '2026-03-03')).to.equal(-13);
      expect(daysBetween('2026-03-03', '2026-03-03')).to.equal(0);
      expect(daysBetween('2024-01-01', '2025-01-01')).to.equal(366);
      expect(daysBetween('2026-01-01', '2027-01-01')).to.equal(365);
      expect(lengthInDays('2026-03-03', '2026-03-16')).to.equal(14);
      expect(lengthInDays('2026-03-03', '2026-03-03')).to.equal(1);
    });

    it('minDate returns the earlier date', () => {
      expect(minDate('2026-03-03', '2026-03-04')).to.equal('2026-03-03');
      expect(minDate('2026-03-04', '2026-03-03')).to.equal('2026-03-03');
    });

    it('dayNumber counts days since 1970-01-01 (checked against Date.UTC)', () => {
      expect(dayNumber('1970-01-01')).to.equal(0);
      expect(dayNumber('1969-12-31')).to.equal(-1);
      for (const [y, m, d] of [
        [2026, 3, 3],
        [2000, 2, 29],
        [1900, 3, 1],
        [1600, 1, 1],
        [2400, 12, 31],
        [1, 1, 1],
        [9999, 12, 31],
      ] as const) {
        const utc = new Date(0);
        utc.setUTCFullYear(y, m - 1, d);
        expect(dayNumber(refFormat(y, m, d)), refFormat(y, m, d)).to.equal(Math.round(utc.getTime() / 86_400_000));
      }
      expect(fromDayNumberToDate(0)).to.equal('1970-01-01');
      expect(fromDayNumberToDate(dayNumber('2026-03-03'))).to.equal('2026-03-03');
    });

    it('throws RangeError on an invalid date (callers validate first)', () => {
      expect(() => dayNumber('2026-02-30')).to.throw(RangeError);
      expect(() => addDays('31/02/2026', 1)).to.throw(RangeError);
      expect(() => addMonths('2026-13-01', 1)).to.throw(RangeError);
      expect(() => compareDates('2026-03-03', 'x')).to.throw(RangeError);
    });
  });

  describe('brute force against an independent calendar', () => {
    it('addDays and daysBetween agree with a day-by-day walk from 1999-12-01 to 2030-12-31', () => {
      const start = '1999-12-01';
      let y = 1999;
      let m = 12;
      let d = 1;
      let i = 0;
      let checked = 0;
      for (;;) {
        const expected = refFormat(y, m, d);
        const got = addDays(start, i);
        if (got !== expected) expect(got, `addDays(${start}, ${i})`).to.equal(expected);
        const between = daysBetween(start, expected);
        if (between !== i) expect(between, `daysBetween(${start}, ${expected})`).to.equal(i);
        const back = addDays(expected, -i);
        if (back !== start) expect(back, `addDays(${expected}, -${i})`).to.equal(start);
        if (!isCalendarDate(expected)) expect.fail(`${expected} should be a calendar date`);
        checked += 1;
        if (y === 2030 && m === 12 && d === 31) break;
        d += 1;
        if (d > refDaysInMonth(y, m)) {
          d = 1;
          m += 1;
          if (m > 12) {
            m = 1;
            y += 1;
          }
        }
        i += 1;
      }
      expect(checked).to.equal(11_354);
    });

    it('addDays(date, 1) is the next day and compareDates agrees, for each day of 1899 to 1901 and 1999 to 2001', () => {
      for (const firstYear of [1899, 1999]) {
        for (let y = firstYear; y <= firstYear + 2; y += 1) {
          for (let m = 1; m <= 12; m += 1) {
            for (let d = 1; d <= refDaysInMonth(y, m); d += 1) {
              const date = refFormat(y, m, d);
              const next = d < refDaysInMonth(y, m) ? refFormat(y, m, d + 1) : m < 12 ? refFormat(y, m + 1, 1) : refFormat(y + 1, 1, 1);
              const got = addDays(date, 1);
              if (got !== next) expect(got, `addDays(${date}, 1)`).to.equal(next);
              if (compareDates(date, next) !== -1) expect.fail(`compareDates(${date}, ${next})`);
            }
          }
        }
      }
    });

    it('addMonths agrees with an independent month walk for every day of 1900, 2000, 2023, 2024 and 2026, from -25 to +25 months', () => {
      const walk = (y0: number, m0: number, d0: number, n: number): string => {
        let y = y0;
        let m = m0;
        for (let k = 0; k < Math.abs(n); k += 1) {
          if (n > 0) {
            m += 1;
            if (m === 13) {
              m = 1;
              y += 1;
            }
          } else {
            m -= 1;
            if (m === 0) {
              m = 12;
              y -= 1;
            }
          }
        }
        return refFormat(y, m, Math.min(d0, refDaysInMonth(y, m)));
      };
      let checked = 0;
      for (const y of [1900, 2000, 2023, 2024, 2026]) {
        for (let m = 1; m <= 12; m += 1) {
          for (let d = 1; d <= refDaysInMonth(y, m); d += 1) {
            const date = refFormat(y, m, d);
            for (let n = -25; n <= 25; n += 1) {
              const expected = walk(y, m, d, n);
              const got = addMonths(date, n);
              if (got !== expected) expect(got, `addMonths(${date}, ${n})`).to.equal(expected);
              checked += 1;
            }
          }
        }
      }
      expect(checked).to.equal((365 * 3 + 366 * 2) * 51);
    });
  });

  describe('formatLongDate', () => {
    it('writes dates in the GOV.UK style', () => {
      expect(formatLongDate('2026-03-03')).to.equal('3 March 2026');
      expect(formatLongDate('2026-12-31')).to.equal('31 December 2026');
      expect(formatLongDate('2024-02-29')).to.equal('29 February 2024');
      expect(formatLongDate('2026-01-01')).to.equal('1 January 2026');
    });

    it('names every month', () => {
      const names = Array.from({ length: 12 }, (_, i) => formatLongDate(refFormat(2026, i + 1, 1)));
      expect(names).to.deep.equal([
        '1 January 2026',
        '1 February 2026',
        '1 March 2026',
        '1 April 2026',
        '1 May 2026',
        '1 June 2026',
        '1 July 2026',
        '1 August 2026',
        '1 September 2026',
        '1 October 2026',
        '1 November 2026',
        '1 December 2026',
      ]);
    });

    it('says the date is not known for an invalid date instead of throwing', () => {
      expect(formatLongDate('2026-02-30')).to.equal('date not known');
      expect(formatLongDate('')).to.equal('date not known');
      expect(formatLongDate(null as unknown as string)).to.equal('date not known');
    });

    it('takes a language: English by default and for a language with no catalogue', () => {
      expect(formatLongDate('2026-03-03', 'en')).to.equal('3 March 2026');
      expect(formatLongDate('2026-03-03', 'zz')).to.equal('3 March 2026');
      expect(formatLongDate('2026-03-03', undefined)).to.equal('3 March 2026');
    });

    it('writes the day and year as plain digits, never grouped', () => {
      expect(formatLongDate('2026-03-03')).to.not.contain(',');
      expect(formatLongDate('1900-01-01')).to.equal('1 January 1900');
    });
  });
});
