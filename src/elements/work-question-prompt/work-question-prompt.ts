import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dateFromFields, fieldsFromDate, type DateFields } from '../../internal/date-input.js';
import { emit } from '../../internal/emit.js';
import { ErrorVisibility } from '../../internal/error-visibility.js';
import { FitNoteWidgetsElement, sameJson } from '../../internal/host-element.js';
import { RovingTabindex } from '../../internal/roving.js';
import { base, dateInputStyles, tokens } from '../../internal/styles.js';
import { errorSummary, showErrorSummary } from '../../internal/templates.js';
import { createEnvelope } from '../../model/envelope.js';
import {
  WHAT_MAY_HELP,
  applicableWorkAnswers,
  combineSuggestions,
  createWorkAnswers,
  evaluateWorkRules,
  isNote,
  workAnswersNarrative,
  workAnswersSummary,
  type FiredWorkRule,
  type SuggestOptions,
  type WhatMayHelp,
  type WorkAnswers,
} from '../../model/work-question.js';
import type { MessageId } from '../../messages/index.js';
import { FIELDS, FIELD_CONTROL, answersFromHost, cloneAnswers, fieldErrors, hoursFromText, isOnScreen, type Entry, type Field } from './fields.js';
import { renderQuestions, type QuestionsView } from './questions.js';
import { SUGGESTION_GROUP, renderSuggestions } from './suggestions.js';
import { styles } from './work-question-prompt.styles.js';
import './events.js';

/**
 * Asks the work question of the 2025 AoMRC consensus (What do you do for work? How are you managing
 * in work? What may help you get back to work?) and shows what the answers suggest, each with its
 * reason, for the clinician to accept or ignore. Questions that do not apply to the work status are
 * not asked. The suggestions come from the rule table `WORK_RULES` (docs/work-question-rules.md).
 *
 * Patient data (`value`, `context`, `conditions`) is passed as properties only. `today`, `icb`,
 * `context`, `conditions`, `heading-level`, `lang`, `density` and `disabled` are read as by every
 * element of the library (`FitNoteWidgetsElement`); `density="compact"` tightens the spacing and type
 * for an EHR panel, targets staying at least 24 by 24 CSS pixels.
 *
 * The Accept buttons of the suggestions are one toolbar and one tab stop; the arrow keys, Home and End
 * move between them, Space or Enter accepts (WAI-ARIA toolbar pattern).
 *
 * @tagname work-question-prompt
 * @summary The work question, with suggested adjustments and services the clinician can accept.
 *
 * @fires work-question-change - After each edit by the clinician (`WorkQuestionChangeDetail`: `{ value, context }`).
 * @fires work-question-complete - When the clinician selects Done with valid answers, or skips the question (`WorkQuestionCompleteDetail`: envelope + `{ answers, suggestions, offered, acceptedRules }`, where `suggestions` holds only the accepted suggestions).
 * @fires input - While the clinician types a change to `value` (for Vue `v-model` and Angular forms).
 * @fires change - Once an edit to `value` is committed: a choice made, a field left after typing, the question skipped or done.
 *
 * @csspart questions - The three questions.
 * @csspart suggestions - The suggestions panel.
 * @csspart actions - The Done and Skip buttons.
 * @csspart error-summary - The "There is a problem" summary.
 *
 * @cssprop --fnw-color-panel - Background of the suggestions panel.
 * @cssprop --fnw-color-brand - Edge of the suggestions panel and of accepted suggestions.
 * @cssprop --fnw-color-focus - Focus highlight.
 * @cssprop --fnw-color-error - Error messages and the error summary.
 */
export class WorkQuestionPrompt extends FitNoteWidgetsElement {
  static override styles = [tokens, base, dateInputStyles, styles];

  @state() private _answers: WorkAnswers = createWorkAnswers();
  @state() private _dateFields: DateFields = fieldsFromDate(null);
  @state() private _hoursText = '';
  @state() private _accepted: ReadonlySet<string> = new Set();
  @state() private _outcome: 'completed' | 'skipped' | null = null;

  /** Errors show once a changed field is left, or on Done; they go as soon as they are put right. */
  private readonly _errors = new ErrorVisibility<Field, MessageId>(this);
  /** The Accept toggles are one tab stop; the arrow keys move between suggestions. */
  private readonly _suggestionKeys = new RovingTabindex(this, SUGGESTION_GROUP);
  /** The host's last usable value in this update, re-read from blank if the patient switched. */
  private _hostValue: unknown = undefined;
  private _patientSwitched = false;
  private _fired: FiredWorkRule[] = [];

