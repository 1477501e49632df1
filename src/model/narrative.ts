/**
 * The note in words: the plain-text rendering in Med3 order for text-only hosts (EMIS and SystmOne
 * partner APIs take text), also for a note still being written (the form's "note in words"), and
 * the one-line summary of the event envelope. Every word comes from the catalogue in the `lang`
 * asked for.
 */
import { formatLongDate, isCalendarDate } from './dates.js';
import { formatPeriod } from './period.js';
import { repairFitNote } from './fit-note.js';
import { ADJUSTMENTS, type AdjustmentKey, type FitNote } from './schemas.js';
import { message, type MessageId, type MessageParams } from '../messages/index.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Longest summary in an envelope (CONTRACT.md). */
export const SUMMARY_MAX = 140;

/** "a, b and c", in `lang` (default English). */
export function joinList(items: readonly string[], lang?: string): string {
  if (!Array.isArray(items)) return '';
  if (items.length <= 1) return items[0] ?? '';
  return message('list.and', { items: items.slice(0, -1).join(', '), last: items[items.length - 1] ?? '' }, lang);
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

export interface NarrativeOptions {
  /** The language of the words (default English). */
  lang?: string;
  /**
   * The note is still being written: it is read as it stands, not repaired into a finished note. A
   * date that is not yet a real date reads "a date not yet complete", the period line reads
   * `periodText` (the form's own words for the period being chosen), and the heading, patient and
   * issuer lines, which the clinical system fills in, are left out.
   */
  draft?: { periodText: string };
}

/**
 * The whole note as lines of plain text, one Med3 field a line, in the order of the form. Reads any
 * input and never throws: a date that is missing or not real reads "date not known" (or, in a draft,
 * "a date not yet complete") and is never replaced by another date; other unusable fields read as
 * their defaults (see `repairFitNote`). An answer not yet given (`assessmentMethod` or
 * `reassessmentNeeded` null) is never worded as an answer: a draft reads "not yet answered", a
 * finished note leaves out the method and the review line.
 */
export function fitNoteNarrativeLines(input: FitNote, options: NarrativeOptions = {}): string[] {
  const lang = typeof options?.lang === 'string' ? options.lang : undefined;
  const t = (id: MessageId, params?: MessageParams) => message(id, params, lang);
  const draft = isObject(options?.draft) ? options.draft : null;
  const { note } = repairFitNote(input, { unknownDates: 'blank' });
  const date = (value: string) => (isCalendarDate(value) ? formatLongDate(value, lang) : t(draft ? 'narrative.dateNotComplete' : 'date.invalid'));
  const lines: string[] = [];
  if (!draft) {
    lines.push(t('narrative.heading'));
    if (note.patient) {
      lines.push(t('narrative.patient', { name: note.patient.name.trim() }));
      if (note.patient.nhsNumber) lines.push(t('narrative.nhsNumber', { nhsNumber: formatNhsNumber(note.patient.nhsNumber) }));
      if (note.patient.dateOfBirth) lines.push(t('narrative.dateOfBirth', { date: note.patient.dateOfBirth }));
    } else lines.push(t('narrative.patientUnknown'));
  }
  // An answer not yet given is never read as one: a draft says so, a finished note leaves it out.
  const assessed = date(note.assessmentDate);
  if (note.assessmentMethod) lines.push(t('narrative.assessed', { date: assessed, method: t(`method.${note.assessmentMethod}`) }));
  else if (draft) lines.push(t('narrative.assessed', { date: assessed, method: t('narrative.method.notAnswered') }));
  else lines.push(t('narrative.assessedNoMethod', { date: assessed }));
  const conditions = note.conditions.map((c) => c.display.trim()).filter(Boolean);
  lines.push(conditions.length ? t('narrative.conditions', { conditions: conditions.join('; ') }) : t('narrative.noConditions'));
  lines.push(t('narrative.advice', { fitness: t(`fitness.${note.fitness}`) }));
  const adjustments = note.fitness === 'may-be-fit' ? tickedAdjustments(note) : [];
  if (adjustments.length) {
    lines.push(t('narrative.adjustments', { adjustments: joinList(adjustments.map((k) => t(`adjustment.${k}`)), lang) }));
  }
  if (note.comments.trim()) lines.push(t('narrative.comments', { comments: note.comments.trim() }));
  const period = draft && typeof draft.periodText === 'string' ? draft.periodText : formatPeriod(note.period, lang);
  lines.push(t('narrative.period', { period }));
  if (note.sixMonthsOrMore) lines.push(t('narrative.sixMonths'));
  if (note.reassessmentNeeded !== null) lines.push(t(note.reassessmentNeeded ? 'narrative.reassess.yes' : 'narrative.reassess.no'));
  else if (draft) lines.push(t('narrative.reassess.notAnswered'));
  if (!draft) {
    if (note.issuer) {
      lines.push(t('narrative.issuer', { name: note.issuer.name.trim(), profession: t(`profession.${note.issuer.profession}`) }));
      if (note.issuer.address?.trim()) lines.push(t('narrative.issuerAddress', { address: note.issuer.address.trim() }));
    } else lines.push(t('narrative.issuerUnknown'));
  }
  lines.push(t('narrative.statementDate', { date: date(note.statementDate) }));
  return lines;
}

/** The whole note as plain text: `fitNoteNarrativeLines`, one line each. */
export function fitNoteNarrative(input: FitNote, options: { lang?: string } = {}): string {
  return fitNoteNarrativeLines(input, { lang: options?.lang }).join('\n');
}

/** One line of at most 140 characters: "May be fit for work, 2 weeks (…): a phased return to work". */
export function fitNoteSummary(input: FitNote, options: { lang?: string } = {}): string {
  const lang = typeof options?.lang === 'string' ? options.lang : undefined;
  const t = (id: MessageId, params?: MessageParams) => message(id, params, lang);
  const { note } = repairFitNote(input, { unknownDates: 'blank' });
  const base = t('summary.fitNote', { fitness: t(`fitness.short.${note.fitness}`), period: formatPeriod(note.period, lang) });
  const adjustments = note.fitness === 'may-be-fit' ? tickedAdjustments(note) : [];
  const text = adjustments.length
    ? t('summary.adjustments', { summary: base, adjustments: joinList(adjustments.map((k) => t(`adjustment.${k}`)), lang) })
    : base;
  return truncate(text, SUMMARY_MAX);
}
