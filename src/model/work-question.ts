/**
 * The work question (DOMAIN.md §5): the answers to the three questions, their repair, which questions
 * apply to whom, and the one rule table (`WORK_RULES`) that turns answers into suggested fit-note
 * adjustments and service categories. Every suggestion comes from a row of that table, with the row's
 * reason in plain words; docs/work-question-rules.md shows the table and a test keeps the two equal.
 */
import * as z from './zod.js';
import { addDays, addMonths, compareDates, formatLongDate, isCalendarDate, lengthInDays, todayLocal, type CalendarDate } from './dates.js';
import { cleanConditions } from './fit-note.js';
import { SUMMARY_MAX, truncate } from './narrative.js';
import { formatLength } from './period.js';
import { SELF_CERTIFICATION_DAYS } from './rules.js';
import { SYSTEMS } from './codes.js';
import {
  ADJUSTMENTS,
  CalendarDateSchema,
  MAX_TEXT,
  SERVICE_CATEGORIES,
  ServiceCategorySchema,
  type AdjustmentKey,
  type ServiceCategory,
} from './schemas.js';
import { message, plural, type MessageId, type MessageParams } from '../messages/index.js';

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

/** "3 days", "2 weeks and 3 days", "7 months", "more than 7 months". */
export function formatAbsence(absence: Absence): string {
  if (absence.months >= 1) {
    const length = formatLength({ count: absence.months, unit: 'months' });
    const exact = compareDates(monthsEnd(absence.since, absence.months), absence.today) === 0;
    return exact ? length : message('prompt.absence.moreThan', { length });
  }
  if (absence.days < 14) return formatLength({ count: absence.days, unit: 'days' });
  const weeks = formatLength({ count: Math.floor(absence.days / 7), unit: 'weeks' });
  const rest = absence.days % 7;
  return rest === 0 ? weeks : message('prompt.absence.weeksAndDays', { weeks, days: formatLength({ count: rest, unit: 'days' }) });
}

/**
 * The 15 WorkWell pilot areas by the ODS code of their 2023 ICB (DOMAIN.md §7). ICBs merged on
 * 1 April 2026 carry new codes (shared/data/README.md); a host on those passes `isWorkWellArea`.
 */
export const WORKWELL_ICB_CODES: readonly string[] = Object.freeze([
  'QHL', 'QUA', 'QUY', 'QUE', 'QT6', 'QWU', 'QNQ', 'QGH', 'QOP', 'QE1', 'QK1', 'QMJ', 'QRV', 'QF7', 'QXU',
]);

export function isWorkWellIcb(icb: unknown): boolean {
  return typeof icb === 'string' && WORKWELL_ICB_CODES.includes(icb.trim().toUpperCase());
}

/**
 * SNOMED CT concepts read as musculoskeletal by the heavy-lifting rule, to be confirmed by a clinician
 * before clinical use like every code in the library. Conditions without one of these codes are
 * recognised by the words of `MUSCULOSKELETAL_WORDS` in their display.
 */
export const MUSCULOSKELETAL_SNOMED_CODES: readonly string[] = Object.freeze([
  '279039007', // Low back pain
  '161891005', // Backache
  '23056005', // Sciatica
  '81680005', // Neck pain
  '45326000', // Shoulder pain
  '57676002', // Joint pain
  '396275006', // Osteoarthritis
  '69896004', // Rheumatoid arthritis
]);

export const MUSCULOSKELETAL_WORDS =
  /\b(back|backache|lumbar|lumbago|sciatica|spine|spinal|neck|shoulder|knee|hip|ankle|wrist|elbow|joints?|arthritis|osteoarthritis|musculoskeletal|msk|sprain(ed)?|fractured?|tendinitis|tendonitis|tendinopathy|ligament|disc|muscular|fibromyalgia|carpal tunnel)\b/i;

/** The display of the first musculoskeletal condition, or `null`. Reads any input. */
export function findMusculoskeletalCondition(conditions: unknown): string | null {
  for (const c of cleanConditions(conditions).kept) {
    const snomed = c.system === undefined || c.system === SYSTEMS.snomed;
    if ((snomed && c.code !== undefined && MUSCULOSKELETAL_SNOMED_CODES.includes(c.code.trim())) || MUSCULOSKELETAL_WORDS.test(c.display)) {
      return truncate(c.display.replace(/\s+/g, ' ').trim(), 60);
    }
  }
  return null;
}

