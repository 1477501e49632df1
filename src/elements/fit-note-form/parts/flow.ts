/**
 * The consultation around the note: the work question before it, the services after the advice,
 * the note in words, Confirm and its outcome, and the patient's plan.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { joinList } from '../../../model/narrative.js';
import { categoryLabel } from '../../../model/services.js';
import type { Prefillable } from '../../../model/suggestions.js';
import type { FlowView, OutcomeView } from './view.js';

/**
 * The nested elements' parts, styled through `<fit-note-form>` as `work-question-…` and
 * `support-…` (CSS `::part()` does not reach into a shadow root inside another).
 */
const PROMPT_PARTS = ['questions', 'suggestions', 'actions', 'error-summary'];
const PICKER_PARTS = ['base', 'area', 'filters', 'search', 'listbox', 'option', 'referral', 'chosen', 'sources', 'error-summary'];
const exported = (prefix: string, parts: readonly string[]) => parts.map((p) => `${p}: ${prefix}-${p}`).join(', ');

function prefilled(v: FlowView): TemplateResult {
  const name = (field: Prefillable) => (field === 'sixMonthsOrMore' ? v.t('form.workQuestion.sixMonths') : v.t(`adjustment.${field}`));
  const categories = v.suggestedCategories.map((c) => categoryLabel(c, v.lang));
  return html`
    <p>${v.prefilled.length ? v.t('form.workQuestion.added', { items: joinList(v.prefilled.map(name), v.lang) }) : v.t('form.workQuestion.nothingAdded')}</p>
    ${v.withheld.length ? html`<p>${v.t('form.workQuestion.withheld', { items: joinList(v.withheld.map(name), v.lang) })}</p>` : nothing}
    ${categories.length ? html`<p>${v.t('form.workQuestion.services', { categories: joinList(categories, v.lang) })}</p>` : nothing}
  `;
}

export function renderWorkQuestion(v: FlowView): TemplateResult {
  const done = v.workQuestion !== 'open';
  const shown = !done || v.workQuestionShown;
  const toggle = html`<button
    type="button"
    class="link-button work-question__toggle"
    aria-expanded=${shown ? 'true' : 'false'}
    aria-controls="work-question-panel"
    ?disabled=${v.disabled}
    @click=${v.on.toggleWorkQuestion}
  >
    ${v.t(shown ? 'form.workQuestion.hide' : 'form.workQuestion.show')}
  </button>`;
  return html`
    <div class="section work-question" part="work-question">
      ${done && !shown
        ? html`<div class="inset work-question__outcome" id="work-question-outcome" tabindex="-1">
            <h3 id="work-question-heading">${v.t('form.workQuestion.heading')}</h3>
            <p>${v.t(v.workQuestion === 'skipped' ? 'form.workQuestion.skipped' : 'form.workQuestion.completed')}</p>
            ${v.workQuestion === 'completed' ? prefilled(v) : nothing} ${toggle}
          </div>`
        : nothing}
      ${done && shown ? html`<p class="work-question__hide">${toggle}</p>` : nothing}
      <div id="work-question-panel" ?hidden=${!shown} ?inert=${v.disabled}>
        <work-question-prompt
          heading-level="3"
          exportparts=${exported('work-question', PROMPT_PARTS)}
          .today=${v.today}
          .icb=${v.icb}
          .conditions=${v.pass('prompt.conditions', v.recordConditions)}
          .context=${v.pass('prompt.context', v.context)}
          .value=${v.pass('prompt.value', v.workAnswers)}
          lang=${v.lang}
          @work-question-complete=${v.on.workQuestionComplete}
        ></work-question-prompt>
      </div>
    </div>
  `;
}

