/**
 * The phrase bank: suggested wording for functional effects, grouped by condition type, inserted into
 * the comments only when the clinician selects one. Mental health, musculoskeletal and cardiovascular
 * conditions are most linked to leaving work (DOMAIN.md §6), so their groups come first.
 */
import { form } from '../../messages/en/form.js';
import type { MessageId } from '../../messages/index.js';
import { PHRASE_GROUPS, type PhraseGroup } from '../../model/condition-groups.js';

export { PHRASE_GROUPS, type PhraseGroup };

/** The phrase ids of a group in catalogue order. Every catalogue has the same ids (`Catalogue`). */
export function phraseIds(group: PhraseGroup): MessageId[] {
  const prefix = `form.phrase.${group}.`;
  return (Object.keys(form) as MessageId[]).filter((id) => id.startsWith(prefix));
}

export interface Selection {
  start: number;
  end: number;
}

/**
 * `phrase` put in place of the selected text of `text`, with a space either side where words would
 * otherwise run together. Returns the new text and the caret just after the phrase.
 */
export function insertPhrase(text: string, selection: Selection, phrase: string): { text: string; caret: number } {
  const start = Math.max(0, Math.min(selection.start, text.length));
  const end = Math.max(start, Math.min(selection.end, text.length));
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before && !/\s$/.test(before) ? ' ' : '';
  const trail = after && !/^\s/.test(after) ? ' ' : '';
  const inserted = `${lead}${phrase}${trail}`;
  return { text: `${before}${inserted}${after}`, caret: start + lead.length + phrase.length };
}