export interface SuggestOptions {
  /** The clinician's today; the local date when missing or not a real date. */
  today?: CalendarDate;
  /** The conditions of the consultation (the heavy-lifting rule looks for a musculoskeletal one). */
  conditions?: unknown;
  /** ODS code of the practice's ICB, for the WorkWell rows. */
  icb?: string;
  /** Whether an ICB is a WorkWell area; defaults to the 2023 codes of `WORKWELL_ICB_CODES`. */
  isWorkWellArea?: (icb: string) => boolean;
}

/** What a rule reads: the applicable answers and what was worked out from them. */
export interface WorkFacts {
  answers: WorkAnswers;
  help: ReadonlySet<WhatMayHelp>;
  notReady: boolean;
  absence: Absence | null;
  musculoskeletalCondition: string | null;
  workWellArea: boolean;
}

export interface WorkRule {
  id: string;
  /** When the row applies, in words (the docs print this). */
  when: string;
  adjustments: readonly AdjustmentKey[];
  serviceCategories: readonly ServiceCategory[];
  sixMonthsOrMore: boolean;
  applies: (facts: WorkFacts) => boolean;
  /** The reason's message id; its `{placeholders}` are filled by `reasonParams`. */
  reasonId: MessageId;
  reasonParams?: (facts: WorkFacts) => MessageParams;
}

/** A row that applied: its effect and its reason in words. A row with no effect is a note. */
export interface FiredWorkRule {
  id: string;
  reason: string;
  adjustments: AdjustmentKey[];
  serviceCategories: ServiceCategory[];
  sixMonthsOrMore: boolean;
}

const NOT_READY = "and 'Not ready to think about work yet' is not chosen";

function row(
  id: string,
  when: string,
  effect: { adjustments?: AdjustmentKey[]; serviceCategories?: ServiceCategory[]; sixMonthsOrMore?: boolean },
  applies: WorkRule['applies'],
  reasonId: MessageId,
  reasonParams?: WorkRule['reasonParams'],
): WorkRule {
  return Object.freeze({
    id,
    when,
    adjustments: Object.freeze([...(effect.adjustments ?? [])]),
    serviceCategories: Object.freeze([...(effect.serviceCategories ?? [])]),
    sixMonthsOrMore: effect.sixMonthsOrMore ?? false,
    applies,
    reasonId,
    ...(reasonParams ? { reasonParams } : {}),
  });
}

const helps = (choice: WhatMayHelp) => (f: WorkFacts) => f.help.has(choice);
const helpsAndReady = (choice: WhatMayHelp) => (f: WorkFacts) => f.help.has(choice) && !f.notReady;
const absenceWords = (f: WorkFacts) => (f.absence ? formatAbsence(f.absence) : '');

/**
 * The rule table. Rows are read in this order, which is also the order of the reasons. Every row
 * reads only the applicable answers (`applicableWorkAnswers`), so job details count only for those in
 * work and the off-sick date only for those off sick. Nothing applies to skipped answers.
 */
