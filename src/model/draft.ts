/**
 * The validity of a note while `<fit-note-form>` edits it: the note's rules (`validateFitNote`) with
 * what the period editor knows and the note cannot show. A period not yet chosen is rule R3's error
 * on `period.end` (DOMAIN.md R3), not the end date the placeholder happens to hold; errors come in
 * the order of the form's fields, so the error summary reads top to bottom.
 */
import { isCalendarDate, type CalendarDate } from './dates.js';
import { periodProblem, type PeriodDraft } from './period-editor.js';
import { validateFitNote } from './rules.js';
import type { Issue, Validity } from './schemas.js';
import { message, type MessageId } from '../messages/index.js';

/** The parts of the form an error or warning belongs to, in the order they appear. */
export const FIELD_ORDER = [
  'patient',
  'assessmentDate',
  'assessmentMethod',
  'conditions',
  'fitness',
  'adjustments',
  'comments',
  'period.start',
  'sixMonthsOrMore',
  'period.end',
  'reassessmentNeeded',
  // A referral the clinician started in the consultation and did not finish (the form's services step).
  'referrals',
  'issuer',
  'statementDate',
] as const;

export type FieldGroup = (typeof FIELD_ORDER)[number];

/**
 * The part of the form an issue's `field` belongs to: every issuer field to 'issuer', every period
 * field but the start to 'period.end'; `null` for a field the form does not show.
 */
export function fieldGroup(field: string): FieldGroup | null {
  if (typeof field !== 'string') return null;
  if (field.startsWith('issuer')) return 'issuer';
  if (field.startsWith('period.') && field !== 'period.start') return 'period.end';
  return (FIELD_ORDER as readonly string[]).includes(field) ? (field as FieldGroup) : null;
}

const POSITION = new Map<FieldGroup, number>(FIELD_ORDER.map((g, i) => [g, i]));

/** Issues in field order, keeping their order within a field; one on no field of the form comes first, with the patient. */
export function sortByField(issues: readonly Issue[]): Issue[] {
  const at = (issue: Issue) => POSITION.get(fieldGroup(issue.field) ?? 'patient') ?? 0;
  return issues.map((issue, i) => ({ issue, i })).sort((a, b) => at(a.issue) - at(b.issue) || a.i - b.i).map(({ issue }) => issue);
}

const PROBLEM_MESSAGES = { 'not-chosen': 'form.period.notChosen', 'length-invalid': 'form.period.lengthInvalid' } as const satisfies Record<string, MessageId>;

export interface ValidateDraftOptions {
  /** The clinician's today; the local date when missing or not a real date. */
  today?: CalendarDate;
}

/**
 * `validateFitNote(note)` as the form shows it while `draft` edits the period:
 * - while no period is chosen, or the length is not a whole number in range, the period's own errors
 *   give way to one R3 error on `period.end` ("Enter how long the advice applies for" /
 *   "Length must be a whole number…"), and the R7 and R12 warnings, which read the placeholder's
 *   length, are dropped;
 * - while the length leads and the start is not a real date, the end cannot be worked out, so the
 *   start's error stands alone (no R3 error on the end as well).
 * Errors come in `FIELD_ORDER`. Reads any input and never throws.
 */
export function validateDraft(note: unknown, draft: PeriodDraft, options: ValidateDraftOptions = {}): Validity {
  const today = typeof options === 'object' && options !== null ? options.today : undefined;
  const base = validateFitNote(note, today === undefined ? {} : { today });
  let errors = base.errors;
  let warnings = base.warnings;
  const problem = periodProblem(draft);
  if (problem) {
    const messageId = PROBLEM_MESSAGES[problem];
    errors = [...errors.filter((e) => e.field !== 'period.end'), { rule: 'R3', field: 'period.end', messageId, message: message(messageId) }];
    warnings = warnings.filter((w) => w.rule !== 'R7' && w.rule !== 'R12');
  } else if (draft?.indefinite !== true && draft?.basis !== 'dates' && !isCalendarDate(startOf(note))) {
    errors = errors.filter((e) => !(e.field === 'period.end' && e.rule === 'R3'));
  }
  errors = sortByField(errors);
  return { valid: errors.length === 0, errors, warnings };
}

function startOf(note: unknown): unknown {
  const period = typeof note === 'object' && note !== null ? (note as { period?: unknown }).period : undefined;
  return typeof period === 'object' && period !== null ? (period as { start?: unknown }).start : undefined;
}
