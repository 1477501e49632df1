import { LitElement, html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emit } from '../../internal/emit.js';
import { reportOnce } from '../../internal/report.js';
import { base, dateInputStyles, tokens } from '../../internal/styles.js';
import { dateFromFields, fieldsFromDate, renderDateInput, type DateFields } from '../../internal/date-input.js';
import { formatLongDate, isCalendarDate, todayLocal, type CalendarDate } from '../../model/dates.js';
import { createEnvelope } from '../../model/envelope.js';
import { fitNoteToFhir } from '../../model/fhir.js';
import { NO_ADJUSTMENTS, createFitNote, repairFitNote } from '../../model/fit-note.js';
import { fitNoteNarrative, fitNoteSummary, formatNhsNumber, isValidNhsNumber, joinList } from '../../model/narrative.js';
import { formatLength, formatPeriod, isPeriodLength, lengthFromPeriod, periodEnd, PERIOD_UNITS, type PeriodLength, type PeriodUnit } from '../../model/period.js';
import { validateFitNote } from '../../model/rules.js';
import { patientPlan, planText } from '../../model/plan.js';
import { categoryLabel } from '../../model/services.js';
import { createWorkAnswers, type WorkAnswers, type WorkSuggestions } from '../../model/work-question.js';
import {
  ADJUSTMENTS,
  ASSESSMENT_METHODS,
  MAX_TEXT,
  PROFESSIONS,
  type AdjustmentKey,
  type AssessmentMethod,
  type Coding,
  type Context,
  type Fitness,
  type FitNote,
  type Issue,
  type Issuer,
  type Patient,
  type ServiceCategory,
  type Validity,
} from '../../model/schemas.js';
import { message, plural, type MessageId, type MessageParams } from '../../messages/index.js';
import type { WorkQuestionCompleteDetail } from '../work-question-prompt/events.js';
import type { ReferralDetail, ServicesChangeDetail } from '../local-services-picker/events.js';
import { cleanIssuer, cleanPatient, cleanRecordConditions, markupIn } from './host-input.js';
import { cleanHostContext } from '../../internal/host-input.js';
import { HelpPopovers } from './help-popover.js';
import { insertPhrase, PHRASE_GROUPS, phraseIds, type Selection } from './phrase-bank.js';
import { noteInWords } from './words.js';
import { printPlan } from './print-plan.js';
import { formStyles } from './fit-note-form.styles.js';
import type { FitnessChoice, FitNoteSubmitDetail, Prefillable } from './events.js';

/** The parts of the form an error or warning belongs to, in the order they appear. */
const GROUPS = [
  'patient',
  'assessmentDate',
  'assessmentMethod',
  'conditions',
  'fitness',
  'adjustments',
  'comments',
  'period.start',
  'sixMonthsOrMore',
  'period.end',
  'reassessmentNeeded',
  'issuer',
  'statementDate',
] as const;
type Group = (typeof GROUPS)[number];

/** Groups filled by the host, not typed: their errors show at once, since there is no typing to interrupt. */
const HOST_GROUPS: readonly Group[] = ['patient', 'issuer'];

function groupOf(field: string): Group | null {
  if (field.startsWith('issuer')) return 'issuer';
  if (field.startsWith('period.') && field !== 'period.start') return 'period.end';
  return (GROUPS as readonly string[]).includes(field) ? (field as Group) : null;
}

function byGroup(issues: readonly Issue[]): Map<Group, Issue[]> {
  const map = new Map<Group, Issue[]>();
  for (const issue of issues) {
    const group = groupOf(issue.field) ?? 'patient';
    map.set(group, [...(map.get(group) ?? []), issue]);
  }
  return new Map(GROUPS.filter((g) => map.has(g)).map((g) => [g, map.get(g) as Issue[]]));
}

function sameCoding(a: Coding, b: Coding): boolean {
  if (a.code || b.code) return a.code === b.code && (a.system ?? '') === (b.system ?? '');
  return a.display.trim().toLowerCase() === b.display.trim().toLowerCase();
}

type DateKey = 'assessment' | 'statement' | 'start' | 'end';
const DATE_IDS: Readonly<Record<DateKey, string>> = {
  assessment: 'assessment-date',
  statement: 'statement-date',
  start: 'period-start',
  end: 'period-end',
};

const QUICK_LENGTHS: readonly PeriodLength[] = [
  { count: 1, unit: 'weeks' },
  { count: 2, unit: 'weeks' },
  { count: 4, unit: 'weeks' },
  { count: 3, unit: 'months' },
];

type HelpTopic = AdjustmentKey | 'comments';

/** The fields accepted work-question suggestions can fill in, in the order they are reported. */
const PREFILLABLE: readonly Prefillable[] = [...ADJUSTMENTS, 'sixMonthsOrMore'];

interface Submission {
  messageId: string;
  /** The note as confirmed, to tell whether it has changed since. */
  snapshot: string;
  /** The note as confirmed, for the patient's plan. */
  note: FitNote;
  status: 'pending' | 'saved' | 'failed';
  location?: string;
}

/**
 * The Med3 fit note as a clinician fills it in during a consultation: "may be fit for work" by
 * default, the rules R1–R12 as errors and inline warnings, help for good advice, and the note handed
 * to the host as an event carrying the FHIR Bundle and plain text.
 *
 * One tag gives the whole consultation flow, in the order of a ten-minute consultation:
 * - The work question first (`<work-question-prompt>`, given `today`, `icb`, the record's `conditions`
 *   and `context`). It can be skipped; once answered or skipped it folds away to a short summary and
 *   can be shown again. Only suggestions the clinician accepted fill in the note: adjustments are
 *   ticked (not while "not fit for work" is selected), "6 months or more" is set, and the suggested
 *   service categories go to the services picker. Each item filled in this way is marked "From the
 *   work question" until the clinician changes it, and stays editable; a later Done or Skip takes back
 *   what it no longer suggests, never what the clinician set.
 * - The note: assessment, conditions, advice (comments and phrase bank).
 * - Support (`<local-services-picker multiple>`, given `today`, `icb`, the note's conditions,
 *   `context` and the suggested categories), then the period, review and issuer. Referrals made there
 *   are listed under the note in words and sent with `fit-note-submit` as `referrals`, with those
 *   removed since left out. The picker's events bubble out unchanged: the form re-emits nothing and
 *   stops nothing.
 * - After confirming, "Your plan" for the patient (`planText` of the model, also sent as `planText`),
 *   in plain English, with a "Print your plan" button. The plan follows the note as confirmed, and the
 *   referrals as they are now (a referral made after confirming joins the plan on screen;
 *   `planText` in the detail is the plan at the moment of confirming). It is not shown once the host
 *   acknowledges the note as failed.
 *
 * Printing: "Print your plan" prints the plan alone from a hidden frame inside the element, built with
 * DOM calls and text only, so nothing else on the host page prints. If the host page is printed as a
 * whole (the browser's own Print), the form's print stylesheet shows only the plan once there is one;
 * what else prints from the page is for the host's own print stylesheet.
 *
 * The nested elements must be defined: importing `fit-note-widgets/fit-note-form` (or the package)
 * defines all three. A host defining the classes itself defines `work-question-prompt` and
 * `local-services-picker` too.
 *
 * The advice is pre-selected as "may be fit for work" by design (DOMAIN.md §11), so the form shows
 * that plainly and records what happened to it: `fit-note-submit` carries `fitnessChoice`,
 * `'default-accepted'` when the pre-selected advice was confirmed without the clinician selecting
 * either option, `'clinician-selected'` when they selected one, `'host-set'` when it came from a
 * `value` the host set and was not changed.
 *
 * No period length is pre-chosen (a default would bias the note): until the clinician picks a length,
 * an end date or an indefinite period, or the host sets `value`, `validity` has the error "Enter how
 * long the advice applies for" (rule id `R3`, field `period.end`) and `value.period` is the model's
 * one-day placeholder. A length that is not a whole number is the same kind of error.
 *
 * A date the clinician is still typing ("31 2 2026") stays on screen as typed; in `value` it is an
 * empty string until it is a real date, and `validity` says so.
 *
 * Setting `value` replaces the whole note, patient and issuer included, and fires no event; setting
 * it to the note the form already holds (a host echoing `fit-note-change`) changes nothing on screen.
 * A change of `context.patientId` resets the form (nothing carries across patients) and fires
 * `fit-note-change`, unless the host set `value` in the same task; either way the work question, the
 * referral list and the plan start again for the new patient. Other changes of `patient` keep what
 * was entered. `reset()` and a surrounding form's reset restore the default note, clear the work
 * question, the chosen services and the plan, and fire no event. `validate()` returns the validity
 * without showing errors: errors show when the clinician confirms, or leaves a field they changed,
 * never while typing.
 *
 * @tagname fit-note-form
 * @summary The Med3 fit note, "may be fit for work" by default, with the rules and help for good advice.
 *
 * @fires fit-note-change - After each edit by the clinician, and after a patient switch (`FitNoteChangeDetail`: `{ value, validity, context }`).
 * @fires fit-note-invalid - When confirming fails; the error summary takes focus (`FitNoteInvalidDetail`: envelope + `{ errors }`).
 * @fires fit-note-submit - Cancelable. When the clinician confirms a valid note (`FitNoteSubmitDetail`: envelope + `{ fitNote, fhir, fitnessChoice, referrals, planText, fromWorkQuestion }`). Until `acknowledge()` reports it saved, the form says "Not yet saved to the record".
 * @fires work-question-change - From the embedded `<work-question-prompt>`, unchanged.
 * @fires work-question-complete - From the embedded `<work-question-prompt>`, unchanged; its accepted suggestions fill in the note.
 * @fires fit-note-referral - From the embedded `<local-services-picker>`, unchanged; the form keeps it for `referrals`.
 * @fires local-services-change - From the embedded `<local-services-picker>`, unchanged; removals leave `referrals`.
 * @fires local-services-error - From the embedded `<local-services-picker>`, unchanged.
 *
 * @attr lang - Language of the wording; English is the only catalogue so far, and the fallback.
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
 * @csspart support - The work and health services step (the embedded picker).
 * @csspart plan - "Your plan", shown after confirming.
 * @csspart print-button - The "Print your plan" button.
 *
 * @cssprop --fnw-help-max-width - Widest a help popover grows (default 28rem).
 * @cssprop --fnw-patient-background - Background of the patient banner (default the panel colour, `--fnw-color-panel`).
 */
