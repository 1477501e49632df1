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
import { FIELD_ORDER, fieldGroup, validateDraft } from '../../model/draft.js';
import { draftLength, periodDraftFromNote, periodText, setEndDate, setIndefinite, setLength, setStart, type PeriodDraft, type PeriodEdit } from '../../model/period-editor.js';
import type { PeriodUnit } from '../../model/period.js';
import { patientPlan } from '../../model/plan.js';
import { MAX_TEXT, type AdjustmentKey, type Coding, type Fitness, type FitNote, type Issue, type Issuer, type Patient, type Validity } from '../../model/schemas.js';
import { issueText, plural, type MessageId, type MessageParams } from '../../messages/index.js';
import type { WorkQuestionCompleteDetail } from '../work-question-prompt/events.js';
import { cleanIssuer, cleanPatient, markupIn, noteFromHost } from './host-input.js';
import { HelpPopovers } from './help-popover.js';
import { Consultation } from './consultation.js';
import { ConditionChoice } from './conditions.js';
import { insertPhrase, type Selection } from './phrase-bank.js';
import { printPlan } from './print-plan.js';
import { formStyles } from './fit-note-form.styles.js';
import { renderAdvice, renderAssessment, renderConditions, renderIssuer, renderPatient, renderPeriod, renderReview } from './parts/note.js';
import { renderConfirm, renderPlan, renderSupport, renderWords, renderWorkQuestion } from './parts/flow.js';
import { byGroup, controlId, type DateKey, type FlowView, type Group, type HelpTopic, type NoteView, type OutcomeView } from './parts/view.js';
import type { FitnessChoice } from './events.js';
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
 * Only suggestions the clinician accepted fill in the note, each marked "From the work question"
 * and editable. "May be fit" is pre-selected by design (DOMAIN.md §11), so `fit-note-submit` carries
 * `fitnessChoice`. No period length is pre-chosen: until one is, `validity` has the R3 error "Enter
 * how long the advice applies for". A date still being typed stays on screen as typed.
 *
 * Host input is read by the shared element layer (`FitNoteWidgetsElement`): an unusable `context`
 * is ignored whole, a new `patientId` starts a new note (and the work question, services and plan
 * start again); an unusable `value` is reported and the note on screen kept, a partly usable one is
 * taken field by field (fields that cannot be used keep what is on screen); setting the note the
 * form already holds changes nothing. `reset()` and a surrounding form's reset restore the default
 * note and fire no event. Errors show when the clinician confirms or leaves a field they changed,
 * never while typing. After each edit the form fires `fit-note-change`, `input`, and `change` once
 * an edit is committed, so framework bindings (Vue `v-model`) work unchanged.
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
  private _dates!: Record<DateKey, DateFields>;
  private _period!: PeriodDraft;
  private readonly _conditions = new ConditionChoice();
  private _valueSetThisTask = false;
  private _switchPending = false;
  private _isDefault = true;
  private _fitnessChoice: FitnessChoice = 'default-accepted';
  /** The `messageId` of the confirmed note the form waits on, if any. */
  private _submitted: string | null = null;
  private _caret: Selection | null = null;
  private _announcement = '';
  private readonly _flow = new Consultation(this);
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
    const before = { period: this._period, end: this._dates.end };
    this._load(read.note, 'host');
    // The period on screen was kept: so is how it was being chosen (a placeholder is still no choice).
    if (read.unusable.includes('period')) {
      this._period = before.period;
      this._dates.end = before.end;
    }
  }

  /** The note's validity now (a superset of the platform's: `valid`, plus the errors and warnings with their rule ids). */
  get validity(): Validity {
    return (this._validity ??= validateDraft(this._note, this._period, { today: this.today }));
  }

  /** The patient shown in the header and written into the note. */
  get patient(): Patient | undefined {
    return this._note.patient ? structuredClone(this._note.patient) : undefined;
  }
  set patient(input: Patient | undefined) {
    const read = safely(() => cleanPatient(input), null);
    if (!read) {
      this.report('patient: it could not be read; the patient shown was kept', 'patient:unreadable');
      return;
    }
    const { value, problems } = read;
    const before = this._note.patient?.nhsNumber?.replace(/\s+/g, '');
    const after = value?.nhsNumber?.replace(/\s+/g, '');
    if (before && after && before !== after && !this._isDefault) {
      problems.push('patient: the NHS number changed but context.patientId did not, so the entered note was kept. Set context.patientId on every patient switch to start a new note');
    }
    for (const problem of problems) this.report(problem);
    if (value) this._note.patient = value;
    else delete this._note.patient;
    this.requestUpdate();
  }

  /** The person issuing the note, shown read-only. An unknown profession is kept so rule R9 refuses the note. */
  get issuer(): Issuer | undefined {
    return this._note.issuer ? structuredClone(this._note.issuer) : undefined;
  }
  set issuer(input: Issuer | undefined) {
    const read = safely(() => cleanIssuer(input), null);
    if (!read) {
      this.report('issuer: it could not be read; the issuer shown was kept', 'issuer:unreadable');
      return;
    }
    const { value, problems } = read;
    for (const problem of problems) this.report(problem);
    if (value) this._note.issuer = value;
    else delete this._note.issuer;
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
  acknowledge(messageId: string, result: { status: 'saved' | 'failed'; location?: string }): void {
    const problem = this._saves.acknowledge(messageId, result);
    if (problem) this.report(problem);
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

  // ─── State ─────────────────────────────────────────────────────────────────────────────────────

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
    this._period = periodDraftFromNote(note.period, source);
    this._dates = {
      assessment: fieldsFromDate(note.assessmentDate),
      statement: fieldsFromDate(note.statementDate),
      start: fieldsFromDate(note.period.start),
      end: fieldsFromDate(source === 'default' ? null : note.period.end),
    };
    this._conditions.load(note.conditions, this.recordConditions);
    this._fitnessChoice = source === 'host' ? 'host-set' : 'default-accepted';
    this._isDefault = source === 'default';
    this._errors.clear();
    this._saves.clear();
    this._submitted = null;
    this._caret = null;
    this._announcement = '';
    this._flow.forgetPrefills();
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

  private _applyPeriod(edit: PeriodEdit): void {
    this._period = edit.draft;
    this._note.period = edit.period;
    if (edit.endShown !== undefined) this._dates.end = fieldsFromDate(edit.endShown);
  }

  // ─── Edits ─────────────────────────────────────────────────────────────────────────────────────

  private _onDate(key: DateKey, fields: DateFields): void {
    const group: Group = key === 'assessment' ? 'assessmentDate' : key === 'statement' ? 'statementDate' : key === 'start' ? 'period.start' : 'period.end';
    this._edit(group, () => {
      this._dates[key] = fields;
      const date = dateFromFields(fields);
      if (key === 'assessment') this._note.assessmentDate = date ?? '';
      else if (key === 'statement') this._note.statementDate = date ?? '';
      else if (key === 'start') this._applyPeriod(setStart(this._period, this._note.period, date));
      else this._applyPeriod(setEndDate(this._period, this._note.period, date));
    });
  }

  private _onLength(count: string, unit: PeriodUnit, committed: boolean): void {
    this._edit('period.end', () => this._applyPeriod(setLength(this._period, this._note.period, count, unit)), committed);
  }

  private _onSixMonths(on: boolean): void {
    this._edit('sixMonthsOrMore', () => {
      this._flow.prefilled.delete('sixMonthsOrMore');
      this._note.sixMonthsOrMore = on;
      if (!on) this._applyPeriod(setIndefinite(this._period, this._note.period, false));
    });
  }

  private _onFitness(fitness: Fitness): void {
    this._edit('fitness', () => {
      this._note.fitness = fitness;
      this._fitnessChoice = 'clinician-selected';
      // R10: advice to adjust work contradicts "not fit for work"; the comments stay.
      if (fitness === 'not-fit') {
        this._note.adjustments = { ...NO_ADJUSTMENTS };
        for (const key of Object.keys(NO_ADJUSTMENTS) as AdjustmentKey[]) this._flow.prefilled.delete(key);
      }
    });
  }

  private _keepCaret(control: HTMLTextAreaElement): void {
    this._caret = { start: control.selectionStart, end: control.selectionEnd };
  }

  private _onPhrase(id: MessageId): void {
    const phrase = this._t(id);
    const comments = this._note.comments;
    const { text, caret } = insertPhrase(comments, this._caret ?? { start: comments.length, end: comments.length }, phrase);
    if (text.length > MAX_TEXT) {
      this._announcement = this._t('form.comments.full');
      this.requestUpdate();
      return;
    }
    this._announcement = this._t('form.phrases.added', { phrase });
    this._caret = { start: caret, end: caret };
    this._edit('comments', () => (this._note.comments = text), true);
  }

  // ─── The work question and the services ───────────────────────────────────────────────────────

  private _onWorkQuestionComplete(event: CustomEvent<WorkQuestionCompleteDetail>): void {
    const applied = this._flow.complete(event, this._note);
    this._note = applied.note;
    if (applied.sixMonthsCleared) this._applyPeriod(setIndefinite(this._period, this._note.period, false));
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
    return patientPlan(submission.data, this._flow.referrals, { lang: this.language });
  }

  private _print(): void {
    const plan = this._plan();
    if (!plan) return;
    const frame = this.renderRoot.querySelector<HTMLIFrameElement>('#print-frame');
    if (!frame || !printPlan(frame, plan, this.language)) window.print();
  }

  // ─── Errors and confirming ────────────────────────────────────────────────────────────────────

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
    if (!validity.valid) {
      this._errors.submit(byGroup(validity.errors));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
      // The note as on screen: a date still being typed reads "a date not yet complete", never a made-up date.
      const envelope = createEnvelope({
        context: this.context,
        summary: plural('form.invalid.summary', validity.errors.length, undefined, this.language),
        narrative: this._words().join('\n'),
      });
      emit(this, 'fit-note-invalid', { ...envelope, errors: validity.errors });
      return;
    }
    const snapshot = JSON.stringify(this._note);
    const previous = this._submitted ? this._saves.get(this._submitted) : undefined;
    const detail = submitDetail({
      note: this.value,
      context: this.context,
      lang: this.language,
      fitnessChoice: this._fitnessChoice,
      referrals: this._flow.referrals,
      fromWorkQuestion: this._flow.prefilledInOrder,
      // The same note confirmed again keeps its messageId, so a host that saved it already can tell.
      ...(previous?.snapshot === snapshot ? { messageId: previous.messageId } : {}),
    });
    // Waiting before the event goes out, so a host that saves and acknowledges inside its listener is heard.
    if (previous) this._saves.forget(previous.messageId);
    this._saves.begin(detail.messageId, snapshot, structuredClone(detail.fitNote));
    this._submitted = detail.messageId;
    if (!emit(this, 'fit-note-submit', detail, { cancelable: true })) {
      this._saves.forget(detail.messageId);
      if (previous) this._saves.restore(previous);
      this._submitted = previous?.messageId ?? null;
      return;
    }
    this._errors.clear();
  }

  private _controlId(group: Group): string {
    return controlId(group, { note: this._note, period: this._period, hasOptions: this._conditionOptions().length > 0 });
  }

  private _control(group: Group): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>(`#${this._controlId(group)}`) ?? null;
  }

  private _conditionOptions(): Coding[] {
    return this._conditions.options(this.recordConditions, this._note.conditions);
  }

  private _words(): string[] {
    return fitNoteNarrativeLines(this._note, { lang: this.language, draft: { periodText: periodText(this._period, this._note.period, this.language) } });
  }

  // ─── Rendering ─────────────────────────────────────────────────────────────────────────────────

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
      dates: this._dates,
      period: this._period,
      length: this._period.basis === 'length' ? draftLength(this._period) : null,
      periodText: periodText(this._period, this._note.period, this.language),
      errors: (group) => (HOST_GROUPS.includes(group) ? (errorsNow.get(group) ?? []).map((s) => s.message) : shown.for(group)).map((i) => this._issueText(i)),
      warnings: (group) => (warnings.get(group) ?? []).map((s) => s.message),
      prefilled: this._flow.prefilled,
      conditionOptions: this._conditionOptions(),
      conditionTicked: (c) => this._conditions.ticked(this._note.conditions, c),
      typedText: this._conditions.typedText,
      help: this._help,
      announcement: this._announcement,
      on: {
        date: (key, fields) => this._onDate(key, fields),
        method: (method) => this._edit('assessmentMethod', () => (this._note.assessmentMethod = method)),
        condition: (coding, on) => this._edit('conditions', () => (this._note.conditions = this._conditions.toggle(this._note.conditions, coding, on))),
        typedCondition: (text) => this._edit('conditions', () => (this._note.conditions = this._conditions.type(this._note.conditions, text))),
        fitness: (fitness) => this._onFitness(fitness),
        adjustment: (key, on) =>
          this._edit('adjustments', () => {
            this._flow.prefilled.delete(key);
            this._note.adjustments[key] = on;
          }),
        comments: (control) => {
          this._keepCaret(control);
          this._edit('comments', () => (this._note.comments = control.value));
        },
        caret: (control) => this._keepCaret(control),
        phrase: (id) => this._onPhrase(id),
        length: (count, unit, committed) => this._onLength(count, unit, committed === true),
        indefinite: (on) => this._edit('period.end', () => this._applyPeriod(setIndefinite(this._period, this._note.period, on))),
        sixMonths: (on) => this._onSixMonths(on),
        review: (yes) => this._edit('reassessmentNeeded', () => (this._note.reassessmentNeeded = yes)),
      },
    };
    const f = this._flow;
    const flow: FlowView = {
      t,
      lang: this.language,
      disabled,
      today: this.today,
      icb: this.icb,
      workQuestion: f.workQuestion,
      workQuestionShown: f.workQuestionShown,
      prefilled: f.prefilledInOrder,
      withheld: f.withheld,
      suggestedCategories: f.suggestedCategories,
      referrals: f.referrals,
      pass: f.pass,
      recordConditions: this.recordConditions,
      noteConditions: this._note.conditions,
      context: this.context,
      workAnswers: f.workAnswers,
      chosenServices: f.chosenServices,
      on: {
        toggleWorkQuestion: () => f.toggleWorkQuestion(),
        workQuestionComplete: (e) => this._onWorkQuestionComplete(e),
        referral: (e) => f.referral(e),
        servicesChange: (e) => f.servicesChange(e),
      },
    };
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
          items: FIELD_ORDER.flatMap((group) => shown.for(group).map((issue) => ({ controlId: this._controlId(group), text: this._issueText(issue) }))),
        })
      : nothing;
    return html`
      <div class="form ${plan ? 'form--has-plan' : ''}" part="form" @focusout=${this._onFocusOut}>
        ${summary}
        <h2 class="title" aria-level=${this.level(2) ?? nothing}>${t('form.title')}</h2>
        <p class="hint">${t('form.intro')}</p>
        ${renderPatient(note)} ${renderWorkQuestion(flow)}
        <fieldset class="form__body" ?disabled=${disabled}>
          ${renderAssessment(note)} ${renderConditions(note)} ${renderAdvice(note)} ${renderSupport(flow)} ${renderPeriod(note)} ${renderReview(note)}
          ${renderIssuer(note)}
        </fieldset>
        ${renderWords(outcome)} ${renderConfirm(outcome)} ${renderPlan(outcome)}
      </div>
    `;
  }

}
