/**
 * The one element layer: what every fit-note-widgets element takes from a host (`today`, `icb`,
 * `context`, `conditions`, `heading-level`, `lang`, `disabled`, `name`) is read here, once, so the
 * same bad value gets the same treatment and the same one-line `[fit-note-widgets]` report in all
 * three elements. Form-associated elements also get the platform's form conventions here
 * (`checkValidity()`, `reportValidity()`, `validationMessage`, `willValidate`, reset, disabled and
 * state restore), as Material Web and Web Awesome give them.
 *
 * Every setter accepts any JavaScript value without throwing: a Proxy whose traps throw, a Symbol or
 * a getter that throws is reported and ignored like any other unusable value.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { isCalendarDate, todayLocal, type CalendarDate } from '../model/dates.js';
import { normaliseIcbCode } from '../model/services.js';
import { cleanConditions } from '../model/fit-note.js';
import type { Coding, Context } from '../model/schemas.js';
import { message, type MessageId, type MessageParams } from '../messages/index.js';
import { reportOnce } from './report.js';
import { describe, readContext } from './host-input.js';

export type Density = 'comfortable' | 'compact';

/** Most conditions read from a host list; the rest are reported, so no list can freeze the page. */
export const MAX_HOST_CONDITIONS = 200;

/** Every connected element, told when a `lang` attribute changes anywhere in the document. */
const connected = new Set<FitNoteWidgetsElement>();
let langObserver: MutationObserver | null = null;

