/**
 * The Med3 fields in Med3 order: patient, assessment, conditions, advice, period, review, issuer.
 * Pure templates over a `NoteView`; every word comes from the catalogue through `v.t`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { renderDateInput } from '../../../internal/date-input.js';
import { choices, describedBy, errorMessage, textField, warning } from '../../../internal/templates.js';
import { formatLongDate } from '../../../model/dates.js';
import { formatNhsNumber, isValidNhsNumber } from '../../../model/narrative.js';
import { formatLength, type PeriodLength } from '../../../model/period.js';
import type { Prefillable } from '../../../model/suggestions.js';
import { ADJUSTMENTS, ASSESSMENT_METHODS, PROFESSIONS, type Fitness, type Issue } from '../../../model/schemas.js';
import type { MessageId, MessageParams } from '../../../messages/index.js';
import { phraseIds, type PhraseGroup } from '../phrase-bank.js';
import { DATE_IDS, type DateKey, type Group, type HelpTopic, type NoteView, type TemplatePart } from './view.js';

const QUICK_LENGTHS: readonly PeriodLength[] = [
  { count: 1, unit: 'weeks' },
  { count: 2, unit: 'weeks' },
  { count: 4, unit: 'weeks' },
  { count: 3, unit: 'months' },
];

const warnings = (v: NoteView, group: Group): TemplateResult[] =>
  v.warnings(group).map((w: Issue) => warning(v.t(w.messageId as MessageId, w.params as MessageParams), w.rule, v.t('common.warning.prefix')));

/** The mark beside a field the work question or an advice template filled in: "From the work question". */
function origin(v: NoteView, field: Prefillable | TemplatePart, id: string): TemplateResult | typeof nothing {
  if (field !== 'comments' && field !== 'period' && v.prefilled.has(field)) return html`<span class="tag origin" id=${id}>${v.t('form.fromWorkQuestion')}</span>`;
  if (field !== 'sixMonthsOrMore' && v.fromTemplate.has(field)) return html`<span class="tag origin" id=${id}>${v.t('form.fromTemplate')}</span>`;
  return nothing;
}

const marked = (v: NoteView, field: Prefillable | TemplatePart) =>
  (field !== 'comments' && field !== 'period' && v.prefilled.has(field)) || (field !== 'sixMonthsOrMore' && v.fromTemplate.has(field));

/**
 * A date field. A date that is today, with no error on it, shows in words with a "Change" button
 * (one tab stop, one line) until the clinician changes it; otherwise the NHS three-field date input.
 */
function date(v: NoteView, key: DateKey, group: Group, legend: string, hint?: string): TemplateResult {
  const errors = v.errors(group);
  const id = DATE_IDS[key];
  const value = key === 'assessment' ? v.note.assessmentDate : key === 'statement' ? v.note.statementDate : v.note.period.start;
  if (!errors.length && !v.editingDates.has(key) && value === v.today) {
    return html`<div class="form-group date-today" data-group=${group}>
      <span class="label" id="${id}-label">${legend}</span>
      <p class="date-today__value">
        <span id="${id}-words">${v.t('form.date.today', { date: value })}</span>
        <button
          type="button"
          class="link-button"
          id="${id}-change"
          aria-describedby="${id}-label ${id}-words"
          ?disabled=${v.disabled}
          @click=${() => v.on.editDate(key)}
        >
          ${v.t('form.date.change')}<span class="visually-hidden"> ${legend}</span>
        </button>
      </p>
    </div>`;
  }
  return html`<div data-group=${group}>
    ${renderDateInput({
      id,
      legend,
      ...(hint ? { hint } : {}),
      fields: v.dates[key],
      ...(errors.length ? { error: errors.join(' ') } : {}),
      disabled: v.disabled,
      showInWords: true,
      lang: v.lang,
      onInput: (fields) => v.on.date(key, fields),
    })}
  </div>`;
}

