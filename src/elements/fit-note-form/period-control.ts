/**
 * The period as the form edits it: the model's period editor (`period-editor.ts`, pure functions)
 * held for one note, with what the "For" box and the "Until" fields show. Every edit goes through
 * `apply`, so the note's period, the draft and the fields never disagree.
 */
import { fieldsFromDate, type DateFields } from '../../internal/date-input.js';
import type { CalendarDate } from '../../model/dates.js';
import {
  draftLength,
  periodDraftFromNote,
  periodText,
  setEndDate,
  setIndefinite,
  setLength,
  setShorthand,
  setStart,
  type PeriodDraft,
  type PeriodEdit,
  type PeriodSource,
} from '../../model/period-editor.js';
import { formatPeriodShorthand } from '../../model/period-shorthand.js';
import type { PeriodLength, PeriodUnit } from '../../model/period.js';
import type { FitNote } from '../../model/schemas.js';

export class PeriodControl {
  draft!: PeriodDraft;
  /** What the "Until" fields hold. */
  endFields: DateFields = fieldsFromDate(null);
  /** The For box as the clinician typed it, while the period follows it. */
  private forInput: string | null = null;

  /** A note put on screen; the default note's placeholder end shows as blank. */
  load(period: FitNote['period'], source: PeriodSource): void {
    this.draft = periodDraftFromNote(period, source);
    this.endFields = fieldsFromDate(source === 'default' ? null : period.end);
    this.forInput = null;
  }

  /** Keeps what is on screen when a host's period could not be used. */
  snapshot(): () => void {
    const { draft, endFields } = this;
    return () => {
      this.draft = draft;
      this.endFields = endFields;
    };
  }

  private apply(note: FitNote, edit: PeriodEdit): void {
    // Any other way of setting the period shows its length in the For box instead of what was typed.
    this.forInput = null;
    this.draft = edit.draft;
    note.period = edit.period;
    if (edit.endShown !== undefined) this.endFields = fieldsFromDate(edit.endShown);
  }

  start(note: FitNote, start: CalendarDate | null): void {
    this.apply(note, setStart(this.draft, note.period, start));
  }

  until(note: FitNote, fields: DateFields, end: CalendarDate | null): void {
    this.endFields = fields;
    this.apply(note, setEndDate(this.draft, note.period, end));
  }

  length(note: FitNote, count: string, unit: PeriodUnit): void {
    this.apply(note, setLength(this.draft, note.period, count, unit));
  }

  /** The For box: "2w", "5d", "i"… as typed, kept on screen as typed. */
  shorthand(note: FitNote, text: string): void {
    this.apply(note, setShorthand(this.draft, note.period, text));
    this.forInput = text;
  }

  indefinite(note: FitNote, on: boolean): void {
    this.apply(note, setIndefinite(this.draft, note.period, on));
  }

  /** The length chosen, when the period follows a length (the pressed quick button). */
  get chosenLength(): PeriodLength | null {
    return this.draft.basis === 'length' ? draftLength(this.draft) : null;
  }

  /** What the For box shows: as typed, else the length chosen another way, in shorthand. */
  get forText(): string {
    if (this.forInput !== null) return this.forInput;
    if (this.draft.typed !== undefined) return this.draft.typed;
    if (this.draft.indefinite) return 'i';
    const length = this.chosenLength;
    return length ? formatPeriodShorthand(length) : this.draft.basis === 'length' ? this.draft.count : '';
  }

  text(note: FitNote, lang: string): string {
    return periodText(this.draft, note.period, lang);
  }
}
