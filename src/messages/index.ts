/**
 * The message catalogue: every word a clinician, patient or employer reads comes from here, keyed by
 * id, so clinical wording can be reviewed in one place and a Welsh catalogue can be added beside the
 * English one (a `cy` catalogue typed as `Catalogue` fails the type-check until every id is present).
 */
import { en } from './en/index.js';

export type MessageId = keyof typeof en;
export type Catalogue = { readonly [K in MessageId]: string };
export type MessageParams = Readonly<Record<string, string | number>>;

const catalogues: Readonly<Record<string, Catalogue>> = { en };

/** The languages with a catalogue. */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.keys(catalogues);

function catalogueFor(lang: string | undefined): Catalogue {
  if (!lang) return en;
  const base = lang.toLowerCase().split('-')[0] ?? '';
  return catalogues[base] ?? en;
}

/**
 * The text of message `id` with `{name}` placeholders filled from `params`. Parameters are inserted as
 * plain text; elements render the result as text, never as markup.
 */
export function message(id: MessageId, params?: MessageParams, lang?: string): string {
  const template = catalogueFor(lang)[id] ?? en[id] ?? id;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

type PluralBase = {
  [K in MessageId]: K extends `${infer B}.one` ? (`${B}.other` extends MessageId ? B : never) : never;
}[MessageId];

/** English plural forms: `{id}.one` for exactly 1, `{id}.other` otherwise; `{count}` is filled in. */
export function plural(id: PluralBase, count: number, params?: MessageParams, lang?: string): string {
  const key = (count === 1 ? `${id}.one` : `${id}.other`) as MessageId;
  return message(key, { count, ...params }, lang);
}