function watchLang(element: FitNoteWidgetsElement): void {
  connected.add(element);
  if (langObserver || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  langObserver = new MutationObserver(() => {
    for (const el of connected) el.langChanged();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatchLang(element: FitNoteWidgetsElement): void {
  connected.delete(element);
  if (connected.size === 0 && langObserver) {
    langObserver.disconnect();
    langObserver = null;
  }
}

/** Runs `read` on a host value, treating anything it throws (Proxies, throwing getters) as unusable. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** Value equality for host objects, `false` for anything that cannot be compared (cycles, throwing getters). */
export function sameJson(a: unknown, b: unknown): boolean {
  const json = (v: unknown) => safely(() => JSON.stringify(v), undefined);
  const left = json(a);
  return left !== undefined && left === json(b);
}

/** The nearest `lang` from `start` up, across shadow roots, else the document's, else English. */
function nearestLang(start: Node): string {
  for (let node: Node | null = start; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    const lang = node instanceof Element ? node.getAttribute('lang') : null;
    if (lang) return lang;
  }
  return (typeof document !== 'undefined' && document.documentElement.lang) || 'en';
}

export abstract class FitNoteWidgetsElement extends LitElement {
  /**
   * The nearest `lang` wins: the element's own, else its nearest ancestor's (across shadow roots),
   * else the document's. A change anywhere re-renders every word; nothing entered is lost.
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  private _todayValue: CalendarDate | undefined;
  private _icbValue: string | undefined;
  private _nameValue: string | undefined;
  private _disabledValue = false;
  private _headingLevelValue = 2;
  private _densityValue: Density = 'comfortable';
  private _context: Context = {};
  /** The last non-empty patient id: a different non-empty id is a patient switch. */
  private _lastPatientId: string | undefined;
  private _recordConditions: Coding[] = [];
  private _resolvedLang = 'en';
  /** Set by a surrounding disabled `<fieldset>` or `<form>`. */
  private _formDisabled = false;
  protected readonly internals: ElementInternals | null;

  constructor() {
    super();
    const formAssociated = (this.constructor as { formAssociated?: boolean }).formAssociated === true;
    this.internals = formAssociated && typeof this.attachInternals === 'function' ? this.attachInternals() : null;
  }

  /** The clinician's today (`YYYY-MM-DD`): the attribute when it is a real date, else the local date. */
  @property()
  get today(): CalendarDate {
    return this._todayValue ?? todayLocal();
  }
  set today(input: unknown) {
    const before = this._todayValue;
    if (input === undefined || input === null || input === '') this._todayValue = undefined;
    else if (isCalendarDate(input)) this._todayValue = input;
    else {
      this._todayValue = undefined;
      const shown = typeof input === 'string' ? JSON.stringify(input.slice(0, 40)) : describe(input);
      this.report(`today=${shown} is not a real date YYYY-MM-DD; using the local date`, `today:${shown}`);
    }
    if (before !== this._todayValue) this.todayChanged();
  }

  /**
   * ODS code of the ICB, 2023 or 1 April 2026 code, in any case and with spaces around it
   * (`"qop"`, `" Z9B2Z "`). Reading it gives the code as services use it, or `null`.
   */
  @property()
  get icb(): string | null {
    return this._icbValue ?? null;
  }
  set icb(input: unknown) {
    if (input === undefined || input === null || (typeof input === 'string' && input.trim() === '')) {
      this._icbValue = undefined;
      return;
    }
    const code = normaliseIcbCode(input);
    if (!code) this.report(`icb=${describe(input)} is not an ODS code (3 to 5 letters or digits); no area is used`, 'icb');
    this._icbValue = code ?? undefined;
  }

  /** Name under which a surrounding `<form>` submits the element's value. Reflected, as forms read the attribute. */
  @property({ reflect: true })
  get name(): string | undefined {
    return this._nameValue;
  }
  set name(input: unknown) {
    if (input === undefined || input === null || input === '') this._nameValue = undefined;
    else if (typeof input === 'string' && input.length <= 200) this._nameValue = input;
    else {
      this._nameValue = undefined;
      this.report(`name=${describe(input)} is not usable (expected text of at most 200 characters); ignored`, 'name');
    }
  }

  /** Makes every control read-only for the moment (a `<fieldset disabled>` around the element does the same). */
  @property({ type: Boolean, reflect: true })
  get disabled(): boolean {
    return this._disabledValue;
  }
  set disabled(input: unknown) {
    this._disabledValue = safely(() => Boolean(input), false);
  }

  /**
   * Level of the element's top heading, 1 to 6 (default 2); its other headings follow below it.
   * Set 3 where the element sits under an h2.
   */
  @property({ attribute: 'heading-level' })
  get headingLevel(): number {
    return this._headingLevelValue;
  }
  set headingLevel(input: unknown) {
    const level = typeof input === 'string' && /^\s*\d\s*$/.test(input) ? Number(input) : input;
    if (input === undefined || input === null || input === '') this._headingLevelValue = 2;
    else if (typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6) this._headingLevelValue = level;
    else {
      this._headingLevelValue = 2;
      this.report(`heading-level=${describe(input)} is not a whole number from 1 to 6; using 2`, 'heading-level');
    }
  }

  /**
   * How much room the element takes: `comfortable` (NHS.UK spacing, the default) or `compact` (for EHR
   * panels: tighter spacing and type, targets still at least 24 by 24 CSS pixels). Themable through
   * `--fnw-compact-space` and `--fnw-compact-font-size` (docs/theming.md).
   */
  @property({ reflect: true, converter: { fromAttribute: (v) => v, toAttribute: (v: unknown) => (v === 'compact' ? 'compact' : null) } })
  get density(): Density {
    return this._densityValue;
  }
  set density(input: unknown) {
    if (input === 'compact' || input === 'comfortable') this._densityValue = input;
    else {
      if (input !== undefined && input !== null && input !== '') {
        this.report(`density=${typeof input === 'string' ? JSON.stringify(input.slice(0, 40)) : describe(input)} is not comfortable or compact; using comfortable`, 'density');
      }
      this._densityValue = 'comfortable';
    }
  }

  /** The language of the element's words (BCP 47); read from the nearest `lang` when not set here. */
  override get lang(): string {
    return this.getAttribute('lang') ?? '';
  }
  override set lang(input: unknown) {
    if (input === undefined || input === null) this.removeAttribute('lang');
    else if (typeof input === 'string' && input.length <= 35) this.setAttribute('lang', input);
    else this.report(`lang=${describe(input)} is not a language tag; ignored`, 'lang');
  }

  /**
   * The host's ids (`{ patientId?, encounterId?, userId? }`), echoed in every event, never looked up.
   * A context that is not usable is ignored whole and reported; a new non-empty `patientId` that
   * differs from the last one is a patient switch, and nothing carries across it.
   */
  @property({ attribute: false })
  get context(): Context {
    return { ...this._context };
  }
  set context(input: unknown) {
    const read = readContext(input);
    if (!read.usable) {
      this.report(`${read.problem}; the context was ignored and nothing was reset`, 'context');
      return;
    }
    const id = read.value.patientId?.trim() ? read.value.patientId : undefined;
    const switched = id !== undefined && this._lastPatientId !== undefined && id !== this._lastPatientId;
    if (id !== undefined) this._lastPatientId = id;
    this._context = read.value;
    if (switched) this.patientSwitched();
  }

  /** Conditions from the host (`Coding[]`): the record's for the form, the consultation's for the others. */
  @property({ attribute: false })
  get conditions(): Coding[] {
    return this._recordConditions.map((c) => ({ ...c }));
  }
  set conditions(input: unknown) {
    this._recordConditions = this.readConditions(input, 'conditions');
    this.conditionsChanged();
  }

  // ─── What subclasses use ─────────────────────────────────────────────────────────────────────

  /** The resolved language, for the catalogue. */
  protected get language(): string {
    return this._resolvedLang;
  }

  /** A word from the catalogue in the element's language. */
  protected t(id: MessageId, params?: MessageParams): string {
    return message(id, params, this._resolvedLang);
  }

  /** The host's usable today, or `undefined` when the local date stands in. */
  protected get hostToday(): CalendarDate | undefined {
    return this._todayValue;
  }

  /** The `aria-level` for a heading written as `<h{tag}>`, when `heading-level` moves the element from 2. */
  protected level(tag: 2 | 3 | 4): string | undefined {
    const top = this._headingLevelValue;
    return top === 2 ? undefined : String(Math.min(6, top + tag - 2));
  }

  protected get recordConditions(): readonly Coding[] {
    return this._recordConditions;
  }

  /** Disabled by its own attribute or a surrounding disabled fieldset or form. */
  protected get isDisabled(): boolean {
    return this._disabledValue || this._formDisabled;
  }

  /** One console line, once per element and key: `[fit-note-widgets] <tag> problem`. */
  protected report(problem: string, key: string = problem): void {
    reportOnce(this, key, `<${this.localName}> ${problem}`);
  }

  /** Conditions a host handed over: usable codings kept (the first 200), the rest reported. */
  protected readConditions(input: unknown, what: string): Coding[] {
    if (input === undefined || input === null) return [];
    if (!safely(() => Array.isArray(input), false)) {
      this.report(`${what}: expected an array of { display, code?, system? }, got ${describe(input)}; ignored`, what);
      return [];
    }
    const list = input as unknown[];
    const length = safely(() => list.length, 0);
    const head = length > MAX_HOST_CONDITIONS ? safely(() => list.slice(0, MAX_HOST_CONDITIONS), []) : list;
    const { kept, dropped } = safely(() => cleanConditions(head), { kept: [] as Coding[], dropped: length });
    if (length > MAX_HOST_CONDITIONS) this.report(`${what}: ${length} items given; only the first ${MAX_HOST_CONDITIONS} are read`, `${what}:cap`);
    if (dropped > 0) this.report(`${what}: ${dropped} item(s) dropped; each needs a non-blank display of at most 1000 characters`, `${what}:dropped`);
    return kept;
  }

  /** Hooks: a subclass starts again for a new patient, follows a new today, or new conditions. */
  protected patientSwitched(): void {}
  protected todayChanged(): void {}
  protected conditionsChanged(): void {}

  /**
   * Tells framework bindings (Vue `v-model`, Angular forms) that the value changed: `input` while it
   * changes, `change` once an edit is committed. Dispatched from the element itself; the inner
   * controls' own `input` events stop at the shadow root, so a host hears one of each.
   */
  protected notifyValueChange(kind: 'input' | 'change' | 'both'): void {
    if (kind !== 'change') this.dispatchEvent(new Event('input', { bubbles: true }));
    if (kind !== 'input') this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // ─── Lifecycle ───────────────────────────────────────────────────────────────────────────────

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The inner controls' `input` is composed; the element dispatches its own instead (above).
    root.addEventListener('input', (e) => {
      if (e.composed) e.stopPropagation();
    });
    // A native control committed an edit: the element's value changed, so say so from the element.
    root.addEventListener('change', (e) => {
      const target = e.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
        this.notifyValueChange('change');
      }
    });
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._resolvedLang = this._resolveLang();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.langChanged();
  }

  /** @internal Called when a `lang` attribute changed somewhere above or on the element. */
  langChanged(): void {
    const next = this._resolveLang();
    if (next === this._resolvedLang) return;
    this._resolvedLang = next;
    this.requestUpdate();
  }

  private _resolveLang(): string {
    return nearestLang(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this._resolvedLang = this._resolveLang();
  }

  // ─── Form participation (form-associated elements only) ──────────────────────────────────────

  /**
   * Brings the element's form value and validity up to date (a form-associated subclass calls
   * `internals.setFormValue` and `internals.setValidity` here). Called after every update and before
   * any validity is read, so a value set a moment ago is never judged by the old one.
   */
  protected syncFormState(): void {}

  /** Shows the element's errors as confirming would, for `reportValidity()`. */
  protected showValidity(): void {}

  /** True when the element has no errors; fires `invalid` otherwise, as native controls do. */
  checkValidity(): boolean {
    this.syncFormState();
    return this.internals?.checkValidity() ?? true;
  }

  /** Like `checkValidity()`, and shows the errors with the error summary when there are some. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) this.showValidity();
    return valid;
  }

  /** The first error in words, as a native control gives it; empty when valid. */
  get validationMessage(): string {
    this.syncFormState();
    return this.internals?.validationMessage ?? '';
  }

  /** Whether a surrounding form validates this element (false while it is disabled). */
  get willValidate(): boolean {
    return this.internals?.willValidate ?? false;
  }

  /** The surrounding form, if any. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  /** @internal The surrounding form was reset. */
  formResetCallback(): void {
    this.formReset();
  }

  /** @internal A surrounding fieldset or form was disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this._formDisabled = disabled;
    this.requestUpdate();
    // Also called while an update reflects the element's own `disabled` attribute, after it rendered:
    // a request made then is dropped, so ask again once that update is over.
    queueMicrotask(() => this.requestUpdate());
  }

  /** @internal The browser restores the form after navigation (back/forward) or autofill. */
  formStateRestoreCallback(state: unknown, mode: 'restore' | 'autocomplete'): void {
    this.formStateRestore(state, mode);
  }

  /** Hooks for form participation. */
  protected formReset(): void {}
  protected formStateRestore(_state: unknown, _mode: 'restore' | 'autocomplete'): void {}
}