export const WORK_RULES: readonly WorkRule[] = Object.freeze([
  row(
    'off-sick-6-months',
    'Off sick since a date at least 6 calendar months before today (a period of 6 calendar months from that date ends on or before today)',
    { sixMonthsOrMore: true },
    (f) => (f.absence?.months ?? 0) >= 6,
    'prompt.reason.sixMonths',
    (f) => ({ length: absenceWords(f) }),
  ),
  row(
    'off-sick-7-days-or-less',
    `Off sick since a date at most ${SELF_CERTIFICATION_DAYS} days before today, counting that day and today (rule R7); a note, nothing to accept`,
    {},
    (f) => f.absence !== null && f.absence.days <= SELF_CERTIFICATION_DAYS,
    'prompt.reason.selfCertify',
    (f) => ({ length: absenceWords(f) }),
  ),
  row(
    'heavy-lifting-musculoskeletal',
    'In work, the work is mostly manual or heavy lifting, and a condition is musculoskeletal (a SNOMED CT code of MUSCULOSKELETAL_SNOMED_CODES, or words such as back, neck, knee, sciatica or arthritis in its display)',
    { adjustments: ['amendedDuties'] },
    (f) => f.answers.pattern.activity === 'manual-heavy-lifting' && f.musculoskeletalCondition !== null,
    'prompt.reason.heavyLiftingMsk',
    (f) => ({ condition: f.musculoskeletalCondition ?? '' }),
  ),
  row(
    'safety-critical',
    'In work, with safety-critical duties; a note, nothing to accept',
    {},
    (f) => f.answers.pattern.safetyCritical,
    'prompt.reason.safetyCritical',
  ),
  row(
    'driving',
    'In work, driving for work; a note, nothing to accept',
    {},
    (f) => f.answers.pattern.driving,
    'prompt.reason.driving',
  ),
  row('help-phased-return', "'A phased return' may help", { adjustments: ['phasedReturn'] }, helps('phased-return'), 'prompt.reason.phasedReturn'),
  row('help-different-hours', "'Fewer or different hours' may help", { adjustments: ['alteredHours'] }, helps('different-hours'), 'prompt.reason.differentHours'),
  row('help-different-duties', "'Lighter or different duties' may help", { adjustments: ['amendedDuties'] }, helps('different-duties'), 'prompt.reason.differentDuties'),
  row(
    'help-workplace-changes',
    `'Changes to the workplace or working from home' may help, ${NOT_READY}`,
    { adjustments: ['workplaceAdaptations'], serviceCategories: ['access-to-work'] },
    helpsAndReady('workplace-changes'),
    'prompt.reason.workplaceChanges',
  ),
  row(
    'help-talking-therapy',
    `'Talking therapy' may help, ${NOT_READY}`,
    { serviceCategories: ['talking-therapies', 'employment-advice'] },
    helpsAndReady('talking-therapy'),
    'prompt.reason.talkingTherapy',
  ),
  row(
    'help-physio-pain',
    `'Physiotherapy or help with pain' may help, ${NOT_READY}`,
    { serviceCategories: ['physio-msk', 'physical-activity'] },
    helpsAndReady('physio-pain'),
    'prompt.reason.physioPain',
  ),
  row(
    'help-physical-activity',
    `'More physical activity' may help, ${NOT_READY}`,
    { serviceCategories: ['physical-activity'] },
    helpsAndReady('physical-activity'),
    'prompt.reason.physicalActivity',
  ),
  row(
    'help-finding-work',
    `'Help finding work' may help, ${NOT_READY}`,
    { serviceCategories: ['career-coaching'] },
    helpsAndReady('finding-work'),
    'prompt.reason.findingWork',
  ),
  row(
    'help-money-debt-housing',
    `'Help with money, debt or housing' may help, ${NOT_READY}`,
    { serviceCategories: ['social-prescribing', 'debt-and-housing'] },
    helpsAndReady('money-debt-housing'),
    'prompt.reason.moneyDebtHousing',
  ),
  row(
    'help-employer-advice',
    `'Advice for the employer or occupational health' may help, ${NOT_READY}`,
    { serviceCategories: ['occupational-health'] },
    helpsAndReady('employer-advice'),
    'prompt.reason.employerAdvice',
  ),
  row(
    'looking-for-work',
    `Looking for work, ${NOT_READY}`,
    { serviceCategories: ['work-coach', 'connect-to-work', 'career-coaching'] },
    (f) => f.answers.status === 'looking-for-work' && !f.notReady,
    'prompt.reason.lookingForWork',
  ),
  row(
    'looking-for-work-workwell',
    `Looking for work, the ICB is a WorkWell area, ${NOT_READY}`,
    { serviceCategories: ['workwell'] },
    (f) => f.answers.status === 'looking-for-work' && f.workWellArea && !f.notReady,
    'prompt.reason.lookingForWorkWorkWell',
  ),
  row(
    'at-risk-workwell',
    `Working with difficulty or off sick, the ICB is a WorkWell area, ${NOT_READY}`,
    { serviceCategories: ['workwell'] },
    (f) => (f.answers.managing === 'working-with-difficulty' || f.answers.managing === 'off-sick') && f.workWellArea && !f.notReady,
    'prompt.reason.atRiskWorkWell',
  ),
  row(
    'not-ready',
    "'Not ready to think about work yet' is chosen; a note, nothing to accept (and the rows that suggest services do not apply)",
    {},
    (f) => f.notReady,
    'prompt.reason.notReady',
  ),
]);

