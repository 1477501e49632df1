import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { renderDateInput, dateFromFields, fieldsFromDate, isBlank, type DateFields } from '../../internal/date-input.js';
import { emit } from '../../internal/emit.js';
import { reportOnce } from '../../internal/report.js';
import { cleanHostContext, headingLevelOf, todayFrom } from '../../internal/host-input.js';
import { base, dateInputStyles, tokens } from '../../internal/styles.js';
import { compareDates, formatLongDate, type CalendarDate } from '../../model/dates.js';
import { createEnvelope } from '../../model/envelope.js';
import { cleanConditions } from '../../model/fit-note.js';
import { MAX_TEXT, type Coding, type Context } from '../../model/schemas.js';
import {
  ACTIVITY_LEVELS,
  MANAGING,
  MAX_HOURS_PER_WEEK,
  MAX_JOB_TITLE,
  WHAT_MAY_HELP,
  WORK_DEMANDS,
  WORK_STATUSES,
  absenceLength,
  applicableWorkAnswers,
  combineSuggestions,
  evaluateWorkRules,
  formatAbsence,
  isNote,
  questionsThatApply,
  repairWorkAnswers,
  workAnswersNarrative,
  workAnswersSummary,
  type FiredWorkRule,
  type WhatMayHelp,
  type WorkAnswers,
} from '../../model/work-question.js';
import { message, type MessageId } from '../../messages/index.js';
import { styles } from './work-question-prompt.styles.js';
import './events.js';

type Field = 'status' | 'jobTitle' | 'hours' | 'offSickSince' | 'freeText';
const FIELDS: readonly Field[] = ['status', 'jobTitle', 'hours', 'offSickSince', 'freeText'];
/** The control an error summary link focuses, by field. */
const FIELD_CONTROL: Readonly<Record<Field, string>> = {
  status: 'status-employed',
  jobTitle: 'job-title',
  hours: 'hours',
  offSickSince: 'off-sick-since-day',
  freeText: 'free-text',
};

const HOURS = /^\d{1,3}(\.\d{1,2})?$/;

function cloneAnswers(a: WorkAnswers): WorkAnswers {
  return { ...a, pattern: { ...a.pattern }, whatMayHelp: [...a.whatMayHelp] };
}

function hoursFromText(text: string): number | null {
  const trimmed = text.trim();
  if (!HOURS.test(trimmed)) return null;
  const hours = Number(trimmed);
  return hours <= MAX_HOURS_PER_WEEK ? hours : null;
}

/**
 * Asks the work question of the 2025 AoMRC consensus (What do you do for work? How are you managing
 * in work? What may help you get back to work?) and shows what the answers suggest, each with its
 * reason, for the clinician to accept or ignore. Questions that do not apply to the work status are
 * not asked. The suggestions come from the rule table `WORK_RULES` (docs/work-question-rules.md).
 *
 * Patient data (`value`, `context`, `conditions`) is passed as properties only.
 *
 * @tagname work-question-prompt
 * @summary The work question, with suggested adjustments and services the clinician can accept.
 *
 * @fires work-question-change - After each edit by the clinician (`WorkQuestionChangeDetail`: `{ value, context }`).
 * @fires work-question-complete - When the clinician selects Done with valid answers, or skips the question (`WorkQuestionCompleteDetail`: envelope + `{ answers, suggestions, offered, acceptedRules }`, where `suggestions` holds only the accepted suggestions).
 *
 * @csspart questions - The three questions.
 * @csspart suggestions - The suggestions panel.
 * @csspart actions - The Done and Skip buttons.
 *
 * @cssprop --fnw-color-panel - Background of the suggestions panel.
 * @cssprop --fnw-color-brand - Edge of the suggestions panel and of accepted suggestions.
 * @cssprop --fnw-color-focus - Focus highlight.
 * @cssprop --fnw-color-error - Error messages and the error summary.
 */
export class WorkQuestionPrompt extends LitElement {
  static override styles = [tokens, base, dateInputStyles, styles];

  /** The clinician's today (`YYYY-MM-DD`); the local date when missing or not a real date. */
  @property({ reflect: false }) today: string | null = null;

  /** ODS code of the practice's ICB: WorkWell is suggested only in a WorkWell area. */
  @property({ reflect: false }) icb: string | null = null;

  /**
   * Level of the element's top heading, 1 to 6 (default 2); its other headings follow one and two
   * levels below. Set 3 where the element sits under an h2, as inside `<fit-note-form>`.
   */
  @property({ attribute: 'heading-level', type: Number, reflect: false }) headingLevel = 2;

