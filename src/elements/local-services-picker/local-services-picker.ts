import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { builtInServices } from '../../data/services.js';
import { emit } from '../../internal/emit.js';
import { float } from '../../internal/floating.js';
import { FitNoteWidgetsElement, safely } from '../../internal/host-element.js';
import { RovingTabindex } from '../../internal/roving.js';
import { Submissions } from '../../internal/submission.js';
import type { ReferralStatus } from '../../model/plan.js';
import { createReferral, type ReferralDraft } from '../../model/referral.js';
import { MAX_TEXT, type Service, type ServiceCategory } from '../../model/schemas.js';
import { findIcb, type ServiceIssue } from '../../model/services.js';
import { styles } from './local-services-picker.styles.js';
import { areaTemplate, chosenTemplate, countText, searchTemplate, sourcesTemplate, stepTemplate, suggestedTemplate, type View } from './local-services-picker.templates.js';
import type { ServiceProvider } from './provider-search.js';
import { changeDetail, formValue, nameChosen, readFormState, readIds, sameIds, type Chosen } from './chosen.js';
import { readCategories, readProvider, readServices } from './inputs.js';
import { Results } from './results.js';
import { listboxKey } from './combobox.js';
import { draftOf, openStep, type Step } from './referral-step.js';
import { base, tokens } from '../../internal/styles.js';
import './events.js';

export type { ServiceProvider } from './provider-search.js';
export { PROVIDER_DEBOUNCE_MS, SUGGESTED_MAX } from './results.js';

/** Rows rendered at first and added each time the clinician reaches the end of the list. */
export const PAGE_SIZE = 50;
/**
 * Finds work and health services for the patient's area, from the built-in directory (national
 * services, the 15 WorkWell areas, the national programmes), the host's `services`, or the host's
 * `provider`, and turns the clinician's choice into a referral (a FHIR R4 ServiceRequest) or a
 * record of signposting, built by `createReferral` in the element's language.
 *
 * The area is an ICB ODS code: a 2023 code or a code from 1 April 2026 (Z9B2Z finds the WorkWell areas
 * of both North Central and North West London). Search is a combobox (ARIA 1.2) whose listbox shows
 * 50 rows and grows by 50 as the clinician reaches its end; the directory is indexed once per
 * `services` array, so 100,000 services stay instant.
 *
 * Host input follows the shared element layer (README, "Host input"); patient data (`conditions`,
 * `context`, `value`) is passed as properties only. With `categories` set, up to five services for them
 * are listed under "Suggested for this patient". Choosing one opens the referral step: the service in
 * three lines, the rest behind "More details", and one button to finish, "Patient agrees: create
 * referral" (pressing it is the consent, `patientConsent: true`) or "Signpost the patient". Categories
 * sit behind one "Filter"; each group of buttons is one tab stop with arrow keys. The picker is always
 * valid (its value is what was referred or signposted); an open step is a draft the host can find with
 * `unfinishedReferral` and `focusUnfinished()`.
 *
 * @tagname local-services-picker
 * @summary Work and health services by ICB, and referrals for the clinical record.
 *
 * @fires fit-note-referral - When the clinician creates a referral or records signposting (`ReferralDetail`: envelope + `{ service, reason, patientConsent, notes, signposted, fhir }`).
 * @fires local-services-error - Once per assignment of `services` (and per provider answer) with entries that were dropped (`ServicesErrorDetail`: `{ issues: { index, id?, message }[] }`).
 * @fires local-services-change - After the chosen services change by the clinician's action (`ServicesChangeDetail`: `{ value, chosen, removed }`).
 * @fires input - With `change`, after the clinician's action changes `value` (for Vue `v-model`).
 * @fires change - After the clinician's action changes `value`: a referral or signposting recorded, a service removed or replaced. Never for the search, the area or the referral step's fields, which are not the value.
 *
 * @csspart base - The whole picker.
 * @csspart suggested - "Suggested for this patient": the services for the suggested categories.
 * @csspart area - The area (ICB) choice.
 * @csspart filter-toggle - The "Filter" button that shows and hides the category filters.
 * @csspart filters - The category filter buttons.
 * @csspart search - The search box, the "Filter" button, the filters and the result count.
 * @csspart listbox - The floating panel holding the results.
 * @csspart option - One result.
 * @csspart referral - The referral step.
 * @csspart more-details - The referral step's "More details" about the service.
 * @csspart chosen - The services chosen in this consultation.
 * @csspart sources - "About this data": the data sources and licences.
 *
 * @cssprop --fnw-picker-listbox-max-height - Tallest the results panel grows before it scrolls (default 24rem).
 * @cssprop --fnw-color-brand - Pressed category buttons, the edge of each suggested service and of the referral step.
 * @cssprop --fnw-color-focus - Focus highlight and the active result.
 * @cssprop --fnw-color-warning-background - Background of the "last reviewed" warning.
 * @cssprop --fnw-color-error - A referral the host could not send, and a failed host search.
 */
