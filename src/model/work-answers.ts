/**
 * The answers to the work question (DOMAIN.md §5): their shape, their repair, which questions apply
 * to whom, and how long someone has been off sick. The rule table that reads them is in
 * `work-question.ts`, which re-exports everything here.
 */
import * as z from './zod.js';
import { addDays, addMonths, compareDates, isCalendarDate, lengthInDays, type CalendarDate } from './dates.js';
import { formatLength } from './period.js';
import { ADJUSTMENTS, CalendarDateSchema, MAX_TEXT, ServiceCategorySchema } from './schemas.js';
import { message } from '../messages/index.js';

export const WORK_STATUSES = [
  'employed',
  'self-employed',
  'looking-for-work',
  'not-working',
  'in-education',
  'caring',
  'retired',
  'prefers-not-to-say',
] as const;
export const ACTIVITY_LEVELS = ['mostly-sitting', 'standing-walking', 'manual-heavy-lifting'] as const;
export const MANAGING = ['working-normally', 'working-with-difficulty', 'off-sick', 'not-applicable'] as const;
/** The choices of "What may help you get back to work?", in the order they are shown. */
export const WHAT_MAY_HELP = [
  'phased-return',
  'different-hours',
  'different-duties',
  'workplace-changes',
  'talking-therapy',
  'physio-pain',
  'physical-activity',
  'finding-work',
  'money-debt-housing',
  'employer-advice',
  'not-ready',
] as const;
/** The yes/no demands of the work, in the order they are shown. */
export const WORK_DEMANDS = ['shiftsOrNights', 'driving', 'safetyCritical', 'publicFacing'] as const;

export const MAX_JOB_TITLE = 200;
export const MAX_HOURS_PER_WEEK = 168;

export const WorkStatusSchema = z.enum(WORK_STATUSES);
export const ActivityLevelSchema = z.enum(ACTIVITY_LEVELS);
export const ManagingSchema = z.enum(MANAGING);
export const WhatMayHelpSchema = z.enum(WHAT_MAY_HELP);
export const HoursPerWeekSchema = z.number().check(z.gte(0), z.lte(MAX_HOURS_PER_WEEK));

export const WorkPatternSchema = z.object({
  hoursPerWeek: z.nullable(HoursPerWeekSchema),
  shiftsOrNights: z.boolean(),
  activity: z.nullable(ActivityLevelSchema),
  driving: z.boolean(),
  safetyCritical: z.boolean(),
  publicFacing: z.boolean(),
});

/**
 * The answers. `null` means not answered. Answers to questions that do not apply to the work status
 * may be present (so an accidental change of status loses nothing) and are ignored: see
 * `applicableWorkAnswers`.
 */
export const WorkAnswersSchema = z.object({
  status: z.nullable(WorkStatusSchema),
  jobTitle: z.string().check(z.maxLength(MAX_JOB_TITLE)),
  pattern: WorkPatternSchema,
  managing: z.nullable(ManagingSchema),
  /** When `managing` is 'off-sick': the first day off sick, if known (an estimate is fine). */
  offSickSince: z.nullable(CalendarDateSchema),
  whatMayHelp: z.array(WhatMayHelpSchema).check(z.refine((items) => new Set(items).size === items.length, { message: 'Each choice once' })),
  freeText: z.string().check(z.maxLength(MAX_TEXT)),
  /** The clinician chose to skip the work question. */
  skipped: z.boolean(),
});

/** What the answers imply (CONTRACT.md): de-duplicated, adjustments and categories in their canonical order. */
export const WorkSuggestionsSchema = z.object({
  adjustments: z.array(z.enum(ADJUSTMENTS)),
  serviceCategories: z.array(ServiceCategorySchema),
  sixMonthsOrMore: z.optional(z.boolean()),
  reasons: z.array(z.string()),
});

export type WorkStatus = (typeof WORK_STATUSES)[number];
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];
export type Managing = (typeof MANAGING)[number];
export type WhatMayHelp = (typeof WHAT_MAY_HELP)[number];
export type WorkDemand = (typeof WORK_DEMANDS)[number];
export type WorkPattern = z.infer<typeof WorkPatternSchema>;
export type WorkAnswers = z.infer<typeof WorkAnswersSchema>;
export type WorkSuggestions = z.infer<typeof WorkSuggestionsSchema>;

