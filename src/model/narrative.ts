/**
 * The note in words: the plain-text rendering in Med3 order for text-only hosts (EMIS and SystmOne
 * partner APIs take text), and the one-line summary of the event envelope.
 */
import { formatLongDate } from './dates.js';
import { formatPeriod } from './period.js';
import { repairFitNote } from './fit-note.js';
import { ADJUSTMENTS, type AdjustmentKey, type FitNote } from './schemas.js';
import { message } from '../messages/index.js';

/** Longest summary in an envelope (CONTRACT.md). */
export const SUMMARY_MAX = 140;

/** "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return message('list.and', { items: items.slice(0, -1).join(', '), last: items[items.length - 1] ?? '' });
}

/** Formats a 10-digit NHS number as 3-3-4 ("943 476 5919"); anything else is returned trimmed. */
export function formatNhsNumber(value: string): string {
  if (typeof value !== 'string') return '';
  const digits = value.replace(/\s+/g, '');
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value.trim();
}

/** True when `value` is 10 digits with a correct Modulus 11 check digit. */
export function isValidNhsNumber(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const digits = value.replace(/\s+/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

export function tickedAdjustments(note: Pick<FitNote, 'adjustments'>): AdjustmentKey[] {
  return ADJUSTMENTS.filter((key) => note.adjustments[key]);
}

/** Trims text to `max` characters, ending in an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/**
 * The whole note as plain text, one Med3 field a line, in the order of the form. Reads any input:
 * a date that is missing or not real reads "date not known" and is never replaced by another date;
 * other unusable fields read as their defaults (see `repairFitNote`).
 */
export function fitNoteNarrative(input: FitNote): string {
  const { note } = repairFitNote(input, { unknownDates: 'blank' });
  const lines: string[] = [message('narrative.heading')];
  if (note.patient) {
    lines.push(message('narrative.patient', { name: note.patient.name.trim() }));
    if (note.patient.nhsNumber) lines.push(message('narrative.nhsNumber', { nhsNumber: formatNhsNumber(note.patient.nhsNumber) }));
    if (note.patient.dateOfBirth) lines.push(message('narrative.dateOfBirth', { date: formatLongDate(note.patient.dateOfBirth) }));
  } else lines.push(message('narrative.patientUnknown'));
  lines.push(message('narrative.assessed', { date: formatLongDate(note.assessmentDate), method: message(`method.${note.assessmentMethod}`) }));
  const conditions = note.conditions.map((c) => c.display.trim());
  lines.push(conditions.length ? message('narrative.conditions', { conditions: conditions.join('; ') }) : message('narrative.noConditions'));
  lines.push(message('narrative.advice', { fitness: message(`fitness.${note.fitness}`) }));
  const adjustments = note.fitness === 'may-be-fit' ? tickedAdjustments(note) : [];
  if (adjustments.length) {
    lines.push(message('narrative.adjustments', { adjustments: joinList(adjustments.map((k) => message(`adjustment.${k}`))) }));
  }
  if (note.comments.trim()) lines.push(message('narrative.comments', { comments: note.comments.trim() }));
  lines.push(message('narrative.period', { period: formatPeriod(note.period) }));
  if (note.sixMonthsOrMore) lines.push(message('narrative.sixMonths'));
  lines.push(message(note.reassessmentNeeded ? 'narrative.reassess.yes' : 'narrative.reassess.no'));
  if (note.issuer) {
    lines.push(message('narrative.issuer', { name: note.issuer.name.trim(), profession: message(`profession.${note.issuer.profession}`) }));
    if (note.issuer.address?.trim()) lines.push(message('narrative.issuerAddress', { address: note.issuer.address.trim() }));
  } else lines.push(message('narrative.issuerUnknown'));
  lines.push(message('narrative.statementDate', { date: formatLongDate(note.statementDate) }));
  return lines.join('\n');
}

/** One line of at most 140 characters: "May be fit for work, 2 weeks (…): a phased return to work". */
export function fitNoteSummary(input: FitNote): string {
  const { note } = repairFitNote(input, { unknownDates: 'blank' });
  const base = message('summary.fitNote', { fitness: message(`fitness.short.${note.fitness}`), period: formatPeriod(note.period) });
  const adjustments = note.fitness === 'may-be-fit' ? tickedAdjustments(note) : [];
  const text = adjustments.length
    ? message('summary.adjustments', { summary: base, adjustments: joinList(adjustments.map((k) => message(`adjustment.${k}`))) })
    : base;
  return truncate(text, SUMMARY_MAX);
}