  /**
   * The answers (`WorkAnswers`). Setting other answers replaces everything on screen (typed fields,
   * accepted suggestions, errors) and fires no event. A value that is not answers (text, a number,
   * an array, `{}`, an object none of whose fields is usable) is reported once and the answers on
   * screen are kept, as they are for `undefined` and `null` (a framework's absent prop). Answers
   * partly usable are taken field by field: a field given but unusable is reported once and keeps
   * the answer on screen; a field not given is not answered. Setting the same answers again changes
   * nothing. To start afresh, set `createWorkAnswers()`.
   */
  @property({ attribute: false })
  get value(): WorkAnswers {
    return cloneAnswers(this._answers);
  }
  set value(input: unknown) {
    if (input === undefined || input === null) return;
    const read = answersFromHost(input, this._answers);
    for (const problem of read.problems) this.report(problem, `value:${problem}`);
    if (!read.answers) return;
    this._hostValue = input;
    if (!sameJson(read.answers, this._answers)) this._load(read.answers);
  }

  /** Shows `answers` as if just opened: what was typed, accepted, shown as an error or done goes. */
  private _load(answers: WorkAnswers): void {
    this._answers = answers;
    this._dateFields = fieldsFromDate(answers.offSickSince);
    this._hoursText = answers.pattern.hoursPerWeek === null ? '' : String(answers.pattern.hoursPerWeek);
    this._accepted = new Set();
    this._outcome = null;
    this._errors.clear();
  }

  protected override patientSwitched(): void {
    // Judged at the next update, so a host may set the new patient's value before or after the context.
    this._patientSwitched = true;
    this.requestUpdate();
  }

  private get _entry(): Entry {
    return { answers: this._answers, hoursText: this._hoursText, dateFields: this._dateFields };
  }