export class LocalServicesPicker extends FitNoteWidgetsElement {
  static override styles = [tokens, base, styles];
  static formAssociated = true;

  /** Allows several services in one consultation; without it, a new choice replaces the previous one. */
  @property({ type: Boolean, reflect: true }) multiple = false;

  @state() private _area = '';
  @state() private _unknownArea: string | null = null;
  @state() private _filters: ServiceCategory[] = [];
  @state() private _filtersOpen = false;
  @state() private _text = '';
  @state() private _open = false;
  @state() private _active = -1;
  @state() private _shown = PAGE_SIZE;
  @state() private _step: Step | null = null;
  @state() private _chosen: Chosen[] = [];
  /** What the status line says after a choice or a removal, worded at render. */
  @state() private _notice: { id: 'picker.chosen.already' | 'picker.chosen.removed'; service: string } | null = null;

  @query('#search') private _input!: HTMLInputElement | null;
  @query('#panel') private _panel!: HTMLElement | null;

  /** The host's answers to each referral it received (`acknowledge`). */
  private readonly _submissions = new Submissions<Exclude<ReferralStatus, 'pending'>, { serviceId: string }>(this, ['sent', 'failed']);
  // The suggestions and the category filters: one tab stop each, arrow keys inside (WCAG 2.1.1).
  private readonly _roving = new RovingTabindex(this, { container: '[role="toolbar"]', items: 'button' });
  private _directory: readonly Service[] = builtInServices;
  private _pendingIssues: ServiceIssue[][] = [];
  private readonly _results = new Results(this, {
    asked: () => ({ text: this._text, area: this._area, filters: this._filters, suggested: this._suggested, directory: this._directory, chosen: this.value }),
    answered: () => this._resolveChosen(),
    reset: () => {
      this._shown = PAGE_SIZE;
      this._active = -1;
    },
    dropped: (issues) => this._pendingIssues.push(issues),
    report: (problem, key) => this.report(problem, key),
  });
  private _suggested: ServiceCategory[] = [];
  private _stopFloating: (() => void) | null = null;
  /** What takes focus once the next update has rendered. */
  private _focusAfterUpdate: (() => HTMLElement | null | undefined) | null = null;
  private _patientSwitched = false;
  /** Set by `value` since the last update: after a patient switch, it is the new patient's. */
  private _valueSet = false;

  /**
   * The directory to search (`Service[]`); without it, `builtInServices`. Each assignment is
   * validated: bad entries are dropped, the rest shown, and one `local-services-error` names the
   * dropped ones. Reading it gives the services in use. Hand over a new array after changing one.
   */
  @property({ attribute: false })
  get services(): readonly Service[] {
    return this._directory;
  }
  set services(input: unknown) {
    const { services, issues } = readServices(input);
    this._directory = services;
    if (issues.length) this._pendingIssues.push(issues);
  }

