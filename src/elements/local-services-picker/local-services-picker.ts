import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { builtInServices } from '../../data/services.js';
import { emit } from '../../internal/emit.js';
import { float } from '../../internal/floating.js';
import { reportOnce } from '../../internal/report.js';
import { cleanHostContext, headingLevelOf, todayFrom } from '../../internal/host-input.js';
import { base, tokens } from '../../internal/styles.js';
import { formatLongDate, type CalendarDate } from '../../model/dates.js';
import { createEnvelope } from '../../model/envelope.js';
import { referralToServiceRequest } from '../../model/fhir.js';
import { cleanConditions } from '../../model/fit-note.js';
import { MAX_TEXT, SERVICE_CATEGORIES, type Coding, type Context, type Service, type ServiceCategory } from '../../model/schemas.js';
import {
  categoryLabel,
  createServiceIndex,
  findIcb,
  icbChoices,
  isStale,
  normaliseIcbCode,
  searchServices,
  serviceCoverage,
  validateServices,
  type AreaFootprint,
  type ServiceIssue,
} from '../../model/services.js';
import { message, plural, type MessageId, type MessageParams } from '../../messages/index.js';
import type { ChosenService, ServicesChangeDetail } from './events.js';
import { styles } from './local-services-picker.styles.js';
import './events.js';

/** A host's search: called with the clinician's query, answers with services (validated like `services`). */
export type ServiceProvider = (query: { text: string; icb?: string; categories: ServiceCategory[] }) => Promise<Service[]>;

/** Rows rendered at first and added each time the clinician reaches the end of the list. */
export const PAGE_SIZE = 50;
/** Quiet time after the last keystroke before the provider is asked. */
export const PROVIDER_DEBOUNCE_MS = 250;
/** Quiet time before the result count is announced, so a screen reader is not interrupted per keystroke. */
const ANNOUNCE_DELAY_MS = 500;

type StepMode = 'refer' | 'signpost';

interface Step {
  service: Service;
  mode: StepMode;
  reason: string;
  consent: boolean;
  notes: string;
  /** Set when "Create referral" was selected without consent; cleared as soon as it is given. */
  consentError: boolean;
}

interface Chosen extends ChosenService {
  service: Service | null;
}

const canRefer = (s: Service): boolean => s.referral.professional;
/** A usable top heading level (1 to 6), else 2. */
/** Self- or employer-referral, or no published route: the clinician can only point the patient to it. */
const canSignpost = (s: Service): boolean => s.referral.self || s.referral.employer || !s.referral.professional;

/**
 * Finds work and health services for the patient's area, from the built-in directory (national
 * services, the 15 WorkWell areas, the national programmes), the host's `services`, or the host's
 * `provider`, and turns the clinician's choice into a referral (a FHIR R4 ServiceRequest) or a
 * record of signposting.
 *
 * The area is an ICB ODS code: a 2023 code or a code from 1 April 2026 (Z9B2Z finds the WorkWell areas
 * of both North Central and North West London). Search is a combobox (ARIA 1.2) whose listbox shows
 * 50 rows and grows by 50 as the clinician reaches its end; the directory is indexed once per
 * `services` array, so 100,000 services stay instant.
 *
 * Patient data (`conditions`, `context`, `value`) is passed as properties only.
 *
 * @tagname local-services-picker
 * @summary Work and health services by ICB, and referrals for the clinical record.
 *
 * @fires fit-note-referral - When the clinician creates a referral or records signposting (`ReferralDetail`: envelope + `{ service, reason, patientConsent, notes, signposted, fhir }`).
 * @fires local-services-error - Once per assignment of `services` (and per provider answer) with entries that were dropped (`ServicesErrorDetail`: `{ issues: { index, id?, message }[] }`).
 * @fires local-services-change - After the chosen services change by the clinician's action (`ServicesChangeDetail`: `{ value, chosen, removed }`).
 *
 * @csspart base - The whole picker.
 * @csspart area - The area (ICB) choice.
 * @csspart filters - The category filter buttons.
 * @csspart search - The search box and its result count.
 * @csspart listbox - The floating panel holding the results.
 * @csspart option - One result.
 * @csspart referral - The referral step.
 * @csspart chosen - The services chosen in this consultation.
 * @csspart sources - The data sources note.
 *
 * @cssprop --fnw-picker-listbox-max-height - Tallest the results panel grows before it scrolls (default 24rem).
 * @cssprop --fnw-color-brand - Pressed category buttons and the edge of the referral step.
 * @cssprop --fnw-color-focus - Focus highlight and the active result.
 * @cssprop --fnw-color-warning-background - Background of the "last reviewed" warning.
 * @cssprop --fnw-color-error - Error messages and the error summary.
 */
export class LocalServicesPicker extends LitElement {
  static override styles = [tokens, base, styles];
  static formAssociated = true;

  /** ODS code of the patient's ICB (2023 or April 2026 code); presets the area choice. */
  @property({ reflect: false }) icb: string | null = null;

  /** The clinician's today (`YYYY-MM-DD`) for the "last reviewed" warning; the local date when missing or not a real date. */
  @property({ reflect: false }) today: string | null = null;

