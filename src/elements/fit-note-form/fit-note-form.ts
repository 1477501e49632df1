import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../../internal/emit.js';
import { FitNoteWidgetsElement, safely, sameJson } from '../../internal/host-element.js';
import { ErrorVisibility } from '../../internal/error-visibility.js';
import { Submissions } from '../../internal/submission.js';
import { errorSummary, showErrorSummary } from '../../internal/templates.js';
import { base, dateInputStyles, tokens } from '../../internal/styles.js';
import { dateFromFields, fieldsFromDate, type DateFields } from '../../internal/date-input.js';
import { createEnvelope } from '../../model/envelope.js';
import { NO_ADJUSTMENTS, createFitNote } from '../../model/fit-note.js';
import { fitNoteNarrativeLines } from '../../model/narrative.js';
import { FIELD_ORDER, fieldGroup, sortByField, validateDraft } from '../../model/draft.js';
import type { PeriodUnit } from '../../model/period.js';
import { patientPlan } from '../../model/plan.js';
import { type AdjustmentKey, type Coding, type Fitness, type FitNote, type Issue, type Issuer, type Patient, type Validity } from '../../model/schemas.js';
import { issueText, plural, type MessageId, type MessageParams } from '../../messages/index.js';
import type { WorkQuestionCompleteDetail } from '../work-question-prompt/events.js';
import { cleanIssuer, markupIn, noteFromHost, patientFromHost } from './host-input.js';
import { HelpPopovers } from './help-popover.js';
import { Consultation, unfinishedReferral } from './consultation.js';
import { ConditionChoice } from './conditions.js';
import { RovingTabindex } from '../../internal/roving.js';
import { PeriodControl } from './period-control.js';
import { AdviceHelp } from './advice.js';
import type { AdviceTemplate } from '../../model/advice-templates.js';
import type { LocalServicesPicker } from '../local-services-picker/local-services-picker.js';
import { printPlan } from './print-plan.js';
import { formStyles } from './fit-note-form.styles.js';
import { renderAdvice, renderAssessment, renderConditions, renderIssuer, renderPatient, renderPeriod, renderReview } from './parts/note.js';
import { renderConfirm, renderPlan, renderSupport, renderWords, renderWorkQuestion } from './parts/flow.js';
import { byGroup, controlId, DATE_IDS, type DateKey, type Group, type HelpTopic, type NoteView, type OutcomeView } from './parts/view.js';
import { AnswerOrigins } from './answers.js';
import { submitDetail } from './submit.js';

/** Groups filled by the host, not typed: their errors show at once, since there is no typing to interrupt. */
const HOST_GROUPS: readonly Group[] = ['patient', 'issuer'];

/**
 * The Med3 fit note as a clinician fills it in during a consultation: "may be fit for work" by
 * default, the rules R1–R12 as errors and inline warnings, help for good advice, and the note handed
 * to the host as an event carrying the FHIR Bundle and plain text. One tag gives the whole
 * consultation flow: the work question (`<work-question-prompt>`), the note, the services
 * (`<local-services-picker multiple>`) and, after confirming, "Your plan" for the patient.
 *
 * Only "may be fit" is pre-selected (DOMAIN.md §11, recorded as `fitnessChoice`); no length, method
 * or review answer is. Suggestions and templates fill in only what the clinician accepts, marked and
 * editable. Host input follows the shared element layer (README, "Host input"); errors show on
 * confirming or on leaving a changed field, never while typing; `input` and `change` fire after edits.
 *
 * @tagname fit-note-form
 * @summary The Med3 fit note, "may be fit for work" by default, with the rules and help for good advice.
 *
 * @fires fit-note-change - After each edit by the clinician, and after a patient switch (`FitNoteChangeDetail`: `{ value, validity, context }`).
 * @fires fit-note-invalid - When confirming fails; the error summary takes focus (`FitNoteInvalidDetail`: envelope + `{ errors }`).
 * @fires fit-note-submit - Cancelable. When the clinician confirms a valid note (`FitNoteSubmitDetail`: envelope + `{ fitNote, fhir, fitnessChoice, referrals, planText, fromWorkQuestion }`). Until `acknowledge()` reports it saved, the form says "Not yet saved to the record".
 * @fires input - After each edit that changes `value` (for framework bindings).
 * @fires change - After each committed edit (a choice, or leaving a text field) that changed `value`.
 * @fires work-question-change - From the embedded `<work-question-prompt>`, unchanged.
 * @fires work-question-complete - From the embedded `<work-question-prompt>`, unchanged; its accepted suggestions fill in the note.
 * @fires fit-note-referral - From the embedded `<local-services-picker>`, unchanged; the form keeps it for `referrals`.
 * @fires local-services-change - From the embedded `<local-services-picker>`, unchanged; removals leave `referrals`.
 * @fires local-services-error - From the embedded `<local-services-picker>`, unchanged.
 *
 * @attr lang - Language of the wording (the nearest `lang` when not set); English is the only catalogue so far, and the fallback.
 *
 * @csspart form - The whole form.
 * @csspart patient - The patient banner at the top.
 * @csspart error-summary - The "There is a problem" summary.
 * @csspart help-panel - Each help popover.
 * @csspart warning - Each inline warning (rules R4, R7, R11, R12).
 * @csspart summary - The note in words.
 * @csspart confirm-button - The "Confirm fit note" button.
 * @csspart status - Whether the confirmed note is saved to the record.
 * @csspart work-question - The work question step (the embedded prompt, or its summary once folded away).
 * @csspart work-question-questions - The embedded prompt's questions (its parts are exported as `work-question-…`).
 * @csspart support - The work and health services step (the embedded picker).
 * @csspart support-base - The embedded picker (its parts are exported as `support-…`).
 * @csspart plan - "Your plan", shown after confirming.
 * @csspart print-button - The "Print your plan" button.
 *
 * @cssprop --fnw-help-max-width - Widest a help popover grows (default 28rem).
 * @cssprop --fnw-patient-background - Background of the patient banner (default the panel colour, `--fnw-color-panel`).
 */