  /**
   * Host-side search: `(query: { text, icb?, categories }) => Promise<Service[]>`. When set, it answers
   * instead of `services`: asked 250 ms after the last keystroke, only the latest answer is shown, and
   * a failure is shown with "Try again".
   */
  @property({ attribute: false })
  get provider(): ServiceProvider | null {
    return this._results.search.provider;
  }
  set provider(input: unknown) {
    const { provider, problem } = readProvider(input);
    if (problem) this.report(problem, 'provider');
    this._results.search.provider = provider;
    this._results.suggestSearch.provider = provider;
  }

  /**
   * Categories suggested for this patient (`ServiceCategory[]`): up to five of their services are
   * listed under "Suggested for this patient"; their filter buttons and search results come first,
   * marked "Suggested".
   */
  @property({ attribute: false })
  get categories(): ServiceCategory[] {
    return [...this._suggested];
  }
  set categories(input: unknown) {
    const { categories, problem } = readCategories(input);
    if (problem) this.report(problem, 'categories');
    this._suggested = categories;
  }

  /**
   * The chosen service ids (`string[]`). Setting it shows those services as chosen earlier (ids not in
   * the directory are kept and shown by id) and fires no event; `[]` clears them. Items that are not
   * ids are dropped and reported. A value that is not usable at all (not an array, or an array with no
   * id in it) is reported and the current choices are kept, as they are for `undefined` and `null`;
   * the same ids again change nothing.
   */
  @property({ attribute: false })
  get value(): string[] {
    return this._chosen.map((c) => c.serviceId);
  }
  set value(input: unknown) {
    if (input === undefined || input === null) return;
    const read = readIds(input);
    if ('unusable' in read) {
      this.report(`value: ${read.unusable}; the chosen services were kept`, 'value');
      return;
    }
    if (read.dropped) this.report('value: expected an array of service ids; other items ignored', 'value:items');
    this._valueSet = true;
    this._chooseIds(read.ids);
  }

  /**
   * The host's answer for a referral it received (by the `messageId` of its `fit-note-referral`):
   * `'sent'` once the draft went to the service, `'failed'` (with a `reason`) when it could not.
   * Shown at the chosen referral: "Sent to the service", or an error, "Not sent: {reason}" (the
   * reason as the host gave it, up to 500 characters). Nothing is shown for signposting, where
   * nothing is sent. An answer for a referral the picker is not waiting on (unknown, removed, or for
   * another patient) is reported on the console and ignored.
   */
  acknowledge(messageId: string, result: { status: Exclude<ReferralStatus, 'pending'>; reason?: string }): void {
    const problem = this._submissions.acknowledge(messageId, result);
    if (problem) this.report(problem, `acknowledge:${problem}`);
  }

  /**
   * Where the referral (or signposting) with this `messageId` stands: `'pending'` until the host
   * acknowledges it, then `'sent'` or `'failed'`; `null` for a message that is not one of the chosen
   * services' (unknown, removed, replaced, or from before a patient switch). For the form's plan.
   */
  referralStatus(messageId: string): ReferralStatus | null {
    return safely(() => (typeof messageId === 'string' ? (this._submissions.get(messageId)?.status ?? null) : null), null);
  }

  /**
   * The referral step left open: a service chosen and neither referred nor signposted yet, or `null`.
   * The picker's value never includes it, so a host that must not lose it (the form, on Confirm) reads
   * this and, when it is set, stops and offers `focusUnfinished()`.
   */
  get unfinishedReferral(): { serviceName: string } | null {
    return this._step ? { serviceName: this._step.service.name } : null;
  }

  /**
   * Brings the open referral step's button ("Patient agrees: create referral", or "Signpost the
   * patient") into view and focuses it, as an error summary's link does; nothing when no step is open.
   */
  focusUnfinished(): void {
    if (!this._step) return;
    const go = () => {
      const primary = this.renderRoot.querySelector<HTMLElement>('#step-primary');
      if (!primary) return;
      primary.scrollIntoView?.({ block: 'center' });
      primary.focus({ preventScroll: true });
    };
    if (this.isUpdatePending) void this.updateComplete.then(go);
    else go();
  }

  protected override patientSwitched(): void {
    this._patientSwitched = true;
  }

