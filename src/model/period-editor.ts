/**
 * The period as the clinician edits it in `<fit-note-form>`: a length ("2 weeks"), an end date, or
 * an indefinite period, whichever they chose last. The editor's state is a `PeriodDraft`; each edit
 * is a pure function giving the next draft, the note's new `period` and what the end-date fields must
 * show. Nothing here mutates its inputs or throws.
 *
 * No length is pre-chosen (a default would bias the note): until the clinician chooses, the default
 * note keeps the model's one-day placeholder period and `periodProblem` says 'not-chosen', which
 * `validateDraft` turns into rule R3's error on `period.end`.
 */
import { isCalendarDate, type CalendarDate } from './dates.js';
import { formatPeriod, isPeriodLength, lengthFromPeriod, periodEnd, PERIOD_UNITS, type Period, type PeriodLength, type PeriodUnit } from './period.js';
import { parsePeriodShorthand, type PeriodShorthand } from './period-shorthand.js';
import { message } from '../messages/index.js';

export interface PeriodDraft {
  /** What the end follows: the length fields, or the end date the clinician typed. */
  basis: 'length' | 'dates';
  /** The number of units as typed ("2", "", "two"). */
  count: string;
  unit: PeriodUnit;
  indefinite: boolean;
  /** The clinician (or the host, through `value`) has chosen a length, an end date or an indefinite period. */
  chosen: boolean;
  /** The date the end-date fields hold; '' while they hold no real date. */
  endText: CalendarDate | '';
  /**
   * What the clinician typed in the "For" box when it gives no length ("2", "2x": see
   * `setShorthand`), so that `periodProblem` says 'length-invalid' until it is put right. Absent
   * otherwise: a length, an end date or an indefinite period chosen in any way clears it.
   */
  typed?: string;
}

/** The outcome of one edit. */
export interface PeriodEdit {
  draft: PeriodDraft;
  /** The note's period after the edit: `end` is null when indefinite and '' while not yet known. */
  period: Period;
  /**
   * What the end-date fields must show now: a date, or blank (`null`). `undefined` when they keep
   * what the clinician typed (an end date being typed stays as typed, "31 2 2026" included).
   */
  endShown: CalendarDate | null | undefined;
}

/** Where the source of a note's period is: the default note, or a note the host set as `value`. */
export type PeriodSource = 'default' | 'host';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isUnit = (v: unknown): v is PeriodUnit => (PERIOD_UNITS as readonly unknown[]).includes(v);

/** A period read from anything: a start that is text, an end that is text or null. */
function readPeriod(input: unknown): Period {
  const p = isRecord(input) ? input : {};
  return {
    start: typeof p.start === 'string' ? p.start : '',
    end: p.end === null ? null : typeof p.end === 'string' ? p.end : '',
  };
}

/** A draft read from anything, each unusable part replaced by its starting value. */
function readDraft(input: unknown): PeriodDraft {
  const d = isRecord(input) ? input : {};
  return {
    basis: d.basis === 'dates' ? 'dates' : 'length',
    count: typeof d.count === 'string' ? d.count : '',
    unit: isUnit(d.unit) ? d.unit : 'weeks',
    indefinite: d.indefinite === true,
    chosen: d.chosen === true,
    endText: isCalendarDate(d.endText) ? d.endText : '',
    ...(typeof d.typed === 'string' ? { typed: d.typed } : {}),
  };
}

/** The draft without a "For" box text that gave no length: another choice has replaced it. */
function settled(draft: PeriodDraft): PeriodDraft {
  const { typed: _typed, ...rest } = draft;
  return rest;
}

/**
 * The editor's state for a note put on screen. A host's note is taken as chosen and described by its
 * length where it has one (else by its end date); the default note's one-day period is a placeholder,
 * not a length, so nothing is chosen and the end-date fields start blank.
 */
export function periodDraftFromNote(period: Period, source: PeriodSource): PeriodDraft {
  const p = readPeriod(period);
  const host = source === 'host';
  const indefinite = p.end === null;
  const length = host ? lengthFromPeriod(p) : null;
  return {
    basis: !host || length || indefinite ? 'length' : 'dates',
    count: length ? String(length.count) : '',
    unit: length?.unit ?? 'weeks',
    indefinite,
    chosen: host,
    endText: host && isCalendarDate(p.end) ? p.end : '',
  };
}

/** The length the draft's fields give: a whole number of up to 5 digits within `MAX_PERIOD_COUNT`, else `null`. */
export function draftLength(draft: PeriodDraft): PeriodLength | null {
  const d = readDraft(draft);
  const text = d.count.trim();
  if (!/^\d{1,5}$/.test(text)) return null;
  const length = { count: Number(text), unit: d.unit };
  return isPeriodLength(length) ? length : null;
}