  @state() private _answers: WorkAnswers = repairWorkAnswers(undefined).answers;
  @state() private _dateFields: DateFields = fieldsFromDate(null);
  @state() private _hoursText = '';
  /** Errors on screen, by field. Added only on leaving a changed field or on Done; cleared as soon as fixed. */
  @state() private _errors: Partial<Record<Field, MessageId>> = {};
  @state() private _showSummary = false;
  @state() private _accepted: ReadonlySet<string> = new Set();
  @state() private _outcome: 'completed' | 'skipped' | null = null;

  private _context: Context = {};
  private _conditions: Coding[] = [];
  private _changed = new Set<Field>();
  private _valueSet = false;
  private _patientSwitched = false;
  private _fired: FiredWorkRule[] = [];

  /**
   * The answers (`WorkAnswers`). Setting repairs what it can, reports the rest once on the console,
   * replaces everything on screen (typed fields, accepted suggestions, errors) and fires no event.
   */
  @property({ attribute: false })
  get value(): WorkAnswers {
    return cloneAnswers(this._answers);
  }
  set value(input: unknown) {
    const { answers, problems } = repairWorkAnswers(input);
    for (const problem of problems) reportOnce(this, `value:${problem}`, `<work-question-prompt> ${problem}`);
    this._answers = answers;
    this._dateFields = fieldsFromDate(answers.offSickSince);
    this._hoursText = answers.pattern.hoursPerWeek === null ? '' : String(answers.pattern.hoursPerWeek);
    this._errors = {};
    this._showSummary = false;
    this._accepted = new Set();
    this._outcome = null;
    this._changed.clear();
    this._valueSet = true;
  }

  /** The host's ids (`{ patientId?, encounterId?, userId? }`), echoed in every event, never looked up. */
  @property({ attribute: false })
  get context(): Context {
    return { ...this._context };
  }
  set context(input: unknown) {
    const { value: clean, problems } = cleanHostContext(input);
    for (const problem of problems) reportOnce(this, 'context', `<work-question-prompt> ${problem}`);
    const previous = this._context.patientId;
    if (previous && clean.patientId && previous !== clean.patientId) this._patientSwitched = true;
    this._context = clean;
  }

  /** The conditions of the consultation (`Coding[]`), read by the suggestions (heavy lifting with a musculoskeletal condition). */
  @property({ attribute: false })
  get conditions(): Coding[] {
    return this._conditions.map((c) => ({ ...c }));
  }
  set conditions(input: unknown) {
    const { kept, dropped } = cleanConditions(input);
    if (dropped) reportOnce(this, 'conditions', `<work-question-prompt> conditions: ${dropped} item(s) ignored; each needs a non-blank display`);
    this._conditions = kept;
  }

  /** The ICB's ODS code, or undefined when none or not one. */
  private get _icb(): string | undefined {
    return typeof this.icb === 'string' && /^\s*[A-Za-z0-9]{3,5}\s*$/.test(this.icb) ? this.icb.trim() : undefined;
  }

