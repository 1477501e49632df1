/**
 * Host input every element reads the same way: the context ids, the `today` attribute and a heading
 * level. Each keeps what it can use and says, for the console, what it could not; none throws.
 */
import { cleanContext } from '../model/envelope.js';
import { isCalendarDate, todayLocal, type CalendarDate } from '../model/dates.js';
import type { Context } from '../model/schemas.js';
import { reportOnce } from './report.js';

export interface Cleaned<T> {
  value: T;
  /** Developer-facing descriptions of what could not be used. Empty when nothing was wrong. */
  problems: string[];
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a value is, in a few words, for a console message (never the value itself: it may be patient data). */
export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  return `a ${typeof value}`;
}

/** The host's ids, echoed in events and never looked up: the usable ones, and what was not. */
export function cleanHostContext(input: unknown): Cleaned<Context> {
  const value = cleanContext(input);
  if (input === undefined || input === null) return { value, problems: [] };
  if (!isObject(input)) return { value, problems: [`context: expected { patientId?, encounterId?, userId? }, got ${describe(input)}; ignored`] };
  const unusable = (['patientId', 'encounterId', 'userId'] as const).filter((k) => input[k] !== undefined && value[k] === undefined);
  return { value, problems: unusable.length ? [`context: ${unusable.join(', ')} must be text of at most 200 characters; ignored`] : [] };
}

/**
 * The `today` an element works with: the attribute when it is a real date, else the local date. A
 * value that is set but not a real date is reported once for `owner`.
 */
export function todayFrom(owner: object, tag: string, value: unknown): CalendarDate {
  if (isCalendarDate(value)) return value;
  if (value !== null && value !== undefined && value !== '') {
    reportOnce(owner, 'today', `<${tag}> today=${JSON.stringify(String(value).slice(0, 40))} is not a real date YYYY-MM-DD; using the local date`);
  }
  return todayLocal();
}

/** A usable top heading level (1 to 6), else 2. */
export function headingLevelOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6 ? value : 2;
}