function workWellArea(options: SuggestOptions): boolean {
  const icb = typeof options.icb === 'string' ? options.icb.trim() : '';
  if (!icb) return false;
  if (typeof options.isWorkWellArea !== 'function') return isWorkWellIcb(icb);
  try {
    return options.isWorkWellArea(icb) === true;
  } catch {
    return false;
  }
}

/** The facts the rows read. Reads any input and never throws. */
export function workFacts(answers: unknown, options: SuggestOptions = {}): WorkFacts {
  const o: SuggestOptions = isRecord(options) ? options : {};
  const today = isCalendarDate(o.today) ? o.today : todayLocal();
  const applicable = applicableWorkAnswers(answers);
  const help = new Set(applicable.whatMayHelp);
  return {
    answers: applicable,
    help,
    notReady: help.has('not-ready'),
    absence: applicable.offSickSince ? absenceLength(applicable.offSickSince, today) : null,
    musculoskeletalCondition: findMusculoskeletalCondition(o.conditions),
    workWellArea: workWellArea(o),
  };
}

/** The rows that apply to these answers, in table order, each with its effect and reason. */
export function evaluateWorkRules(answers: unknown, options: SuggestOptions = {}): FiredWorkRule[] {
  const facts = workFacts(answers, options);
  if (facts.answers.skipped) return [];
  return WORK_RULES.filter((rule) => rule.applies(facts)).map((rule) => ({
    id: rule.id,
    reason: message(rule.reasonId, rule.reasonParams?.(facts)),
    adjustments: [...rule.adjustments],
    serviceCategories: [...rule.serviceCategories],
    sixMonthsOrMore: rule.sixMonthsOrMore,
  }));
}

/** True when a fired row only informs: it has nothing for the clinician to accept. */
export function isNote(rule: Pick<FiredWorkRule, 'adjustments' | 'serviceCategories' | 'sixMonthsOrMore'>): boolean {
  return rule.adjustments.length === 0 && rule.serviceCategories.length === 0 && !rule.sixMonthsOrMore;
}

/** Merges fired rows into one set of suggestions: de-duplicated, in canonical order, reasons in row order. */
export function combineSuggestions(fired: readonly FiredWorkRule[]): WorkSuggestions {
  const rows = Array.isArray(fired) ? fired : [];
  const suggestions: WorkSuggestions = {
    adjustments: ADJUSTMENTS.filter((key) => rows.some((r) => r.adjustments.includes(key))),
    serviceCategories: SERVICE_CATEGORIES.filter((key) => rows.some((r) => r.serviceCategories.includes(key))),
    reasons: [...new Set(rows.map((r) => r.reason))],
  };
  if (rows.some((r) => r.sixMonthsOrMore)) suggestions.sixMonthsOrMore = true;
  return suggestions;
}

/**
 * What the answers imply, from the rule table `WORK_RULES`. Pure and deterministic: the same answers
 * and options give the same suggestions. Reads any input and never throws.
 */
export function suggestFromAnswers(answers: unknown, options: SuggestOptions = {}): WorkSuggestions {
  return combineSuggestions(evaluateWorkRules(answers, options));
}

const textList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((r): r is string => typeof r === 'string') : []);
const statusLabel = (status: WorkStatus) => message(`prompt.status.${status}`);

function patternWords(pattern: WorkPattern): string[] {
  const parts: string[] = [];
  if (pattern.hoursPerWeek !== null) parts.push(message('prompt.narrative.hours', { hours: pattern.hoursPerWeek }));
  if (pattern.activity) parts.push(message(`prompt.activity.${pattern.activity}`));
  for (const key of WORK_DEMANDS) if (pattern[key]) parts.push(message(`prompt.demands.${key}`));
  return parts;
}