export function renderSupport(v: FlowView): TemplateResult {
  return html`
    <div class="section support" part="support">
      ${v.suggestedCategories.length
        ? html`<p class="hint">${v.t('form.support.suggested', { categories: joinList(v.suggestedCategories.map((c) => categoryLabel(c, v.lang)), v.lang) })}</p>`
        : nothing}
      <local-services-picker
        heading-level="3"
        multiple
        exportparts=${exported('support', PICKER_PARTS)}
        .today=${v.today}
        .icb=${v.icb}
        .categories=${v.pass('picker.categories', v.suggestedCategories)}
        .conditions=${v.pass('picker.conditions', v.noteConditions)}
        .context=${v.pass('picker.context', v.context)}
        .value=${v.pass('picker.value', v.chosenServices)}
        lang=${v.lang}
        ?disabled=${v.disabled}
        ?inert=${v.disabled}
        @fit-note-referral=${v.on.referral}
        @local-services-change=${v.on.servicesChange}
      ></local-services-picker>
    </div>
  `;
}

export function renderWords(v: OutcomeView): TemplateResult {
  return html`
    <section class="words" part="summary" aria-labelledby="words-heading">
      <h3 id="words-heading">${v.t('form.words.heading')}</h3>
      <p class="hint">${v.t('form.words.hint')}</p>
      ${v.words.map((line) => html`<p class="words__line">${line}</p>`)}
      ${v.referrals.length
        ? html`<h4 id="words-services">${v.t('form.words.services')}</h4>
            <ul class="words__services" aria-labelledby="words-services">
              ${v.referrals.map((r) => html`<li>${v.t(r.signposted ? 'form.words.signposted' : 'form.words.referred', { service: r.service.name.trim() })}</li>`)}
            </ul>`
        : nothing}
    </section>
  `;
}

export function renderConfirm(v: OutcomeView): TemplateResult {
  let status: TemplateResult | typeof nothing = nothing;
  if (v.status === 'pending') status = html`<p>${v.t('form.status.pending')}</p>`;
  else if (v.status === 'saved') {
    status = html`<p class="status--saved">${v.location ? v.t('form.status.savedAt', { location: v.location }) : v.t('form.status.saved')}</p>`;
  }
  return html`
    <div class="actions">
      <button type="button" class="button" id="confirm" part="confirm-button" ?disabled=${v.disabled} @click=${v.on.confirm}>${v.t('form.confirm')}</button>
      <div class="status" part="status" role="status">${status} ${v.changedSinceConfirm ? html`<p>${v.t('form.status.changed')}</p>` : nothing}</div>
      <div role="alert">
        ${v.status === 'failed'
          ? html`<p class="error-message"><span class="visually-hidden">${v.t('common.error.prefix')}</span> ${v.t('form.status.failed')}</p>`
          : nothing}
      </div>
    </div>
  `;
}

export function renderPlan(v: OutcomeView): TemplateResult | typeof nothing {
  const plan = v.plan;
  if (!plan) return nothing;
  return html`
    <section class="plan" part="plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading">${plan.title}</h2>
      <p class="hint no-print">${v.t('form.plan.hint')}</p>
      ${plan.byline.map((line) => html`<p class="plan__byline">${line}</p>`)}
      ${plan.sections.map(
        (section) => html`
          <h3 data-section=${section.id}>${section.heading}</h3>
          ${section.lines.map((line) => html`<p class="plan__line">${line}</p>`)}
          ${section.lists.map(
            (list) => html`<p>${list.intro}</p>
              <ul class="plan__list">
                ${list.items.map(
                  (item) => html`<li>
                    <strong>${item.name}</strong>
                    ${item.lines.map((line) => html`<span class="plan__item-line">${line}</span>`)}
                  </li>`,
                )}
              </ul>`,
          )}
          ${section.after.map((line) => html`<p>${line}</p>`)}
        `,
      )}
      <button type="button" class="button button--secondary no-print" part="print-button" @click=${v.on.print}>${v.t('form.plan.print')}</button>
      <iframe id="print-frame" class="print-frame" title=${ifDefined(v.t('form.plan.frameTitle'))} tabindex="-1" aria-hidden="true"></iframe>
    </section>
  `;
}