export class FitNoteForm extends FitNoteWidgetsElement {
  static override styles = [tokens, base, dateInputStyles, formStyles];
  static formAssociated = true;

  private readonly _help = new HelpPopovers<HelpTopic>(this);
  private readonly _errors = new ErrorVisibility<Group, Issue>(this);
  private readonly _saves = new Submissions<'saved' | 'failed', FitNote>(this, ['saved', 'failed']);
  private _note!: FitNote;
  private _dates!: Record<Exclude<DateKey, 'end'>, DateFields>;
  /** Dates the clinician opened to change; the others show in words while they are today. */
  private readonly _editingDates = new Set<DateKey>();
  private readonly _period = new PeriodControl();
  private readonly _conditions = new ConditionChoice();
  private _valueSetThisTask = false;
  private _switchPending = false;
  private _isDefault = true;
  private readonly _answers = new AnswerOrigins();
  /** The `messageId` of the confirmed note the form waits on, if any. */
  private _submitted: string | null = null;
  private readonly _flow = new Consultation(this);
  private readonly _advice = new AdviceHelp(this);
  // One tab stop each, arrow keys within (WAI-ARIA toolbar): the quick lengths, the templates, each phrase group.
  private readonly _keys = (['.quick', '.templates__list', '.phrase-bank ul'] as const).map(
    (container) => new RovingTabindex(this, { container, items: 'button', start: container === '.phrase-bank ul' ? 'first' : 'selected' }),
  );
  private _focusAfterUpdate: string | null = null;
  /** Validity of the note as it is now: computed once after each change, reused by render, events and the form. */
  private _validity: Validity | null = null;

  constructor() {
    super();
    this._load(createFitNote(), 'default');
  }

  /**
   * The note (a copy). Setting it puts the host's note on screen and fires no event: an unusable
   * value is reported and the note on screen kept; fields that cannot be used keep what is on screen.
   */
  get value(): FitNote {
    return structuredClone(this._note);
  }
  set value(input: FitNote) {
    // A framework binding an absent value must not wipe what the clinician typed: reset() starts again.
    // Vue's v-model writes '' for a bound value that is still null.
    if (input === undefined || input === null || (input as unknown) === '' || sameJson(input, this._note)) return;
    const read = noteFromHost(input, this._note, this.today);
    for (const problem of read.problems) this.report(problem);
    if (!read.note) return;
    this._valueSetThisTask = true;
    queueMicrotask(() => (this._valueSetThisTask = false));
    const [restore, before, keepAnswers] = [this._period.snapshot(), this._note, this._answers.keepFor(this._note, read.note)];
    this._load(read.note, 'host');
    keepAnswers();
    // A period kept, or given back unchanged (a host adding the appointment type to the note it
    // read), keeps how it was being chosen: a placeholder is still no choice.
    if (read.unusable.includes('period') || sameJson(read.note.period, before.period)) restore();
  }

