/**
 * The message catalogue: every word a clinician, patient or employer reads comes from here, keyed by
 * id, so clinical wording can be reviewed in one place and a Welsh catalogue can be added beside the
 * English one (a `cy` catalogue typed as `Catalogue` fails the type-check until every id is present).
 *
 * Dates are put into words through `src/model/dates.ts`, the one calendar module; the two modules
 * import each other only inside functions, so neither needs the other while it loads.
 */
import { en } from './en/index.js';
import { formatLongDate } from '../model/dates.js';
import { reportOnce } from '../internal/report.js';
import type { Issue } from '../model/schemas.js';

export type MessageId = keyof typeof en;
export type Catalogue = { readonly [K in MessageId]: string };
export type MessageParams = Readonly<Record<string, string | number>>;

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** Catalogues registered with `registerCatalogue`, by lower-case language tag. English is built in. */
const registered = new Map<string, Readonly<Partial<Record<MessageId, string>>>>();
const languages: string[] = ['en'];

/** The languages with a catalogue: `en`, then each one registered with `registerCatalogue`. */
export const SUPPORTED_LANGUAGES: readonly string[] = languages;

/** True when `value` is the id of a message in the catalogue. */
export function isMessageId(value: unknown): value is MessageId {
  return typeof value === 'string' && hasOwn(en, value);
}

const TAG = /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/;
const normaliseTag = (lang: unknown): string => (typeof lang === 'string' ? lang.trim().toLowerCase() : '');

/**
 * Adds the wording of a language, for a host's own translation or a test. `lang` is a language tag
 * (`cy`, `cy-GB`, `x-test`); a later call for the same tag replaces the earlier one. Text is looked
 * up by the tag asked for, then by its shorter prefixes (`cy-GB` finds `cy`), then in English, so a
 * partial catalogue is safe: every id it lacks reads in English.
 *
 * Never throws. Entries whose id is not in the catalogue, or whose text is not a non-blank string,
 * are ignored; a tag that is not a language tag, and English itself (the reviewed wording every
 * other language falls back to), are refused. Each refusal is reported once on the console.
 * Returns true when the catalogue was registered.
 */
export function registerCatalogue(lang: string, catalogue: Partial<Catalogue>): boolean {
  const tag = normaliseTag(lang);
  if (!TAG.test(tag) || tag === 'en' || tag.startsWith('en-')) {
    const shown = typeof lang === 'string' ? JSON.stringify(lang.slice(0, 40)) : typeof lang;
    reportOnce(null, `registerCatalogue:${tag}`, `registerCatalogue: ${shown} is not a language tag other than English; ignored`);
    return false;
  }
  const entries: Partial<Record<MessageId, string>> = Object.create(null) as Partial<Record<MessageId, string>>;
  let ignored = 0;
  if (typeof catalogue === 'object' && catalogue !== null) {
    for (const id of Object.keys(catalogue)) {
      const text = (catalogue as Record<string, unknown>)[id];
      if (isMessageId(id) && typeof text === 'string' && text.trim() !== '') entries[id] = text;
      else ignored += 1;
    }
  }
  if (ignored > 0) reportOnce(null, `registerCatalogue:${tag}:ignored`, `registerCatalogue(${tag}): ${ignored} entr(ies) ignored; each needs a known id and non-blank text`);
  registered.set(tag, Object.freeze(entries));
  if (!languages.includes(tag)) languages.push(tag);
  return true;
}

function template(id: MessageId, lang: string | undefined): string {
  let tag = normaliseTag(lang);
  while (tag && tag !== 'en') {
    const text = registered.get(tag)?.[id];
    if (text !== undefined) return text;
    const cut = tag.lastIndexOf('-');
    tag = cut > 0 ? tag.slice(0, cut) : '';
  }
  return hasOwn(en, id) ? en[id] : String(id);
}

const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;
const DURATION = /^P(\d{1,9})([DWM])$/;
const DURATION_UNITS = { D: 'unit.days', W: 'unit.weeks', M: 'unit.months' } as const;