export class FitNoteForm extends LitElement {
  static override styles = [tokens, base, dateInputStyles, formStyles];
  static formAssociated = true;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Name under which a surrounding `<form>` submits the note (as JSON). Without it nothing is submitted.
   * Reflected, because a form names an entry by its element's `name` attribute.
   */
  @property({ reflect: true })
  get name(): string | undefined {
    return this._name;
  }
  set name(input: string | null | undefined) {
    this._name = this._text('name', input, /^[\s\S]{1,200}$/);
  }

  /** Makes every control read-only for the moment (a `<fieldset disabled>` around the element does the same). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * ODS code of the ICB, for the services picker when it is embedded in the form; the form itself
   * does not use it.
   */
  @property()
  get icb(): string | undefined {
    return this._icb;
  }
  set icb(input: string | null | undefined) {
    this._icb = this._text('icb', input, /^[A-Z0-9]{3,5}$/);
  }

  private readonly _internals = this.attachInternals();
  private readonly _help = new HelpPopovers<HelpTopic>(this);
  private _todayValue: CalendarDate | undefined;
  private _name: string | undefined;
  private _icb: string | undefined;
  private _note!: FitNote;
  private _dates!: Record<DateKey, DateFields>;
  private _count = '';
  private _unit: PeriodUnit = 'weeks';
  private _basis: 'length' | 'dates' = 'length';
  private _indefinite = false;
  private _periodChosen = false;
  private _typed: Coding | null = null;
  private _typedText = '';
  private _extraConditions: Coding[] = [];
  private _recordConditions: Coding[] = [];
  private _context: Context = {};
  private _contextSet = false;
  private _valueSetThisTask = false;
  private _switchPending = false;
  private _isDefault = true;
  private _fitnessChoice: FitnessChoice = 'default-accepted';
  private _formDisabled = false;
  private _changed = new Set<Group>();
  private _shown = new Map<Group, Issue[]>();
  private _summaryVisible = false;
  private _submission: Submission | null = null;
  private _caret: Selection | null = null;
  private _announcement = '';
  /** Fields filled in from accepted work-question suggestions and not changed by the clinician since. */
  private _fromWorkQuestion = new Set<Prefillable>();
  /** Accepted adjustments not ticked because "not fit for work" was selected. */
  private _withheld: AdjustmentKey[] = [];
  private _suggestedCategories: ServiceCategory[] = [];
  private _workQuestion: 'open' | 'completed' | 'skipped' = 'open';
  private _workQuestionShown = true;
  /** Given to the prompt and the picker as their `value`; replaced only to clear them. */
  private _workAnswers: WorkAnswers = createWorkAnswers();
  private _chosenServices: string[] = [];
  private _referrals: ReferralDetail[] = [];
  private _focusAfterUpdate: string | null = null;
  private _passed = new Map<string, unknown>();

  constructor() {
    super();
    this._load(createFitNote(), 'default');
  }

  /** The clinician's today (`YYYY-MM-DD`); the local date when not set or not a real date. */
  @property()
  get today(): CalendarDate {
    return this._todayValue ?? todayLocal();
  }
  set today(input: string | null | undefined) {
    if (input === undefined || input === null || input === '') this._todayValue = undefined;
    else if (isCalendarDate(input)) this._todayValue = input;
    else {
      this._todayValue = undefined;
      this._report([`today=${JSON.stringify(String(input).slice(0, 40))} is not a real date YYYY-MM-DD; using the local date`]);
    }
    if (this._isDefault) this._load(this._defaultNote(), 'default');
  }

  /**
   * The note (a copy). Setting it replaces the whole note and fires no event; garbage is repaired and
   * reported; `undefined` or `null` changes nothing (`reset()` starts again).
   */
  get value(): FitNote {
    return structuredClone(this._note);
  }
  set value(input: FitNote) {
    // A framework binding an absent value must not wipe what the clinician typed: reset() starts again.
    if (input === undefined || input === null || safeJson(input) === safeJson(this._note)) return;
    this._valueSetThisTask = true;
    queueMicrotask(() => (this._valueSetThisTask = false));
    const { note, problems } = repairFitNote(input, { today: this.today });
    const given = typeof input === 'object' && input !== null ? (input as Partial<Record<keyof FitNote, unknown>>) : {};
    if (given.issuer !== undefined && note.issuer === undefined) {
      const issuer = cleanIssuer(given.issuer);
      if (issuer.value) note.issuer = issuer.value;
      problems.push(...issuer.problems);
    }
    this._report([...problems, ...markupIn(note.conditions, 'value.conditions')]);
    this._load(note, 'host');
  }

  /** The note's validity now: the model's rules plus the form's own (a period must be chosen). */
  get validity(): Validity {
    const base = validateFitNote(this._note, { today: this.today });
    let errors = base.errors;
    let warnings = base.warnings;
    const problem = this._periodProblem();
    if (problem) {
      errors = errors.filter((e) => e.field !== 'period.end');
      errors.push({ rule: 'R3', field: 'period.end', message: this._t(problem === 'not-chosen' ? 'form.period.notChosen' : 'form.period.lengthInvalid') });
      warnings = warnings.filter((w) => w.rule !== 'R7' && w.rule !== 'R12');
    } else if (!this._indefinite && this._basis === 'length' && !isCalendarDate(this._note.period.start)) {
      errors = errors.filter((e) => !(e.field === 'period.end' && e.rule === 'R3'));
    }
    if (this._note.comments.length > MAX_TEXT) errors.push({ rule: 'FORMAT', field: 'comments', message: this._t('form.comments.tooLong') });
    errors = [...byGroup(errors).values()].flat();
    return { valid: errors.length === 0, errors, warnings };
  }

  /** The patient shown in the header and written into the note. */
  get patient(): Patient | undefined {
    return this._note.patient ? structuredClone(this._note.patient) : undefined;
  }
  set patient(input: Patient | undefined) {
    const { value, problems } = cleanPatient(input);
    const before = this._note.patient?.nhsNumber?.replace(/\s+/g, '');
    const after = value?.nhsNumber?.replace(/\s+/g, '');
    if (before && after && before !== after && !this._isDefault) {
      problems.push('patient: the NHS number changed but context.patientId did not, so the entered note was kept. Set context.patientId on every patient switch to start a new note');
    }
    this._report(problems);
    if (value) this._note.patient = value;
    else delete this._note.patient;
    this.requestUpdate();
  }