  /** The note's validity now (a superset of the platform's: `valid`, plus the errors and warnings with their rule ids). */
  get validity(): Validity {
    return (this._validity ??= validateDraft(this._note, this._period.draft, { today: this.today }));
  }

  /** The patient shown in the header and written into the note. */
  get patient(): Patient | undefined {
    return this._note.patient ? structuredClone(this._note.patient) : undefined;
  }
  set patient(input: Patient | undefined) {
    const read = patientFromHost(input, this._note.patient, !this._isDefault);
    for (const problem of read.problems) this.report(problem);
    if (!read.keep) this._setPerson('patient', read.value);
  }

  /** The person issuing the note, shown read-only. An unknown profession is kept so rule R9 refuses the note. */
  get issuer(): Issuer | undefined {
    return this._note.issuer ? structuredClone(this._note.issuer) : undefined;
  }
  set issuer(input: Issuer | undefined) {
    const read = safely(() => cleanIssuer(input), { value: this._note.issuer, problems: ['issuer: it could not be read; the issuer shown was kept'] });
    for (const problem of read.problems) this.report(problem);
    this._setPerson('issuer', read.value);
  }

  private _setPerson<K extends 'patient' | 'issuer'>(key: K, value: FitNote[K] | undefined): void {
    if (value) this._note[key] = value;
    else delete this._note[key];
    this.requestUpdate();
  }

  /** Checks the note against the rules, without showing errors (they show when the clinician confirms). */
  validate(): Validity {
    return this.validity;
  }

  /** Starts again from the default note, keeping the patient and issuer; the work question, the services and the plan too. Fires no event. */
  reset(): void {
    this._flow.restart();
    this._load(this._defaultNote(), 'default');
  }

  /**
   * The host's answer to a `fit-note-submit`: `saved` shows "Saved to the record" (with `location` when
   * given), `failed` shows an error and keeps everything editable. Any other `messageId` is ignored and reported.
   */
  acknowledge(messageId: string, result: { status: 'saved' | 'failed' | 'sent'; location?: string; reason?: string }): void {
    // A referral made inside the form: the picker inside is told, and the plan follows it.
    if (this._flow.acknowledgeReferral(messageId, result, this._picker())) return;
    const problem = this._saves.acknowledge(messageId, result);
    if (problem) this.report(problem);
  }

  private _picker(): LocalServicesPicker | null {
    return this.renderRoot?.querySelector('local-services-picker') ?? null;
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: Parameters<FitNoteWidgetsElement['requestUpdate']>[2]): void {
    this._validity = null;
    super.requestUpdate(name, oldValue, options);
  }

  protected override patientSwitched(): void {
    this._flow.restart();
    if (!this._valueSetThisTask) {
      this._load(this._defaultNote(), 'default');
      this._switchPending = true;
    }
  }

  protected override todayChanged(): void {
    if (this._isDefault) this._load(this._defaultNote(), 'default');
  }

  protected override conditionsChanged(): void {
    for (const problem of markupIn(this.recordConditions, 'conditions')) this.report(problem);
    this.requestUpdate();
  }

  protected override formReset(): void {
    this.reset();
  }

  protected override formStateRestore(state: unknown): void {
    if (typeof state !== 'string') return;
    const note = safely(() => JSON.parse(state) as unknown, null);
    if (note) this.value = note as FitNote;
  }

  protected override syncFormState(): void {
    if (!this.internals) return;
    this.internals.setFormValue(this.name ? JSON.stringify(this._note) : null);
    const first = this.validity.errors[0];
    if (!first) this.internals.setValidity({});
    else {
      const group = fieldGroup(first.field);
      const anchor = (group && this._control(group)) || this.renderRoot?.querySelector<HTMLElement>('#confirm') || undefined;
      this.internals.setValidity({ customError: true }, this._issueText(first), anchor);
    }
  }

