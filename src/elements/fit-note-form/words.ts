/**
 * The note in words while it is being written, in the Med3 wording the employer reads. Not
 * `fitNoteNarrative`: that one repairs the note first, so a date still being typed or a period not yet
 * chosen would read as today's date or a one-day period. Here such a date reads "a date not yet
 * complete" and the period reads as the form says. The envelope of a confirmed (valid) note carries
 * `fitNoteNarrative` itself.
 */
import { formatLongDate, isCalendarDate } from '../../model/dates.js';
import { joinList, tickedAdjustments } from '../../model/narrative.js';
import type { FitNote } from '../../model/schemas.js';
import { message } from '../../messages/index.js';

export function noteInWords(note: FitNote, periodText: string, lang?: string): string[] {
  const t = (id: Parameters<typeof message>[0], params?: Parameters<typeof message>[1]) => message(id, params, lang);
  const date = (value: string) => (isCalendarDate(value) ? formatLongDate(value) : t('form.words.dateNotReal'));
  const lines: string[] = [];
  lines.push(t('narrative.assessed', { date: date(note.assessmentDate), method: t(`method.${note.assessmentMethod}`) }));
  const conditions = note.conditions.map((c) => c.display.trim()).filter(Boolean);
  lines.push(conditions.length ? t('narrative.conditions', { conditions: conditions.join('; ') }) : t('narrative.noConditions'));
  lines.push(t('narrative.advice', { fitness: t(`fitness.${note.fitness}`) }));
  const adjustments = note.fitness === 'may-be-fit' ? tickedAdjustments(note) : [];
  if (adjustments.length) lines.push(t('narrative.adjustments', { adjustments: joinList(adjustments.map((k) => t(`adjustment.${k}`))) }));
  if (note.comments.trim()) lines.push(t('narrative.comments', { comments: note.comments.trim() }));
  lines.push(t('form.period.inWords', { period: periodText }));
  if (note.sixMonthsOrMore) lines.push(t('narrative.sixMonths'));
  lines.push(t(note.reassessmentNeeded ? 'narrative.reassess.yes' : 'narrative.reassess.no'));
  lines.push(t('narrative.statementDate', { date: date(note.statementDate) }));
  return lines;
}