function offSickWords(answers: WorkAnswers, today: CalendarDate): string {
  if (!answers.offSickSince) return message('prompt.narrative.offSickUnknown');
  const date = formatLongDate(answers.offSickSince);
  const absence = absenceLength(answers.offSickSince, today);
  return absence
    ? message('prompt.narrative.offSickSince', { date, length: formatAbsence(absence) })
    : message('prompt.narrative.offSickFrom', { date });
}

export interface WorkNarrativeOptions {
  today?: CalendarDate;
  /** The suggestions the clinician accepted: their reasons are listed after the answers. */
  accepted?: WorkSuggestions;
  /** Reasons of rows that only inform (`isNote`), listed last. */
  notes?: readonly string[];
}

/** The answers in plain text, one question a line, for text-only hosts. Reads any input. */
export function workAnswersNarrative(input: unknown, options: WorkNarrativeOptions = {}): string {
  const o: WorkNarrativeOptions = isRecord(options) ? options : {};
  const today = isCalendarDate(o.today) ? o.today : todayLocal();
  const answers = applicableWorkAnswers(input);
  const applies = questionsThatApply(answers.status);
  const lines = [message('prompt.narrative.heading')];
  const notAnswered = message('prompt.narrative.notAnswered');
  if (answers.skipped) {
    lines.push(message('prompt.narrative.skipped'));
  } else {
    lines.push(message('prompt.narrative.q1', { answer: answers.status ? statusLabel(answers.status) : notAnswered }));
    if (answers.jobTitle.trim()) lines.push(message('prompt.narrative.jobTitle', { jobTitle: answers.jobTitle.trim() }));
    const pattern = patternWords(answers.pattern);
    if (pattern.length) lines.push(message('prompt.narrative.pattern', { pattern: pattern.join('; ') }));
    if (applies.managing) {
      const managing =
        answers.managing === 'off-sick' ? offSickWords(answers, today) : answers.managing ? message(`prompt.managing.${answers.managing}`) : notAnswered;
      lines.push(message('prompt.narrative.q2', { answer: managing }));
    }
    if (applies.whatMayHelp) {
      const help = answers.whatMayHelp.map((h) => message(`prompt.help.${h}`));
      lines.push(message('prompt.narrative.q3', { answer: help.length ? help.join('; ') : notAnswered }));
    }
  }
  if (answers.freeText.trim()) lines.push(message('prompt.narrative.freeText', { text: answers.freeText.trim() }));
  const list = (heading: 'prompt.narrative.accepted' | 'prompt.narrative.notes', items: string[]) => {
    if (!items.length) return;
    lines.push(message(heading));
    for (const text of items) lines.push(message('prompt.narrative.item', { text }));
  };
  list('prompt.narrative.accepted', textList(o.accepted?.reasons));
  list('prompt.narrative.notes', textList(o.notes));
  return lines.join('\n');
}

/** One line for the envelope: "Work question: Employed; Staff nurse; Off sick for 3 weeks; 2 suggestions accepted". */
export function workAnswersSummary(input: unknown, options: WorkNarrativeOptions = {}): string {
  const o: WorkNarrativeOptions = isRecord(options) ? options : {};
  const today = isCalendarDate(o.today) ? o.today : todayLocal();
  const answers = applicableWorkAnswers(input);
  if (answers.skipped) return message('prompt.summary.skipped');
  const parts: string[] = [answers.status ? statusLabel(answers.status) : message('prompt.narrative.notAnswered')];
  if (answers.jobTitle.trim()) parts.push(answers.jobTitle.replace(/\s+/g, ' ').trim());
  if (answers.managing === 'off-sick') {
    const absence = answers.offSickSince ? absenceLength(answers.offSickSince, today) : null;
    parts.push(absence ? message('prompt.summary.offSick', { length: formatAbsence(absence) }) : message('prompt.managing.off-sick'));
  } else if (answers.managing) parts.push(message(`prompt.managing.${answers.managing}`));
  const acceptedCount = textList(o.accepted?.reasons).length;
  if (acceptedCount) parts.push(plural('prompt.summary.accepted', acceptedCount));
  return truncate(message('prompt.summary.answered', { answers: parts.join('; ') }), SUMMARY_MAX);
}