  /** The person issuing the note, shown read-only. An unknown profession is kept so rule R9 refuses the note. */
  get issuer(): Issuer | undefined {
    return this._note.issuer ? structuredClone(this._note.issuer) : undefined;
  }
  set issuer(input: Issuer | undefined) {
    const { value, problems } = cleanIssuer(input);
    this._report(problems);
    if (value) this._note.issuer = value;
    else delete this._note.issuer;
    this.requestUpdate();
  }

  /** The conditions in the patient's record to pick from (codings). */
  get conditions(): Coding[] {
    return structuredClone(this._recordConditions);
  }
  set conditions(input: Coding[]) {
    const { value, problems } = cleanRecordConditions(input);
    this._report(problems);
    this._recordConditions = value;
    this.requestUpdate();
  }

  /** The host's ids, echoed in every event. A change of `patientId` starts a new note. */
  get context(): Context {
    return { ...this._context };
  }
  set context(input: Context) {
    const { value, problems } = cleanHostContext(input);
    this._report(problems);
    const switched = this._contextSet && value.patientId !== this._context.patientId;
    this._context = value;
    this._contextSet = true;
    if (switched) this._resetFlow();
    if (switched && !this._valueSetThisTask) {
      this._load(this._defaultNote(), 'default');
      this._switchPending = true;
    }
    this.requestUpdate();
  }

  /** Checks the note against the rules, without showing errors (they show when the clinician confirms). */
  validate(): Validity {
    return this.validity;
  }

  /**
   * Starts again from the default note, keeping the patient and issuer; the work question, the chosen
   * services and the plan start again too. Fires no event.
   */
  reset(): void {
    this._resetFlow();
    this._load(this._defaultNote(), 'default');
  }

  /**
   * The host's answer to a `fit-note-submit`: `saved` shows "Saved to the record" (with `location` when
   * given), `failed` shows an error and keeps everything editable. Only the submission the form is
   * waiting on counts; any other `messageId` is ignored and reported once on the console.
   */
  acknowledge(messageId: string, result: { status: 'saved' | 'failed'; location?: string }): void {
    const current = this._submission;
    if (!current || messageId !== current.messageId) {
      const id = typeof messageId === 'string' ? JSON.stringify(messageId.slice(0, 60)) : String(typeof messageId);
      this._report([`acknowledge(${id}) ignored: ${current ? `the form is waiting on ${current.messageId}` : 'no fit note is waiting to be saved'}`]);
      return;
    }
    const status = typeof result === 'object' && result !== null ? result.status : undefined;
    if (status !== 'saved' && status !== 'failed') {
      this._report([`acknowledge(): status must be 'saved' or 'failed', got ${JSON.stringify(String(status)).slice(0, 40)}; ignored`]);
      return;
    }
    const location = typeof result.location === 'string' && result.location.trim() && result.location.length <= 2000 ? result.location.trim() : undefined;
    this._submission = { ...current, status, ...(location ? { location } : {}) };
    this.requestUpdate();
  }