export function renderPatient(v: NoteView): TemplateResult {
  const patient = v.note.patient;
  const nhs = patient?.nhsNumber?.trim();
  const prefix = v.t('common.warning.prefix');
  return html`
    <section class="patient" part="patient" id="patient" tabindex="-1" aria-labelledby="patient-heading" data-group="patient">
      <h3 class="visually-hidden" id="patient-heading">${v.t('form.patient.heading')}</h3>
      ${errorMessage('patient-error', v.errors('patient'), v.t('common.error.prefix'))}
      ${patient
        ? html`
            <p class="patient__name">${patient.name.trim()}</p>
            <dl class="patient__details">
              <div>
                <dt>${v.t('form.patient.nhsNumber')}</dt>
                <dd>${nhs ? formatNhsNumber(nhs) : v.t('form.patient.nhsNumberMissing')}</dd>
              </div>
              ${patient.dateOfBirth
                ? html`<div>
                    <dt>${v.t('form.patient.dateOfBirth')}</dt>
                    <dd>${formatLongDate(patient.dateOfBirth, v.lang)}</dd>
                  </div>`
                : nothing}
            </dl>
            ${nhs && !isValidNhsNumber(nhs) ? warning(v.t('form.patient.nhsNumberInvalid'), 'NHS', prefix) : nothing}
          `
        : warning(v.t('form.patient.missing'), 'PATIENT', prefix)}
    </section>
  `;
}

export function renderAssessment(v: NoteView): TemplateResult {
  return html`
    <div class="section">
      ${date(v, 'assessment', 'assessmentDate', v.t('form.assessment.legend'), v.t('form.assessment.hint'))}
      ${choices({
        type: 'radio',
        name: 'assessment-method',
        id: 'method',
        group: 'assessmentMethod',
        legend: v.t('form.method.legend'),
        errors: v.errors('assessmentMethod'),
        errorPrefix: v.t('common.error.prefix'),
        inline: true,
        options: ASSESSMENT_METHODS.map((method) => ({
          value: method,
          id: `method-${method}`,
          label: v.t(`form.method.${method}`),
          checked: v.note.assessmentMethod === method,
        })),
        onChange: (method) => v.on.method(method),
      })}
    </div>
  `;
}

export function renderConditions(v: NoteView): TemplateResult {
  const errors = v.errors('conditions');
  const options = v.conditionOptions;
  return html`
    <div class="section form-group ${errors.length ? 'form-group--error' : ''}" data-group="conditions">
      <fieldset aria-describedby=${ifDefined(describedBy('conditions-hint', errors.length > 0 && 'conditions-error'))}>
        <legend class="legend--large">${v.t('form.conditions.legend')}</legend>
        <div class="hint" id="conditions-hint">${v.t('form.conditions.hint')}</div>
        ${errorMessage('conditions-error', errors, v.t('common.error.prefix'))}
        ${options.length
          ? html`<div class="checkboxes">
              ${options.map(
                (coding, i) => html`<div class="choice">
                  <input
                    type="checkbox"
                    id="condition-${i}"
                    .checked=${live(v.conditionTicked(coding))}
                    @change=${(e: Event) => v.on.condition(coding, (e.target as HTMLInputElement).checked)}
                  />
                  <label for="condition-${i}">${coding.display.trim()}</label>
                </div>`,
              )}
            </div>`
          : nothing}
        <div class="typed">
          <label class="label" for="condition-typed">${v.t(options.length ? 'form.conditions.typed.labelWithRecord' : 'form.conditions.typed.label')}</label>
          <input
            type="text"
            id="condition-typed"
            class=${errors.length && !options.length ? 'input--error' : ''}
            maxlength="1000"
            autocomplete="off"
            .value=${live(v.typedText)}
            @input=${(e: Event) => v.on.typedCondition((e.target as HTMLInputElement).value)}
          />
        </div>
      </fieldset>
    </div>
  `;
}

function helpBody(v: NoteView, topic: HelpTopic): TemplateResult {
  if (topic === 'comments') {
    const prompts = [1, 2, 3, 4, 5].map((n) => `form.help.comments.prompt.${n}` as MessageId);
    return html`<p>${v.t('form.help.comments.intro')}</p>
      <ul>
        ${prompts.map((id) => html`<li>${v.t(id)}</li>`)}
      </ul>
      <p class="hint">${v.t('form.help.sourceComments')}</p>`;
  }
  return html`<p>${v.t(`form.help.${topic}.body`)}</p>
    <p>${v.t(`form.help.${topic}.example`)}</p>
    <p class="hint">${v.t('form.help.source')}</p>`;
}

function help(v: NoteView, topic: HelpTopic): TemplateResult {
  return v.help.render(
    topic,
    { toggle: v.t('common.help.open', { topic: v.t(`form.help.topic.${topic}`) }), title: v.t(`form.help.${topic}.title`), close: v.t('common.help.close') },
    helpBody(v, topic),
    v.disabled,
  );
}