  /** Allows several services in one consultation; without it, a new choice replaces the previous one. */
  @property({ type: Boolean, reflect: true }) multiple = false;

  /**
   * Level of the element's top heading, 1 to 6 (default 2); its other headings are one level below.
   * Set 3 where the element sits under an h2, as inside `<fit-note-form>`.
   */
  @property({ attribute: 'heading-level', type: Number, reflect: false }) headingLevel = 2;

  /** Form field name: the chosen service ids are submitted under it. */
  @property({ reflect: true }) name: string | null = null;

  @state() private _area = '';
  @state() private _unknownArea: string | null = null;
  @state() private _filters: ServiceCategory[] = [];
  @state() private _text = '';
  @state() private _open = false;
  @state() private _active = -1;
  @state() private _shown = PAGE_SIZE;
  @state() private _results: Service[] = [];
  @state() private _announce = '';
  @state() private _loading = false;
  @state() private _providerFailed = false;
  @state() private _step: Step | null = null;
  @state() private _showSummary = false;
  @state() private _chosen: Chosen[] = [];
  @state() private _notice = '';

  @query('#search') private _input!: HTMLInputElement | null;
  @query('#panel') private _panel!: HTMLElement | null;

  private _directory: readonly Service[] = builtInServices;
  private _pendingIssues: ServiceIssue[][] = [];
  private _provider: ServiceProvider | null = null;
  private _providerResults: Service[] = [];
  private _providerSeq = 0;
  private _providerTimer: ReturnType<typeof setTimeout> | undefined;
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;
  private _suggested: ServiceCategory[] = [];
  private _conditions: Coding[] = [];
  private _context: Context = {};
  private _stopFloating: (() => void) | null = null;
  private _internals: ElementInternals | null = typeof this.attachInternals === 'function' ? this.attachInternals() : null;
  private _focusAfterUpdate: string | null = null;
  private _patientSwitched = false;
  private _askedWhileAway = false;
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
  set services(input: readonly Service[] | null | undefined) {
    if (input === undefined || input === null) {
      this._directory = builtInServices;
      return;
    }
    const { services, issues } = validateServices(input);
    if (Array.isArray(input)) {
      this._directory = services;
    } else {
      this._directory = builtInServices;
      issues[0] = { index: -1, message: `${issues[0]?.message ?? 'services must be an array'}; showing the built-in directory instead` };
    }
    if (issues.length) this._pendingIssues.push(issues);
  }

  /**
   * Host-side search: `(query: { text, icb?, categories }) => Promise<Service[]>`. When set, it answers
   * instead of `services`: asked 250 ms after the last keystroke, only the latest answer is shown, and
   * a failure is shown with "Try again".
   */
  @property({ attribute: false })
  get provider(): ServiceProvider | null {
    return this._provider;
  }
  set provider(input: ServiceProvider | null | undefined) {
    if (input !== undefined && input !== null && typeof input !== 'function') {
      reportOnce(this, 'provider', '<local-services-picker> provider: expected a function (query) => Promise<Service[]>; ignored');
      this._provider = null;
      return;
    }
    this._provider = input ?? null;
  }

  /** Categories suggested for this patient (`ServiceCategory[]`): their filter buttons and services come first, marked "Suggested". */
  @property({ attribute: false })
  get categories(): ServiceCategory[] {
    return [...this._suggested];
  }
  set categories(input: unknown) {
    const list = Array.isArray(input) ? input : input === undefined || input === null ? [] : [input];
    const known = list.filter((c): c is ServiceCategory => (SERVICE_CATEGORIES as readonly unknown[]).includes(c));
    if (known.length < list.length) {
      reportOnce(this, 'categories', `<local-services-picker> categories: expected ids from SERVICE_CATEGORIES (${SERVICE_CATEGORIES.join(', ')}); unknown ones ignored`);
    }
    this._suggested = [...new Set(known)];
  }

  /** The conditions of the consultation (`Coding[]`): they prefill the reason and become the ServiceRequest's `reasonCode`. */
  @property({ attribute: false })
  get conditions(): Coding[] {
    return this._conditions.map((c) => ({ ...c }));
  }
  set conditions(input: unknown) {
    const { kept, dropped } = cleanConditions(input);
    if (dropped) reportOnce(this, 'conditions', `<local-services-picker> conditions: ${dropped} item(s) ignored; each needs a non-blank display`);
    this._conditions = kept;
  }

  /** The host's ids (`{ patientId?, encounterId?, userId? }`), echoed in every event, never looked up. */
  @property({ attribute: false })
  get context(): Context {
    return { ...this._context };
  }
  set context(input: unknown) {
    const { value: clean, problems } = cleanHostContext(input);
    for (const problem of problems) reportOnce(this, 'context', `<local-services-picker> ${problem}`);
    const previous = this._context.patientId;
    if (previous && clean.patientId && previous !== clean.patientId) this._patientSwitched = true;
    this._context = clean;
  }

