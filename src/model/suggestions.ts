/**
 * Accepted work-question suggestions (DOMAIN.md §5) filling in a fit note. Only what the clinician
 * accepted fills anything in, and never over what the clinician set: each field filled in this way
 * is remembered as prefilled until the clinician changes it, and a later answer that no longer
 * suggests it takes back only those.
 */
import { ADJUSTMENTS, type AdjustmentKey, type FitNote } from './schemas.js';
import type { WorkSuggestions } from './work-question.js';

/** A field of the note that an accepted work-question suggestion can fill in. */
export type Prefillable = AdjustmentKey | 'sixMonthsOrMore';

/** The fields accepted suggestions can fill in, in the order they are reported (adjustments in Med3 order). */
export const PREFILLABLE: readonly Prefillable[] = Object.freeze([...ADJUSTMENTS, 'sixMonthsOrMore' as const]);

export interface ApplyWorkSuggestionsInput {
  note: FitNote;
  /** The fields filled in by earlier accepted suggestions and not changed by the clinician since. */
  prefilled: ReadonlySet<Prefillable>;
  suggestions: WorkSuggestions;
}

export interface AppliedWorkSuggestions {
  /** The note filled in; a new object, sharing with the input only what did not change. */
  note: FitNote;
  prefilled: Set<Prefillable>;
  /** Accepted adjustments not ticked because the note says "not fit for work" (R10). */
  withheld: AdjustmentKey[];
  /** Something in the note changed. */
  changed: boolean;
  /**
   * "6 months or more" was taken back: a period may no longer be indefinite (R6), so the caller
   * leaves an indefinite period (`setIndefinite(draft, period, false)`).
   */
  sixMonthsCleared: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Fills in `note` from the accepted `suggestions` and takes back what earlier accepted suggestions
 * (`prefilled`) filled in and these no longer do. Adjustments the clinician ticked stay, and a "not
 * fit for work" note gets no adjustments (R10): they are `withheld`. Pure: the inputs are not changed.
 */
export function applyWorkSuggestions(input: ApplyWorkSuggestionsInput): AppliedWorkSuggestions {
  const given: Partial<Record<keyof ApplyWorkSuggestionsInput, unknown>> = isRecord(input) ? input : {};
  const source = (isRecord(given.note) ? given.note : {}) as FitNote;
  const s = isRecord(given.suggestions) ? given.suggestions : {};
  const list = Array.isArray(s.adjustments) ? (s.adjustments as unknown[]) : [];
  const accepted = new Set(ADJUSTMENTS.filter((key) => list.includes(key)));
  const prefilled = new Set<Prefillable>(given.prefilled instanceof Set ? PREFILLABLE.filter((key) => (given.prefilled as ReadonlySet<unknown>).has(key)) : []);
  const adjustments = { ...(isRecord(source.adjustments) ? source.adjustments : {}) } as FitNote['adjustments'];
  const note: FitNote = { ...source, adjustments };
  const withheld: AdjustmentKey[] = [];
  let changed = false;
  for (const key of ADJUSTMENTS) {
    if (prefilled.has(key) && !accepted.has(key)) {
      adjustments[key] = false;
      prefilled.delete(key);
      changed = true;
    } else if (accepted.has(key) && !adjustments[key]) {
      if (note.fitness === 'not-fit') withheld.push(key);
      else {
        adjustments[key] = true;
        prefilled.add(key);
        changed = true;
      }
    }
  }
  const sixMonths = s.sixMonthsOrMore === true;
  let sixMonthsCleared = false;
  if (prefilled.has('sixMonthsOrMore') && !sixMonths) {
    note.sixMonthsOrMore = false;
    prefilled.delete('sixMonthsOrMore');
    sixMonthsCleared = true;
    changed = true;
  } else if (sixMonths && !note.sixMonthsOrMore) {
    note.sixMonthsOrMore = true;
    prefilled.add('sixMonthsOrMore');
    changed = true;
  }
  return { note, prefilled, withheld, changed, sixMonthsCleared };
}