  /** @internal Restores the default when a surrounding form is reset. */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal Follows a surrounding disabled fieldset or form. */
  formDisabledCallback(disabled: boolean): void {
    this._formDisabled = disabled;
    this.requestUpdate();
    // Also called while an update reflects the element's own `disabled` attribute, after it rendered:
    // a request made then is dropped, so ask again once that update is over.
    queueMicrotask(() => this.requestUpdate());
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this._internals.setFormValue(this.name ? JSON.stringify(this._note) : null);
    const validity = this.validity;
    const first = validity.errors[0];
    if (!first) this._internals.setValidity({});
    else {
      const group = groupOf(first.field);
      const anchor = (group && this._control(group)) || this.renderRoot.querySelector<HTMLElement>('#confirm') || undefined;
      this._internals.setValidity({ customError: true }, first.message, anchor);
    }
    if (this._switchPending) {
      this._switchPending = false;
      this._emitChange();
    }
    if (this._focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this._focusAfterUpdate)?.focus();
      this._focusAfterUpdate = null;
    }
  }

  private get _disabled(): boolean {
    return this.disabled || this._formDisabled;
  }

  private _t(id: MessageId, params?: MessageParams): string {
    return message(id, params, this.lang || undefined);
  }

  private _report(problems: readonly string[]): void {
    for (const problem of problems) reportOnce(this, problem, `<fit-note-form> ${problem}`);
  }

  /** An attribute's text when it fits `pattern`; otherwise nothing, reported once. */
  private _text(attribute: string, input: unknown, pattern: RegExp): string | undefined {
    if (input === undefined || input === null) return undefined;
    if (typeof input === 'string' && pattern.test(input)) return input;
    this._report([`${attribute}: ${typeof input === 'string' ? JSON.stringify(input.slice(0, 40)) : `a ${typeof input}`} is not usable (expected text matching ${pattern}); ignored`]);
    return undefined;
  }

  private _defaultNote(): FitNote {
    const note = createFitNote({ today: this.today });
    if (this._note.patient) note.patient = this._note.patient;
    if (this._note.issuer) note.issuer = this._note.issuer;
    return note;
  }

  private _datesOf(note: FitNote): Record<DateKey, DateFields> {
    return {
      assessment: fieldsFromDate(note.assessmentDate),
      statement: fieldsFromDate(note.statementDate),
      start: fieldsFromDate(note.period.start),
      end: fieldsFromDate(note.period.end),
    };
  }

  /** Puts a note on screen, with nothing typed, shown or submitted carried over. */
  private _load(note: FitNote, source: 'default' | 'host'): void {
    this._note = note;
    this._dates = this._datesOf(note);
    if (source === 'default') this._dates.end = fieldsFromDate(null);
    this._indefinite = note.period.end === null;
    // The default note's one-day period is a placeholder, not a length the clinician chose.
    const length = source === 'host' ? lengthFromPeriod(note.period) : null;
    this._basis = source === 'default' || length || this._indefinite ? 'length' : 'dates';
    this._count = length ? String(length.count) : '';
    this._unit = length?.unit ?? 'weeks';
    this._periodChosen = source === 'host';
    this._typed = null;
    this._typedText = '';
    this._extraConditions = note.conditions.filter((c) => !this._recordConditions.some((r) => sameCoding(r, c)));
    this._fitnessChoice = source === 'host' ? 'host-set' : 'default-accepted';
    this._isDefault = source === 'default';
    this._changed.clear();
    this._shown.clear();
    this._summaryVisible = false;
    this._submission = null;
    this._caret = null;
    this._announcement = '';
    this._fromWorkQuestion.clear();
    this._withheld = [];
    this._help.close(false);
    this.requestUpdate();
  }

  /**
   * The work question, the chosen services and the referrals start again (a new patient, or reset):
   * the prompt and the picker are cleared through a new `value`, which also keeps them from warning
   * about the patient switch the form is handling.
   */
  private _resetFlow(): void {
    this._workAnswers = createWorkAnswers();
    this._workQuestion = 'open';
    this._workQuestionShown = true;
    this._suggestedCategories = [];
    this._chosenServices = [];
    this._referrals = [];
  }

  private _emitChange(): void {
    emit(this, 'fit-note-change', { value: this.value, validity: this.validity, context: this.context });
  }

  /** Applies one edit by the clinician, then tells the host. */
  private _edit(group: Group, change: () => void): void {
    change();
    this._changed.add(group);
    this._isDefault = false;
    this.requestUpdate();
    this._emitChange();
  }

  private _length(): PeriodLength | null {
    const text = this._count.trim();
    if (!/^\d{1,5}$/.test(text)) return null;
    const length = { count: Number(text), unit: this._unit };
    return isPeriodLength(length) ? length : null;
  }

  private _periodProblem(): 'not-chosen' | 'length-invalid' | null {
    if (this._indefinite) return null;
    if (!this._periodChosen) return 'not-chosen';
    if (this._basis === 'length') {
      if (!this._count.trim()) return 'not-chosen';
      if (!this._length()) return 'length-invalid';
    }
    return null;
  }

  /** Works out the period's end from what the clinician chose last: a length, an end date, or indefinite. */
  private _applyPeriod(): void {
    const period = this._note.period;
    if (this._indefinite) {
      period.end = null;
      return;
    }
    if (this._basis === 'length') {
      const length = this._length();
      const end = length && isCalendarDate(period.start) ? periodEnd(period.start, length) : null;
      if (this._periodChosen) period.end = end ?? '';
      this._dates.end = fieldsFromDate(end);
      return;
    }
    const end = dateFromFields(this._dates.end);
    period.end = end ?? '';
    const length = end && isCalendarDate(period.start) ? lengthFromPeriod({ start: period.start, end }) : null;
    this._count = length ? String(length.count) : '';
    if (length) this._unit = length.unit;
  }

  private _periodText(): string {
    if (this._periodProblem()) return this._t('form.period.notChosenYet');
    return formatPeriod(this._note.period);
  }

  // ---- edits -------------------------------------------------------------------------------

  private _onDate(key: DateKey, fields: DateFields): void {
    const group: Group = key === 'assessment' ? 'assessmentDate' : key === 'statement' ? 'statementDate' : key === 'start' ? 'period.start' : 'period.end';
    this._edit(group, () => {
      this._dates[key] = fields;
      const date = dateFromFields(fields) ?? '';
      if (key === 'assessment') this._note.assessmentDate = date;
      else if (key === 'statement') this._note.statementDate = date;
      else if (key === 'start') {
        this._note.period.start = date;
        this._applyPeriod();
      } else {
        this._basis = 'dates';
        this._periodChosen = true;
        this._applyPeriod();
      }
    });
  }

  private _onLength(count: string, unit: PeriodUnit): void {
    this._edit('period.end', () => {
      this._count = count;
      this._unit = unit;
      this._basis = 'length';
      this._periodChosen = true;
      this._applyPeriod();
    });
  }

  private _onIndefinite(on: boolean): void {
    this._edit('period.end', () => {
      this._indefinite = on;
      this._periodChosen = true;
      this._applyPeriod();
    });
  }

  private _onSixMonths(on: boolean): void {
    this._edit('sixMonthsOrMore', () => {
      this._fromWorkQuestion.delete('sixMonthsOrMore');
      this._note.sixMonthsOrMore = on;
      if (!on && this._indefinite) {
        this._indefinite = false;
        this._applyPeriod();
      }
    });
  }

  private _onFitness(fitness: Fitness): void {
    this._edit('fitness', () => {
      this._note.fitness = fitness;
      this._fitnessChoice = 'clinician-selected';
      // R10: advice to adjust work contradicts "not fit for work"; the comments stay.
      if (fitness === 'not-fit') {
        this._note.adjustments = { ...NO_ADJUSTMENTS };
        for (const key of ADJUSTMENTS) this._fromWorkQuestion.delete(key);
      }
    });
  }

  private _onAdjustment(key: AdjustmentKey, on: boolean): void {
    this._edit('adjustments', () => {
      this._fromWorkQuestion.delete(key);
      this._note.adjustments[key] = on;
    });
  }

  private _onCondition(coding: Coding, on: boolean): void {
    this._edit('conditions', () => {
      const others = this._note.conditions.filter((c) => c === this._typed || !sameCoding(c, coding));
      this._note.conditions = on ? [...others, { ...coding }] : others;
    });
  }

  private _onTypedCondition(text: string): void {
    this._edit('conditions', () => {
      this._typedText = text;
      const list = [...this._note.conditions];
      const index = this._typed ? list.indexOf(this._typed) : -1;
      if (text.trim()) {
        const typed: Coding = { display: text };
        if (index >= 0) list[index] = typed;
        else list.push(typed);
        this._typed = typed;
      } else {
        if (index >= 0) list.splice(index, 1);
        this._typed = null;
      }
      this._note.conditions = list;
    });
  }

  private _onComments(textarea: HTMLTextAreaElement): void {
    this._keepCaret(textarea);
    this._edit('comments', () => {
      this._note.comments = textarea.value;
    });
  }

  private _keepCaret(textarea: HTMLTextAreaElement): void {
    this._caret = { start: textarea.selectionStart, end: textarea.selectionEnd };
  }

  private _onPhrase(id: MessageId): void {
    const phrase = this._t(id);
    const comments = this._note.comments;
    const selection = this._caret ?? { start: comments.length, end: comments.length };
    const { text, caret } = insertPhrase(comments, selection, phrase);
    if (text.length > MAX_TEXT) {
      this._announcement = this._t('form.comments.full');
      this.requestUpdate();
      return;
    }
    this._announcement = this._t('form.phrases.added', { phrase });
    this._caret = { start: caret, end: caret };
    this._edit('comments', () => {
      this._note.comments = text;
    });
  }

  // ---- the work question and the services ---------------------------------------------------

  private _onWorkQuestionComplete(event: CustomEvent<WorkQuestionCompleteDetail>): void {
    const { answers, suggestions } = event.detail;
    this._workQuestion = answers.skipped ? 'skipped' : 'completed';
    this._workQuestionShown = false;
    this._applySuggestions(suggestions);
    // The prompt folds away with focus in it: focus its summary, which says what was filled in.
    this._focusAfterUpdate = '#work-question-outcome';
  }

  /**
   * Fills in the note from the suggestions the clinician accepted, and takes back what earlier
   * accepted suggestions filled in and these no longer do. Never overrides the clinician: what they
   * ticked stays, and "not fit for work" gets no adjustments (R10).
   */
  private _applySuggestions(suggestions: WorkSuggestions): void {
    const note = this._note;
    const accepted = new Set<AdjustmentKey>(suggestions.adjustments);
    const withheld: AdjustmentKey[] = [];
    let changed = false;
    for (const key of ADJUSTMENTS) {
      if (this._fromWorkQuestion.has(key) && !accepted.has(key)) {
        note.adjustments[key] = false;
        this._fromWorkQuestion.delete(key);
        changed = true;
      } else if (accepted.has(key) && !note.adjustments[key]) {
        if (note.fitness === 'not-fit') withheld.push(key);
        else {
          note.adjustments[key] = true;
          this._fromWorkQuestion.add(key);
          changed = true;
        }
      }
    }
    this._withheld = withheld;
    const sixMonths = suggestions.sixMonthsOrMore === true;
    if (this._fromWorkQuestion.has('sixMonthsOrMore') && !sixMonths) {
      note.sixMonthsOrMore = false;
      this._fromWorkQuestion.delete('sixMonthsOrMore');
      if (this._indefinite) {
        this._indefinite = false;
        this._applyPeriod();
      }
      changed = true;
    } else if (sixMonths && !note.sixMonthsOrMore) {
      note.sixMonthsOrMore = true;
      this._fromWorkQuestion.add('sixMonthsOrMore');
      changed = true;
    }
    this._suggestedCategories = [...suggestions.serviceCategories];
    this.requestUpdate();
    if (!changed) return;
    this._isDefault = false;
    this._emitChange();
  }

  private _toggleWorkQuestion(): void {
    this._workQuestionShown = !this._workQuestionShown;
    this.requestUpdate();
  }

  /** Kept for `fit-note-submit`; the event itself goes on to the host untouched. */
  private _onReferral(event: CustomEvent<ReferralDetail>): void {
    this._referrals = [...this._referrals, event.detail];
    this.requestUpdate();
  }

  private _onServicesChange(event: CustomEvent<ServicesChangeDetail>): void {
    const removed = new Set(event.detail.removed.map((r) => r.messageId).filter(Boolean));
    if (!removed.size) return;
    this._referrals = this._referrals.filter((r) => !removed.has(r.messageId));
    this.requestUpdate();
  }

  private _print(): void {
    const submission = this._submission;
    if (!submission) return;
    const frame = this.renderRoot.querySelector<HTMLIFrameElement>('#print-frame');
    const plan = patientPlan(submission.note, this._referrals, { lang: this.lang || undefined });
    if (!frame || !printPlan(frame, plan, this.lang || 'en')) window.print();
  }

  // ---- errors and confirming ---------------------------------------------------------------

  /** Shows the errors of a field the clinician changed and has just left; never while they type. */
  private _onFocusOut(event: FocusEvent): void {
    const groupAt = (node: EventTarget | null) => ((node as Element | null)?.closest?.('[data-group]')?.getAttribute('data-group') ?? null) as Group | null;
    const from = groupAt(event.target);
    if (!from || !this._changed.has(from) || groupAt(event.relatedTarget) === from) return;
    this._changed.delete(from);
    const current = byGroup(this.validity.errors);
    const fresh = current.get(from);
    if (fresh) this._shown.set(from, fresh);
    else this._shown.delete(from);
    // Errors already shown elsewhere go once they are put right; new ones wait for their own field.
    for (const [group, shown] of this._shown) {
      if (group === from) continue;
      const still = (current.get(group) ?? []).filter((e) => shown.some((s) => s.rule === e.rule));
      if (still.length) this._shown.set(group, still);
      else this._shown.delete(group);
    }
    if (this._shown.size === 0) this._summaryVisible = false;
    this.requestUpdate();
  }

  private async _confirm(): Promise<void> {
    if (this._disabled) return;
    const validity = this.validity;
    const note = this.value;
    if (!validity.valid) {
      this._shown = byGroup(validity.errors);
      this._changed.clear();
      this._summaryVisible = true;
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
      // Not fitNoteSummary/fitNoteNarrative: they repair the note first, so a date still being typed
      // would be described as the machine's today. Describe the note as it is on screen instead.
      const envelope = createEnvelope({
        context: this._context,
        summary: plural('form.invalid.summary', validity.errors.length, undefined, this.lang || undefined),
        narrative: noteInWords(this._note, this._periodText(), this.lang || undefined).join('\n'),
      });
      emit(this, 'fit-note-invalid', { ...envelope, errors: validity.errors });
      return;
    }
    const now = new Date();
    const snapshot = JSON.stringify(this._note);
    const envelope = createEnvelope({ context: this._context, summary: fitNoteSummary(note), narrative: fitNoteNarrative(note), now });
    // The same note confirmed again keeps its messageId, so a host that saved it already can tell.
    if (this._submission?.snapshot === snapshot) envelope.messageId = this._submission.messageId;
    // Copies, so a host changing what it received cannot change the form's list; a detail a listener
    // made uncopyable is passed on as it is rather than stopping the note.
    const referrals = this._referrals.map((r) => {
      try {
        return structuredClone(r);
      } catch {
        return r;
      }
    });
    const detail: FitNoteSubmitDetail = {
      ...envelope,
      fitNote: note,
      fhir: fitNoteToFhir(note, this._context, { now }),
      fitnessChoice: this._fitnessChoice,
      referrals,
      planText: planText(note, referrals, { lang: this.lang || undefined }),
      fromWorkQuestion: PREFILLABLE.filter((key) => this._fromWorkQuestion.has(key)),
    };
    // Waiting before the event goes out, so a host that saves and acknowledges inside its listener is heard.
    const previous = this._submission;
    this._submission = { messageId: envelope.messageId, snapshot, note: structuredClone(note), status: 'pending' };
    if (!emit(this, 'fit-note-submit', detail, { cancelable: true })) {
      this._submission = previous;
      return;
    }
    this._shown.clear();
    this._changed.clear();
    this._summaryVisible = false;
    this.requestUpdate();
  }

  /** The control an error in `group` leads to: the one the clinician would change to put it right. */
  private _controlId(group: Group): string {
    switch (group) {
      case 'patient':
        return 'patient';
      case 'issuer':
        return 'issuer';
      case 'assessmentDate':
        return `${DATE_IDS.assessment}-day`;
      case 'statementDate':
        return `${DATE_IDS.statement}-day`;
      case 'period.start':
        return `${DATE_IDS.start}-day`;
      case 'assessmentMethod':
        return `method-${this._note.assessmentMethod}`;
      case 'conditions':
        return this._conditionOptions().length ? 'condition-0' : 'condition-typed';
      case 'fitness':
        return `fitness-${this._note.fitness}`;
      case 'adjustments':
        return `adjustment-${ADJUSTMENTS.find((k) => this._note.adjustments[k]) ?? ADJUSTMENTS[0]}`;
      case 'comments':
        return 'comments';
      case 'sixMonthsOrMore':
        return 'six-months';
      case 'period.end':
        return this._indefinite ? 'period-indefinite' : this._basis === 'dates' ? `${DATE_IDS.end}-day` : 'period-count';
      case 'reassessmentNeeded':
        return 'review-yes';
    }
  }

  private _control(group: Group): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${this._controlId(group)}`);
  }

  /** Like the NHS error summary: bring the field's legend or label into view, then focus the field. */
  private _focusControl(event: Event, group: Group): void {
    event.preventDefault();
    const control = this._control(group);
    if (!control) return;
    const caption =
      control.closest('fieldset')?.querySelector('legend') ?? this.renderRoot.querySelector(`label[for="${control.id}"]`) ?? control;
    caption.scrollIntoView({ block: 'start' });
    control.focus({ preventScroll: true });
  }

  private _errorsFor(group: Group): Issue[] {
    if (HOST_GROUPS.includes(group)) return byGroup(this.validity.errors).get(group) ?? [];
    return this._shown.get(group) ?? [];
  }

  private _conditionOptions(): Coding[] {
    const options = [...this._recordConditions];
    for (const coding of [...this._extraConditions, ...this._note.conditions]) {
      if (coding !== this._typed && !options.some((o) => sameCoding(o, coding))) options.push(coding);
    }
    return options;
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const validity = this.validity;
    const warnings = byGroup(validity.warnings);
    const disabled = this._disabled;
    const plan = this._renderPlan();
    return html`
      <div class="form ${plan === nothing ? '' : 'form--has-plan'}" part="form" @focusout=${this._onFocusOut}>
        ${this._renderErrorSummary()}
        <h2 class="title">${this._t('form.title')}</h2>
        <p class="hint">${this._t('form.intro')}</p>
        ${this._renderPatient()} ${this._renderWorkQuestion(disabled)}
        <fieldset class="form__body" ?disabled=${disabled}>
          ${this._renderAssessment()} ${this._renderConditions()} ${this._renderAdvice(warnings)} ${this._renderSupport(disabled)}
          ${this._renderPeriod(warnings)} ${this._renderReview()} ${this._renderIssuer()}
        </fieldset>
        ${this._renderWords()} ${this._renderConfirm(disabled)} ${plan}
      </div>
    `;
  }

  private _renderErrorSummary(): TemplateResult | typeof nothing {
    if (!this._summaryVisible || this._shown.size === 0) return nothing;
    return html`
      <div class="error-summary" part="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title">${this._t('common.errorSummary.title')}</h2>
        <ul>
          ${[...this._shown].flatMap(([group, issues]) =>
            issues.map((issue) => html`<li><a href="#${this._controlId(group)}" @click=${(e: Event) => this._focusControl(e, group)}>${issue.message}</a></li>`),
          )}
        </ul>
      </div>
    `;
  }

  private _errorMessage(id: string, issues: readonly Issue[]): TemplateResult | typeof nothing {
    if (!issues.length) return nothing;
    return html`<p class="error-message" id="${id}-error">
      ${issues.map((issue, i) => html`${i ? html`<br />` : nothing}<span class="visually-hidden">${this._t('common.error.prefix')}</span> ${issue.message}`)}
    </p>`;
  }

  private _warnings(issues: readonly Issue[] | undefined): TemplateResult[] {
    return (issues ?? []).map(
      (w) => html`<div class="warning" part="warning" data-rule=${w.rule}>
        <p><span class="visually-hidden">${this._t('common.warning.prefix')}</span> ${w.message}</p>
      </div>`,
    );
  }

  private _describedBy(...ids: (string | false | undefined)[]): string | undefined {
    return ids.filter(Boolean).join(' ') || undefined;
  }

  private _renderPatient(): TemplateResult {
    const patient = this._note.patient;
    const errors = this._errorsFor('patient');
    const nhs = patient?.nhsNumber?.trim();
    return html`
      <section class="patient" part="patient" id="patient" tabindex="-1" aria-labelledby="patient-heading" data-group="patient">
        <h3 class="visually-hidden" id="patient-heading">${this._t('form.patient.heading')}</h3>
        ${this._errorMessage('patient', errors)}
        ${patient
          ? html`
              <p class="patient__name">${patient.name.trim()}</p>
              <dl class="patient__details">
                <div>
                  <dt>${this._t('form.patient.nhsNumber')}</dt>
                  <dd>${nhs ? formatNhsNumber(nhs) : this._t('form.patient.nhsNumberMissing')}</dd>
                </div>
                ${patient.dateOfBirth
                  ? html`<div>
                      <dt>${this._t('form.patient.dateOfBirth')}</dt>
                      <dd>${formatLongDate(patient.dateOfBirth)}</dd>
                    </div>`
                  : nothing}
              </dl>
              ${nhs && !isValidNhsNumber(nhs) ? this._warnings([{ rule: 'NHS', field: 'patient', message: this._t('form.patient.nhsNumberInvalid') }]) : nothing}
            `
          : this._warnings([{ rule: 'PATIENT', field: 'patient', message: this._t('form.patient.missing') }])}
      </section>
    `;
  }

  private _renderDate(key: DateKey, group: Group, legend: string, hint?: string): TemplateResult {
    const errors = this._errorsFor(group);
    return html`<div data-group=${group}>
      ${renderDateInput({
        id: DATE_IDS[key],
        legend,
        ...(hint ? { hint } : {}),
        fields: this._dates[key],
        ...(errors.length ? { error: errors.map((e) => e.message).join(' ') } : {}),
        disabled: this._disabled,
        showInWords: true,
        onInput: (fields) => this._onDate(key, fields),
      })}
    </div>`;
  }

  private _renderAssessment(): TemplateResult {
    const errors = this._errorsFor('assessmentMethod');
    return html`
      <div class="section">
        ${this._renderDate('assessment', 'assessmentDate', this._t('form.assessment.legend'), this._t('form.assessment.hint', { example: '3 3 2026' }))}
        <div class="form-group ${errors.length ? 'form-group--error' : ''}" data-group="assessmentMethod">
          <fieldset aria-describedby=${ifDefined(this._describedBy(errors.length > 0 && 'method-error'))}>
            <legend>${this._t('form.method.legend')}</legend>
            ${this._errorMessage('method', errors)}
            <div class="radios radios--inline">
              ${ASSESSMENT_METHODS.map(
                (method: AssessmentMethod) => html`<div class="choice">
                  <input
                    type="radio"
                    name="assessment-method"
                    id="method-${method}"
                    .checked=${live(this._note.assessmentMethod === method)}
                    @change=${() => this._edit('assessmentMethod', () => (this._note.assessmentMethod = method))}
                  />
                  <label for="method-${method}">${this._t(`form.method.${method}`)}</label>
                </div>`,
              )}
            </div>
          </fieldset>
        </div>
      </div>
    `;
  }

  private _renderConditions(): TemplateResult {
    const errors = this._errorsFor('conditions');
    const options = this._conditionOptions();
    const ticked = (c: Coding) => this._note.conditions.some((n) => n !== this._typed && sameCoding(n, c));
    return html`
      <div class="section form-group ${errors.length ? 'form-group--error' : ''}" data-group="conditions">
        <fieldset aria-describedby=${ifDefined(this._describedBy('conditions-hint', errors.length > 0 && 'conditions-error'))}>
          <legend class="legend--large">${this._t('form.conditions.legend')}</legend>
          <div class="hint" id="conditions-hint">${this._t('form.conditions.hint')}</div>
          ${this._errorMessage('conditions', errors)}
          ${options.length
            ? html`<div class="checkboxes">
                ${options.map(
                  (coding, i) => html`<div class="choice">
                    <input
                      type="checkbox"
                      id="condition-${i}"
                      .checked=${live(ticked(coding))}
                      @change=${(e: Event) => this._onCondition(coding, (e.target as HTMLInputElement).checked)}
                    />
                    <label for="condition-${i}">${coding.display.trim()}</label>
                  </div>`,
                )}
              </div>`
            : nothing}
          <div class="typed">
            <label class="label" for="condition-typed">
              ${this._t(options.length ? 'form.conditions.typed.labelWithRecord' : 'form.conditions.typed.label')}
            </label>
            <input
              type="text"
              id="condition-typed"
              class=${errors.length && !options.length ? 'input--error' : ''}
              maxlength="1000"
              autocomplete="off"
              .value=${live(this._typedText)}
              @input=${(e: Event) => this._onTypedCondition((e.target as HTMLInputElement).value)}
            />
          </div>
        </fieldset>
      </div>
    `;
  }

  private _helpBody(topic: HelpTopic): TemplateResult {
    if (topic === 'comments') {
      const prompts = [1, 2, 3, 4, 5].map((n) => `form.help.comments.prompt.${n}` as MessageId);
      return html`<p>${this._t('form.help.comments.intro')}</p>
        <ul>
          ${prompts.map((id) => html`<li>${this._t(id)}</li>`)}
        </ul>
        <p class="hint">${this._t('form.help.sourceComments')}</p>`;
    }
    return html`<p>${this._t(`form.help.${topic}.body`)}</p>
      <p>${this._t(`form.help.${topic}.example`)}</p>
      <p class="hint">${this._t('form.help.source')}</p>`;
  }

  private _renderHelp(topic: HelpTopic): TemplateResult {
    return this._help.render(
      topic,
      {
        toggle: this._t('common.help.open', { topic: this._t(`form.help.topic.${topic}`) }),
        title: this._t(`form.help.${topic}.title`),
        close: this._t('common.help.close'),
      },
      this._helpBody(topic),
      this._disabled,
    );
  }

  private _renderAdvice(warnings: Map<Group, Issue[]>): TemplateResult {
    const fitnessErrors = this._errorsFor('fitness');
    const adjustmentErrors = this._errorsFor('adjustments');
    const commentErrors = this._errorsFor('comments');
    const fitness = this._note.fitness;
    const anyAdjustment = ADJUSTMENTS.some((k) => this._note.adjustments[k]);
    const options: Fitness[] = ['not-fit', 'may-be-fit'];
    return html`
      <div class="section">
        <div class="form-group ${fitnessErrors.length ? 'form-group--error' : ''}" data-group="fitness">
          <fieldset aria-describedby=${ifDefined(this._describedBy('fitness-hint', fitnessErrors.length > 0 && 'fitness-error'))}>
            <legend class="legend--large">${this._t('form.fitness.legend')}</legend>
            <div class="hint" id="fitness-hint">${this._t('form.fitness.hint')}</div>
            ${this._errorMessage('fitness', fitnessErrors)}
            <div class="radios">
              ${options.map(
                (option) => html`<div class="choice">
                  <input
                    type="radio"
                    name="fitness"
                    id="fitness-${option}"
                    .checked=${live(fitness === option)}
                    @change=${() => this._onFitness(option)}
                  />
                  <label for="fitness-${option}">${this._t(`form.fitness.${option}`)}</label>
                </div>`,
              )}
            </div>
            ${this._warnings(warnings.get('fitness'))}
          </fieldset>
        </div>
        ${fitness === 'may-be-fit' || anyAdjustment
          ? html`<div class="form-group ${adjustmentErrors.length ? 'form-group--error' : ''}" data-group="adjustments">
              <fieldset aria-describedby=${ifDefined(this._describedBy('adjustments-hint', adjustmentErrors.length > 0 && 'adjustments-error'))}>
                <legend>${this._t('form.adjustments.legend')}</legend>
                <div class="hint" id="adjustments-hint">${this._t('form.adjustments.hint')}</div>
                ${this._errorMessage('adjustments', adjustmentErrors)}
                <div class="checkboxes">
                  ${ADJUSTMENTS.map(
                    (key) => html`<div class="adjustment">
                      <div class="choice">
                        <input
                          type="checkbox"
                          id="adjustment-${key}"
                          aria-describedby=${ifDefined(this._fromWorkQuestion.has(key) ? `adjustment-${key}-origin` : undefined)}
                          .checked=${live(this._note.adjustments[key])}
                          @change=${(e: Event) => this._onAdjustment(key, (e.target as HTMLInputElement).checked)}
                        />
                        <label for="adjustment-${key}">${this._t(`form.adjustments.${key}`)}</label>
                      </div>
                      ${this._origin(key, `adjustment-${key}-origin`)}
                      ${this._renderHelp(key)}
                    </div>`,
                  )}
                </div>
              </fieldset>
            </div>`
          : nothing}
        <div class="form-group ${commentErrors.length ? 'form-group--error' : ''}" data-group="comments">
          <label class="label" for="comments">${this._t('form.comments.label')}</label>
          <div class="hint" id="comments-hint">${this._t('form.comments.hint')}</div>
          <div class="comments-help">${this._renderHelp('comments')}</div>
          ${this._errorMessage('comments', commentErrors)}
          <textarea
            id="comments"
            rows="5"
            class=${commentErrors.length ? 'input--error' : ''}
            aria-describedby=${ifDefined(this._describedBy('comments-hint', commentErrors.length > 0 && 'comments-error'))}
            aria-invalid=${commentErrors.length ? 'true' : 'false'}
            .value=${live(this._note.comments)}
            @input=${(e: Event) => this._onComments(e.target as HTMLTextAreaElement)}
            @select=${(e: Event) => this._keepCaret(e.target as HTMLTextAreaElement)}
            @keyup=${(e: Event) => this._keepCaret(e.target as HTMLTextAreaElement)}
            @click=${(e: Event) => this._keepCaret(e.target as HTMLTextAreaElement)}
            @blur=${(e: Event) => this._keepCaret(e.target as HTMLTextAreaElement)}
          ></textarea>
          ${this._warnings(warnings.get('comments'))} ${this._renderPhraseBank()}
        </div>
      </div>
    `;
  }

  private _renderPhraseBank(): TemplateResult {
    return html`
      <details class="phrase-bank">
        <summary>${this._t('form.phrases.summary')}</summary>
        <div class="phrase-bank__body">
          <p class="hint">${this._t('form.phrases.hint')}</p>
          ${PHRASE_GROUPS.map(
            (group) => html`
              <h3 id="phrases-${group}">${this._t(`form.phrases.group.${group}`)}</h3>
              <ul aria-labelledby="phrases-${group}">
                ${phraseIds(group).map(
                  (id) => html`<li>
                    <button type="button" class="phrase" @click=${() => this._onPhrase(id)}>
                      <span class="visually-hidden">${this._t('form.phrases.add')}</span> ${this._t(id)}
                    </button>
                  </li>`,
                )}
              </ul>
            `,
          )}
        </div>
        <p class="visually-hidden" role="status">${this._announcement}</p>
      </details>
    `;
  }

  private _renderPeriod(warnings: Map<Group, Issue[]>): TemplateResult {
    const endErrors = this._errorsFor('period.end');
    const sixErrors = this._errorsFor('sixMonthsOrMore');
    const indefinite = this._indefinite;
    const lengthErrors = !indefinite && this._basis === 'length' ? endErrors : [];
    const dateErrors = !indefinite && this._basis === 'dates' ? endErrors : [];
    const current = this._basis === 'length' ? this._length() : null;
    return html`
      <fieldset class="section">
        <legend class="legend--large">${this._t('form.period.legend')}</legend>
        ${this._renderDate('start', 'period.start', this._t('form.period.start.legend'))} ${this._warnings(warnings.get('period.start'))}
        <div class="form-group ${sixErrors.length ? 'form-group--error' : ''}" data-group="sixMonthsOrMore">
          ${this._errorMessage('six-months', sixErrors)}
          <div class="choice">
            <input
              type="checkbox"
              id="six-months"
              aria-describedby=${ifDefined(
                this._describedBy('six-months-hint', this._fromWorkQuestion.has('sixMonthsOrMore') && 'six-months-origin', sixErrors.length > 0 && 'six-months-error'),
              )}
              .checked=${live(this._note.sixMonthsOrMore)}
              @change=${(e: Event) => this._onSixMonths((e.target as HTMLInputElement).checked)}
            />
            <label for="six-months">${this._t('form.period.sixMonths')}</label>
          </div>
          ${this._origin('sixMonthsOrMore', 'six-months-origin')}
          <div class="hint" id="six-months-hint">${this._t('form.period.sixMonths.hint')}</div>
        </div>
        <div class="form-group ${endErrors.length ? 'form-group--error' : ''}" data-group="period.end">
          ${this._note.sixMonthsOrMore || indefinite
            ? html`${indefinite ? this._errorMessage('period-indefinite', endErrors) : nothing}
                <div class="choice">
                  <input
                    type="checkbox"
                    id="period-indefinite"
                    aria-describedby=${ifDefined(this._describedBy(indefinite && endErrors.length > 0 && 'period-indefinite-error'))}
                    .checked=${live(indefinite)}
                    @change=${(e: Event) => this._onIndefinite((e.target as HTMLInputElement).checked)}
                  />
                  <label for="period-indefinite">${this._t('form.period.indefinite')}</label>
                </div>`
            : nothing}
          ${indefinite
            ? nothing
            : html`
                <fieldset aria-describedby=${ifDefined(this._describedBy('period-length-hint', lengthErrors.length > 0 && 'period-length-error'))}>
                  <legend>${this._t('form.period.length.legend')}</legend>
                  <div class="hint" id="period-length-hint">${this._t('form.period.length.hint')}</div>
                  ${this._errorMessage('period-length', lengthErrors)}
                  <div class="quick">
                    ${QUICK_LENGTHS.map(
                      (q) => html`<button
                        type="button"
                        class="button button--secondary"
                        aria-pressed=${current?.count === q.count && current.unit === q.unit ? 'true' : 'false'}
                        @click=${() => this._onLength(String(q.count), q.unit)}
                      >
                        ${formatLength(q)}
                      </button>`,
                    )}
                  </div>
                  <div class="length">
                    <div>
                      <label class="label" for="period-count">${this._t('form.period.count.label')}</label>
                      <input
                        type="text"
                        id="period-count"
                        class="width-4 ${lengthErrors.length ? 'input--error' : ''}"
                        inputmode="numeric"
                        autocomplete="off"
                        aria-invalid=${lengthErrors.length ? 'true' : 'false'}
                        aria-describedby=${ifDefined(this._describedBy(lengthErrors.length > 0 && 'period-length-error'))}
                        .value=${live(this._count)}
                        @input=${(e: Event) => this._onLength((e.target as HTMLInputElement).value, this._unit)}
                      />
                    </div>
                    <div>
                      <label class="label" for="period-unit">${this._t('form.period.unit.label')}</label>
                      <select id="period-unit" @change=${(e: Event) => this._onLength(this._count, (e.target as HTMLSelectElement).value as PeriodUnit)}>
                        ${PERIOD_UNITS.map((u) => html`<option value=${u} ?selected=${this._unit === u}>${this._t(`form.period.unit.${u}`)}</option>`)}
                      </select>
                    </div>
                  </div>
                </fieldset>
                <p class="period__or">${this._t('form.period.or')}</p>
                ${renderDateInput({
                  id: DATE_IDS.end,
                  legend: this._t('form.period.end.legend'),
                  fields: this._dates.end,
                  ...(dateErrors.length ? { error: dateErrors.map((e) => e.message).join(' ') } : {}),
                  disabled: this._disabled,
                  onInput: (fields) => this._onDate('end', fields),
                })}
              `}
          <p class="period__words" id="period-words" aria-live="polite">${this._t('form.period.inWords', { period: this._periodText() })}</p>
          ${this._warnings(warnings.get('period.end'))}
        </div>
      </fieldset>
    `;
  }

  private _renderReview(): TemplateResult {
    const errors = this._errorsFor('reassessmentNeeded');
    return html`
      <div class="section form-group ${errors.length ? 'form-group--error' : ''}" data-group="reassessmentNeeded">
        <fieldset aria-describedby=${ifDefined(this._describedBy(errors.length > 0 && 'review-error'))}>
          <legend class="legend--large">${this._t('form.review.legend')}</legend>
          ${this._errorMessage('review', errors)}
          <div class="radios">
            ${[true, false].map(
              (yes) => html`<div class="choice">
                <input
                  type="radio"
                  name="reassessment"
                  id="review-${yes ? 'yes' : 'no'}"
                  .checked=${live(this._note.reassessmentNeeded === yes)}
                  @change=${() => this._edit('reassessmentNeeded', () => (this._note.reassessmentNeeded = yes))}
                />
                <label for="review-${yes ? 'yes' : 'no'}">${this._t(yes ? 'form.review.yes' : 'form.review.no')}</label>
              </div>`,
            )}
          </div>
        </fieldset>
      </div>
    `;
  }

  private _renderIssuer(): TemplateResult {
    const issuer = this._note.issuer;
    const errors = this._errorsFor('issuer');
    const profession = issuer
      ? (PROFESSIONS as readonly string[]).includes(issuer.profession)
        ? this._t(`form.issuer.profession.${issuer.profession}`)
        : issuer.profession
      : '';
    return html`
      <section class="section">
        <div class="issuer form-group ${errors.length ? 'form-group--error' : ''}" id="issuer" tabindex="-1" aria-labelledby="issuer-heading" role="group" data-group="issuer">
          <h3 id="issuer-heading">${this._t('form.issuer.heading')}</h3>
          ${this._errorMessage('issuer', errors)}
          ${issuer
            ? html`<dl class="issuer__details">
                <div>
                  <dt>${this._t('form.issuer.name')}</dt>
                  <dd>${issuer.name.trim()}</dd>
                </div>
                <div>
                  <dt>${this._t('form.issuer.profession')}</dt>
                  <dd>${profession}</dd>
                </div>
                ${issuer.address?.trim()
                  ? html`<div>
                      <dt>${this._t('form.issuer.address')}</dt>
                      <dd>${issuer.address.trim()}</dd>
                    </div>`
                  : nothing}
              </dl>`
            : html`<p>${this._t('form.issuer.missing')}</p>`}
        </div>
        ${this._renderDate('statement', 'statementDate', this._t('form.statementDate.legend'))}
      </section>
    `;
  }

  private _renderWords(): TemplateResult {
    return html`
      <section class="words" part="summary" aria-labelledby="words-heading">
        <h3 id="words-heading">${this._t('form.words.heading')}</h3>
        <p class="hint">${this._t('form.words.hint')}</p>
        ${noteInWords(this._note, this._periodText(), this.lang || undefined).map((line) => html`<p class="words__line">${line}</p>`)}
        ${this._referrals.length
          ? html`<h4 id="words-services">${this._t('form.words.services')}</h4>
              <ul class="words__services" aria-labelledby="words-services">
                ${this._referrals.map(
                  (r) => html`<li>${this._t(r.signposted ? 'form.words.signposted' : 'form.words.referred', { service: r.service.name.trim() })}</li>`,
                )}
              </ul>`
          : nothing}
      </section>
    `;
  }

  /**
   * An object for a property of a nested element, only when it is not the one passed last time. Lit
   * sets object-valued properties on every render, and setting `value` clears the prompt or the
   * picker: they get a new object only when the form means to change it.
   */
  private _pass<T>(key: string, value: T): T | typeof noChange {
    if (this._passed.has(key) && this._passed.get(key) === value) return noChange;
    this._passed.set(key, value);
    return value;
  }

  /** The "From the work question" mark beside a field the work question filled in. */
  private _origin(field: Prefillable, id: string): TemplateResult | typeof nothing {
    return this._fromWorkQuestion.has(field) ? html`<span class="tag origin" id=${id}>${this._t('form.fromWorkQuestion')}</span>` : nothing;
  }

  private _renderWorkQuestion(disabled: boolean): TemplateResult {
    const done = this._workQuestion !== 'open';
    const shown = !done || this._workQuestionShown;
    const toggle = html`<button
      type="button"
      class="link-button work-question__toggle"
      aria-expanded=${shown ? 'true' : 'false'}
      aria-controls="work-question-panel"
      ?disabled=${disabled}
      @click=${this._toggleWorkQuestion}
    >
      ${this._t(shown ? 'form.workQuestion.hide' : 'form.workQuestion.show')}
    </button>`;
    return html`
      <div class="section work-question" part="work-question">
        ${done && !shown
          ? html`<div class="inset work-question__outcome" id="work-question-outcome" tabindex="-1">
              <h3 id="work-question-heading">${this._t('form.workQuestion.heading')}</h3>
              <p>${this._t(this._workQuestion === 'skipped' ? 'form.workQuestion.skipped' : 'form.workQuestion.completed')}</p>
              ${this._workQuestion === 'completed' ? this._renderPrefilled() : nothing} ${toggle}
            </div>`
          : nothing}
        ${done && shown ? html`<p class="work-question__hide">${toggle}</p>` : nothing}
        <div id="work-question-panel" ?hidden=${!shown} ?inert=${disabled}>
          <work-question-prompt
            heading-level="3"
            .today=${this.today}
            .icb=${this.icb ?? null}
            .conditions=${this._pass('prompt.conditions', this._recordConditions)}
            .context=${this._pass('prompt.context', this._context)}
            .value=${this._pass('prompt.value', this._workAnswers)}
            lang=${ifDefined(this.lang || undefined)}
            @work-question-complete=${this._onWorkQuestionComplete}
          ></work-question-prompt>
        </div>
      </div>
    `;
  }

  /** What the work question filled in, what it could not, and the services it suggested. */
  private _renderPrefilled(): TemplateResult {
    const lang = this.lang || undefined;
    const name = (field: Prefillable) => (field === 'sixMonthsOrMore' ? this._t('form.workQuestion.sixMonths') : message(`adjustment.${field}`, undefined, lang));
    const added = PREFILLABLE.filter((f) => this._fromWorkQuestion.has(f));
    const categories = this._suggestedCategories.map((c) => categoryLabel(c, lang));
    return html`
      <p>${added.length ? this._t('form.workQuestion.added', { items: joinList(added.map(name)) }) : this._t('form.workQuestion.nothingAdded')}</p>
      ${this._withheld.length ? html`<p>${this._t('form.workQuestion.withheld', { items: joinList(this._withheld.map(name)) })}</p>` : nothing}
      ${categories.length ? html`<p>${this._t('form.workQuestion.services', { categories: joinList(categories) })}</p>` : nothing}
    `;
  }

  private _renderSupport(disabled: boolean): TemplateResult {
    const lang = this.lang || undefined;
    return html`
      <div class="section support" part="support">
        ${this._suggestedCategories.length
          ? html`<p class="hint">
              ${this._t('form.support.suggested', { categories: joinList(this._suggestedCategories.map((c) => categoryLabel(c, lang))) })}
            </p>`
          : nothing}
        <local-services-picker
          heading-level="3"
          multiple
          .today=${this.today}
          .icb=${this.icb ?? null}
          .categories=${this._pass('picker.categories', this._suggestedCategories)}
          .conditions=${this._pass('picker.conditions', this._note.conditions)}
          .context=${this._pass('picker.context', this._context)}
          .value=${this._pass('picker.value', this._chosenServices)}
          lang=${ifDefined(lang)}
          ?inert=${disabled}
          @fit-note-referral=${this._onReferral}
          @local-services-change=${this._onServicesChange}
        ></local-services-picker>
      </div>
    `;
  }

  private _renderPlan(): TemplateResult | typeof nothing {
    const submission = this._submission;
    if (!submission || submission.status === 'failed') return nothing;
    const plan = patientPlan(submission.note, this._referrals, { lang: this.lang || undefined });
    return html`
      <section class="plan" part="plan" aria-labelledby="plan-heading">
        <h2 id="plan-heading">${plan.title}</h2>
        <p class="hint no-print">${this._t('form.plan.hint')}</p>
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
        <button type="button" class="button button--secondary no-print" part="print-button" @click=${this._print}>${this._t('form.plan.print')}</button>
        <iframe id="print-frame" class="print-frame" title=${this._t('form.plan.frameTitle')} tabindex="-1" aria-hidden="true"></iframe>
      </section>
    `;
  }

  private _renderConfirm(disabled: boolean): TemplateResult {
    const submission = this._submission;
    const changed = submission !== null && JSON.stringify(this._note) !== submission.snapshot;
    let status: TemplateResult | typeof nothing = nothing;
    if (submission?.status === 'pending') status = html`<p>${this._t('form.status.pending')}</p>`;
    else if (submission?.status === 'saved') {
      status = html`<p class="status--saved">
        ${submission.location ? this._t('form.status.savedAt', { location: submission.location }) : this._t('form.status.saved')}
      </p>`;
    }
    return html`
      <div class="actions">
        <button type="button" class="button" id="confirm" part="confirm-button" ?disabled=${disabled} @click=${this._confirm}>
          ${this._t('form.confirm')}
        </button>
        <div class="status" part="status" role="status">
          ${status} ${changed ? html`<p>${this._t('form.status.changed')}</p>` : nothing}
        </div>
        <div role="alert">
          ${submission?.status === 'failed'
            ? html`<p class="error-message">
                <span class="visually-hidden">${this._t('common.error.prefix')}</span> ${this._t('form.status.failed')}
              </p>`
            : nothing}
        </div>
      </div>
    `;
  }
}

function safeJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