/**
 * What keeps the period from being one (rule R3 in `validateDraft`): nothing chosen yet, or a length
 * that is not a whole number in range. An indefinite period and a chosen end date have none here;
 * the note's rules judge them.
 */
export function periodProblem(draft: PeriodDraft): 'not-chosen' | 'length-invalid' | null {
  const d = readDraft(draft);
  if (d.indefinite) return null;
  if (d.typed !== undefined) return 'length-invalid';
  if (!d.chosen) return 'not-chosen';
  if (d.basis === 'length') {
    if (!d.count.trim()) return 'not-chosen';
    if (!draftLength(d)) return 'length-invalid';
  }
  return null;
}

/** The end worked out from what was chosen last: a length, an end date, or indefinite. */
function apply(draft: PeriodDraft, before: Period): PeriodEdit {
  const period = { ...before };
  if (draft.indefinite) return { draft, period: { ...period, end: null }, endShown: undefined };
  if (draft.basis === 'length') {
    const length = draftLength(draft);
    const end = length && isCalendarDate(period.start) ? periodEnd(period.start, length) : null;
    // Not chosen yet: the placeholder end stays, so the note keeps its shape until the clinician chooses.
    if (draft.chosen) period.end = end ?? '';
    return { draft: { ...draft, endText: end ?? '' }, period, endShown: end };
  }
  const end = draft.endText || null;
  const length = end && isCalendarDate(period.start) ? lengthFromPeriod({ start: period.start, end }) : null;
  const next = { ...draft, count: length ? String(length.count) : '' };
  if (length) next.unit = length.unit;
  return { draft: next, period: { ...period, end: end ?? '' }, endShown: undefined };
}

/** The clinician typed or picked a length (`count` as typed, so "2" and "" and "two" all count). */
export function setLength(draft: PeriodDraft, period: Period, count: string, unit: PeriodUnit): PeriodEdit {
  const d = settled(readDraft(draft));
  return apply({ ...d, count: typeof count === 'string' ? count : '', unit: isUnit(unit) ? unit : d.unit, basis: 'length', chosen: true }, readPeriod(period));
}

/** The clinician typed in the end-date fields: `end` is the date they make, or `null` while they make none. */
export function setEndDate(draft: PeriodDraft, period: Period, end: CalendarDate | null): PeriodEdit {
  const d = settled(readDraft(draft));
  return apply({ ...d, endText: isCalendarDate(end) ? end : '', basis: 'dates', chosen: true }, readPeriod(period));
}

/**
 * The clinician ticked or cleared "For an indefinite period". Leaving it, the end follows the
 * length or end date chosen before. Setting what is already set changes nothing, so a caller may
 * leave an indefinite period without checking first (as when "6 months or more" is cleared).
 */
export function setIndefinite(draft: PeriodDraft, period: Period, on: boolean): PeriodEdit {
  const d = readDraft(draft);
  const p = readPeriod(period);
  if (d.indefinite === (on === true)) return { draft: d, period: p, endShown: undefined };
  return apply({ ...settled(d), indefinite: on === true, chosen: true }, p);
}

/**
 * The clinician typed in the "For" box (`parsePeriodShorthand`): a length sets the length as
 * `setLength` does; `i` or `indefinite` sets an indefinite period (rule R6 says whether one is
 * allowed); any other text leaves an indefinite period. Blank is a length not yet chosen; text that
 * gives no length (a bare number included: its unit would be a guess) is kept as `typed`, with no end,
 * and `periodProblem` says 'length-invalid'. Returns the edit and what the text was read as.
 */
export function setShorthand(draft: PeriodDraft, period: Period, text: unknown): PeriodEdit & { shorthand: PeriodShorthand } {
  const shorthand = parsePeriodShorthand(text);
  if (shorthand.kind === 'indefinite') return { ...setIndefinite(settled(readDraft(draft)), period, true), shorthand };
  const left = setIndefinite(draft, period, false);
  if (shorthand.kind === 'length') return { ...setLength(left.draft, left.period, String(shorthand.length.count), shorthand.length.unit), shorthand };
  const blank = setLength(left.draft, left.period, '', left.draft.unit);
  if (shorthand.kind === 'empty') return { ...blank, shorthand };
  return { ...blank, draft: { ...blank.draft, typed: typeof text === 'string' ? text : '' }, shorthand };
}

/** The start date changed (`null` while the fields make no real date): a length moves the end with it. */
export function setStart(draft: PeriodDraft, period: Period, start: CalendarDate | null): PeriodEdit {
  return apply(readDraft(draft), { ...readPeriod(period), start: isCalendarDate(start) ? start : '' });
}

/** The period in words for the form: "2 weeks (3 March 2026 to 16 March 2026)", or "a length not yet chosen". */
export function periodText(draft: PeriodDraft, period: Period, lang?: string): string {
  if (periodProblem(draft)) return message('form.period.notChosenYet', undefined, lang);
  return formatPeriod(readPeriod(period), lang);
}
