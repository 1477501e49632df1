/**
 * The NHS form patterns, once, for all three elements: radios and checkboxes, a text field, the
 * error message and the error summary. Each renders into the calling element's own shadow root, so
 * labels, hints and errors stay with their controls (ARIA references do not cross shadow roots).
 * Words come in already translated; these templates hold none of their own.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

type Content = string | TemplateResult;
type Maybe = TemplateResult | typeof nothing;

/** `aria-describedby` from the ids that apply, or nothing. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** The NHS error message: a visually hidden "Error:" before each message, one per line. */
export function errorMessage(id: string, messages: readonly string[], prefix: string): Maybe {
  if (!messages.length) return nothing;
  return html`<p class="error-message" id=${id}>
    ${messages.map((text, i) => html`${i ? html`<br />` : nothing}<span class="visually-hidden">${prefix}</span> ${text}`)}
  </p>`;
}

export interface ChoiceOption<V> {
  value: V;
  id: string;
  label: Content;
  checked: boolean;
  describedBy?: string | undefined;
  /** Shown after the option, inside the list (a conditional reveal, a tag, a help button). */
  after?: Maybe;
  /** Wraps the option and its `after` (for a layout row). */
  wrap?: (option: TemplateResult) => TemplateResult;
}

export interface ChoicesOptions<V> {
  type: 'radio' | 'checkbox';
  /** The radio group's name; checkboxes need none. */
  name?: string;
  /** Prefix of the hint's and error's ids. */
  id: string;
  legend: Content;
  large?: boolean;
  hint?: Content | undefined;
  errors: readonly string[];
  errorPrefix: string;
  options: readonly ChoiceOption<V>[];
  onChange: (value: V, checked: boolean) => void;
  inline?: boolean;
  /** `data-group` of the form group, for errors shown on leaving it. */
  group?: string;
  /** After the options, inside the fieldset (warnings). */
  footer?: Maybe | Maybe[];
  disabled?: boolean;
}

/** An NHS radios or checkboxes group: fieldset, legend, hint, error and the choices. */
export function choices<V>(o: ChoicesOptions<V>): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = o.errors.length ? `${o.id}-error` : undefined;
  const list = o.type === 'radio' ? `radios${o.inline ? ' radios--inline' : ''}` : 'checkboxes';
  return html`
    <div class="form-group ${o.errors.length ? 'form-group--error' : ''}" data-group=${ifDefined(o.group)}>
      <fieldset aria-describedby=${ifDefined(describedBy(hintId, errorId))}>
        <legend class=${o.large ? 'legend--large' : ''}>${o.legend}</legend>
        ${o.hint ? html`<div class="hint" id=${hintId as string}>${o.hint}</div>` : nothing} ${errorMessage(`${o.id}-error`, o.errors, o.errorPrefix)}
        <div class=${list}>
          ${o.options.map((opt) => {
            const option = html`<div class="choice">
                <input
                  type=${o.type}
                  id=${opt.id}
                  name=${ifDefined(o.name)}
                  aria-describedby=${ifDefined(opt.describedBy)}
                  ?disabled=${o.disabled === true}
                  .checked=${live(opt.checked)}
                  @change=${(e: Event) => o.onChange(opt.value, (e.target as HTMLInputElement).checked)}
                />
                <label for=${opt.id}>${opt.label}</label>
              </div>
              ${opt.after ?? nothing}`;
            return opt.wrap ? opt.wrap(option) : option;
          })}
        </div>
        ${o.footer ?? nothing}
      </fieldset>
    </div>
  `;
}

export interface TextFieldOptions {
  id: string;
  label: Content;
  hint?: Content | undefined;
  value: string;
  errors: readonly string[];
  errorPrefix: string;
  multiline?: boolean;
  rows?: number;
  /** Width class of a single-line field (`width-4`, `width-20`). */
  width?: string;
  inputmode?: 'text' | 'numeric' | 'decimal';
  maxlength?: number;
  spellcheck?: boolean;
  group?: string;
  /** Between the hint and the error (a help button). */
  between?: Maybe;
  /** More ids for `aria-describedby` (an origin tag). */
  describedBy?: string | undefined;
  disabled?: boolean;
  onInput: (value: string, control: HTMLInputElement | HTMLTextAreaElement) => void;
  onBlur?: () => void;
  onSelect?: (control: HTMLTextAreaElement) => void;
}