  /** A surrounding form was reset: back to the search as the host set it up, nothing chosen, no event. */
  protected override formReset(): void {
    this._startAgain();
    this._setChosen([]);
  }

  /** The browser gives back what was submitted (FormData), or text with one id per line; shown as chosen earlier. */
  protected override formStateRestore(state: unknown): void {
    const ids = readFormState(state);
    if (ids) this._chooseIds(ids);
  }

  /** The chosen ids under `name`; always valid (see the class description). */
  protected override syncFormState(): void {
    if (!this.internals) return;
    this.internals.setFormValue(formValue(this.name, this._chosen));
    this.internals.setValidity({});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopFloating?.();
    this._stopFloating = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const has = (key: string) => (changed as PropertyValues).has(key);
    if (has('icb')) this._applyIcb();
    if (this._patientSwitched) {
      // Another patient: nothing typed or chosen for the previous one may carry over.
      this._startAgain();
      if (this._valueSet) this._setChosen(this._chosen.map(({ serviceId, service }) => ({ serviceId, kind: 'restored', service })));
      else {
        if (this._chosen.length) {
          this.report('context changed to another patient without a new value; the chosen services and any open referral were cleared. Set value for the new patient.', 'patient-switch');
        }
        this._setChosen([]);
      }
    }
    this._patientSwitched = false;
    this._valueSet = false;
    if (this.isDisabled) {
      this._open = false;
      this._active = -1;
    }
    if (!this.multiple && this._chosen.length > 1) {
      // Kept, not cut: these may be referrals the host has already received.
      this.report('several services are chosen without the multiple attribute; all are kept, and the next choice replaces them', 'several-chosen');
    }
    if (has('services') || has('_chosen')) this._resolveChosen();
    this._results.refresh({ text: has('_text'), area: has('_area'), filters: has('_filters'), categories: has('categories'), services: has('services'), provider: has('provider'), chosen: has('_chosen') });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const issues of this._pendingIssues.splice(0)) emit(this, 'local-services-error', { issues });
    const open = this._listboxOpen;
    if (open && !this._stopFloating && this._input && this._panel) {
      this._stopFloating = float(this._input, this._panel, { matchWidth: true });
    } else if (!open && this._stopFloating) {
      this._stopFloating();
      this._stopFloating = null;
    }
    if ((changed as PropertyValues).has('_active') && this._active >= 0) {
      this.renderRoot.querySelector(`#option-${this._active}`)?.scrollIntoView?.({ block: 'nearest' });
    }
    this.syncFormState();
    const focus = this._focusAfterUpdate;
    this._focusAfterUpdate = null;
    focus?.()?.focus();
  }

  /** The area the host gave (`icb`, normalised by the element layer), or national services only. */
  private _applyIcb(): void {
    const code = this.icb;
    if (code && !findIcb(code)) {
      this.report(`icb="${code}" is not an ICB this library knows (2023 or April 2026 codes); showing national services and any listed under ${code}`, `icb:${code}`);
      this._unknownArea = code;
    } else this._unknownArea = null;
    this._area = code ?? '';
  }

  /** Back to the search as the host set it up: no step, no search text, no filters, the host's area. */
  private _startAgain(): void {
    this._step = null;
    this._notice = null;
    this._text = '';
    this._filters = [];
    this._filtersOpen = false;
    this._open = false;
    this._active = -1;
    this._applyIcb();
  }

  /** The chosen services; the host's answers are kept only for the referrals still chosen. */
  private _setChosen(next: Chosen[]): void {
    this._chosen = next;
    const kept = new Set(next.map((c) => c.messageId));
    for (const s of this._submissions.all) if (!kept.has(s.messageId)) this._submissions.forget(s.messageId);
  }

  /** Shows `ids` as chosen, keeping what is known of those already chosen; the same ids change nothing. */
  private _chooseIds(ids: string[]): void {
    if (sameIds(ids, this.value)) return;
    const previous = new Map(this._chosen.map((c) => [c.serviceId, c]));
    this._setChosen(ids.map((id) => previous.get(id) ?? { serviceId: id, kind: 'restored', service: null }));
  }

  /** Names services set through `value` once the directory or a provider answer holds them, whichever came first. */
  private _resolveChosen(): void {
    this._chosen = nameChosen(this._chosen, this._directory, [...this._results.search.results, ...this._results.suggestSearch.results]);
  }

  private get _listboxOpen(): boolean {
    return this._open && !this.isDisabled && this._step === null && this._results.list.length > 0;
  }

  private _retry(): void {
    this._results.retry();
    this._focusAfterUpdate = () => this._input;
  }

  private _onInput(e: Event): void {
    this._text = (e.target as HTMLInputElement).value.slice(0, MAX_TEXT);
    this._open = true;
    this._notice = null;
  }

  private _onKeydown(e: KeyboardEvent): void {
    const outcome = listboxKey(e.key, e.altKey, this._listboxOpen, { open: this._open, active: this._active, shown: this._shown }, this._results.list.length, PAGE_SIZE);
    if (!outcome) return;
    e.preventDefault();
    if (outcome.stop) e.stopPropagation();
    ({ open: this._open, active: this._active, shown: this._shown } = outcome.state);
    if (outcome.choose !== undefined) this._choose(outcome.choose);
  }

  private _onListClick(e: Event): void {
    const option = (e.target as Element).closest('[role="option"]');
    const index = Number(option?.getAttribute('data-index'));
    if (option && Number.isInteger(index)) this._choose(index);
  }

  private _onListScroll(e: Event): void {
    const list = e.target as HTMLElement;
    if (this._shown < this._results.list.length && list.scrollTop + list.clientHeight >= list.scrollHeight - 80) {
      this._shown += PAGE_SIZE;
    }
  }

  private _onAreaChange(code: string): void {
    this._area = code;
    if (this._area !== this._unknownArea) this._unknownArea = null;
  }

  private _toggleFilters(): void {
    this._filtersOpen = !this._filtersOpen;
    this._open = false;
  }

  private _toggleFilter(category: ServiceCategory): void {
    this._filters = this._filters.includes(category) ? this._filters.filter((c) => c !== category) : [...this._filters, category];
  }

  private _choose(index: number): void {
    const service = this._results.list[index];
    if (!service || this.isDisabled) return;
    this._open = false;
    this._active = -1;
    if (this._chosen.some((c) => c.serviceId === service.id)) {
      this._notice = { id: 'picker.chosen.already', service: service.name };
      return;
    }
    this._openStep(service, 'search');
  }

  private _chooseSuggested(service: Service): void {
    if (this.isDisabled) return;
    this._openStep(service, 'suggested');
  }

  private _openStep(service: Service, from: Step['from']): void {
    this._open = false;
    this._active = -1;
    this._notice = null;
    this._step = openStep(service, this.recordConditions, from);
    this._focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#step-heading');
  }

  private _editStep(patch: Partial<Pick<Step, 'reason' | 'notes'>>): void {
    if (this._step) this._step = { ...this._step, ...patch };
  }

  private _addNotes(): void {
    if (!this._step || this.isDisabled) return;
    this._step = { ...this._step, notesOpen: true };
    this._focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#notes');
  }

  /** "Cancel": nothing is sent; focus goes back to where the service was chosen. */
  private _cancelStep(): void {
    const step = this._step;
    this._step = null;
    this._focusAfterUpdate = () => {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-service-id]')];
      const suggested = step?.from === 'suggested' ? buttons.find((b) => b.dataset['serviceId'] === step.service.id) : undefined;
      return suggested ?? this._input;
    };
  }

  /** "Patient agrees: create referral" (`refer`) or "Signpost the patient" (`signpost`): the step's one act. */
  private _finish(mode: ReferralDraft['mode']): void {
    const step = this._step;
    if (!step || this.isDisabled) return;
    const referral = createReferral(draftOf(step, mode), {
      conditions: [...this.recordConditions],
      context: this.context,
      icb: this._area || undefined,
      lang: this.language,
    });
    emit(this, 'fit-note-referral', referral);
    this._submissions.begin(referral.messageId, step.service.id, { serviceId: step.service.id });

    const entry: Chosen = { serviceId: step.service.id, kind: referral.signposted ? 'signposted' : 'referral', messageId: referral.messageId, service: step.service };
    const replaced = this.multiple ? [] : this._chosen;
    this._setChosen(this.multiple ? [...this._chosen, entry] : [entry]);
    this._step = null;
    this._focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#chosen-heading');
    this._emitChange(replaced);
  }

  private _remove(entry: Chosen): void {
    if (this.isDisabled) return;
    this._setChosen(this._chosen.filter((c) => c !== entry));
    this._notice = { id: 'picker.chosen.removed', service: entry.service?.name ?? entry.serviceId };
    this._focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>(this._chosen.length ? '#chosen-heading' : '#search');
    this._emitChange([entry]);
  }

  /** The clinician changed the value: the picker's own event, then the platform's for framework bindings. */
  private _emitChange(removed: Chosen[]): void {
    emit(this, 'local-services-change', changeDetail(this._chosen, removed));
    this.notifyValueChange('both');
  }

  private get _view(): View {
    return { t: (id, params) => this.t(id, params), lang: this.language, today: this.today, level: (tag) => this.level(tag), top: this.headingLevel, disabled: this.isDisabled, area: this._area };
  }

  /**
   * The value is the chosen services only: the area, the search box and the referral step's fields
   * are not it, so their native `change` stays inside rather than becoming the element's.
   */
  private _keepNativeChange(e: Event): void {
    e.stopPropagation();
  }

  override render(): TemplateResult {
    const v = this._view;
    return html`
      <div part="base" @change=${this._keepNativeChange}>
        <h2 aria-level=${ifDefined(this.level(2))}>${this.t('picker.heading')}</h2>
        ${this._step
          ? stepTemplate(v, this._step, {
              hasConditions: this.recordConditions.length > 0,
              onEdit: (patch) => this._editStep(patch),
              onAddNotes: () => this._addNotes(),
              onFinish: (mode) => this._finish(mode),
              onCancel: () => this._cancelStep(),
            })
          : this._renderSearch(v)}
        <p class="hint notice ${this._notice ? 'notice--shown' : ''}" role="status">${this._notice ? this.t(this._notice.id, { service: this._notice.service }) : ''}</p>
        ${chosenTemplate(v, this._chosen, {
          multiple: this.multiple,
          status: (c) => (c.kind === 'referral' && c.messageId ? this._submissions.get(c.messageId) : undefined),
          onRemove: (c) => this._remove(c),
        })}
        ${sourcesTemplate(v)}
      </div>
    `;
  }

  private _renderSearch(v: View): TemplateResult {
    return html`
      ${suggestedTemplate(v, { services: this._results.suggestions, onChoose: (s) => this._chooseSuggested(s) })}
      ${areaTemplate(v, { unknownArea: this._unknownArea, onChange: (code) => this._onAreaChange(code) })}
      ${searchTemplate(v, {
        text: this._text,
        open: this._listboxOpen,
        active: this._active,
        shown: this._shown,
        results: this._results.list,
        announce: this._results.announced === null ? '' : this._results.announced ? countText(v, this._results.announced) : this.t('picker.count.none'),
        loading: this._results.search.loading,
        providerFailed: this._results.search.failed,
        chosenIds: new Set(this.value),
        suggested: this._suggested,
        filters: this._filters,
        filtersOpen: this._filtersOpen,
        onToggleFilters: () => this._toggleFilters(),
        onToggleFilter: (c) => this._toggleFilter(c),
        onInput: (e) => this._onInput(e),
        onKeydown: (e) => this._onKeydown(e),
        onOpen: () => (this._open = true),
        onClose: () => (this._open = false),
        onRetry: () => this._retry(),
        onListClick: (e) => this._onListClick(e),
        onListScroll: (e) => this._onListScroll(e),
      })}
    `;
  }
}
