/**
 * The work question (DOMAIN.md §5): the one rule table (`WORK_RULES`) that turns answers into
 * suggested fit-note adjustments and service categories, and the answers in words. Every suggestion
 * comes from a row of that table, with the row's reason in plain words; docs/work-question-rules.md
 * shows the table and a test keeps the two equal. The answers themselves are in `work-answers.ts`.
 */
import { isWorkWellIcb, normaliseIcbCode } from '../data/areas.js';
import { formatLongDate, isCalendarDate, todayLocal, type CalendarDate } from './dates.js';
import { cleanConditions } from './fit-note.js';
import { SUMMARY_MAX, truncate } from './narrative.js';
import { SELF_CERTIFICATION_DAYS } from './rules.js';
import { SYSTEMS } from './codes.js';
import { MUSCULOSKELETAL_SNOMED_CODES, MUSCULOSKELETAL_WORDS } from './condition-groups.js';
import { ADJUSTMENTS, SERVICE_CATEGORIES, type AdjustmentKey, type ServiceCategory } from './schemas.js';
import { message, plural, type MessageId, type MessageParams } from '../messages/index.js';
import {
  WORK_DEMANDS,
  absenceLength,
  applicableWorkAnswers,
  formatAbsence,
  questionsThatApply,
  type Absence,
  type WhatMayHelp,
  type WorkAnswers,
  type WorkPattern,
  type WorkSuggestions,
} from './work-answers.js';

export * from './work-answers.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// WorkWell membership has one home with the ICB data (src/data/areas.ts), shared with the picker.
export { WORKWELL_ICB_CODES, isWorkWellIcb } from '../data/areas.js';

