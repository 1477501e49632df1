/**
 * The one calendar-date module. A fit note's dates are calendar dates (`YYYY-MM-DD`), compared and
 * counted as calendar dates and never shifted by time zones (DOMAIN.md §4). No `Date` parsing of a
 * date string happens anywhere in the library: `new Date('2026-03-03')` is midnight UTC, which is the
 * previous evening west of Greenwich. Arithmetic runs on a day number (days since 1970-01-01 in the
 * proleptic Gregorian calendar), computed with integer formulas.
 */
import { message } from '../messages/index.js';

/** A real calendar date written `YYYY-MM-DD`. */
export type CalendarDate = string;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a fit note's dates may fall in. Arithmetic works on any year from 1 to 9999, so a period
 * helper adding up to 10 years to a supported date never leaves the calendar; a date a person or a
 * host supplies must be a real date within these years (a year typed as 0202 or 20026 is a slip).
 */
export const SUPPORTED_YEARS = Object.freeze({ min: 1900, max: 2199 });

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Parses `YYYY-MM-DD` into its parts, or `null` when it is not a real date (31 April, 29 February
 * 2026). Any year from 1 to 9999 parses; `isCalendarDate` also requires a supported year.
 */
export function parseCalendarDate(value: unknown): DateParts | null {
  if (typeof value !== 'string') return null;
  const match = PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** A real date written `YYYY-MM-DD` in a supported year (1900 to 2199). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  const parts = parseCalendarDate(value);
  return parts !== null && parts.year >= SUPPORTED_YEARS.min && parts.year <= SUPPORTED_YEARS.max;
}

export function formatCalendarDate({ year, month, day }: DateParts): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Builds a date from day, month and year fields as a person typed them; `null` unless it is real. */
export function calendarDateFromFields(day: unknown, month: unknown, year: unknown): CalendarDate | null {
  const parts = [day, month, year].map((v) => (typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : ''));
  const [d, m, y] = parts as [string, string, string];
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const candidate = formatCalendarDate({ year: Number(y), month: Number(m), day: Number(d) });
  return isCalendarDate(candidate) ? candidate : null;
}

/** Today's date where the clinician is: the local calendar date, not the UTC one. */
export function todayLocal(now: Date = new Date()): CalendarDate {
  return formatCalendarDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

// Days from civil (H. Hinnant's algorithm): exact for every proleptic Gregorian date.
function toDayNumber({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): DateParts {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function mustParse(date: CalendarDate): DateParts {
  const parts = parseCalendarDate(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${String(date).slice(0, 40)}`);
  return parts;
}

/**
 * Days since 1970-01-01. The arithmetic below throws `RangeError` on a date that does not parse or a
 * result outside years 1 to 9999: callers validate input with `isCalendarDate` first, and the model's
 * public functions never pass such values on.
 */
export function dayNumber(date: CalendarDate): number {
  return toDayNumber(mustParse(date));
}

export function fromDayNumberToDate(n: number): CalendarDate {
  const parts = fromDayNumber(n);
  if (!Number.isFinite(n) || parts.year < 1 || parts.year > 9999) throw new RangeError(`Day number out of the calendar: ${n}`);
  return formatCalendarDate(parts);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumberToDate(dayNumber(date) + Math.trunc(days));
}

export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addDays(date, Math.trunc(weeks) * 7);
}

/**
 * Adds calendar months. When the target month is shorter, the day is clamped to its last day:
 * 31 January + 1 month = 28 February (29 in a leap year).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = mustParse(date);
  if (!Number.isFinite(months)) throw new RangeError(`Not a number of months: ${months}`);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (y < 1 || y > 9999) throw new RangeError(`Out of the calendar: ${date} + ${months} months`);
  return formatCalendarDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Negative when `a` is before `b`, zero when the same day, positive when after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Math.sign(dayNumber(a) - dayNumber(b));
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Days covered by a period that includes both its first and its last day. */
export function lengthInDays(start: CalendarDate, end: CalendarDate): number {
  return daysBetween(start, end) + 1;
}

export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) <= 0 ? a : b;
}

/**
 * Human wording in the GOV.UK style, in `lang` (default English): "3 March 2026". Anything that is
 * not a real date reads "date not known", never another date.
 */
export function formatLongDate(date: CalendarDate, lang?: string): string {
  const parts = parseCalendarDate(date);
  if (!parts) return message('date.invalid', undefined, lang);
  const month = message(`month.${parts.month}` as MonthKey, undefined, lang);
  return message('date.long', { day: String(parts.day), month, year: String(parts.year) }, lang);
}

type MonthKey = `month.${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`;
