/**
 * The NHS date input: day, month and year as three fields with a hint, rendered into the element's
 * own shadow root so labels, hint and error stay with their controls. What the clinician typed is
 * kept as typed (`DateFields`), so "31 2 2026" stays on screen with its error rather than vanishing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { calendarDateFromFields, parseCalendarDate, type CalendarDate } from '../model/dates.js';
import { message } from '../messages/index.js';

export interface DateFields {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE_FIELDS: Readonly<DateFields> = Object.freeze({ day: '', month: '', year: '' });

export function fieldsFromDate(date: CalendarDate | null | undefined): DateFields {
  const parts = parseCalendarDate(date);
  return parts ? { day: String(parts.day), month: String(parts.month), year: String(parts.year) } : { ...EMPTY_DATE_FIELDS };
}

export function dateFromFields(fields: DateFields): CalendarDate | null {
  return calendarDateFromFields(fields.day, fields.month, fields.year);
}

export function isBlank(fields: DateFields): boolean {
  return !fields.day.trim() && !fields.month.trim() && !fields.year.trim();
}

export interface DateInputOptions {
  /** Prefix of the three inputs' ids: `${id}-day` is the one an error summary link focuses. */
  id: string;
  legend: string;
  hint?: string;
  fields: DateFields;
  error?: string;
  disabled?: boolean;
  /** Shows the date in words under the fields when it is real ("That is 3 March 2026."). */
  showInWords?: boolean;
  onInput: (fields: DateFields) => void;
  onBlur?: () => void;
  /** Language of the field labels, hint and the date in words. */
  lang?: string;
}

export function renderDateInput(o: DateInputOptions): TemplateResult {
  const hintId = `${o.id}-hint`;
  const errorId = `${o.id}-error`;
  const describedBy = [o.hint !== '' ? hintId : '', o.error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const date = dateFromFields(o.fields);
  const t = (id: Parameters<typeof message>[0], params?: Parameters<typeof message>[1]) => message(id, params, o.lang);
  const part = (key: keyof DateFields, labelId: 'common.date.day' | 'common.date.month' | 'common.date.year', width: string, max: number) => html`
    <div class="date-input__item">
      <label class="label date-input__label" for="${o.id}-${key}">${t(labelId)}</label>
      <input
        class="${width} ${o.error ? 'input--error' : ''}"
        id="${o.id}-${key}"
        name="${o.id}-${key}"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        maxlength=${max}
        .value=${o.fields[key]}
        ?disabled=${o.disabled}
        aria-invalid=${o.error ? 'true' : 'false'}
        @input=${(e: Event) => o.onInput({ ...o.fields, [key]: (e.target as HTMLInputElement).value })}
        @blur=${(e: FocusEvent) => {
          const next = e.relatedTarget as Element | null;
          if (!next?.id?.startsWith(`${o.id}-`)) o.onBlur?.();
        }}
      />
    </div>
  `;
  return html`
    <div class="form-group ${o.error ? 'form-group--error' : ''}">
      <fieldset role="group" aria-describedby=${ifDefined(describedBy)}>
        <legend>${o.legend}</legend>
        ${o.hint === '' ? nothing : html`<div class="hint" id=${hintId}>${o.hint ?? t('common.date.hint')}</div>`}
        ${o.error
          ? html`<p class="error-message" id=${errorId}><span class="visually-hidden">${t('common.error.prefix')}</span> ${o.error}</p>`
          : nothing}
        <div class="date-input">
          ${part('day', 'common.date.day', 'width-2', 2)} ${part('month', 'common.date.month', 'width-2', 2)}
          ${part('year', 'common.date.year', 'width-4', 4)}
        </div>
        ${o.showInWords && date ? html`<p class="hint date-input__words">${t('common.date.inWords', { date })}</p>` : nothing}
      </fieldset>
    </div>
  `;
}