// The musculoskeletal codes and words have one home with the other condition groups.
export { MUSCULOSKELETAL_SNOMED_CODES, MUSCULOSKELETAL_WORDS } from './condition-groups.js';

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
  /** ODS code of the practice's ICB (2023 or April 2026, any case), for the WorkWell rows. */
  icb?: string;
  /**
   * Whether an ICB is a WorkWell area, given the code in capitals; defaults to `isWorkWellIcb`, which
   * answers as the built-in service directory does.
   */
  isWorkWellArea?: (icb: string) => boolean;
  /** Language of the reasons; English by default. */
  lang?: string;
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
  reasonParams?: (facts: WorkFacts, lang?: string) => MessageParams;
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
const absenceWords = (f: WorkFacts, lang?: string) => (f.absence ? formatAbsence(f.absence, lang) : '');

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
    (f, lang) => ({ length: absenceWords(f, lang) }),
  ),
  row(
    'off-sick-7-days-or-less',
    `Off sick since a date at most ${SELF_CERTIFICATION_DAYS} days before today, counting that day and today (rule R7); a note, nothing to accept`,
    {},
    (f) => f.absence !== null && f.absence.days <= SELF_CERTIFICATION_DAYS,
    'prompt.reason.selfCertify',
    (f, lang) => ({ length: absenceWords(f, lang) }),
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
  row('help-phased-return', "'Going back gradually' may help", { adjustments: ['phasedReturn'] }, helps('phased-return'), 'prompt.reason.phasedReturn'),
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
  const icb = normaliseIcbCode(options.icb);
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
  const lang = isRecord(options) ? langOf(options) : undefined;
  return WORK_RULES.filter((rule) => rule.applies(facts)).map((rule) => ({
    id: rule.id,
    reason: message(rule.reasonId, rule.reasonParams?.(facts, lang), lang),
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
const langOf = (o: { lang?: unknown }): string | undefined => (typeof o.lang === 'string' && o.lang ? o.lang : undefined);

type Words = (id: MessageId, params?: MessageParams) => string;
const wordsIn = (lang: string | undefined): Words => (id, params) => message(id, params, lang);

function patternWords(pattern: WorkPattern, t: Words): string[] {
  const parts: string[] = [];
  if (pattern.hoursPerWeek !== null) parts.push(t('prompt.narrative.hours', { hours: pattern.hoursPerWeek }));
  if (pattern.activity) parts.push(t(`prompt.activity.${pattern.activity}`));
  for (const key of WORK_DEMANDS) if (pattern[key]) parts.push(t(`prompt.demands.${key}`));
  return parts;
}

function offSickWords(answers: WorkAnswers, today: CalendarDate, lang: string | undefined): string {
  const t = wordsIn(lang);
  if (!answers.offSickSince) return t('prompt.narrative.offSickUnknown');
  const date = formatLongDate(answers.offSickSince, lang);
  const absence = absenceLength(answers.offSickSince, today);
  return absence ? t('prompt.narrative.offSickSince', { date, length: formatAbsence(absence, lang) }) : t('prompt.narrative.offSickFrom', { date });
}

export interface WorkNarrativeOptions {
  today?: CalendarDate;
  /** The suggestions the clinician accepted: their reasons are listed after the answers. */
  accepted?: WorkSuggestions;
  /** Reasons of rows that only inform (`isNote`), listed last. */
  notes?: readonly string[];
  /** Language of the words; English by default. The reasons are listed as given. */
  lang?: string;
}

/** The answers in plain text, one question a line, for text-only hosts. Reads any input. */
export function workAnswersNarrative(input: unknown, options: WorkNarrativeOptions = {}): string {
  const o: WorkNarrativeOptions = isRecord(options) ? options : {};
  const lang = langOf(o);
  const t = wordsIn(lang);
  const today = isCalendarDate(o.today) ? o.today : todayLocal();
  const answers = applicableWorkAnswers(input);
  const applies = questionsThatApply(answers.status);
  const lines = [t('prompt.narrative.heading')];
  const notAnswered = t('prompt.narrative.notAnswered');
  if (answers.skipped) {
    lines.push(t('prompt.narrative.skipped'));
  } else {
    lines.push(t('prompt.narrative.q1', { answer: answers.status ? t(`prompt.status.${answers.status}`) : notAnswered }));
    if (answers.jobTitle.trim()) lines.push(t('prompt.narrative.jobTitle', { jobTitle: answers.jobTitle.trim() }));
    const pattern = patternWords(answers.pattern, t);
    if (pattern.length) lines.push(t('prompt.narrative.pattern', { pattern: pattern.join('; ') }));
    if (applies.managing) {
      const managing =
        answers.managing === 'off-sick' ? offSickWords(answers, today, lang) : answers.managing ? t(`prompt.managing.${answers.managing}`) : notAnswered;
      lines.push(t('prompt.narrative.q2', { answer: managing }));
    }
    if (applies.whatMayHelp) {
      const help = answers.whatMayHelp.map((h) => t(`prompt.help.${h}`));
      lines.push(t('prompt.narrative.q3', { answer: help.length ? help.join('; ') : notAnswered }));
    }
  }
  if (answers.freeText.trim()) lines.push(t('prompt.narrative.freeText', { text: answers.freeText.trim() }));
  const list = (heading: 'prompt.narrative.accepted' | 'prompt.narrative.notes', items: string[]) => {
    if (!items.length) return;
    lines.push(t(heading));
    for (const text of items) lines.push(t('prompt.narrative.item', { text }));
  };
  list('prompt.narrative.accepted', textList(o.accepted?.reasons));
  list('prompt.narrative.notes', textList(o.notes));
  return lines.join('\n');
}

/** One line for the envelope: "Work question: Employed; Staff nurse; Off sick for 3 weeks; 2 suggestions accepted". */
export function workAnswersSummary(input: unknown, options: WorkNarrativeOptions = {}): string {
  const o: WorkNarrativeOptions = isRecord(options) ? options : {};
  const lang = langOf(o);
  const t = wordsIn(lang);
  const today = isCalendarDate(o.today) ? o.today : todayLocal();
  const answers = applicableWorkAnswers(input);
  if (answers.skipped) return t('prompt.summary.skipped');
  const parts: string[] = [answers.status ? t(`prompt.status.${answers.status}`) : t('prompt.narrative.notAnswered')];
  if (answers.jobTitle.trim()) parts.push(answers.jobTitle.replace(/\s+/g, ' ').trim());
  if (answers.managing === 'off-sick') {
    const absence = answers.offSickSince ? absenceLength(answers.offSickSince, today) : null;
    parts.push(absence ? t('prompt.summary.offSick', { length: formatAbsence(absence, lang) }) : t('prompt.managing.off-sick'));
  } else if (answers.managing) parts.push(t(`prompt.managing.${answers.managing}`));
  const acceptedCount = textList(o.accepted?.reasons).length;
  if (acceptedCount) parts.push(plural('prompt.summary.accepted', acceptedCount, undefined, lang));
  return truncate(t('prompt.summary.answered', { answers: parts.join('; ') }), SUMMARY_MAX);
}
