/**
 * The suggestions panel of <work-question-prompt>: each fired row of `WORK_RULES` with its reason and
 * an Accept toggle; rows that only inform are listed to bear in mind, with nothing to accept. The
 * Accept toggles are one toolbar, one tab stop moved through with the arrow keys (`RovingTabindex`
 * on `SUGGESTION_GROUP` in the element), so Tab passes a long list in one keystroke.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isNote, type FiredWorkRule } from '../../model/work-question.js';
import type { MessageId, MessageParams } from '../../messages/index.js';

/** The selectors the element's `RovingTabindex` finds the Accept toggles by. */
export const SUGGESTION_GROUP = { container: '.suggestion-toolbar', items: '.suggestion__accept' } as const;

export interface SuggestionsView {
  fired: readonly FiredWorkRule[];
  accepted: ReadonlySet<string>;
  disabled: boolean;
  t: (id: MessageId, params?: MessageParams) => string;
  level: (tag: 2 | 3 | 4) => string | undefined;
  toggle: (rule: string) => void;
}

export function renderSuggestions(v: SuggestionsView): TemplateResult {
  const offers = v.fired.filter((r) => !isNote(r));
  const notes = v.fired.filter(isNote);
  return html`
    <section class="suggestions" part="suggestions" aria-labelledby="suggestions-heading">
      <h3 id="suggestions-heading" aria-level=${ifDefined(v.level(3))}>${v.t('prompt.suggestions.heading')}</h3>
      <p class="hint">${v.t(v.fired.length === 0 ? 'prompt.suggestions.empty' : 'prompt.suggestions.hint')}</p>
      ${offers.length
        ? html`<div class="suggestion-toolbar" role="toolbar" aria-orientation="vertical" aria-labelledby="suggestions-heading">
            <ul class="suggestion-list">
              ${offers.map((r) => {
                const accepted = v.accepted.has(r.id);
                return html`
                  <li class="suggestion ${accepted ? 'suggestion--accepted' : ''}" data-rule=${r.id}>
                    <span class="suggestion__reason">${r.reason}</span>
                    <button
                      type="button"
                      class="button button--reverse suggestion__accept"
                      aria-pressed=${accepted ? 'true' : 'false'}
                      ?disabled=${v.disabled}
                      @click=${() => v.toggle(r.id)}
                    >
                      ${v.t('prompt.suggestions.accept')}<span class="visually-hidden">: ${r.reason}</span>
                    </button>
                    ${accepted ? html`<span class="tag" aria-hidden="true">${v.t('prompt.suggestions.accepted')}</span>` : nothing}
                  </li>
                `;
              })}
            </ul>
          </div>`
        : nothing}
      ${notes.length
        ? html`<h4 aria-level=${ifDefined(v.level(4))}>${v.t('prompt.suggestions.notes')}</h4>
            <ul class="note-list">
              ${notes.map((r) => html`<li data-rule=${r.id}>${r.reason}</li>`)}
            </ul>`
        : nothing}
    </section>
  `;
}