  private get _today(): CalendarDate {
    return todayFrom(this, 'work-question-prompt', this.today);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('today')) todayFrom(this, 'work-question-prompt', this.today);
    if (changed.has('headingLevel') && headingLevelOf(this.headingLevel) !== this.headingLevel) {
      reportOnce(this, 'heading-level', `<work-question-prompt> heading-level="${String(this.headingLevel).slice(0, 40)}" is not a whole number from 1 to 6; using 2`);
    }
    if (changed.has('icb') && this.icb != null && !this._icb) {
      reportOnce(this, 'icb', `<work-question-prompt> icb="${String(this.icb).slice(0, 40)}" is not an ODS code; WorkWell is not suggested`);
    }
    if (this._patientSwitched && !this._valueSet) {
      reportOnce(this, 'patient-switch', '<work-question-prompt> context changed to another patient without a new value; the answers were cleared. Set value for the new patient.');
      this.value = undefined;
    }
    this._patientSwitched = false;
    this._valueSet = false;
    this._fired = evaluateWorkRules(this._answers, { today: this._today, conditions: this._conditions, icb: this._icb });
    const firing = new Set(this._fired.map((r) => r.id));
    if ([...this._accepted].some((id) => !firing.has(id))) this._accepted = new Set([...this._accepted].filter((id) => firing.has(id)));
  }

  /** The `aria-level` for an element written as `<h{tag}>`, when `headingLevel` moves it from its own level. */
  private _level(tag: 2 | 3 | 4): string | undefined {
    const top = headingLevelOf(this.headingLevel);
    return top === 2 ? undefined : String(Math.min(6, top + tag - 2));
  }

  private _t(id: MessageId, params?: Record<string, string | number>): string {
    return message(id, params, this.lang || undefined);
  }

  /** Whether a field is on screen for the current answers. */
  private _shown(field: Field): boolean {
    const applies = questionsThatApply(this._answers.status);
    if (field === 'jobTitle' || field === 'hours') return applies.jobDetails;
    if (field === 'offSickSince') return applies.managing && this._answers.managing === 'off-sick';
    return true;
  }

  private _errorFor(field: Field): MessageId | undefined {
    const a = this._answers;
    const applies = questionsThatApply(a.status);
    switch (field) {
      case 'status':
        return a.status === null ? 'prompt.error.status' : undefined;
      case 'jobTitle':
        return applies.jobDetails && a.jobTitle.length > MAX_JOB_TITLE ? 'prompt.error.jobTitle.long' : undefined;
      case 'hours':
        return applies.jobDetails && this._hoursText.trim() !== '' && hoursFromText(this._hoursText) === null ? 'prompt.error.hours' : undefined;
      case 'offSickSince': {
        if (!applies.managing || a.managing !== 'off-sick' || isBlank(this._dateFields)) return undefined;
        const date = dateFromFields(this._dateFields);
        if (!date) return 'prompt.error.offSick.invalid';
        return compareDates(date, this._today) > 0 ? 'prompt.error.offSick.future' : undefined;
      }
      case 'freeText':
        return a.freeText.length > MAX_TEXT ? 'prompt.error.freeText.long' : undefined;
    }
  }

  /** Applies an edit by the clinician and tells the host. An edit after skipping or finishing reopens the question. */
  private _edit(field: Field | null, mutate: (answers: WorkAnswers) => void): void {
    const next = cloneAnswers(this._answers);
    mutate(next);
    next.skipped = false;
    this._answers = next;
    this._outcome = null;
    if (field) {
      this._changed.add(field);
      if (this._errors[field] && !this._errorFor(field)) this._clearError(field);
    }
    emit(this, 'work-question-change', { value: cloneAnswers(next), context: this.context });
  }

  private _clearError(field: Field): void {
    const { [field]: _removed, ...rest } = this._errors;
    this._errors = rest;
    if (Object.keys(rest).length === 0) this._showSummary = false;
  }

  /** On leaving a field the clinician changed: show its error, if any. */
  private _leave(field: Field): void {
    if (!this._changed.has(field)) return;
    this._changed.delete(field);
    const error = this._errorFor(field);
    if (error) this._errors = { ...this._errors, [field]: error };
    else if (this._errors[field]) this._clearError(field);
  }

  private async _done(event: Event): Promise<void> {
    event.preventDefault();
    const errors: Partial<Record<Field, MessageId>> = {};
    for (const field of FIELDS) {
      const error = this._errorFor(field);
      if (error) errors[field] = error;
    }
    this._errors = errors;
    this._changed.clear();
    if (Object.keys(errors).length) {
      this._showSummary = true;
      this._outcome = null;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    this._showSummary = false;
    this._complete(false);
  }

  private _skip(): void {
    this._errors = {};
    this._showSummary = false;
    this._changed.clear();
    this._complete(true);
  }

  private _complete(skipped: boolean): void {
    const today = this._today;
    this._answers = { ...cloneAnswers(this._answers), skipped };
    const answers = applicableWorkAnswers(this._answers);
    const fired = skipped ? [] : evaluateWorkRules(answers, { today, conditions: this._conditions, icb: this._icb });
    const acceptedRows = fired.filter((r) => !isNote(r) && this._accepted.has(r.id));
    const suggestions = combineSuggestions(acceptedRows);
    const notes = fired.filter(isNote).map((r) => r.reason);
    const envelope = createEnvelope({
      context: this._context,
      summary: workAnswersSummary(answers, { today, accepted: suggestions }),
      narrative: workAnswersNarrative(answers, { today, accepted: suggestions, notes }),
    });
    this._outcome = skipped ? 'skipped' : 'completed';
    emit(this, 'work-question-complete', {
      ...envelope,
      answers,
      suggestions,
      offered: combineSuggestions(fired),
      acceptedRules: acceptedRows.map((r) => r.id),
    });
  }

  private _toggleAccepted(id: string): void {
    const next = new Set(this._accepted);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this._accepted = next;
    this._outcome = null;
  }

  private _toggleHelp(choice: WhatMayHelp, checked: boolean): void {
    this._edit(null, (a) => {
      const chosen = new Set(a.whatMayHelp);
      if (checked) {
        // "Not ready to think about work yet" excludes every other choice, and any other choice excludes it.
        if (choice === 'not-ready') chosen.clear();
        else chosen.delete('not-ready');
        chosen.add(choice);
      } else chosen.delete(choice);
      a.whatMayHelp = WHAT_MAY_HELP.filter((h) => chosen.has(h));
    });
  }

  private _focusControl(event: Event, field: Field): void {
    event.preventDefault();
    const control = this.renderRoot.querySelector<HTMLElement>(`#${FIELD_CONTROL[field]}`);
    control?.closest('fieldset')?.scrollIntoView({ block: 'start' });
    control?.focus();
  }

  private _errorMessage(field: Field, id: string): TemplateResult | typeof nothing {
    const error = this._errors[field];
    return error
      ? html`<p class="error-message" id=${id}><span class="visually-hidden">${this._t('common.error.prefix')}</span> ${this._t(error)}</p>`
      : nothing;
  }

  protected override render(): TemplateResult {
    const a = this._answers;
    const applies = questionsThatApply(a.status);
    return html`
      <section class="prompt" aria-labelledby="heading">
        <h2 id="heading" aria-level=${ifDefined(this._level(2))}>${this._t('prompt.heading')}</h2>
        <p class="hint">${this._t('prompt.intro')}</p>
        <div class="outcome ${this._outcome ? 'outcome--shown' : ''}" role="status">
          ${this._outcome ? this._t(this._outcome === 'skipped' ? 'prompt.banner.skipped' : 'prompt.banner.completed') : nothing}
        </div>
        ${this._renderErrorSummary()}
        <form novalidate @submit=${this._done}>
          <div class="layout">
            <div class="questions" part="questions">
              ${this._renderStatus(a, applies.jobDetails)} ${applies.managing ? this._renderManaging(a) : nothing}
              ${applies.whatMayHelp ? this._renderHelp(a) : nothing} ${this._renderFreeText(a)}
            </div>
            ${this._renderSuggestions()}
          </div>
          <div class="actions" part="actions">
            <button class="button" type="submit">${this._t('prompt.done')}</button>
            <button class="button button--secondary" type="button" @click=${this._skip}>${this._t('prompt.skip')}</button>
          </div>
        </form>
      </section>
    `;
  }

  private _renderErrorSummary(): TemplateResult | typeof nothing {
    const fields = FIELDS.filter((f) => this._errors[f] && this._shown(f));
    if (!this._showSummary || fields.length === 0) return nothing;
    return html`
      <div class="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
        <h3 id="error-summary-title" aria-level=${ifDefined(this._level(3))}>${this._t('common.errorSummary.title')}</h3>
        <ul>
          ${fields.map(
            (f) => html`<li><a href="#${FIELD_CONTROL[f]}" @click=${(e: Event) => this._focusControl(e, f)}>${this._t(this._errors[f] as MessageId)}</a></li>`,
          )}
        </ul>
      </div>
    `;
  }

  private _renderStatus(a: WorkAnswers, jobDetails: boolean): TemplateResult {
    const error = this._errors.status;
    return html`
      <div class="form-group ${error ? 'form-group--error' : ''}">
        <fieldset aria-describedby=${ifDefined(error ? 'status-error' : undefined)}>
          <legend class="legend--large">${this._t('prompt.q1.legend')}</legend>
          ${this._errorMessage('status', 'status-error')}
          <div class="radios">
            ${WORK_STATUSES.map(
              (s) => html`
                <div class="choice">
                  <input
                    type="radio"
                    id="status-${s}"
                    name="status"
                    .value=${s}
                    .checked=${live(a.status === s)}
                    @change=${() => this._edit('status', (next) => (next.status = s))}
                  />
                  <label for="status-${s}">${this._t(`prompt.status.${s}`)}</label>
                </div>
                ${jobDetails && a.status === s ? this._renderJobDetails(a) : nothing}
              `,
            )}
          </div>
        </fieldset>
      </div>
    `;
  }

  private _renderJobDetails(a: WorkAnswers): TemplateResult {
    const jobError = this._errors.jobTitle;
    const hoursError = this._errors.hours;
    return html`
      <div class="conditional">
        <div class="form-group ${jobError ? 'form-group--error' : ''}">
          <label class="label" for="job-title">${this._t('prompt.jobTitle.label')} ${this._t('common.optional')}</label>
          <div class="hint" id="job-title-hint">${this._t('prompt.jobTitle.hint')}</div>
          ${this._errorMessage('jobTitle', 'job-title-error')}
          <input
            class="width-20 ${jobError ? 'input--error' : ''}"
            type="text"
            id="job-title"
            autocomplete="off"
            spellcheck="false"
            aria-describedby=${jobError ? 'job-title-hint job-title-error' : 'job-title-hint'}
            .value=${live(a.jobTitle)}
            @input=${(e: Event) => this._edit('jobTitle', (next) => (next.jobTitle = (e.target as HTMLInputElement).value))}
            @blur=${() => this._leave('jobTitle')}
          />
        </div>
        <div class="form-group ${hoursError ? 'form-group--error' : ''}">
          <label class="label" for="hours">${this._t('prompt.hours.label')} ${this._t('common.optional')}</label>
          ${this._errorMessage('hours', 'hours-error')}
          <input
            class="width-4 ${hoursError ? 'input--error' : ''}"
            type="text"
            inputmode="decimal"
            id="hours"
            autocomplete="off"
            spellcheck="false"
            aria-describedby=${ifDefined(hoursError ? 'hours-error' : undefined)}
            .value=${live(this._hoursText)}
            @input=${(e: Event) => {
              this._hoursText = (e.target as HTMLInputElement).value;
              this._edit('hours', (next) => (next.pattern.hoursPerWeek = hoursFromText(this._hoursText)));
            }}
            @blur=${() => this._leave('hours')}
          />
        </div>
        <div class="form-group">
          <fieldset>
            <legend>${this._t('prompt.activity.legend')} ${this._t('common.optional')}</legend>
            <div class="radios">
              ${ACTIVITY_LEVELS.map(
                (level) => html`
                  <div class="choice">
                    <input
                      type="radio"
                      id="activity-${level}"
                      name="activity"
                      .value=${level}
                      .checked=${live(a.pattern.activity === level)}
                      @change=${() => this._edit(null, (next) => (next.pattern.activity = level))}
                    />
                    <label for="activity-${level}">${this._t(`prompt.activity.${level}`)}</label>
                  </div>
                `,
              )}
            </div>
          </fieldset>
        </div>
        <div class="form-group">
          <fieldset aria-describedby="demands-hint">
            <legend>${this._t('prompt.demands.legend')} ${this._t('common.optional')}</legend>
            <div class="hint" id="demands-hint">${this._t('prompt.demands.hint')}</div>
            <div class="checkboxes">
              ${WORK_DEMANDS.map(
                (key) => html`
                  <div class="choice">
                    <input
                      type="checkbox"
                      id="demand-${key}"
                      .checked=${live(a.pattern[key])}
                      @change=${(e: Event) => this._edit(null, (next) => (next.pattern[key] = (e.target as HTMLInputElement).checked))}
                    />
                    <label for="demand-${key}">${this._t(`prompt.demands.${key}`)}</label>
                  </div>
                `,
              )}
            </div>
          </fieldset>
        </div>
      </div>
    `;
  }

  private _renderManaging(a: WorkAnswers): TemplateResult {
    return html`
      <div class="form-group">
        <fieldset>
          <legend class="legend--large">${this._t('prompt.q2.legend')}</legend>
          <div class="radios">
            ${MANAGING.map(
              (m) => html`
                <div class="choice">
                  <input
                    type="radio"
                    id="managing-${m}"
                    name="managing"
                    .value=${m}
                    .checked=${live(a.managing === m)}
                    @change=${() => this._edit(null, (next) => (next.managing = m))}
                  />
                  <label for="managing-${m}">${this._t(`prompt.managing.${m}`)}</label>
                </div>
                ${m === 'off-sick' && a.managing === 'off-sick' ? this._renderOffSick(a) : nothing}
              `,
            )}
          </div>
        </fieldset>
      </div>
    `;
  }

  private _renderOffSick(a: WorkAnswers): TemplateResult {
    const absence = a.offSickSince ? absenceLength(a.offSickSince, this._today) : null;
    const error = this._errors.offSickSince;
    return html`
      <div class="conditional">
        ${renderDateInput({
          id: 'off-sick-since',
          legend: this._t('prompt.offSick.legend'),
          hint: this._t('prompt.offSick.hint'),
          fields: this._dateFields,
          ...(error ? { error: this._t(error) } : {}),
          onInput: (fields) => {
            this._dateFields = fields;
            this._edit('offSickSince', (next) => (next.offSickSince = dateFromFields(fields)));
          },
          onBlur: () => this._leave('offSickSince'),
        })}
        <p class="hint absence" aria-live="polite">
          ${absence && !error ? this._t('prompt.offSick.length', { length: formatAbsence(absence), date: formatLongDate(absence.since) }) : nothing}
        </p>
      </div>
    `;
  }

  private _renderHelp(a: WorkAnswers): TemplateResult {
    const chosen = new Set(a.whatMayHelp);
    const box = (h: WhatMayHelp) => html`
      <div class="choice">
        <input type="checkbox" id="help-${h}" .checked=${live(chosen.has(h))} @change=${(e: Event) => this._toggleHelp(h, (e.target as HTMLInputElement).checked)} />
        <label for="help-${h}">${this._t(`prompt.help.${h}`)}</label>
      </div>
    `;
    return html`
      <div class="form-group">
        <fieldset aria-describedby="help-hint">
          <legend class="legend--large">${this._t('prompt.q3.legend')}</legend>
          <div class="hint" id="help-hint">${this._t('prompt.q3.hint')}</div>
          <div class="checkboxes">
            ${WHAT_MAY_HELP.filter((h) => h !== 'not-ready').map(box)}
            <div class="checkboxes__divider">${this._t('prompt.help.or')}</div>
            ${box('not-ready')}
          </div>
        </fieldset>
      </div>
    `;
  }

  private _renderFreeText(a: WorkAnswers): TemplateResult {
    const error = this._errors.freeText;
    return html`
      <div class="form-group ${error ? 'form-group--error' : ''}">
        <label class="label" for="free-text">${this._t('prompt.freeText.label')} ${this._t('common.optional')}</label>
        ${this._errorMessage('freeText', 'free-text-error')}
        <textarea
          id="free-text"
          rows="3"
          class=${error ? 'input--error' : ''}
          aria-describedby=${ifDefined(error ? 'free-text-error' : undefined)}
          .value=${live(a.freeText)}
          @input=${(e: Event) => this._edit('freeText', (next) => (next.freeText = (e.target as HTMLTextAreaElement).value))}
          @blur=${() => this._leave('freeText')}
        ></textarea>
      </div>
    `;
  }

  private _renderSuggestions(): TemplateResult {
    const offers = this._fired.filter((r) => !isNote(r));
    const notes = this._fired.filter(isNote);
    return html`
      <section class="suggestions" part="suggestions" aria-labelledby="suggestions-heading">
        <h3 id="suggestions-heading" aria-level=${ifDefined(this._level(3))}>${this._t('prompt.suggestions.heading')}</h3>
        ${this._fired.length === 0
          ? html`<p class="hint">${this._t('prompt.suggestions.empty')}</p>`
          : html`<p class="hint">${this._t('prompt.suggestions.hint')}</p>`}
        ${offers.length
          ? html`<ul class="suggestion-list">
              ${offers.map((r) => {
                const accepted = this._accepted.has(r.id);
                return html`
                  <li class="suggestion ${accepted ? 'suggestion--accepted' : ''}" data-rule=${r.id}>
                    <span class="suggestion__reason">${r.reason}</span>
                    <button
                      type="button"
                      class="button button--reverse suggestion__accept"
                      aria-pressed=${accepted ? 'true' : 'false'}
                      @click=${() => this._toggleAccepted(r.id)}
                    >
                      ${this._t('prompt.suggestions.accept')}<span class="visually-hidden">: ${r.reason}</span>
                    </button>
                    ${accepted ? html`<span class="tag" aria-hidden="true">${this._t('prompt.suggestions.accepted')}</span>` : nothing}
                  </li>
                `;
              })}
            </ul>`
          : nothing}
        ${notes.length
          ? html`<h4 aria-level=${ifDefined(this._level(4))}>${this._t('prompt.suggestions.notes')}</h4>
              <ul class="note-list">
                ${notes.map((r) => html`<li data-rule=${r.id}>${r.reason}</li>`)}
              </ul>`
          : nothing}
      </section>
    `;
  }
}