  /**
   * The chosen service ids (`string[]`). Setting it shows those services as chosen earlier (ids not in
   * the directory are kept and shown by id) and fires no event.
   */
  @property({ attribute: false })
  get value(): string[] {
    return this._chosen.map((c) => c.serviceId);
  }
  set value(input: unknown) {
    const list = Array.isArray(input) ? input : input === undefined || input === null ? [] : [input];
    const usable = list.filter((id): id is string => typeof id === 'string' && id.trim() !== '' && id.length <= 200);
    const ids = [...new Set(usable)];
    if (usable.length < list.length) reportOnce(this, 'value', '<local-services-picker> value: expected an array of service ids; other items ignored');
    this._valueSet = true;
    const previous = new Map(this._chosen.map((c) => [c.serviceId, c]));
    this._chosen = ids.map((id) => previous.get(id) ?? { serviceId: id, kind: 'restored', service: null });
  }

  private get _today(): CalendarDate {
    return todayFrom(this, 'local-services-picker', this.today);
  }

  /** The `aria-level` for an element written as `<h{tag}>`, when `headingLevel` moves it from its own level. */
  private _level(tag: 2 | 3): string | undefined {
    const top = headingLevelOf(this.headingLevel);
    return top === 2 ? undefined : String(Math.min(6, top + tag - 2));
  }

  private _t(id: MessageId, params?: MessageParams): string {
    return message(id, params, this.lang || undefined);
  }

  private _count(n: number): string {
    return plural('picker.count', n, { count: n.toLocaleString('en-GB') }, this.lang || undefined);
  }

  /** Names services set through `value` once the directory or a provider answer holds them, whichever came first. */
  private _resolveChosen(): void {
    if (!this._chosen.some((c) => c.service === null)) return;
    const find = (id: string) => this._directory.find((s) => s.id === id) ?? this._providerResults.find((s) => s.id === id) ?? null;
    this._chosen = this._chosen.map((c) => (c.service === null ? { ...c, service: find(c.serviceId) } : c));
  }

