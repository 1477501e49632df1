/**
 * The prompt's fields and their errors, apart from the element: what the clinician has typed (the
 * answers, the hours as typed, the date as typed) and what is wrong with it, keyed by field for the
 * shared `ErrorVisibility` controller. DOM-free.
 */
import type { DateFields } from '../../internal/date-input.js';
import { dateFromFields, isBlank } from '../../internal/date-input.js';
import type { Shown } from '../../internal/error-visibility.js';
import { safely } from '../../internal/host-element.js';
import { describe, isObject } from '../../internal/host-input.js';
import { compareDates, type CalendarDate } from '../../model/dates.js';
import { MAX_TEXT } from '../../model/schemas.js';
import { MAX_HOURS_PER_WEEK, MAX_JOB_TITLE, WORK_DEMANDS, questionsThatApply, repairWorkAnswers, type WorkAnswers } from '../../model/work-question.js';
import type { MessageId } from '../../messages/index.js';

export type Field = 'status' | 'jobTitle' | 'hours' | 'offSickSince' | 'freeText';

/** In the order of the page, which is the order of the error summary. */
export const FIELDS: readonly Field[] = ['status', 'jobTitle', 'hours', 'offSickSince', 'freeText'];

/** The control an error summary link focuses, by field. */
export const FIELD_CONTROL: Readonly<Record<Field, string>> = {
  status: 'status-employed',
  jobTitle: 'job-title',
  hours: 'hours',
  offSickSince: 'off-sick-since-day',
  freeText: 'free-text',
};

/** What is on screen: the answers, and the two fields kept as typed so a mistake stays visible. */
export interface Entry {
  answers: WorkAnswers;
  hoursText: string;
  dateFields: DateFields;
}

export type FieldErrors = Map<Field, Shown<MessageId>[]>;

const HOURS = /^\d{1,3}(\.\d{1,2})?$/;

/** Hours a week as typed, or `null` when they are not a number from 0 to 168. */
export function hoursFromText(text: string): number | null {
  const trimmed = text.trim();
  if (!HOURS.test(trimmed)) return null;
  const hours = Number(trimmed);
  return hours <= MAX_HOURS_PER_WEEK ? hours : null;
}

export function cloneAnswers(a: WorkAnswers): WorkAnswers {
  return { ...a, pattern: { ...a.pattern }, whatMayHelp: [...a.whatMayHelp] };
}

/** Whether a field is asked for these answers (the questions that do not apply are not on screen). */
export function isOnScreen(field: Field, answers: WorkAnswers): boolean {
  const applies = questionsThatApply(answers.status);
  if (field === 'jobTitle' || field === 'hours') return applies.jobDetails;
  if (field === 'offSickSince') return applies.managing && answers.managing === 'off-sick';
  return true;
}

function errorFor(field: Field, entry: Entry, today: CalendarDate): MessageId | undefined {
  const a = entry.answers;
  switch (field) {
    case 'status':
      return a.status === null ? 'prompt.error.status' : undefined;
    case 'jobTitle':
      return a.jobTitle.length > MAX_JOB_TITLE ? 'prompt.error.jobTitle.long' : undefined;
    case 'hours':
      return entry.hoursText.trim() !== '' && hoursFromText(entry.hoursText) === null ? 'prompt.error.hours' : undefined;
    case 'offSickSince': {
      if (isBlank(entry.dateFields)) return undefined;
      const date = dateFromFields(entry.dateFields);
      if (!date) return 'prompt.error.offSick.invalid';
      return compareDates(date, today) > 0 ? 'prompt.error.offSick.future' : undefined;
    }
    case 'freeText':
      return a.freeText.length > MAX_TEXT ? 'prompt.error.freeText.long' : undefined;
  }
}

/**
 * Each field's error. A field that is not on screen keeps its error, hidden, so that the error comes
 * back with the question (changing the status and back loses nothing typed, mistakes included);
 * `onScreenOnly` leaves those out, for Done, which is never blocked by a question that is not asked.
 */
export function fieldErrors(entry: Entry, today: CalendarDate, onScreenOnly = false): FieldErrors {
  const errors: FieldErrors = new Map();
  for (const field of FIELDS) {
    if (onScreenOnly && !isOnScreen(field, entry.answers)) continue;
    const id = errorFor(field, entry, today);
    if (id) errors.set(field, [{ key: id, message: id }]);
  }
  return errors;
}

/** Copies one field, typed by its key, so a loop over keys needs no cast. */
function copy<T extends object, K extends keyof T>(target: T, from: T, key: K): void {
  target[key] = from[key];
}

/**
 * A host's value over the answers on screen, as the form reads its value: each field given and
 * usable is taken (repaired as `repairWorkAnswers` does), each field given but unusable keeps the
 * answer on screen, and a field not given is unanswered. `answers` is `null`, and the answers on
 * screen stay whole, when the value is not an object or none of its fields is usable (`{}`, a date,
 * a Proxy whose traps throw). `problems` are developer-facing.
 */
export function answersFromHost(input: unknown, current: WorkAnswers): { answers: WorkAnswers | null; problems: string[] } {
  const refused = (why: string) => ({ answers: null, problems: [`value: ${why}; the answers on screen were kept`] });
  const read = safely(() => {
    if (!isObject(input)) return refused(`expected an object of work answers, got ${describe(input)}`);
    const { answers, problems } = repairWorkAnswers(input);
    let used = 0;
    const take = <T extends object>(target: T, from: T, key: keyof T, usable: boolean) => {
      if (usable) used += 1;
      else copy(target, from, key);
    };
    // `null` is a usable answer to a question: not answered.
    for (const key of ['status', 'managing', 'offSickSince'] as const) {
      if (input[key] !== undefined) take(answers, current, key, input[key] === null || answers[key] !== null);
    }
    for (const key of ['jobTitle', 'freeText', 'skipped'] as const) {
      if (input[key] !== undefined) take(answers, current, key, answers[key] === input[key]);
    }
    const help = input.whatMayHelp;
    if (help !== undefined) take(answers, current, 'whatMayHelp', Array.isArray(help) && (help.length === 0 || answers.whatMayHelp.length > 0));
    const pattern = input.pattern;
    if (pattern !== undefined) {
      if (!isObject(pattern)) answers.pattern = { ...current.pattern };
      else {
        for (const key of ['hoursPerWeek', 'activity'] as const) {
          if (pattern[key] !== undefined) take(answers.pattern, current.pattern, key, pattern[key] === null || answers.pattern[key] !== null);
        }
        for (const key of WORK_DEMANDS) if (pattern[key] !== undefined) take(answers.pattern, current.pattern, key, answers.pattern[key] === pattern[key]);
        if (Object.keys(pattern).length === 0) used += 1;
      }
    }
    if (answers.whatMayHelp === current.whatMayHelp) answers.whatMayHelp = [...current.whatMayHelp];
    return used > 0 ? { answers, problems } : refused('none of its fields is usable (expected work answers)');
  }, null);
  return read ?? refused('it could not be read');
}