/** An NHS text input or textarea with its label, hint and error. */
export function textField(o: TextFieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = o.errors.length ? `${o.id}-error` : undefined;
  const invalid = o.errors.length > 0;
  const described = describedBy(hintId, errorId, o.describedBy);
  const onInput = (e: Event) => o.onInput((e.target as HTMLInputElement).value, e.target as HTMLInputElement);
  const control = o.multiline
    ? html`<textarea
        id=${o.id}
        rows=${o.rows ?? 3}
        class=${invalid ? 'input--error' : ''}
        maxlength=${ifDefined(o.maxlength)}
        aria-describedby=${ifDefined(described)}
        aria-invalid=${invalid ? 'true' : 'false'}
        ?disabled=${o.disabled === true}
        .value=${live(o.value)}
        @input=${onInput}
        @blur=${() => o.onBlur?.()}
        @select=${(e: Event) => o.onSelect?.(e.target as HTMLTextAreaElement)}
        @keyup=${(e: Event) => o.onSelect?.(e.target as HTMLTextAreaElement)}
        @click=${(e: Event) => o.onSelect?.(e.target as HTMLTextAreaElement)}
      ></textarea>`
    : html`<input
        type="text"
        id=${o.id}
        class="${o.width ?? ''} ${invalid ? 'input--error' : ''}"
        inputmode=${ifDefined(o.inputmode)}
        maxlength=${ifDefined(o.maxlength)}
        autocomplete="off"
        spellcheck=${o.spellcheck === false ? 'false' : 'true'}
        aria-describedby=${ifDefined(described)}
        aria-invalid=${invalid ? 'true' : 'false'}
        ?disabled=${o.disabled === true}
        .value=${live(o.value)}
        @input=${onInput}
        @blur=${() => o.onBlur?.()}
      />`;
  return html`
    <div class="form-group ${invalid ? 'form-group--error' : ''}" data-group=${ifDefined(o.group)}>
      <label class="label" for=${o.id}>${o.label}</label>
      ${o.hint ? html`<div class="hint" id=${hintId as string}>${o.hint}</div>` : nothing} ${o.between ?? nothing}
      ${errorMessage(`${o.id}-error`, o.errors, o.errorPrefix)} ${control}
    </div>
  `;
}

export interface SummaryItem {
  /** Id of the control the link focuses. */
  controlId: string;
  text: string;
  /** Focuses the place instead, when it is inside a nested element (a referral step in the picker). */
  follow?: () => void;
}

/**
 * The NHS error summary, "There is a problem": it takes focus when shown (`showErrorSummary`), and
 * each link brings its field's legend or label into view, then focuses the field without scrolling
 * again (`focusControl`).
 */
export function errorSummary(o: {
  title: string;
  /** The heading's level (1 to 6; default 2): the element's top level where the summary stands first, else one below. */
  level?: number;
  items: readonly SummaryItem[];
  root: ParentNode;
}): Maybe {
  if (!o.items.length) return nothing;
  const level = o.level && o.level !== 2 ? String(o.level) : undefined;
  return html`
    <div class="error-summary" part="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" aria-level=${ifDefined(level)}>${o.title}</h2>
      <ul>
        ${o.items.map(
          (item) =>
            html`<li>
              <a
                href="#${item.controlId}"
                @click=${(e: Event) => {
                  e.preventDefault();
                  if (item.follow) item.follow();
                  else focusControl(o.root, item.controlId);
                }}
                >${item.text}</a
              >
            </li>`,
        )}
      </ul>
    </div>
  `;
}

/** Like the NHS error summary's links: the field's legend or label into view, then focus without scrolling. */
export function focusControl(root: ParentNode, id: string): boolean {
  const control = root.querySelector<HTMLElement>(`[id="${id.replace(/["\\]/g, '')}"]`);
  if (!control) return false;
  const caption = control.closest('fieldset')?.querySelector('legend') ?? root.querySelector(`label[for="${control.id}"]`) ?? control;
  caption.scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
  return true;
}

/** Focuses the error summary once it is on screen. */
export async function showErrorSummary(host: { updateComplete: Promise<unknown>; renderRoot: ParentNode }): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
}

/** An NHS inset warning ("Important:" for screen readers), for advice that never blocks. */
export function warning(text: string, rule: string, prefix: string): TemplateResult {
  return html`<div class="warning" part="warning" data-rule=${rule}>
    <p><span class="visually-hidden">${prefix}</span> ${text}</p>
  </div>`;
}