  // ─── Lifecycle ───────────────────────────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page (frameworks do this): an answer dropped on leaving is asked for again.
    if (this._askedWhileAway && this._provider) {
      this._askedWhileAway = false;
      this._askProvider(0);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopFloating?.();
    this._stopFloating = null;
    clearTimeout(this._providerTimer);
    clearTimeout(this._announceTimer);
    // An answer arriving after the element left the page is not wanted any more.
    this._providerSeq += 1;
    if (this._loading) {
      this._loading = false;
      this._askedWhileAway = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('today')) todayFrom(this, 'local-services-picker', this.today);
    if (changed.has('headingLevel') && headingLevelOf(this.headingLevel) !== this.headingLevel) {
      reportOnce(this, 'heading-level', `<local-services-picker> heading-level="${String(this.headingLevel).slice(0, 40)}" is not a whole number from 1 to 6; using 2`);
    }
    if (changed.has('icb')) this._applyIcbAttribute();
    if (this._patientSwitched) {
      // Another patient: a referral half-written, or services chosen, for the previous one must not carry over.
      this._step = null;
      this._showSummary = false;
      this._notice = '';
      if (!this._valueSet) {
        reportOnce(this, 'patient-switch', '<local-services-picker> context changed to another patient without a new value; the chosen services and any open referral were cleared. Set value for the new patient.');
        this._chosen = [];
      }
    }
    this._patientSwitched = false;
    this._valueSet = false;
    if (!this.multiple && this._chosen.length > 1) {
      // Kept, not cut: these may be referrals the host has already received.
      reportOnce(this, 'several-chosen', '<local-services-picker> several services are chosen without the multiple attribute; all are kept, and the next choice replaces them');
    }
    const has = (key: string) => (changed as PropertyValues).has(key);
    if (has('services') || has('_chosen')) this._resolveChosen();
    if (!['_text', '_area', '_filters', 'categories', 'services', 'provider'].some(has)) return;
    if (this._provider) {
      if (['provider', '_text', '_area', '_filters'].some(has)) this._askProvider(PROVIDER_DEBOUNCE_MS);
      else this._setResults(this._arrange(this._providerResults));
    } else {
      if (has('provider')) this._cancelProvider();
      this._setResults(
        searchServices(createServiceIndex(this._directory), {
          text: this._text,
          icb: this._area || undefined,
          categories: this._filters,
          suggested: this._suggested,
        }),
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const has = (key: string) => (changed as PropertyValues).has(key);
    for (const issues of this._pendingIssues.splice(0)) emit(this, 'local-services-error', { issues });
    const open = this._listboxOpen;
    if (open && !this._stopFloating && this._input && this._panel) {
      this._stopFloating = float(this._input, this._panel, { matchWidth: true });
    } else if (!open && this._stopFloating) {
      this._stopFloating();
      this._stopFloating = null;
    }
    if (has('_active') && this._active >= 0) {
      this.renderRoot.querySelector(`#option-${this._active}`)?.scrollIntoView?.({ block: 'nearest' });
    }
    if (has('_chosen') || has('name')) this._updateFormValue();
    if (this._focusAfterUpdate) {
      (this.renderRoot.querySelector(this._focusAfterUpdate) as HTMLElement | null)?.focus();
      this._focusAfterUpdate = null;
    }
  }

  private _applyIcbAttribute(): void {
    const raw = this.icb;
    if (raw === null || raw.trim() === '') {
      this._area = '';
      this._unknownArea = null;
      return;
    }
    const code = normaliseIcbCode(raw);
    if (!code) {
      reportOnce(this, 'icb', `<local-services-picker> icb="${raw.slice(0, 40)}" is not an ODS code; showing national services only`);
      this._area = '';
      this._unknownArea = null;
      return;
    }
    if (!findIcb(code)) {
      reportOnce(this, `icb:${code}`, `<local-services-picker> icb="${code}" is not an ICB this library knows (2023 or April 2026 codes); showing national services and any listed under ${code}`);
      this._unknownArea = code;
    } else this._unknownArea = null;
    this._area = code;
  }

  private _updateFormValue(): void {
    if (!this._internals) return;
    if (!this.name || !this._chosen.length) {
      this._internals.setFormValue(null);
      return;
    }
    const data = new FormData();
    for (const c of this._chosen) data.append(this.name, c.serviceId);
    this._internals.setFormValue(data);
  }

  // ─── Results ─────────────────────────────────────────────────────────────────────────────────────

  private get _listboxOpen(): boolean {
    return this._open && this._step === null && this._results.length > 0;
  }

  private _setResults(results: Service[]): void {
    this._results = results;
    this._shown = PAGE_SIZE;
    this._active = -1;
    clearTimeout(this._announceTimer);
    const text = results.length ? this._count(results.length) : this._t('picker.count.none');
    if (!this.hasUpdated) this._announce = text;
    else this._announceTimer = setTimeout(() => (this._announce = text), ANNOUNCE_DELAY_MS);
  }

  /** Provider answers follow the chosen filters and put suggested categories first, keeping the host's order otherwise. */
  private _arrange(services: Service[]): Service[] {
    const filtered = this._filters.length ? services.filter((s) => this._filters.includes(s.category)) : services;
    const first = new Set(this._suggested);
    return [...filtered.filter((s) => first.has(s.category)), ...filtered.filter((s) => !first.has(s.category))];
  }

  private _cancelProvider(): void {
    clearTimeout(this._providerTimer);
    this._providerSeq += 1;
    this._loading = false;
    this._providerFailed = false;
  }

  private _askProvider(delay: number): void {
    clearTimeout(this._providerTimer);
    this._providerSeq += 1;
    this._loading = true;
    this._providerFailed = false;
    this._providerTimer = setTimeout(() => void this._runProvider(), delay);
  }

  private async _runProvider(): Promise<void> {
    const provider = this._provider;
    if (!provider) return;
    const seq = ++this._providerSeq;
    const query = { text: this._text, categories: [...this._filters], ...(this._area ? { icb: this._area } : {}) };
    let answer: unknown;
    try {
      answer = await Promise.resolve().then(() => provider(query));
    } catch (cause) {
      if (seq !== this._providerSeq) return;
      reportOnce(this, 'provider-failed', `<local-services-picker> provider failed: ${String(cause).slice(0, 200)}`);
      this._fail();
      return;
    }
    if (seq !== this._providerSeq) return;
    const { services, issues } = validateServices(answer);
    if (issues.length) this._pendingIssues.push(issues.map((i) => (i.index === -1 ? { ...i, message: `provider answer: ${i.message}` } : i)));
    if (!Array.isArray(answer)) {
      this._fail();
      return;
    }
    this._loading = false;
    this._providerResults = services;
    this._resolveChosen();
    this._setResults(this._arrange(services));
  }

  /** The previous answer is for another query: it goes, so nothing stale can be chosen. */
  private _fail(): void {
    clearTimeout(this._announceTimer);
    this._loading = false;
    this._providerFailed = true;
    this._results = [];
    this._announce = '';
  }

  private _retry(): void {
    this._askProvider(0);
    this._focusAfterUpdate = '#search';
  }

  // ─── Search interaction ──────────────────────────────────────────────────────────────────────────

  private _onInput(e: Event): void {
    this._text = (e.target as HTMLInputElement).value.slice(0, MAX_TEXT);
    this._open = true;
    this._notice = '';
  }

  private _onKeydown(e: KeyboardEvent): void {
    const last = Math.min(this._shown, this._results.length) - 1;
    switch (e.key) {
      case 'ArrowDown': {
        e.preventDefault();
        if (!this._listboxOpen) {
          this._open = true;
          this._active = e.altKey || !this._results.length ? -1 : 0;
          return;
        }
        if (this._active < last) this._active += 1;
        else if (last + 1 < this._results.length) {
          this._shown += PAGE_SIZE;
          this._active += 1;
        } else this._active = 0;
        return;
      }
      case 'ArrowUp':
        e.preventDefault();
        if (!this._listboxOpen) {
          this._open = true;
          this._active = last;
        } else this._active = this._active > 0 ? this._active - 1 : -1;
        return;
      case 'Enter':
        if (this._listboxOpen) {
          e.preventDefault();
          if (this._active >= 0) this._choose(this._active);
        }
        return;
      case 'Escape':
        if (this._listboxOpen) {
          e.preventDefault();
          e.stopPropagation();
          this._open = false;
          this._active = -1;
        }
        return;
      default:
    }
  }

  private _onListClick(e: Event): void {
    const option = (e.target as Element).closest('[role="option"]');
    const index = Number(option?.getAttribute('data-index'));
    if (option && Number.isInteger(index)) this._choose(index);
  }

  private _onListScroll(e: Event): void {
    const list = e.target as HTMLElement;
    if (this._shown < this._results.length && list.scrollTop + list.clientHeight >= list.scrollHeight - 80) {
      this._shown += PAGE_SIZE;
    }
  }

  private _onAreaChange(e: Event): void {
    this._area = (e.target as HTMLSelectElement).value;
    if (this._area !== this._unknownArea) this._unknownArea = null;
  }

  private _toggleFilter(category: ServiceCategory): void {
    this._filters = this._filters.includes(category) ? this._filters.filter((c) => c !== category) : [...this._filters, category];
  }

  private _choose(index: number): void {
    const service = this._results[index];
    if (!service) return;
    this._open = false;
    this._active = -1;
    if (this._chosen.some((c) => c.serviceId === service.id)) {
      this._notice = this._t('picker.chosen.already', { service: service.name });
      return;
    }
    this._notice = '';
    this._step = {
      service,
      mode: canRefer(service) ? 'refer' : 'signpost',
      reason: this._conditions.map((c) => c.display.trim()).join('; '),
      consent: false,
      notes: '',
      consentError: false,
    };
    this._showSummary = false;
    this._focusAfterUpdate = '#step-heading';
  }

  // ─── Referral step ───────────────────────────────────────────────────────────────────────────────

  private _editStep(patch: Partial<Step>): void {
    if (!this._step) return;
    const next = { ...this._step, ...patch };
    if (next.consent || next.mode === 'signpost') next.consentError = false;
    if (!next.consentError) this._showSummary = false;
    this._step = next;
  }

  private _backToSearch(): void {
    this._step = null;
    this._showSummary = false;
    this._focusAfterUpdate = '#search';
  }

  private _create(e: Event): void {
    e.preventDefault();
    const step = this._step;
    if (!step) return;
    if (step.mode === 'refer' && !step.consent) {
      this._step = { ...step, consentError: true };
      this._showSummary = true;
      this._focusAfterUpdate = '#error-summary';
      return;
    }
    const signposted = step.mode === 'signpost';
    const { service, reason, notes } = step;
    const patientConsent = !signposted && step.consent;
    const now = new Date();
    const request = referralToServiceRequest({ service, reason, patientConsent, notes, conditions: this._conditions, context: this._context, now });
    const fhir = signposted ? { ...request, note: [...(request.note ?? []), { text: this._t('picker.fhir.signposted') }] } : request;
    const envelope = createEnvelope({
      context: this._context,
      summary: signposted ? this._t('picker.summary.signposted', { service: service.name }) : this._t('summary.referral', { service: service.name }),
      narrative: this._narrative(step),
      now,
    });
    emit(this, 'fit-note-referral', { ...envelope, service, reason, patientConsent, notes, signposted, fhir });

    const entry: Chosen = { serviceId: service.id, kind: signposted ? 'signposted' : 'referral', messageId: envelope.messageId, service };
    const replaced = this.multiple ? [] : this._chosen;
    this._chosen = this.multiple ? [...this._chosen, entry] : [entry];
    this._step = null;
    this._showSummary = false;
    this._focusAfterUpdate = '#chosen-heading';
    this._emitChange(replaced);
  }

  private _narrative(step: Step): string {
    const { service } = step;
    const signposted = step.mode === 'signpost';
    const params = { service: service.name, category: categoryLabel(service.category) };
    const lines = [
      message(signposted ? 'picker.narrative.signposted' : 'picker.narrative.referral', params),
      message('picker.narrative.area', { area: this._areaLabel(service) }),
    ];
    if (step.reason.trim()) lines.push(message('picker.narrative.reason', { reason: step.reason.trim() }));
    if (!signposted) lines.push(message(step.consent ? 'picker.narrative.consent' : 'picker.narrative.noConsent'));
    if (step.notes.trim()) lines.push(message('picker.narrative.notes', { notes: step.notes.trim() }));
    if (service.url) lines.push(message('picker.narrative.website', { url: service.url }));
    return lines.join('\n');
  }

  private _remove(entry: Chosen): void {
    this._chosen = this._chosen.filter((c) => c !== entry);
    this._notice = this._t('picker.chosen.removed', { service: entry.service?.name ?? entry.serviceId });
    this._focusAfterUpdate = this._chosen.length ? '#chosen-heading' : '#search';
    this._emitChange([entry]);
  }

  private _emitChange(removed: Chosen[]): void {
    const strip = ({ serviceId, kind, messageId }: Chosen): ChosenService => (messageId ? { serviceId, kind, messageId } : { serviceId, kind });
    const detail: ServicesChangeDetail = { value: this.value, chosen: this._chosen.map(strip), removed: removed.map(strip) };
    emit(this, 'local-services-change', detail);
  }

  // ─── Wording helpers ─────────────────────────────────────────────────────────────────────────────

  private _footprintLabel(f: AreaFootprint): string {
    return f.part ? this._t('picker.area.part', { area: f.name, part: f.part }) : f.name;
  }

  /** "National", the footprints through which a service covers the chosen area, or else the areas it lists. */
  private _areaLabel(service: Service): string {
    const coverage = serviceCoverage(service, this._area || undefined);
    if (coverage && 'national' in coverage) return this._t('picker.result.national');
    if (coverage) return coverage.areas.map((f) => this._footprintLabel(f)).join(', ');
    return 'icbs' in service.coverage ? service.coverage.icbs.map((code) => findIcb(code)?.name ?? code).join(', ') : '';
  }

  /** Who can refer, as tags; `before` adds tags ahead of them (Suggested, Chosen) on the same line. */
  private _routeTags(service: Service, labelled = true, before: [string, string][] = []): TemplateResult {
    const { self, professional, employer } = service.referral;
    const routes: [string, string][] = [];
    if (self) routes.push([this._t('picker.result.route.self'), 'tag tag--self']);
    if (professional) routes.push([this._t('picker.result.route.professional'), 'tag']);
    if (employer) routes.push([this._t('picker.result.route.employer'), 'tag']);
    if (!routes.length) routes.push([this._t('picker.result.route.unknown'), 'tag']);
    // Spaces between the tags keep their words apart in the accessible name.
    return html`<span class="badges"
      >${before.map(([label, cls]) => html`<span class=${cls}>${label}</span> `)}${labelled
        ? html`<span class="visually-hidden">${this._t('picker.result.routes')} </span>`
        : nothing}${routes.map(([label, cls]) => html`<span class=${cls}>${label}</span> `)}</span
    >`;
  }

  private _staleWarning(service: Service): TemplateResult | typeof nothing {
    return isStale(service, this._today)
      ? html`<span class="stale"><span class="visually-hidden">${this._t('common.warning.prefix')} </span>${this._t('picker.result.stale', { date: formatLongDate(service.lastReviewed) })}</span>`
      : nothing;
  }

  // ─── Rendering ───────────────────────────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    return html`
      <div part="base">
        <h2 aria-level=${ifDefined(this._level(2))}>${this._t('picker.heading')}</h2>
        ${this._step ? this._renderStep(this._step) : this._renderSearch()}
        <p class="hint notice" role="status">${this._notice}</p>
        ${this._renderChosen()}
        <div class="sources" part="sources">
          <p><strong>${this._t('picker.sources.heading')}.</strong> ${this._t('picker.sources.icbs')}</p>
          <p>${this._t('picker.sources.services')}</p>
        </div>
      </div>
    `;
  }

  private _renderArea(): TemplateResult {
    const { current, former } = icbChoices();
    const area = findIcb(this._area);
    const others = area?.footprints.filter((f) => f.code !== area.code) ?? [];
    const option = (a: { code: string; name: string }) => html`<option value=${a.code} ?selected=${a.code === this._area}>${a.name} (${a.code})</option>`;
    return html`
      <div class="form-group area" part="area">
        <label class="label" for="area">${this._t('picker.area.label')}</label>
        <div class="hint" id="area-hint">${this._t('picker.area.hint')}</div>
        ${this._unknownArea ? html`<p class="warning" id="area-unknown">${this._t('picker.area.unknown', { code: this._unknownArea })}</p>` : nothing}
        <select id="area" aria-describedby=${this._unknownArea ? 'area-hint area-unknown' : others.length ? 'area-hint area-includes' : 'area-hint'} @change=${this._onAreaChange}>
          <option value="" ?selected=${this._area === ''}>${this._t('picker.area.none')}</option>
          ${this._unknownArea ? html`<option value=${this._unknownArea} selected>${this._unknownArea}</option>` : nothing}
          <optgroup label=${this._t('picker.area.current')}>${current.map(option)}</optgroup>
          <optgroup label=${this._t('picker.area.former')}>${former.map(option)}</optgroup>
        </select>
        ${others.length
          ? html`<p class="hint" id="area-includes">${this._t('picker.area.includes', { areas: others.map((f) => this._footprintLabel(f)).join(', ') })}</p>`
          : nothing}
      </div>
    `;
  }

  private _renderFilters(): TemplateResult {
    const first = new Set(this._suggested);
    const ordered = [...this._suggested, ...SERVICE_CATEGORIES.filter((c) => !first.has(c))];
    return html`
      <fieldset class="form-group" part="filters" aria-describedby="filter-hint">
        <legend>${this._t('picker.filter.legend')}</legend>
        <div class="hint" id="filter-hint">${this._t('picker.filter.hint')}</div>
        <div class="chips">
          ${ordered.map((c) => {
            const pressed = this._filters.includes(c);
            return html`<button type="button" class="chip" aria-pressed=${pressed ? 'true' : 'false'} data-category=${c} @click=${() => this._toggleFilter(c)}>
              ${pressed ? html`<span class="chip__tick" aria-hidden="true">✓</span>` : nothing}${categoryLabel(c, this.lang || undefined)}
              ${first.has(c) ? html`<span class="tag">${this._t('picker.filter.suggested')}</span>` : nothing}
            </button>`;
          })}
        </div>
      </fieldset>
    `;
  }

  private _renderSearch(): TemplateResult {
    const open = this._listboxOpen;
    const shown = Math.min(this._shown, this._results.length);
    return html`
      ${this._renderArea()} ${this._renderFilters()}
      <div class="form-group combobox" part="search">
        <label class="label" for="search">${this._t('picker.search.label')}</label>
        <div class="hint" id="search-hint">${this._t('picker.search.hint')}</div>
        <input
          id="search"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${ifDefined(open && this._active >= 0 ? `option-${this._active}` : undefined)}
          aria-describedby="search-hint search-status"
          .value=${live(this._text)}
          @input=${this._onInput}
          @keydown=${this._onKeydown}
          @click=${() => (this._open = true)}
          @blur=${() => (this._open = false)}
        />
        <p class="status" id="search-status" role="status">${this._loading ? this._t('picker.search.loading') : this._announce}</p>
        ${this._providerFailed
          ? html`<div class="error-message" role="alert">
                <span class="visually-hidden">${this._t('common.error.prefix')}</span> ${this._t('picker.provider.error')}
              </div>
              <button type="button" class="button button--secondary" @click=${this._retry}>${this._t('picker.provider.retry')}</button>`
          : nothing}
      </div>
      <div class="panel" id="panel" part="listbox" ?hidden=${!open} @mousedown=${(e: Event) => e.preventDefault()}>
        <ul
          role="listbox"
          id="listbox"
          tabindex="-1"
          aria-label=${this._t('picker.search.listbox')}
          aria-busy=${this._loading ? 'true' : 'false'}
          @click=${this._onListClick}
          @scroll=${this._onListScroll}
        >
          ${open ? this._results.slice(0, shown).map((s, i) => this._renderOption(s, i)) : nothing}
        </ul>
        ${open && shown < this._results.length
          ? html`<p class="panel__footer">${this._t('picker.search.more', { shown: shown.toLocaleString('en-GB'), total: this._results.length.toLocaleString('en-GB') })}</p>`
          : nothing}
      </div>
    `;
  }

  private _renderOption(service: Service, index: number): TemplateResult {
    const active = index === this._active;
    const chosen = this._chosen.some((c) => c.serviceId === service.id);
    const suggested = this._suggested.includes(service.category);
    return html`<li
      role="option"
      part="option"
      id="option-${index}"
      data-index=${index}
      class=${active ? 'active' : ''}
      aria-selected=${active ? 'true' : 'false'}
      aria-setsize=${this._results.length}
      aria-posinset=${index + 1}
    >
      <span class="option__name">${service.name}</span>
      <span class="option__meta">${categoryLabel(service.category, this.lang || undefined)} · ${this._areaLabel(service)}</span>
      ${service.eligibility ? html`<span class="option__eligibility">${service.eligibility}</span>` : nothing}
      ${this._routeTags(service, true, [
        ...(suggested ? [[this._t('picker.filter.suggested'), 'tag'] as [string, string]] : []),
        ...(chosen ? [[this._t('picker.result.chosen'), 'tag tag--chosen'] as [string, string]] : []),
      ])}
      ${service.referral.self ? html`<span class="signpost">${this._t('picker.result.signpost')}</span>` : nothing} ${this._staleWarning(service)}
    </li>`;
  }

  private _renderStep(step: Step): TemplateResult {
    const { service } = step;
    const both = canRefer(service) && canSignpost(service);
    const refer = step.mode === 'refer';
    const consentError = step.consentError ? this._t('picker.step.consent.error') : '';
    const contacts = [
      service.url ? html`<dt>${this._t('picker.step.website')}</dt>
              <dd><a href=${service.url} target="_blank" rel="noopener noreferrer">${service.url}</a></dd>` : nothing,
      service.telephone ? html`<dt>${this._t('picker.step.telephone')}</dt>
              <dd>${service.telephone}</dd>` : nothing,
      service.email ? html`<dt>${this._t('picker.step.email')}</dt>
              <dd>${service.email}</dd>` : nothing,
      service.address || service.postcode
        ? html`<dt>${this._t('picker.step.address')}</dt>
              <dd>${[service.address, service.postcode].filter(Boolean).join(', ')}</dd>`
        : nothing,
    ];
    const hasContact = Boolean(service.url || service.telephone || service.email || service.address || service.postcode);
    return html`
      <form class="step" part="referral" novalidate aria-labelledby="step-heading" @submit=${this._create}>
        ${this._showSummary && consentError
          ? html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
              <h3 id="error-summary-title" aria-level=${ifDefined(this._level(3))}>${this._t('common.errorSummary.title')}</h3>
              <ul>
                <li>
                  <a
                    href="#consent"
                    @click=${(e: Event) => {
                      e.preventDefault();
                      (this.renderRoot.querySelector('#consent') as HTMLInputElement | null)?.focus();
                    }}
                    >${consentError}</a
                  >
                </li>
              </ul>
            </div>`
          : nothing}
        <span class="caption">${this._t('picker.step.caption')}</span>
        <h3 id="step-heading" tabindex="-1" aria-level=${ifDefined(this._level(3))}>${service.name}</h3>
        <dl class="details">
          <dt>${this._t('picker.step.category')}</dt>
          <dd>${categoryLabel(service.category, this.lang || undefined)}</dd>
          <dt>${this._t('picker.step.area')}</dt>
          <dd>${this._areaLabel(service)}</dd>
          ${service.eligibility ? html`<dt>${this._t('picker.step.eligibility')}</dt>
              <dd>${service.eligibility}</dd>` : nothing}
          ${service.description ? html`<dt>${this._t('picker.step.description')}</dt>
              <dd>${service.description}</dd>` : nothing}
          <dt>${this._t('picker.step.routes')}</dt>
          <dd>${this._routeTags(service, false)}</dd>
          ${hasContact ? contacts : html`<dt>${this._t('picker.step.contact')}</dt>
              <dd>${this._t('picker.step.noContact')}</dd>`}
          <dt>${this._t('picker.step.reviewedLabel')}</dt>
          <dd>${formatLongDate(service.lastReviewed)} ${this._staleWarning(service)}</dd>
          ${service.source ? html`<dt>${this._t('picker.step.sourceLabel')}</dt>
              <dd>${service.source}</dd>` : nothing}
        </dl>
        ${both
          ? html`<fieldset class="form-group">
              <legend>${this._t('picker.step.mode.legend')}</legend>
              <div class="radios">
                ${(['refer', 'signpost'] as const).map(
                  (mode) => html`<div class="choice">
                    <input type="radio" id="mode-${mode}" name="mode" .checked=${live(step.mode === mode)} @change=${() => this._editStep({ mode })} />
                    <label for="mode-${mode}">${this._t(mode === 'refer' ? 'picker.step.mode.refer' : 'picker.step.mode.signpost')}</label>
                  </div>`,
                )}
              </div>
            </fieldset>`
          : nothing}
        ${!canRefer(service) ? html`<p class="inset">${this._t('picker.step.signpostOnly')}</p>` : nothing}
        <div class="form-group">
          <label class="label" for="reason">${this._t(refer ? 'picker.step.reason.label' : 'picker.step.reason.signpostLabel')}</label>
          ${this._conditions.length ? html`<div class="hint" id="reason-hint">${this._t('picker.step.reason.hint')}</div>` : nothing}
          <textarea
            id="reason"
            rows="3"
            maxlength=${MAX_TEXT}
            aria-describedby=${ifDefined(this._conditions.length ? 'reason-hint' : undefined)}
            .value=${live(step.reason)}
            @input=${(e: Event) => this._editStep({ reason: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
        </div>
        ${refer
          ? html`<div class="form-group ${consentError ? 'form-group--error' : ''}">
              ${consentError
                ? html`<p class="error-message" id="consent-error"><span class="visually-hidden">${this._t('common.error.prefix')}</span> ${consentError}</p>`
                : nothing}
              <div class="choice">
                <input
                  type="checkbox"
                  id="consent"
                  aria-describedby=${consentError ? 'consent-hint consent-error' : 'consent-hint'}
                  aria-invalid=${consentError ? 'true' : 'false'}
                  .checked=${live(step.consent)}
                  @change=${(e: Event) => this._editStep({ consent: (e.target as HTMLInputElement).checked })}
                />
                <label for="consent">${this._t('picker.step.consent.label')}</label>
              </div>
              <div class="hint" id="consent-hint">${this._t('picker.step.consent.hint')}</div>
            </div>`
          : nothing}
        <div class="form-group">
          <label class="label" for="notes">${this._t('picker.step.notes.label')} ${this._t('common.optional')}</label>
          <textarea
            id="notes"
            rows="3"
            maxlength=${MAX_TEXT}
            .value=${live(step.notes)}
            @input=${(e: Event) => this._editStep({ notes: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
        </div>
        <button type="submit" class="button">${this._t(refer ? 'picker.step.create' : 'picker.step.signpost')}</button>
        <button type="button" class="button button--secondary" @click=${this._backToSearch}>${this._t('picker.step.cancel')}</button>
      </form>
    `;
  }

  private _renderChosen(): TemplateResult | typeof nothing {
    if (!this._chosen.length) return nothing;
    const kind = (c: Chosen) => this._t(c.kind === 'referral' ? 'picker.chosen.referred' : c.kind === 'signposted' ? 'picker.chosen.signposted' : 'picker.chosen.restored');
    return html`
      <section class="chosen" part="chosen" aria-labelledby="chosen-heading">
        <h3 id="chosen-heading" tabindex="-1" aria-level=${ifDefined(this._level(3))}>${plural('picker.chosen.heading', this._chosen.length, undefined, this.lang || undefined)}</h3>
        ${!this.multiple ? html`<p class="hint">${this._t('picker.chosen.replaceHint')}</p>` : nothing}
        <ul>
          ${this._chosen.map(
            (c) => html`<li>
              <span>
                <span class="chosen__name">${c.service?.name ?? this._t('picker.chosen.unknown', { id: c.serviceId })}</span><br />
                <span class="hint">${kind(c)}</span>
              </span>
              <button type="button" class="button button--reverse" @click=${() => this._remove(c)}>
                ${this._t('picker.chosen.remove')}<span class="visually-hidden"> ${c.service?.name ?? c.serviceId}</span>
              </button>
            </li>`,
          )}
        </ul>
      </section>
    `;
  }
}
