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
const PICKER_PARTS = ['base', 'area', 'filter-toggle', 'filters', 'suggested', 'search', 'listbox', 'option', 'referral', 'more-details', 'chosen', 'sources'];
const exported = (prefix: string, parts: readonly string[]) => parts.map((p) => `${p}: ${prefix}-${p}`).join(', ');

/** What the work question filled in, what it could not, and the services it suggested: one run of text. */
function prefilled(v: FlowView): TemplateResult {
  const name = (field: Prefillable) => (field === 'sixMonthsOrMore' ? v.t('form.workQuestion.sixMonths') : v.t(`adjustment.${field}`));
  const categories = v.suggestedCategories.map((c) => categoryLabel(c, v.lang));
  return html`${v.prefilled.length ? v.t('form.workQuestion.added', { items: joinList(v.prefilled.map(name), v.lang) }) : v.t('form.workQuestion.nothingAdded')}
  ${v.withheld.length ? v.t('form.workQuestion.withheld', { items: joinList(v.withheld.map(name), v.lang) }) : nothing}
  ${categories.length ? v.t('form.workQuestion.services', { categories: joinList(categories, v.lang) }) : nothing}`;
}

/**
 * The work question folded to one line until the clinician opens it ("Ask the work question",
 * optional), opened in place with a skip link to the note, and once answered or skipped folded to a
 * one-line summary of what it filled in, which opens it again.
 */
export function renderWorkQuestion(v: FlowView): TemplateResult {
  const done = v.workQuestion !== 'open';
  const shown = v.workQuestionShown;
  const toggle = (label: string) => html`<button
    type="button"
    class="link-button work-question__toggle"
    aria-expanded=${shown ? 'true' : 'false'}
    aria-controls="work-question-panel"
    ?disabled=${v.disabled}
    @click=${v.on.toggleWorkQuestion}
  >
    ${label}
  </button>`;
  let line: TemplateResult;
  if (shown) {
    line = html`<p class="work-question__line">
      ${toggle(v.t('form.workQuestion.hide'))}
      <a class="work-question__skip" href="#note-start" @click=${v.on.skipToNote}>${v.t('form.workQuestion.skipToNote')}</a>
    </p>`;
  } else if (!done) {
    line = html`<p class="work-question__line">
      ${toggle(v.t('form.workQuestion.ask'))} <span class="hint work-question__hint">${v.t('form.workQuestion.askHint')}</span>
    </p>`;
  } else {
    line = html`<div class="inset work-question__outcome" id="work-question-outcome" tabindex="-1">
      <h3 id="work-question-heading" class="visually-hidden">${v.t('form.workQuestion.heading')}</h3>
      <p>
        ${v.t(v.workQuestion === 'skipped' ? 'form.workQuestion.skipped' : 'form.workQuestion.completed')}
        ${v.workQuestion === 'completed' ? prefilled(v) : nothing} ${toggle(v.t('form.workQuestion.change'))}
      </p>
    </div>`;
  }
  return html`
    <div class="section work-question" part="work-question">
      ${line}
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
          density=${v.density}
          @work-question-complete=${v.on.workQuestionComplete}
        ></work-question-prompt>
      </div>
    </div>
  `;
}

export function renderSupport(v: FlowView): TemplateResult {
  return html`
    <div class="section support" part="support" id="support" tabindex="-1">
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
        density=${v.density}
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
    <details class="words" part="summary">
      <summary><h3 id="words-heading" class="words__heading">${v.t('form.words.heading')}</h3></summary>
      <p class="hint">${v.t('form.words.hint')}</p>
      ${v.words.map((line) => html`<p class="words__line">${line}</p>`)}
      ${v.referrals.length
        ? html`<h4 id="words-services">${v.t('form.words.services')}</h4>
            <ul class="words__services" aria-labelledby="words-services">
              ${v.referrals.map((r) => html`<li>${v.t(r.signposted ? 'form.words.signposted' : 'form.words.referred', { service: r.service.name.trim() })}</li>`)}
            </ul>`
        : nothing}
    </details>
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
  const stale = v.changedSinceConfirm;
  return html`
    <section class="plan ${stale ? 'plan--stale' : ''}" part="plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading">${plan.title}</h2>
      ${stale
        ? html`<div class="warning" part="warning" data-rule="PLAN"><p><span class="visually-hidden">${v.t('common.warning.prefix')}</span> ${v.t('form.plan.stale')}</p></div>`
        : html`<p class="hint no-print">${v.t('form.plan.hint')}</p>`}
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
      ${stale ? nothing : html`<button type="button" class="button button--secondary no-print" part="print-button" @click=${v.on.print}>${v.t('form.plan.print')}</button>`}
      <iframe id="print-frame" class="print-frame" title=${ifDefined(v.t('form.plan.frameTitle'))} tabindex="-1" aria-hidden="true"></iframe>
    </section>
  `;
}