function phraseGroup(v: NoteView, group: PhraseGroup): TemplateResult {
  return html`<h3 id="phrases-${group}">${v.t(`form.phrases.group.${group}`)}</h3>
    <ul aria-labelledby="phrases-${group}">
      ${phraseIds(group).map(
        (id) => html`<li>
          <button type="button" class="phrase" @click=${() => v.on.phrase(id)}>
            <span class="visually-hidden">${v.t('form.phrases.add')}</span> ${v.t(id)}
          </button>
        </li>`,
      )}
    </ul>`;
}

/** Wording for the chosen conditions' groups first; the other groups behind one button. */
function phraseBank(v: NoteView): TemplateResult {
  const { first, rest, showAll } = v.phrases;
  return html`
    <details class="phrase-bank">
      <summary>${v.t('form.phrases.summary')}</summary>
      <div class="phrase-bank__body">
        <p class="hint">${v.t('form.phrases.hint')}</p>
        ${first.map((group) => phraseGroup(v, group))} ${showAll || !first.length ? rest.map((group) => phraseGroup(v, group)) : nothing}
        ${first.length && rest.length
          ? html`<button type="button" class="link-button" aria-expanded=${showAll ? 'true' : 'false'} @click=${v.on.togglePhrases}>
              ${v.t(showAll ? 'form.phrases.showFewer' : 'form.phrases.showAll')}
            </button>`
          : nothing}
      </div>
      <p class="visually-hidden" role="status">${v.announcement}</p>
    </details>
  `;
}

/**
 * Advice templates for the chosen conditions: one click ticks the adjustments, adds a comment draft
 * and suggests a length and services, each marked "From the advice template" and editable. Nothing
 * is applied without that click. The others wait behind one button.
 */
function templates(v: NoteView): TemplateResult {
  const { first, rest, showAll, used } = v.templates;
  const shown = showAll ? [...first, ...rest] : first;
  // Shown only once a chosen condition has templates (the caller checks): `first` is never empty here.
  return html`
    <div class="templates" data-group="templates">
      <h3 class="templates__heading" id="templates-heading">${v.t('form.templates.heading')}</h3>
      <p class="hint" id="templates-hint">${used ? v.t('form.templates.used', { title: v.t(used.titleId) }) : v.t('form.templates.hint')}</p>
      ${shown.length
        ? html`<div class="templates__list" role="toolbar" aria-labelledby="templates-heading" aria-describedby="templates-hint" data-roving="templates">
            ${shown.map(
              (t) => html`<button
                type="button"
                class="button button--reverse template"
                aria-pressed=${used?.id === t.id ? 'true' : 'false'}
                ?disabled=${v.disabled}
                data-template=${t.id}
                @click=${() => v.on.template(t)}
              >
                ${v.t(t.titleId)}
              </button>`,
            )}
          </div>`
        : nothing}
      ${rest.length
        ? html`<button type="button" class="link-button templates__more" aria-expanded=${showAll ? 'true' : 'false'} @click=${v.on.toggleTemplates}>
            ${v.t(showAll ? 'form.templates.showFewer' : 'form.templates.showAll')}
          </button>`
        : nothing}
    </div>
  `;
}

export function renderAdvice(v: NoteView): TemplateResult {
  const note = v.note;
  const errorPrefix = v.t('common.error.prefix');
  const anyAdjustment = ADJUSTMENTS.some((k) => note.adjustments[k]);
  const options: Fitness[] = ['not-fit', 'may-be-fit'];
  return html`
    <div class="section">
      ${choices({
        type: 'radio',
        name: 'fitness',
        id: 'fitness',
        group: 'fitness',
        legend: v.t('form.fitness.legend'),
        large: true,
        hint: v.t('form.fitness.hint'),
        errors: v.errors('fitness'),
        errorPrefix,
        options: options.map((option) => ({ value: option, id: `fitness-${option}`, label: v.t(`form.fitness.${option}`), checked: note.fitness === option })),
        onChange: (fitness) => v.on.fitness(fitness),
        footer: warnings(v, 'fitness'),
      })}
      ${note.fitness === 'may-be-fit' && v.templates.first.length ? templates(v) : nothing}
      ${note.fitness === 'may-be-fit' || anyAdjustment
        ? choices({
            type: 'checkbox',
            id: 'adjustments',
            group: 'adjustments',
            legend: v.t('form.adjustments.legend'),
            hint: v.t('form.adjustments.hint'),
            errors: v.errors('adjustments'),
            errorPrefix,
            options: ADJUSTMENTS.map((key) => ({
              value: key,
              id: `adjustment-${key}`,
              label: v.t(`form.adjustments.${key}`),
              checked: note.adjustments[key],
              describedBy: marked(v, key) ? `adjustment-${key}-origin` : undefined,
              after: html`${origin(v, key, `adjustment-${key}-origin`)} ${help(v, key)}`,
              wrap: (option) => html`<div class="adjustment">${option}</div>`,
            })),
            onChange: (key, on) => v.on.adjustment(key, on),
          })
        : nothing}
      ${textField({
        id: 'comments',
        group: 'comments',
        label: v.t('form.comments.label'),
        hint: v.t('form.comments.hint'),
        between: html`${origin(v, 'comments', 'comments-origin')}
          <div class="comments-help">${help(v, 'comments')}</div>`,
        describedBy: marked(v, 'comments') ? 'comments-origin' : undefined,
        value: note.comments,
        errors: v.errors('comments'),
        errorPrefix,
        multiline: true,
        rows: 5,
        onInput: (_value, control) => v.on.comments(control as HTMLTextAreaElement),
        onSelect: (control) => v.on.caret(control),
      })}
      <div class="comments-after">${warnings(v, 'comments')} ${phraseBank(v)}</div>
    </div>
  `;
}

