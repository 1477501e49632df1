/**
 * The fit note rules R1–R12 of DOMAIN.md §4, in one place. `validateFitNote` reads anything a host
 * or a form may hand it, never throws, and returns every problem it finds as an `Issue` naming the
 * rule and the field. Errors block confirming; warnings are advice that never blocks.
 *
 * An issue carries its catalogue id and raw params (dates `YYYY-MM-DD`, counts as numbers) so an
 * element renders it in its own language with `issueText`; `message` is the English rendering, for
 * hosts that use the model alone.
 *
 * Shape problems that no rule names (an unknown assessment method, a comment that is not text) use
 * the rule id `FORMAT`. So does an answer not yet given: `assessmentMethod` and `reassessmentNeeded`
 * are `null` until the clinician or the host answers (nothing but "may be fit" is chosen for the
 * clinician, DOMAIN.md §11), and the Med3 needs both. No rule of DOMAIN.md §4 names them, and the
 * rule ids stay the contract's closed set (R1–R13, FORMAT), so a host that sorts issues by rule needs
 * no new case; the field and the message ("Select whether you will need to assess the patient
 * again", "Select how you assessed the patient") say what to do.
 */
import { addDays, addMonths, compareDates, isCalendarDate, lengthInDays, todayLocal, type CalendarDate } from './dates.js';
import { lengthAsDuration, lengthFromPeriod } from './period.js';
import { ADJUSTMENTS, ASSESSMENT_METHODS, FITNESS, MAX_TEXT, PROFESSIONS, type Issue, type Validity } from './schemas.js';
import { message, type MessageId, type MessageParams } from '../messages/index.js';

export { issueText } from '../messages/index.js';

export interface ValidateOptions {
  /** The clinician's today; defaults to the local date (also when it is not a real date). */
  today?: CalendarDate;
}

/** Days after which "not fit for work" prompts to consider "may be fit" (R12: more than 4 weeks). */
export const R12_DAYS = 28;
/** Longest absence that the employee self-certifies (R7). */
export const SELF_CERTIFICATION_DAYS = 7;
/** Longest period, in calendar months, in the first 6 months of a condition (R5). */
export const FIRST_SIX_MONTHS_LIMIT_MONTHS = 3;

/** The last day a note starting on `start` may cover in the first 6 months of a condition (R5). */
export function latestEndInFirstSixMonths(start: CalendarDate): CalendarDate {
  return addDays(addMonths(start, FIRST_SIX_MONTHS_LIMIT_MONTHS), -1);
}

type Record_ = Record<string, unknown>;
const isObject = (v: unknown): v is Record_ => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonBlank = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

function makeIssue(rule: string, field: string, messageId: MessageId, params?: MessageParams): Issue {
  const text = message(messageId, params);
  return params ? { rule, field, messageId, params: { ...params }, message: text } : { rule, field, messageId, message: text };
}

