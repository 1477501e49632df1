/**
 * Periods of a fit note: from a length ("for 2 weeks") to start and end dates and back, and the
 * wording "2 weeks (3 March 2026 to 16 March 2026)". A period includes its first and last days, so
 * 2 weeks from 3 March ends on 16 March, and N calendar months from S end the day before S + N months
 * (month ends clamped: see `addMonths`).
 */
import { addDays, addMonths, isCalendarDate, lengthInDays, compareDates, type CalendarDate } from './dates.js';
import { message, plural } from '../messages/index.js';

export const PERIOD_UNITS = ['days', 'weeks', 'months'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
export interface PeriodLength {
  count: number;
  unit: PeriodUnit;
}
export interface Period {
  start: CalendarDate;
  end: CalendarDate | null;
}

/** The longest length the helpers accept: beyond 10 years a length is a typing slip, not a period. */
export const MAX_PERIOD_COUNT: Readonly<Record<PeriodUnit, number>> = { days: 3660, weeks: 522, months: 120 };

export function isPeriodLength(value: unknown): value is PeriodLength {
  if (typeof value !== 'object' || value === null) return false;
  const { count, unit } = value as Partial<PeriodLength>;
  return (
    typeof unit === 'string' &&
    (PERIOD_UNITS as readonly string[]).includes(unit) &&
    Number.isInteger(count) &&
    (count as number) >= 1 &&
    (count as number) <= MAX_PERIOD_COUNT[unit as PeriodUnit]
  );
}

/** The last day of a period of `length` starting on `start`, or `null` when either is not usable. */
export function periodEnd(start: CalendarDate, length: PeriodLength): CalendarDate | null {
  if (!isCalendarDate(start) || !isPeriodLength(length)) return null;
  const end =
    length.unit === 'months'
      ? addDays(addMonths(start, length.count), -1)
      : addDays(start, length.count * (length.unit === 'weeks' ? 7 : 1) - 1);
  return isCalendarDate(end) ? end : null;
}

/** The period of `length` starting on `start`, or `null` when either is not usable. */
export function periodFromLength(start: CalendarDate, length: PeriodLength): Period | null {
  const end = periodEnd(start, length);
  return end ? { start, end } : null;
}

/**
 * The length a period is best described by: whole weeks first (the usual fit note unit), then whole
 * calendar months, else days. `null` for an indefinite, invalid or reversed period.
 */
export function lengthFromPeriod(period: Partial<Period> | null | undefined): PeriodLength | null {
  const start = period?.start;
  const end = period?.end;
  if (!isCalendarDate(start) || !isCalendarDate(end) || compareDates(end, start) < 0) return null;
  const days = lengthInDays(start, end);
  if (days % 7 === 0) return { count: days / 7, unit: 'weeks' };
  const months = wholeMonths(start, end);
  if (months !== null) return { count: months, unit: 'months' };
  return { count: days, unit: 'days' };
}

function wholeMonths(start: CalendarDate, end: CalendarDate): number | null {
  const dayAfter = addDays(end, 1);
  for (let n = 1; n <= MAX_PERIOD_COUNT.months; n += 1) {
    const candidate = addMonths(start, n);
    const order = compareDates(candidate, dayAfter);
    if (order === 0) return n;
    if (order > 0) return null;
  }
  return null;
}

/**
 * "2 weeks", "1 day", "3 months", in `lang` (default English). Something that is not a length reads
 * "a period not yet given".
 */
export function formatLength(length: PeriodLength, lang?: string): string {
  if (!isUnitCount(length)) return message('period.unknown', undefined, lang);
  return plural(`unit.${length.unit}`, length.count, undefined, lang);
}

/**
 * A length as an ISO 8601 duration of its one unit ("P2W", "P3M", "P10D"): the raw value the
 * catalogue's `{name:length}` placeholder puts into words, so an issue's params stay language-free.
 */
export function lengthAsDuration(length: PeriodLength): string {
  if (!isUnitCount(length) || !Number.isInteger(length.count) || length.count < 0) return '';
  return `P${length.count}${length.unit === 'days' ? 'D' : length.unit === 'weeks' ? 'W' : 'M'}`;
}

function isUnitCount(length: unknown): length is PeriodLength {
  if (typeof length !== 'object' || length === null) return false;
  const { count, unit } = length as Partial<PeriodLength>;
  return typeof count === 'number' && Number.isFinite(count) && (PERIOD_UNITS as readonly unknown[]).includes(unit);
}

/**
 * "2 weeks (3 March 2026 to 16 March 2026)"; "an indefinite period from 3 March 2026"; in `lang`
 * (default English).
 */
export function formatPeriod(period: Partial<Period> | null | undefined, lang?: string): string {
  const start = period?.start;
  if (!isCalendarDate(start)) return message('period.unknown', undefined, lang);
  if (period?.end === null) return message('period.indefinite', { start }, lang);
  const length = lengthFromPeriod(period);
  if (!length || !isCalendarDate(period?.end)) return message('period.unknown', undefined, lang);
  return message('period.withDates', { length: lengthAsDuration(length), start, end: period.end }, lang);
}