  private get _suggestOptions(): SuggestOptions {
    return { today: this.today, conditions: this.recordConditions, icb: this.icb ?? undefined, lang: this.language };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this._patientSwitched) {
      // Read again over nothing answered: a field the host got wrong must not keep the last patient's answer.
      if (this._hostValue !== undefined) this._load(answersFromHost(this._hostValue, createWorkAnswers()).answers ?? createWorkAnswers());
      else {
        this.report('context changed to another patient without a new value; the answers were cleared. Set value for the new patient.', 'patient-switch');
        this._load(createWorkAnswers());
      }
    }
    this._patientSwitched = false;
    this._hostValue = undefined;
    this._errors.refresh(fieldErrors(this._entry, this.today));
    this._fired = evaluateWorkRules(this._answers, this._suggestOptions);
    const firing = new Set(this._fired.map((r) => r.id));
    if ([...this._accepted].some((id) => !firing.has(id))) this._accepted = new Set([...this._accepted].filter((id) => firing.has(id)));
  }

  /**
   * Applies an edit by the clinician and tells the host. An edit after skipping or finishing reopens
   * the question. Typing says `input` here; a choice's native `change` is told by the base.
   */
  private _edit(field: Field | null, mutate: (answers: WorkAnswers) => void, typed = false): void {
    const next = cloneAnswers(this._answers);
    mutate(next);
    next.skipped = false;
    this._answers = next;
    this._outcome = null;
    if (field) this._errors.edited(field);
    emit(this, 'work-question-change', { value: cloneAnswers(next), context: this.context });
    if (typed) this.notifyValueChange('input');
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

  private _toggleAccepted(id: string): void {
    const next = new Set(this._accepted);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this._accepted = next;
    this._outcome = null;
  }

  private _done(event: Event): void {
    event.preventDefault();
    if (this.isDisabled) return;
    if (this._errors.submit(fieldErrors(this._entry, this.today, true))) {
      this._outcome = null;
      void showErrorSummary(this);
      return;
    }
    this._complete(false);
  }

  private _skip(): void {
    this._errors.clear();
    this._complete(true);
  }

  private _complete(skipped: boolean): void {
    const today = this.today;
    const before = this._answers.skipped;
    this._answers = { ...cloneAnswers(this._answers), skipped };
    const answers = applicableWorkAnswers(this._answers);
    const fired = skipped ? [] : evaluateWorkRules(answers, this._suggestOptions);
    const acceptedRows = fired.filter((r) => !isNote(r) && this._accepted.has(r.id));
    const suggestions = combineSuggestions(acceptedRows);
    const notes = fired.filter(isNote).map((r) => r.reason);
    const envelope = createEnvelope({
      context: this.context,
      summary: workAnswersSummary(answers, { today, accepted: suggestions, lang: this.language }),
      narrative: workAnswersNarrative(answers, { today, accepted: suggestions, notes, lang: this.language }),
    });
    this._outcome = skipped ? 'skipped' : 'completed';
    emit(this, 'work-question-complete', {
      ...envelope,
      answers,
      suggestions,
      offered: combineSuggestions(fired),
      acceptedRules: acceptedRows.map((r) => r.id),
    });
    // Skipping, or Done after a skip, changes `value.skipped`; no native control said so.
    if (before !== skipped) this.notifyValueChange('both');
  }

  private get _questions(): QuestionsView {
    return {
      entry: this._entry,
      today: this.today,
      language: this.language,
      disabled: this.isDisabled,
      t: (id, params) => this.t(id, params),
      errors: (field) => this._errors.for(field).map((id) => this.t(id)),
      status: (s) => this._edit('status', (a) => (a.status = s)),
      jobTitle: (text) => this._edit('jobTitle', (a) => (a.jobTitle = text), true),
      hours: (text) => {
        this._hoursText = text;
        this._edit('hours', (a) => (a.pattern.hoursPerWeek = hoursFromText(text)), true);
      },
      activity: (level) => this._edit(null, (a) => (a.pattern.activity = level)),
      demand: (key, checked) => this._edit(null, (a) => (a.pattern[key] = checked)),
      managing: (m) => this._edit(null, (a) => (a.managing = m)),
      offSickSince: (fields) => {
        this._dateFields = fields;
        this._edit('offSickSince', (a) => (a.offSickSince = dateFromFields(fields)), true);
      },
      help: (choice, checked) => this._toggleHelp(choice, checked),
      freeText: (text) => this._edit('freeText', (a) => (a.freeText = text), true),
      left: (field) => {
        this._errors.left(field, fieldErrors(this._entry, this.today));
        // ErrorVisibility.left does not ask for an update when it only adds the field's error.
        this.requestUpdate();
      },
    };
  }

  private _renderErrorSummary(): TemplateResult | typeof nothing {
    if (!this._errors.summaryVisible) return nothing;
    const items = FIELDS.filter((f) => isOnScreen(f, this._answers)).flatMap((f) =>
      this._errors.for(f).map((id) => ({ controlId: FIELD_CONTROL[f], text: this.t(id) })),
    );
    // The summary heading sits one level below the prompt's own, as an h3 would.
    return errorSummary({ title: this.t('common.errorSummary.title'), level: Math.min(6, this.headingLevel + 1), items, root: this.renderRoot });
  }

  protected override render(): TemplateResult {
    const disabled = this.isDisabled;
    return html`
      <section class="prompt" aria-labelledby="heading">
        <h2 id="heading" aria-level=${ifDefined(this.level(2))}>${this.t('prompt.heading')}</h2>
        <p class="hint">${this.t('prompt.intro')}</p>
        <div class="outcome ${this._outcome ? 'outcome--shown' : ''}" role="status">
          ${this._outcome ? this.t(this._outcome === 'skipped' ? 'prompt.banner.skipped' : 'prompt.banner.completed') : nothing}
        </div>
        ${this._renderErrorSummary()}
        <form novalidate @submit=${this._done}>
          <div class="layout">
            <div class="questions" part="questions">${renderQuestions(this._questions)}</div>
            ${renderSuggestions({
              fired: this._fired,
              accepted: this._accepted,
              disabled,
              t: (id, params) => this.t(id, params),
              level: (tag) => this.level(tag),
              toggle: (id) => this._toggleAccepted(id),
            })}
          </div>
          <div class="actions" part="actions">
            <button class="button" type="submit" ?disabled=${disabled}>${this.t('prompt.done')}</button>
            <button class="button button--secondary" type="button" ?disabled=${disabled} @click=${this._skip}>${this.t('prompt.skip')}</button>
          </div>
        </form>
      </section>
    `;
  }
}
