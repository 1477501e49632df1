/**
 * The suggestions panel of <work-question-prompt>: each fired row of `WORK_RULES` with its reason and
 * an Accept toggle; rows that only inform are listed to bear in mind, with nothing to accept.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isNote, type FiredWorkRule } from '../../model/work-question.js';
import type { MessageId, MessageParams } from '../../messages/index.js';

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
        ? html`<ul class="suggestion-list">
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
          </ul>`
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