export function validateFitNote(note: unknown, options: ValidateOptions = {}): Validity {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const error = (rule: string, field: string, id: MessageId, params?: MessageParams) => errors.push(makeIssue(rule, field, id, params));
  const warn = (rule: string, field: string, id: MessageId, params?: MessageParams) => warnings.push(makeIssue(rule, field, id, params));

  const today = isCalendarDate(options?.today) ? options.today : todayLocal();

  if (!isObject(note)) {
    error('FORMAT', '', 'rule.FORMAT.note');
    return { valid: false, errors, warnings };
  }

  if (note.patient !== undefined && !(isObject(note.patient) && isNonBlank(note.patient.name))) {
    error('FORMAT', 'patient', 'rule.FORMAT.patient');
  }

  // R1: at least one condition, each with words a reader can understand.
  const conditions = Array.isArray(note.conditions) ? note.conditions : [];
  if (!conditions.some((c) => isObject(c) && isNonBlank(c.display))) error('R1', 'conditions', 'rule.R1.missing');

  // R2: assessment on or before the statement; neither in the future.
  const assessed = isCalendarDate(note.assessmentDate) ? note.assessmentDate : null;
  const stated = isCalendarDate(note.statementDate) ? note.statementDate : null;
  if (!assessed) error('R2', 'assessmentDate', 'rule.R2.assessmentDate.invalid');
  else if (compareDates(assessed, today) > 0) error('R2', 'assessmentDate', 'rule.R2.assessmentDate.future');
  if (!stated) error('R2', 'statementDate', 'rule.R2.statementDate.invalid');
  else if (compareDates(stated, today) > 0) error('R2', 'statementDate', 'rule.R2.statementDate.future');
  if (assessed && stated && compareDates(assessed, stated) > 0 && compareDates(assessed, today) <= 0) {
    error('R2', 'assessmentDate', 'rule.R2.assessmentDate.afterStatement');
  }

  if (!(ASSESSMENT_METHODS as readonly unknown[]).includes(note.assessmentMethod)) {
    error('FORMAT', 'assessmentMethod', 'rule.FORMAT.assessmentMethod');
  }
  const fitness = (FITNESS as readonly unknown[]).includes(note.fitness) ? (note.fitness as (typeof FITNESS)[number]) : null;
  if (!fitness) error('FORMAT', 'fitness', 'rule.FORMAT.fitness');
  if (typeof note.sixMonthsOrMore !== 'boolean') error('FORMAT', 'sixMonthsOrMore', 'rule.FORMAT.sixMonthsOrMore');
  if (typeof note.reassessmentNeeded !== 'boolean') error('FORMAT', 'reassessmentNeeded', 'rule.FORMAT.reassessmentNeeded');
  const comments = typeof note.comments === 'string' ? note.comments : '';
  if (note.comments !== undefined && typeof note.comments !== 'string') error('FORMAT', 'comments', 'rule.FORMAT.comments');
  else if (comments.length > MAX_TEXT) error('FORMAT', 'comments', 'rule.FORMAT.comments.tooLong', { max: MAX_TEXT });
  const sixMonthsOrMore = note.sixMonthsOrMore === true;

  // R3, R5, R6, R7, R12: the period.
  const period = isObject(note.period) ? note.period : {};
  const start = isCalendarDate(period.start) ? period.start : null;
  const indefinite = period.end === null;
  const end = isCalendarDate(period.end) ? period.end : null;
  if (!start) error('R3', 'period.start', 'rule.R3.start.invalid');
  if (!indefinite && !end) error('R3', 'period.end', 'rule.R3.end.invalid');
  const ordered = start && end ? compareDates(end, start) >= 0 : false;
  if (start && end && !ordered) error('R3', 'period.end', 'rule.R3.endBeforeStart');

  if (indefinite && !sixMonthsOrMore) error('R6', 'period.end', 'rule.R6.indefinite');

  if (start && end && ordered && !sixMonthsOrMore) {
    const latest = latestEndInFirstSixMonths(start);
    if (compareDates(end, latest) > 0) error('R5', 'period.end', 'rule.R5.tooLong', { latest });
  }

  // R4: backdating is allowed only with a comment that explains it.
  if (start && assessed && compareDates(start, assessed) < 0 && !isNonBlank(comments)) {
    warn('R4', 'period.start', 'rule.R4.backdated', { start, assessed });
  }

  if (start && end && ordered) {
    const days = lengthInDays(start, end);
    // R7: 7 days or less are self-certified.
    if (days <= SELF_CERTIFICATION_DAYS) warn('R7', 'period.end', 'rule.R7.selfCertify', { days });
    // R12: a long "not fit" note in the first 6 months: consider "may be fit" and a referral.
    if (fitness === 'not-fit' && days > R12_DAYS && !sixMonthsOrMore) {
      // The length as the note reads it ("6 weeks", "3 months"), as an ISO duration (see `message()`).
      const length = lengthFromPeriod({ start, end }) ?? { count: days, unit: 'days' as const };
      warn('R12', 'fitness', 'rule.R12.considerMayBeFit', { days, length: lengthAsDuration(length) });
    }
  }
  // R8 (periods under 15 days show both dates) holds by construction: a period always stores its
  // start and, unless indefinite, its end; the narrative prints both.

  // R9: only the five professions may issue. A note without an issuer is allowed: the host's clinical
  // system adds the signed-in clinician when it issues the Med3.
  if (note.issuer !== undefined) {
    const issuer = isObject(note.issuer) ? note.issuer : {};
    if (!isNonBlank(issuer.name)) error('R9', 'issuer.name', 'rule.R9.name');
    if (!(PROFESSIONS as readonly unknown[]).includes(issuer.profession)) error('R9', 'issuer.profession', 'rule.R9.profession');
  }

  // R10 and R11: adjustments belong to "may be fit", and "may be fit" needs something to act on.
  const adjustments = isObject(note.adjustments) ? note.adjustments : {};
  if (!ADJUSTMENTS.every((key) => typeof adjustments[key] === 'boolean')) error('FORMAT', 'adjustments', 'rule.FORMAT.adjustments');
  const anyAdjustment = ADJUSTMENTS.some((key) => adjustments[key] === true);
  if (fitness === 'not-fit' && anyAdjustment) error('R10', 'adjustments', 'rule.R10.adjustments');
  if (fitness === 'may-be-fit' && !anyAdjustment && !isNonBlank(comments)) warn('R11', 'comments', 'rule.R11.noAdvice');

  return { valid: errors.length === 0, errors, warnings };
}