export function renderPeriod(v: NoteView): TemplateResult {
  const note = v.note;
  const errorPrefix = v.t('common.error.prefix');
  const endErrors = v.errors('period.end');
  const sixErrors = v.errors('sixMonthsOrMore');
  const { indefinite, basis } = v.period;
  const lengthErrors = !indefinite && basis === 'length' ? endErrors : [];
  const dateErrors = !indefinite && basis === 'dates' ? endErrors : [];
  const current = v.length;
  return html`
    <fieldset class="section">
      <legend class="legend--large">${v.t('form.period.legend')}</legend>
      ${date(v, 'start', 'period.start', v.t('form.period.start.legend'))} ${warnings(v, 'period.start')}
      <div class="form-group ${sixErrors.length ? 'form-group--error' : ''}" data-group="sixMonthsOrMore">
        ${errorMessage('six-months-error', sixErrors, errorPrefix)}
        <div class="choice">
          <input
            type="checkbox"
            id="six-months"
            aria-describedby=${ifDefined(describedBy('six-months-hint', v.prefilled.has('sixMonthsOrMore') && 'six-months-origin', sixErrors.length > 0 && 'six-months-error'))}
            .checked=${live(note.sixMonthsOrMore)}
            @change=${(e: Event) => v.on.sixMonths((e.target as HTMLInputElement).checked)}
          />
          <label for="six-months">${v.t('form.period.sixMonths')}</label>
        </div>
        ${origin(v, 'sixMonthsOrMore', 'six-months-origin')}
        <div class="hint" id="six-months-hint">${v.t('form.period.sixMonths.hint')}</div>
      </div>
      <div class="form-group ${endErrors.length ? 'form-group--error' : ''}" data-group="period.end">
        ${note.sixMonthsOrMore || indefinite
          ? html`${indefinite ? errorMessage('period-indefinite-error', endErrors, errorPrefix) : nothing}
              <div class="choice">
                <input
                  type="checkbox"
                  id="period-indefinite"
                  aria-describedby=${ifDefined(describedBy(indefinite && endErrors.length > 0 && 'period-indefinite-error'))}
                  .checked=${live(indefinite)}
                  @change=${(e: Event) => v.on.indefinite((e.target as HTMLInputElement).checked)}
                />
                <label for="period-indefinite">${v.t('form.period.indefinite')}</label>
              </div>`
          : nothing}
        ${indefinite
          ? nothing
          : html`
              <fieldset aria-describedby=${ifDefined(describedBy('period-length-hint', lengthErrors.length > 0 && 'period-length-error'))}>
                <legend>${v.t('form.period.length.legend')}</legend>
                <div class="hint" id="period-length-hint">${v.t('form.period.length.hint')}</div>
                ${errorMessage('period-length-error', lengthErrors, errorPrefix)}
                <div class="quick" role="toolbar" aria-label=${v.t('form.period.quick.label')} data-roving="quick">
                  ${QUICK_LENGTHS.map(
                    (q) => html`<button
                      type="button"
                      class="button button--secondary"
                      aria-pressed=${current?.count === q.count && current.unit === q.unit ? 'true' : 'false'}
                      ?disabled=${v.disabled}
                      @click=${() => v.on.length(String(q.count), q.unit, true)}
                    >
                      ${formatLength(q, v.lang)}
                    </button>`,
                  )}
                </div>
                <div class="period__for">
                  <label class="label" for="period-for">${v.t('form.period.for.label')}</label>
                  <div class="hint" id="period-for-hint">${v.t(note.sixMonthsOrMore ? 'form.period.for.hintIndefinite' : 'form.period.for.hint')}</div>
                  <input
                    type="text"
                    id="period-for"
                    class="width-6 ${lengthErrors.length ? 'input--error' : ''}"
                    autocomplete="off"
                    spellcheck="false"
                    maxlength="20"
                    aria-invalid=${lengthErrors.length ? 'true' : 'false'}
                    aria-describedby=${ifDefined(describedBy('period-for-hint', current && 'period-for-words', lengthErrors.length > 0 && 'period-length-error'))}
                    .value=${live(v.forText)}
                    @input=${(e: Event) => v.on.shorthand((e.target as HTMLInputElement).value)}
                  />
                  ${current ? html`<span class="period__for-words" id="period-for-words">${v.t('form.period.for.words', { length: formatLength(current, v.lang) })}</span>` : nothing}
                </div>
              </fieldset>
              ${basis === 'dates' || v.editingDates.has('end') || dateErrors.length
                ? html`<p class="period__or">${v.t('form.period.or')}</p>
                    ${renderDateInput({
                      id: DATE_IDS.end,
                      legend: v.t('form.period.end.legend'),
                      fields: v.dates.end,
                      ...(dateErrors.length ? { error: dateErrors.join(' ') } : {}),
                      disabled: v.disabled,
                      lang: v.lang,
                      onInput: (fields) => v.on.date('end', fields),
                    })}`
                : html`<p class="period__or">
                    <button type="button" class="link-button" id="period-until-toggle" ?disabled=${v.disabled} @click=${() => v.on.editDate('end')}>
                      ${v.t('form.period.until.open')}
                    </button>
                  </p>`}
            `}
        <p class="period__words" id="period-words" aria-live="polite">
          ${v.t('form.period.inWords', { period: v.periodText })} ${origin(v, 'period', 'period-origin')}
        </p>
        ${warnings(v, 'period.end')}
      </div>
    </fieldset>
  `;
}

