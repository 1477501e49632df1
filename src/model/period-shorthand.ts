/**
 * The period typed as a shorthand in one "For" box, as GP systems take it (DOMAIN.md §12, Vision's
 * eMED3 screen): `5d`, `2w`, `6w`, `1m`, `3m`, three digits at most, or `i` / `indefinite`. Words are
 * taken as well (`2 weeks`, `2 wk`, `1 month`, `10 days`, `1 day`), in any case and with spaces, and
 * so is the UK clinical shorthand of a count over the days in a week, weeks in a year or months in a
 * year (`5/7`, `2/52`, `3/12`). A bare number is refused: "2" could be days, weeks or months, and
 * guessing the unit could give the patient the wrong period.
 */
import { formatLength, isPeriodLength, type PeriodLength, type PeriodUnit } from './period.js';

export type PeriodShorthand =
  | { kind: 'length'; length: PeriodLength }
  | { kind: 'indefinite' }
  | { kind: 'invalid' }
  | { kind: 'empty' };

/** Every way of writing each unit that the box takes, lower case. */
const UNIT_WORDS: ReadonlyMap<string, PeriodUnit> = new Map([
  ...(['d', 'day', 'days'] as const).map((w) => [w, 'days'] as const),
  ...(['w', 'wk', 'wks', 'week', 'weeks'] as const).map((w) => [w, 'weeks'] as const),
  ...(['m', 'mo', 'mth', 'mths', 'month', 'months'] as const).map((w) => [w, 'months'] as const),
]);

const SHORTHAND = /^(\d{1,3}) ?([a-z]+)$/;
/** The UK clinical shorthand for a count of days, weeks or months: `5/7`, `2/52`, `3/12`. */
const FRACTION = /^(\d{1,3}) ?\/ ?(7|52|12)$/;
const FRACTION_UNITS: ReadonlyMap<string, PeriodUnit> = new Map([
  ['7', 'days'],
  ['52', 'weeks'],
  ['12', 'months'],
]);
const INDEFINITE = new Set(['i', 'indefinite']);
/** Longer text than any shorthand is not one: it is refused before it is read. */
const LONGEST = 20;

/**
 * What the clinician typed in the "For" box: a length within `MAX_PERIOD_COUNT` (so `0w`, `600w` and
 * `121m` are 'invalid'), an indefinite period (whether one is allowed is rule R6's to say), nothing
 * ('empty': blank, or not given), or something else ('invalid'). Reads any input and never throws.
 */
export function parsePeriodShorthand(text: unknown): PeriodShorthand {
  if (text === undefined || text === null) return { kind: 'empty' };
  if (typeof text !== 'string') return { kind: 'invalid' };
  const typed = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!typed) return { kind: 'empty' };
  if (typed.length > LONGEST) return { kind: 'invalid' };
  if (INDEFINITE.has(typed)) return { kind: 'indefinite' };
  const match = SHORTHAND.exec(typed) ?? FRACTION.exec(typed);
  const unit = match ? (UNIT_WORDS.get(match[2] as string) ?? FRACTION_UNITS.get(match[2] as string)) : undefined;
  if (!match || !unit) return { kind: 'invalid' };
  const length: PeriodLength = { count: Number(match[1]), unit };
  return isPeriodLength(length) ? { kind: 'length', length } : { kind: 'invalid' };
}

const LETTERS: Readonly<Record<PeriodUnit, string>> = Object.freeze({ days: 'd', weeks: 'w', months: 'm' });

/** A length as the box shows it: "2w", "5d", "3m"; '' for anything that is not a usable length. */
export function formatPeriodShorthand(length: unknown): string {
  return isPeriodLength(length) ? `${length.count}${LETTERS[length.unit]}` : '';
}

/**
 * A length in words, "2 weeks", "1 day", in `lang` (default English), from a length or from the
 * shorthand typed; '' when neither gives a length (an indefinite period, a bare number, nothing), so
 * the form shows no words for what is not a length.
 */
export function lengthInWords(input: unknown, lang?: string): string {
  const parsed = typeof input === 'string' ? parsePeriodShorthand(input) : null;
  const length = parsed ? (parsed.kind === 'length' ? parsed.length : null) : input;
  return isPeriodLength(length) ? formatLength(length, typeof lang === 'string' ? lang : undefined) : '';
}