const EMPTY_PATTERN: Readonly<WorkPattern> = Object.freeze({
  hoursPerWeek: null,
  shiftsOrNights: false,
  activity: null,
  driving: false,
  safetyCritical: false,
  publicFacing: false,
});

/** Nothing answered yet. */
export function createWorkAnswers(): WorkAnswers {
  return {
    status: null,
    jobTitle: '',
    pattern: { ...EMPTY_PATTERN },
    managing: null,
    offSickSince: null,
    whatMayHelp: [],
    freeText: '',
    skipped: false,
  };
}

export interface WorkAnswersRepair {
  answers: WorkAnswers;
  /** Developer-facing descriptions of what could not be used, by field. Empty when nothing was wrong. */
  problems: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => (list as readonly unknown[]).includes(v);

/**
 * Turns anything into well-shaped answers: each usable field is kept exactly as given, each unusable
 * one is replaced by its default and named in `problems`; a missing field is simply unanswered.
 * Answers that pass `WorkAnswersSchema` come back deep-equal. `undefined` and `null` mean "start
 * afresh" and are not problems.
 */
export function repairWorkAnswers(input: unknown): WorkAnswersRepair {
  const answers = createWorkAnswers();
  const problems: string[] = [];
  if (input === undefined || input === null) return { answers, problems };
  if (!isRecord(input)) {
    problems.push('value: expected an object of work answers; starting with nothing answered');
    return { answers, problems };
  }
  const v = input;
  const nullableEnum = <T extends string>(key: 'status' | 'managing', list: readonly T[]): T | null => {
    const given = v[key];
    if (given === undefined || given === null) return null;
    if (isOneOf(list, given)) return given;
    problems.push(`value.${key}: expected one of ${list.join(', ')}, or null; ignored`);
    return null;
  };
  answers.status = nullableEnum('status', WORK_STATUSES);
  answers.managing = nullableEnum('managing', MANAGING);

  if (v.jobTitle !== undefined) {
    if (typeof v.jobTitle === 'string' && v.jobTitle.length <= MAX_JOB_TITLE) answers.jobTitle = v.jobTitle;
    else problems.push(`value.jobTitle: expected text of at most ${MAX_JOB_TITLE} characters; ignored`);
  }
  if (v.freeText !== undefined) {
    if (typeof v.freeText === 'string' && v.freeText.length <= MAX_TEXT) answers.freeText = v.freeText;
    else problems.push(`value.freeText: expected text of at most ${MAX_TEXT} characters; ignored`);
  }
  if (v.offSickSince !== undefined && v.offSickSince !== null) {
    if (isCalendarDate(v.offSickSince)) answers.offSickSince = v.offSickSince;
    else problems.push('value.offSickSince: expected a real date YYYY-MM-DD (1900 to 2199), or null; ignored');
  }
  if (v.skipped !== undefined) {
    if (typeof v.skipped === 'boolean') answers.skipped = v.skipped;
    else problems.push('value.skipped: expected true or false; ignored');
  }
  if (v.pattern !== undefined) {
    if (isRecord(v.pattern)) {
      const p = v.pattern;
      if (p.hoursPerWeek !== undefined && p.hoursPerWeek !== null) {
        if (HoursPerWeekSchema.safeParse(p.hoursPerWeek).success) answers.pattern.hoursPerWeek = p.hoursPerWeek as number;
        else problems.push(`value.pattern.hoursPerWeek: expected a number from 0 to ${MAX_HOURS_PER_WEEK}, or null; ignored`);
      }
      if (p.activity !== undefined && p.activity !== null) {
        if (isOneOf(ACTIVITY_LEVELS, p.activity)) answers.pattern.activity = p.activity;
        else problems.push(`value.pattern.activity: expected one of ${ACTIVITY_LEVELS.join(', ')}, or null; ignored`);
      }
      for (const key of WORK_DEMANDS) {
        if (typeof p[key] === 'boolean') answers.pattern[key] = p[key];
        else if (p[key] !== undefined) problems.push(`value.pattern.${key}: expected true or false; ignored`);
      }
    } else problems.push('value.pattern: expected an object; ignored');
  }
  if (v.whatMayHelp !== undefined) {
    if (Array.isArray(v.whatMayHelp)) {
      const kept: WhatMayHelp[] = [];
      let unknown = 0;
      let repeated = 0;
      for (const item of v.whatMayHelp) {
        if (!isOneOf(WHAT_MAY_HELP, item)) unknown += 1;
        else if (kept.includes(item)) repeated += 1;
        else kept.push(item);
      }
      answers.whatMayHelp = kept;
      if (unknown) problems.push(`value.whatMayHelp: ${unknown} unknown choice(s) dropped; expected any of ${WHAT_MAY_HELP.join(', ')}`);
      if (repeated) problems.push(`value.whatMayHelp: ${repeated} repeated choice(s) dropped`);
    } else problems.push('value.whatMayHelp: expected a list of choices; ignored');
  }
  return { answers, problems };
}

export interface QuestionsThatApply {
  /** Job title and the pattern and demands of work (asked under "employed" and "self-employed"). */
  jobDetails: boolean;
  /** "How are you managing in work?" */
  managing: boolean;
  /** "What may help you get back to work?" */
  whatMayHelp: boolean;
}

/**
 * Which questions apply to a work status. Before a status is chosen, the second and third questions
 * are open (a clinician may answer them in any order); the job details belong to those in work.
 * Someone retired, or who prefers not to say, is asked nothing more.
 */
export function questionsThatApply(status: WorkStatus | null): QuestionsThatApply {
  const inWork = status === 'employed' || status === 'self-employed';
  if (status === null) return { jobDetails: false, managing: true, whatMayHelp: true };
  return { jobDetails: inWork, managing: inWork, whatMayHelp: status !== 'retired' && status !== 'prefers-not-to-say' };
}

/**
 * The answers with those to questions that do not apply reset (see `questionsThatApply`), and the
 * off-sick date kept only when the patient is off sick. This is what the suggestions read and what
 * the complete event reports.
 */
export function applicableWorkAnswers(input: unknown): WorkAnswers {
  const { answers } = repairWorkAnswers(input);
  const applies = questionsThatApply(answers.status);
  if (!applies.jobDetails) {
    answers.jobTitle = '';
    answers.pattern = { ...EMPTY_PATTERN };
  }
  if (!applies.managing) answers.managing = null;
  if (answers.managing !== 'off-sick') answers.offSickSince = null;
  if (!applies.whatMayHelp) answers.whatMayHelp = [];
  return answers;
}

/** How long someone has been off sick, counting the first day and today. */
export interface Absence {
  since: CalendarDate;
  today: CalendarDate;
  days: number;
  /** Whole calendar months: a period of this many months from `since` ends on or before today. */
  months: number;
}

/** Last day of `months` calendar months from `since`, by the same convention as fit-note periods. */
const monthsEnd = (since: CalendarDate, months: number) => addDays(addMonths(since, months), -1);

/** The absence from `since` to `today`; `null` when either is not a real date or `since` is after today. */
export function absenceLength(since: unknown, today: unknown): Absence | null {
  if (!isCalendarDate(since) || !isCalendarDate(today) || compareDates(since, today) > 0) return null;
  const [sy, sm] = since.split('-').map(Number) as [number, number];
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  let months = (ty - sy) * 12 + (tm - sm) + 1;
  while (months > 0 && compareDates(monthsEnd(since, months), today) > 0) months -= 1;
  return { since, today, days: lengthInDays(since, today), months };
}

/** "3 days", "2 weeks and 3 days", "7 months", "more than 7 months", in `lang` (default English). */
export function formatAbsence(absence: Absence, lang?: string): string {
  if (absence.months >= 1) {
    const length = formatLength({ count: absence.months, unit: 'months' }, lang);
    const exact = compareDates(monthsEnd(absence.since, absence.months), absence.today) === 0;
    return exact ? length : message('prompt.absence.moreThan', { length }, lang);
  }
  if (absence.days < 14) return formatLength({ count: absence.days, unit: 'days' }, lang);
  const weeks = formatLength({ count: Math.floor(absence.days / 7), unit: 'weeks' }, lang);
  const rest = absence.days % 7;
  return rest === 0 ? weeks : message('prompt.absence.weeksAndDays', { weeks, days: formatLength({ count: rest, unit: 'days' }, lang) }, lang);
}