export function renderReview(v: NoteView): TemplateResult {
  return html`<div class="section">
    ${choices({
      type: 'radio',
      name: 'reassessment',
      id: 'review',
      group: 'reassessmentNeeded',
      legend: v.t('form.review.legend'),
      large: true,
      errors: v.errors('reassessmentNeeded'),
      errorPrefix: v.t('common.error.prefix'),
      options: [true, false].map((yes) => ({
        value: yes,
        id: `review-${yes ? 'yes' : 'no'}`,
        label: v.t(yes ? 'form.review.yes' : 'form.review.no'),
        checked: v.note.reassessmentNeeded === yes,
      })),
      onChange: (yes) => v.on.review(yes),
    })}
  </div>`;
}

export function renderIssuer(v: NoteView): TemplateResult {
  const issuer = v.note.issuer;
  const errors = v.errors('issuer');
  const profession = issuer ? ((PROFESSIONS as readonly string[]).includes(issuer.profession) ? v.t(`form.issuer.profession.${issuer.profession}`) : issuer.profession) : '';
  return html`
    <section class="section">
      <div class="issuer form-group ${errors.length ? 'form-group--error' : ''}" id="issuer" tabindex="-1" aria-labelledby="issuer-heading" role="group" data-group="issuer">
        <h3 id="issuer-heading">${v.t('form.issuer.heading')}</h3>
        ${errorMessage('issuer-error', errors, v.t('common.error.prefix'))}
        ${issuer
          ? html`<dl class="issuer__details">
              <div>
                <dt>${v.t('form.issuer.name')}</dt>
                <dd>${issuer.name.trim()}</dd>
              </div>
              <div>
                <dt>${v.t('form.issuer.profession')}</dt>
                <dd>${profession}</dd>
              </div>
              ${issuer.address?.trim()
                ? html`<div>
                    <dt>${v.t('form.issuer.address')}</dt>
                    <dd>${issuer.address.trim()}</dd>
                  </div>`
                : nothing}
            </dl>`
          : html`<p>${v.t('form.issuer.missing')}</p>`}
      </div>
      ${date(v, 'statement', 'statementDate', v.t('form.statementDate.legend'))}
    </section>
  `;
}