  protected override showValidity(): void {
    if (this._errors.submit(byGroup(this.validity.errors))) void showErrorSummary(this);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncFormState();
    if (this._switchPending) {
      this._switchPending = false;
      this._emitChange();
      this.notifyValueChange('both');
    }
    if (this._focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this._focusAfterUpdate)?.focus();
      this._focusAfterUpdate = null;
    }
  }

  private _t = (id: MessageId, params?: MessageParams): string => this.t(id, params);

  private _issueText(issue: Issue): string {
    return issueText(issue, this.language);
  }

  private _defaultNote(): FitNote {
    const note = createFitNote({ today: this.today });
    if (this._note?.patient) note.patient = this._note.patient;
    if (this._note?.issuer) note.issuer = this._note.issuer;
    return note;
  }

  /** Puts a note on screen, with nothing typed, shown or submitted carried over. */
  private _load(note: FitNote, source: 'default' | 'host'): void {
    this._note = note;
    this._period.load(note.period, source);
    this._editingDates.clear();
    this._dates = {
      assessment: fieldsFromDate(note.assessmentDate),
      statement: fieldsFromDate(note.statementDate),
      start: fieldsFromDate(note.period.start),
    };
    this._conditions.load(note.conditions, this.recordConditions);
    this._answers.load(source);
    this._isDefault = source === 'default';
    this._errors.clear();
    this._saves.clear();
    this._submitted = null;
    this._flow.forgetPrefills();
    this._advice.forget();
    this._help.close(false);
    this.requestUpdate();
  }

  private _emitChange(): void {
    emit(this, 'fit-note-change', { value: this.value, validity: this.validity, context: this.context });
  }

  /** Applies one edit by the clinician, then tells the host. */
  private _edit(group: Group, change: () => void, committed = false): void {
    change();
    this._errors.edited(group);
    this._isDefault = false;
    this.requestUpdate();
    this._emitChange();
    this.notifyValueChange(committed ? 'both' : 'input');
  }

  private _onDate(key: DateKey, fields: DateFields): void {
    const group: Group = key === 'assessment' ? 'assessmentDate' : key === 'statement' ? 'statementDate' : key === 'start' ? 'period.start' : 'period.end';
    this._edit(group, () => {
      if (key !== 'end') this._dates[key] = fields;
      const date = dateFromFields(fields);
      if (key === 'assessment') this._note.assessmentDate = date ?? '';
      else if (key === 'statement') this._note.statementDate = date ?? '';
      else if (key === 'start') this._period.start(this._note, date);
      else {
        this._period.until(this._note, fields, date);
        this._advice.changed('period');
      }
    });
  }

  private _onLength(count: string, unit: PeriodUnit, committed: boolean): void {
    const change = () => {
      this._period.length(this._note, count, unit);
      this._advice.changed('period');
    };
    this._edit('period.end', change, committed);
  }

  private _onSixMonths(on: boolean): void {
    this._edit('sixMonthsOrMore', () => {
      this._flow.prefilled.delete('sixMonthsOrMore');
      this._note.sixMonthsOrMore = on;
      if (!on) this._period.indefinite(this._note, false);
    });
  }

  private _onFitness(fitness: Fitness): void {
    this._edit('fitness', () => {
      this._note.fitness = fitness;
      this._answers.fitness = 'clinician-selected';
      // R10: advice to adjust work contradicts "not fit for work"; the comments stay.
      if (fitness === 'not-fit') {
        this._note.adjustments = { ...NO_ADJUSTMENTS };
        for (const key of Object.keys(NO_ADJUSTMENTS) as AdjustmentKey[]) {
          this._flow.prefilled.delete(key);
          this._advice.changed(key);
        }
      }
    });
  }

  private _onPhrase(id: MessageId): void {
    const text = this._advice.phrase(this._note.comments, this._t(id), (m, p) => this._t(m, p));
    if (text === null) return;
    this._edit('comments', () => (this._note.comments = text), true);
  }

  /** One click: the template's adjustments, comment draft, length and services, each marked and editable. */
  private _onTemplate(template: AdviceTemplate): void {
    this._edit(
      'adjustments',
      () => {
        const applied = this._advice.apply(template, this._note, this._period.draft.chosen, this.language);
        this._note = applied.note;
        if (applied.applied.includes('period') && applied.length) this._period.length(this._note, String(applied.length.count), applied.length.unit);
      },
      true,
    );
  }

  private _onWorkQuestionComplete(event: CustomEvent<WorkQuestionCompleteDetail>): void {
    const applied = this._flow.complete(event, this._note);
    this._note = applied.note;
    if (applied.sixMonthsCleared) this._period.indefinite(this._note, false);
    // The prompt folds away with focus in it: focus its summary, which says what was filled in.
    this._focusAfterUpdate = '#work-question-outcome';
    this.requestUpdate();
    if (!applied.changed) return;
    this._isDefault = false;
    this._emitChange();
    this.notifyValueChange('both');
  }

  private _plan() {
    const submission = this._submitted ? this._saves.get(this._submitted) : undefined;
    if (!submission || submission.status === 'failed') return null;
    return patientPlan(submission.data, this._flow.planReferrals(), { lang: this.language });
  }

  private _print(): void {
    const plan = this._plan();
    if (!plan) return;
    const frame = this.renderRoot.querySelector<HTMLIFrameElement>('#print-frame');
    if (!frame || !printPlan(frame, plan, this.language)) window.print();
  }

  /** Shows the errors of a field the clinician changed and has just left; never while they type. */
  private _onFocusOut(event: FocusEvent): void {
    const groupAt = (node: EventTarget | null) => ((node as Element | null)?.closest?.('[data-group]')?.getAttribute('data-group') ?? null) as Group | null;
    const from = groupAt(event.target);
    if (!from || groupAt(event.relatedTarget) === from) return;
    this._errors.left(from, byGroup(this.validity.errors));
  }

  private async _confirm(): Promise<void> {
    if (this.isDisabled) return;
    const validity = this.validity;
    const unfinished = unfinishedReferral(this._picker());
    const errors = unfinished ? sortByField([...validity.errors, unfinished]) : validity.errors;
    if (errors.length) {
      this._errors.submit(byGroup(errors));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
      // The note as on screen: a date still being typed reads "a date not yet complete", never a made-up date.
      const envelope = createEnvelope({
        context: this.context,
        summary: plural('form.invalid.summary', errors.length, undefined, this.language),
        narrative: this._words().join('\n'),
      });
      emit(this, 'fit-note-invalid', { ...envelope, errors });
      return;
    }
    const snapshot = JSON.stringify(this._note);
    const previous = this._submitted ? this._saves.get(this._submitted) : undefined;
    const detail = submitDetail({
      note: this.value,
      context: this.context,
      lang: this.language,
      fitnessChoice: this._answers.fitness,
      referrals: this._flow.referrals,
      fromWorkQuestion: this._flow.prefilledInOrder,
      choices: this._answers.choices,
      // The same note confirmed again keeps its messageId, so a host that saved it already can tell.
      ...(previous?.snapshot === snapshot ? { messageId: previous.messageId } : {}),
    });
    const sent = this._saves.handOver(previous, detail.messageId, snapshot, structuredClone(detail.fitNote), () => emit(this, 'fit-note-submit', detail, { cancelable: true }));
    if (!sent) return;
    this._submitted = detail.messageId;
    this._errors.clear();
    // The NHS confirmation pattern: the outcome (saved or not, and the plan) comes into view with focus.
    this._focusAfterUpdate = '#outcome';
  }

  private _controlId(group: Group): string {
    return controlId(group, { note: this._note, period: this._period.draft, hasOptions: this._conditionOptions().length > 0 });
  }

  private _control(group: Group): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>(`#${this._controlId(group)}`) ?? null;
  }

  private _conditionOptions(): Coding[] {
    return this._conditions.options(this.recordConditions, this._note.conditions);
  }

  private _words(): string[] {
    return fitNoteNarrativeLines(this._note, { lang: this.language, draft: { periodText: this._period.text(this._note, this.language) } });
  }

  protected override render(): TemplateResult {
    const validity = this.validity;
    const shown = this._errors;
    const warnings = byGroup(validity.warnings);
    const errorsNow = byGroup(validity.errors);
    const disabled = this.isDisabled;
    const t = this._t;
    const note: NoteView = {
      t,
      lang: this.language,
      note: this._note,
      disabled,
      dates: { ...this._dates, end: this._period.endFields },
      today: this.today,
      editingDates: this._editingDates,
      period: this._period.draft,
      length: this._period.chosenLength,
      periodText: this._period.text(this._note, this.language),
      forText: this._period.forText,
      errors: (group) => (HOST_GROUPS.includes(group) ? (errorsNow.get(group) ?? []).map((s) => s.message) : shown.for(group)).map((i) => this._issueText(i)),
      warnings: (group) => (warnings.get(group) ?? []).map((s) => s.message),
      prefilled: this._flow.prefilled,
      fromTemplate: this._advice.fromTemplate,
      ...this._advice.views(this._note.conditions),
      conditionOptions: this._conditionOptions(),
      conditionTicked: (c) => this._conditions.ticked(this._note.conditions, c),
      typedText: this._conditions.typedText,
      help: this._help,
      announcement: this._advice.announcement,
      on: {
        date: (key, fields) => this._onDate(key, fields),
        editDate: (key) => {
          this._editingDates.add(key);
          this._focusAfterUpdate = `#${DATE_IDS[key]}-day`;
          this.requestUpdate();
        },
        method: (method) =>
          this._edit('assessmentMethod', () => {
            this._note.assessmentMethod = method;
            this._answers.method = 'clinician-selected';
          }),
        condition: (coding, on) => this._edit('conditions', () => (this._note.conditions = this._conditions.toggle(this._note.conditions, coding, on))),
        typedCondition: (text) => this._edit('conditions', () => (this._note.conditions = this._conditions.type(this._note.conditions, text))),
        fitness: (fitness) => this._onFitness(fitness),
        adjustment: (key, on) =>
          this._edit('adjustments', () => {
            this._flow.prefilled.delete(key);
            this._advice.changed(key);
            this._note.adjustments[key] = on;
          }),
        comments: (control) => {
          this._advice.caret(control);
          this._edit('comments', () => {
            this._note.comments = control.value;
            this._advice.changed('comments');
          });
        },
        caret: (control) => this._advice.caret(control),
        phrase: (id) => this._onPhrase(id),
        length: (count, unit, committed) => this._onLength(count, unit, committed === true),
        shorthand: (text) =>
          this._edit('period.end', () => {
            this._period.shorthand(this._note, text);
            this._advice.changed('period');
          }),
        indefinite: (on) => this._edit('period.end', () => this._period.indefinite(this._note, on)),
        sixMonths: (on) => this._onSixMonths(on),
        template: (t) => this._onTemplate(t),
        toggleTemplates: () => this._advice.toggleTemplates(),
        togglePhrases: () => this._advice.togglePhrases(),
        review: (yes) =>
          this._edit('reassessmentNeeded', () => {
            this._note.reassessmentNeeded = yes;
            this._answers.review = 'clinician-selected';
          }),
      },
    };
    const flow = this._flow.view({
      t,
      lang: this.language,
      density: this.density,
      disabled,
      today: this.today,
      icb: this.icb,
      extraCategories: this._advice.categories,
      recordConditions: this.recordConditions,
      noteConditions: this._note.conditions,
      context: this.context,
      complete: (e) => this._onWorkQuestionComplete(e),
      skipToNote: () => this._control('conditions')?.focus(),
    });
    const submission = this._submitted ? this._saves.get(this._submitted) : undefined;
    const plan = this._plan();
    const outcome: OutcomeView = {
      t,
      disabled,
      words: this._words(),
      referrals: this._flow.referrals,
      status: submission?.status ?? 'none',
      location: submission?.location,
      changedSinceConfirm: submission !== undefined && JSON.stringify(this._note) !== submission.snapshot,
      plan,
      on: { confirm: () => void this._confirm(), print: () => this._print() },
    };
    const summary = this._errors.summaryVisible
      ? errorSummary({
          title: t('common.errorSummary.title'),
          level: this.headingLevel,
          root: this.renderRoot,
          items: FIELD_ORDER.flatMap((group) =>
            shown.for(group).map((issue) => ({
              controlId: this._controlId(group),
              text: this._issueText(issue),
              ...(group === 'referrals' ? { follow: () => this._picker()?.focusUnfinished() } : {}),
            })),
          ),
        })
      : nothing;
    return html`
      <div class="form ${plan ? 'form--has-plan' : ''}" part="form" @focusout=${this._onFocusOut}>
        ${summary}
        <h2 class="title" aria-level=${this.level(2) ?? nothing}>${t('form.title')}</h2>
        <p class="hint">${t('form.intro')}</p>
        ${renderPatient(note)} ${renderWorkQuestion(flow)}
        <fieldset class="form__body" ?disabled=${disabled}>
          ${renderAssessment(note)} ${renderConditions(note)} ${renderAdvice(note)} ${renderPeriod(note)} ${renderReview(note)} ${renderSupport(flow)}
          ${renderIssuer(note)}
        </fieldset>
        ${renderWords(outcome)}
        <div id="outcome" class="outcome" tabindex="-1">${renderConfirm(outcome)} ${renderPlan(outcome)}</div>
      </div>
    `;
  }

}