function typed(value: string | number, type: string | undefined, lang: string | undefined): string {
  switch (type) {
    case 'date':
      return formatLongDate(String(value), lang);
    case 'number':
      return typeof value === 'number' ? formatNumber(value, lang) : String(value);
    case 'days':
      return typeof value === 'number' ? plural('unit.days', value, undefined, lang) : String(value);
    case 'length': {
      if (typeof value === 'number') return plural('unit.days', value, undefined, lang);
      const match = DURATION.exec(value);
      return match ? plural(DURATION_UNITS[match[2] as keyof typeof DURATION_UNITS], Number(match[1]), undefined, lang) : value;
    }
    default:
      return String(value);
  }
}

/**
 * The text of message `id` in `lang` (default English) with its placeholders filled from `params`.
 * Values are inserted as plain text; elements render the result as text, never as markup. A
 * placeholder whose param is missing is left as written.
 *
 * A placeholder may name a type, so that raw values put themselves into words in the language:
 * - `{name}`: the value as text.
 * - `{name:date}`: a calendar date `YYYY-MM-DD` as a long date ("3 March 2026"); anything that is
 *   not a real date reads "date not known", never another date.
 * - `{name:number}`: a number with digit grouping ("3,660"), the separators from the catalogue.
 * - `{name:days}`: a number of days with its unit ("1 day", "5 days").
 * - `{name:length}`: a period length as an ISO 8601 duration of one unit, `P<n>D`, `P<n>W` or `P<n>M`
 *   ("P6W" reads "6 weeks", "P3M" "3 months"; see `lengthAsDuration`); a number is read as days.
 * A text value given to `number`, `days` or `length` that is not of that kind is inserted as text.
 */
export function message(id: MessageId, params?: MessageParams, lang?: string): string {
  const text = template(id, lang);
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, key: string, type: string | undefined) => {
    if (!hasOwn(params, key)) return whole;
    const value = params[key];
    return typeof value === 'string' || typeof value === 'number' ? typed(value, type, lang) : String(value);
  });
}

const UNFILLED = /\{\w+(?::\w+)?\}/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A model issue (see `validateFitNote`) in words in `lang` (default English), from its `messageId`
 * and `params`. An issue whose id is not in the catalogue (from another version of the library, or
 * made by a host), or that lacks the params its wording needs, reads as its own `message`; anything
 * that is not an issue reads as an empty string.
 */
export function issueText(issue: Pick<Issue, 'messageId' | 'params' | 'message'>, lang?: string): string {
  if (!isRecord(issue)) return '';
  const fallback = typeof issue.message === 'string' ? issue.message : '';
  if (!isMessageId(issue.messageId)) return fallback;
  const params: Record<string, string | number> = {};
  if (isRecord(issue.params)) {
    for (const [key, value] of Object.entries(issue.params)) if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  }
  const text = message(issue.messageId, params, lang);
  return fallback && UNFILLED.test(text) ? fallback : text;
}

/**
 * A number with its digits grouped in threes, in `lang`'s separators ("3,660", "1,234.5"), written
 * here rather than by `toLocaleString`, whose output depends on the machine. Numbers too large or
 * too small for plain digits, and NaN and infinities, read as JavaScript writes them.
 */
export function formatNumber(value: number, lang?: string): string {
  const plain = String(value);
  if (typeof value !== 'number' || !Number.isFinite(value) || /e/i.test(plain)) return plain;
  const [whole = '', fraction] = plain.replace(/^-/, '').split('.');
  const group = message('common.number.group', undefined, lang);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = value < 0 ? '-' : '';
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}${message('common.number.decimal', undefined, lang)}${fraction}`;
}

type PluralBase = {
  [K in MessageId]: K extends `${infer B}.one` ? (`${B}.other` extends MessageId ? B : never) : never;
}[MessageId];

/** Plural forms: `{id}.one` for exactly 1, `{id}.other` otherwise; `{count}` is filled in. */
export function plural(id: PluralBase, count: number, params?: MessageParams, lang?: string): string {
  const key = (count === 1 ? `${id}.one` : `${id}.other`) as MessageId;
  return message(key, { count, ...params }, lang);
}
