/**
 * The templates of `<local-services-picker>`: each renders one region from what the element hands
 * it, in the element's language, and calls back on the clinician's actions. They hold no state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { choices, describedBy, errorMessage, errorSummary, textField } from '../../internal/templates.js';
import { formatLongDate, type CalendarDate } from '../../model/dates.js';
import { MAX_TEXT, SERVICE_CATEGORIES, type Service, type ServiceCategory } from '../../model/schemas.js';
import { categoryLabel, findIcb, footprintLabel, icbChoices, isStale, serviceAreaLabel } from '../../model/services.js';
import { plural, type MessageId, type MessageParams } from '../../messages/index.js';
import type { Chosen } from './chosen.js';
import { canRefer, canSignpost, type Step } from './referral-step.js';

type Maybe = TemplateResult | typeof nothing;

/** What every template needs from the element. */
export interface View {
  t: (id: MessageId, params?: MessageParams) => string;
  lang: string;
  today: CalendarDate;
  /** The `aria-level` for a heading written as `<h{tag}>`. */
  level: (tag: 2 | 3 | 4) => string | undefined;
  /** The element's top heading level, 1 to 6. */
  top: number;
  disabled: boolean;
  /** The chosen area's ODS code, or `''` for national services only. */
  area: string;
}

/** A count in the element's language ("3,660 services"). */
export function countText(v: View, n: number): string {
  return plural('picker.count', n, undefined, v.lang);
}

// ─── Area and filters ────────────────────────────────────────────────────────────────────────────

export function areaTemplate(v: View, o: { unknownArea: string | null; onChange: (code: string) => void }): TemplateResult {
  const { current, former } = icbChoices();
  const others = findIcb(v.area)?.footprints.filter((f) => f.code !== v.area) ?? [];
  const option = (a: { code: string; name: string }) => html`<option value=${a.code} ?selected=${a.code === v.area}>${a.name} (${a.code})</option>`;
  return html`
    <div class="form-group area" part="area">
      <label class="label" for="area">${v.t('picker.area.label')}</label>
      <div class="hint" id="area-hint">${v.t('picker.area.hint')}</div>
      ${o.unknownArea ? html`<p class="warning" id="area-unknown">${v.t('picker.area.unknown', { code: o.unknownArea })}</p>` : nothing}
      <select
        id="area"
        aria-describedby=${describedBy('area-hint', o.unknownArea ? 'area-unknown' : others.length > 0 && 'area-includes') as string}
        ?disabled=${v.disabled}
        @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${v.area === ''}>${v.t('picker.area.none')}</option>
        ${o.unknownArea ? html`<option value=${o.unknownArea} selected>${o.unknownArea}</option>` : nothing}
        <optgroup label=${v.t('picker.area.current')}>${current.map(option)}</optgroup>
        <optgroup label=${v.t('picker.area.former')}>${former.map(option)}</optgroup>
      </select>
      ${others.length
        ? html`<p class="hint" id="area-includes">${v.t('picker.area.includes', { areas: others.map((f) => footprintLabel(f, v.lang)).join(', ') })}</p>`
        : nothing}
    </div>
  `;
}

export function filtersTemplate(v: View, o: { suggested: readonly ServiceCategory[]; filters: readonly ServiceCategory[]; onToggle: (c: ServiceCategory) => void }): TemplateResult {
  const first = new Set(o.suggested);
  const ordered = [...o.suggested, ...SERVICE_CATEGORIES.filter((c) => !first.has(c))];
  return html`
    <fieldset class="form-group" part="filters" aria-describedby="filter-hint">
      <legend>${v.t('picker.filter.legend')}</legend>
      <div class="hint" id="filter-hint">${v.t('picker.filter.hint')}</div>
      <div class="chips">
        ${ordered.map((c) => {
          const pressed = o.filters.includes(c);
          return html`<button
            type="button"
            class="chip"
            aria-pressed=${pressed ? 'true' : 'false'}
            data-category=${c}
            ?disabled=${v.disabled}
            @click=${() => o.onToggle(c)}
          >
            ${pressed ? html`<span class="chip__tick" aria-hidden="true">✓</span>` : nothing}${categoryLabel(c, v.lang)}
            ${first.has(c) ? html`<span class="tag">${v.t('picker.filter.suggested')}</span>` : nothing}
          </button>`;
        })}
      </div>
    </fieldset>
  `;
}

// ─── Search ──────────────────────────────────────────────────────────────────────────────────────

export interface SearchOptions {
  text: string;
  open: boolean;
  active: number;
  shown: number;
  results: readonly Service[];
  announce: string;
  loading: boolean;
  providerFailed: boolean;
  chosenIds: ReadonlySet<string>;
  suggested: readonly ServiceCategory[];
  onInput: (e: Event) => void;
  onKeydown: (e: KeyboardEvent) => void;
  onOpen: () => void;
  onClose: () => void;
  onRetry: () => void;
  onListClick: (e: Event) => void;
  onListScroll: (e: Event) => void;
}

export function searchTemplate(v: View, o: SearchOptions): TemplateResult {
  const shown = Math.min(o.shown, o.results.length);
  return html`
    <div class="form-group combobox" part="search">
      <label class="label" for="search">${v.t('picker.search.label')}</label>
      <div class="hint" id="search-hint">${v.t('picker.search.hint')}</div>
      <input
        id="search"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${o.open ? 'true' : 'false'}
        aria-controls="listbox"
        aria-activedescendant=${ifDefined(o.open && o.active >= 0 ? `option-${o.active}` : undefined)}
        aria-describedby="search-hint search-status"
        ?disabled=${v.disabled}
        .value=${live(o.text)}
        @input=${o.onInput}
        @keydown=${o.onKeydown}
        @click=${o.onOpen}
        @blur=${o.onClose}
      />
      <p class="status" id="search-status" role="status">${o.loading ? v.t('picker.search.loading') : o.announce}</p>
      ${o.providerFailed
        ? html`<div class="error-message" role="alert">
              <span class="visually-hidden">${v.t('common.error.prefix')}</span> ${v.t('picker.provider.error')}
            </div>
            <button type="button" class="button button--secondary" ?disabled=${v.disabled} @click=${o.onRetry}>${v.t('picker.provider.retry')}</button>`
        : nothing}
    </div>
    <div class="panel" id="panel" part="listbox" ?hidden=${!o.open} @mousedown=${(e: Event) => e.preventDefault()}>
      <ul
        role="listbox"
        id="listbox"
        tabindex="-1"
        aria-label=${v.t('picker.search.listbox')}
        aria-busy=${o.loading ? 'true' : 'false'}
        @click=${o.onListClick}
        @scroll=${o.onListScroll}
      >
        ${o.open ? o.results.slice(0, shown).map((s, i) => optionTemplate(v, s, i, o)) : nothing}
      </ul>
      ${o.open && shown < o.results.length
        ? html`<p class="panel__footer">
            ${v.t('picker.search.more', { shown, total: o.results.length })}
          </p>`
        : nothing}
    </div>
  `;
}

function optionTemplate(v: View, service: Service, index: number, o: SearchOptions): TemplateResult {
  const active = index === o.active;
  const tags: [string, string][] = [];
  if (o.suggested.includes(service.category)) tags.push([v.t('picker.filter.suggested'), 'tag']);
  if (o.chosenIds.has(service.id)) tags.push([v.t('picker.result.chosen'), 'tag tag--chosen']);
  return html`<li
    role="option"
    part="option"
    id="option-${index}"
    data-index=${index}
    class=${active ? 'active' : ''}
    aria-selected=${active ? 'true' : 'false'}
    aria-setsize=${o.results.length}
    aria-posinset=${index + 1}
  >
    <span class="option__name">${service.name}</span>
    <span class="option__meta">${categoryLabel(service.category, v.lang)} · ${serviceAreaLabel(service, v.area || undefined, v.lang)}</span>
    ${service.eligibility ? html`<span class="option__eligibility">${service.eligibility}</span>` : nothing}
    ${routeTags(v, service, true, tags)}
    ${service.referral.self ? html`<span class="signpost">${v.t('picker.result.signpost')}</span>` : nothing} ${staleWarning(v, service)}
  </li>`;
}

/** Who can refer, as tags; `before` adds tags ahead of them (Suggested, Chosen) on the same line. */
function routeTags(v: View, service: Service, labelled: boolean, before: [string, string][] = []): TemplateResult {
  const { self, professional, employer } = service.referral;
  const routes: [string, string][] = [];
  if (self) routes.push([v.t('picker.result.route.self'), 'tag tag--self']);
  if (professional) routes.push([v.t('picker.result.route.professional'), 'tag']);
  if (employer) routes.push([v.t('picker.result.route.employer'), 'tag']);
  if (!routes.length) routes.push([v.t('picker.result.route.unknown'), 'tag']);
  // Spaces between the tags keep their words apart in the accessible name.
  return html`<span class="badges"
    >${before.map(([label, cls]) => html`<span class=${cls}>${label}</span> `)}${labelled
      ? html`<span class="visually-hidden">${v.t('picker.result.routes')} </span>`
      : nothing}${routes.map(([label, cls]) => html`<span class=${cls}>${label}</span> `)}</span
  >`;
}

function staleWarning(v: View, service: Service): Maybe {
  return isStale(service, v.today)
    ? html`<span class="stale"
        ><span class="visually-hidden">${v.t('common.warning.prefix')} </span>${v.t('picker.result.stale', {
          date: formatLongDate(service.lastReviewed, v.lang),
        })}</span
      >`
    : nothing;
}

// ─── Referral step ───────────────────────────────────────────────────────────────────────────────

export interface StepOptions {
  hasConditions: boolean;
  showSummary: boolean;
  root: ParentNode;
  onEdit: (patch: Partial<Pick<Step, 'mode' | 'reason' | 'consent' | 'notes'>>) => void;
  onSubmit: (e: Event) => void;
  onCancel: () => void;
}

function contactDetails(v: View, service: Service): Maybe[] {
  const entry = (label: MessageId, value: TemplateResult | string | undefined): Maybe =>
    value ? html`<dt>${v.t(label)}</dt>
        <dd>${value}</dd>` : nothing;
  const address = [service.address, service.postcode].filter(Boolean).join(', ');
  const rows: Maybe[] = [
    entry('picker.step.website', service.url ? html`<a href=${service.url} target="_blank" rel="noopener noreferrer">${service.url}</a>` : undefined),
    entry('picker.step.telephone', service.telephone),
    entry('picker.step.email', service.email),
    entry('picker.step.address', address),
  ];
  return rows.some((r) => r !== nothing) ? rows : [entry('picker.step.contact', v.t('picker.step.noContact'))];
}

export function stepTemplate(v: View, step: Step, o: StepOptions): TemplateResult {
  const { service } = step;
  const refer = step.mode === 'refer';
  const prefix = v.t('common.error.prefix');
  const consentError = step.consentError ? v.t('picker.step.consent.error') : '';
  return html`
    <form class="step" part="referral" novalidate aria-labelledby="step-heading" @submit=${o.onSubmit}>
      ${o.showSummary && consentError
        ? errorSummary({ title: v.t('common.errorSummary.title'), level: Math.min(6, v.top + 1), items: [{ controlId: 'consent', text: consentError }], root: o.root })
        : nothing}
      <span class="caption">${v.t('picker.step.caption')}</span>
      <h3 id="step-heading" tabindex="-1" aria-level=${ifDefined(v.level(3))}>${service.name}</h3>
      <dl class="details">
        <dt>${v.t('picker.step.category')}</dt>
        <dd>${categoryLabel(service.category, v.lang)}</dd>
        <dt>${v.t('picker.step.area')}</dt>
        <dd>${serviceAreaLabel(service, v.area || undefined, v.lang)}</dd>
        ${service.eligibility ? html`<dt>${v.t('picker.step.eligibility')}</dt>
            <dd>${service.eligibility}</dd>` : nothing}
        ${service.description ? html`<dt>${v.t('picker.step.description')}</dt>
            <dd>${service.description}</dd>` : nothing}
        <dt>${v.t('picker.step.routes')}</dt>
        <dd>${routeTags(v, service, false)}</dd>
        ${contactDetails(v, service)}
        <dt>${v.t('picker.step.reviewedLabel')}</dt>
        <dd>${formatLongDate(service.lastReviewed, v.lang)} ${staleWarning(v, service)}</dd>
        ${service.source ? html`<dt>${v.t('picker.step.sourceLabel')}</dt>
            <dd>${service.source}</dd>` : nothing}
      </dl>
      ${canRefer(service) && canSignpost(service)
        ? choices({
            type: 'radio',
            name: 'mode',
            id: 'mode',
            legend: v.t('picker.step.mode.legend'),
            errors: [],
            errorPrefix: prefix,
            disabled: v.disabled,
            options: (['refer', 'signpost'] as const).map((mode) => ({
              value: mode,
              id: `mode-${mode}`,
              label: v.t(mode === 'refer' ? 'picker.step.mode.refer' : 'picker.step.mode.signpost'),
              checked: step.mode === mode,
            })),
            onChange: (mode, checked) => checked && o.onEdit({ mode }),
          })
        : nothing}
      ${!canRefer(service) ? html`<p class="inset">${v.t('picker.step.signpostOnly')}</p>` : nothing}
      ${textField({
        id: 'reason',
        label: v.t(refer ? 'picker.step.reason.label' : 'picker.step.reason.signpostLabel'),
        hint: o.hasConditions ? v.t('picker.step.reason.hint') : undefined,
        value: step.reason,
        errors: [],
        errorPrefix: prefix,
        multiline: true,
        maxlength: MAX_TEXT,
        disabled: v.disabled,
        onInput: (reason) => o.onEdit({ reason }),
      })}
      ${refer ? consentTemplate(v, step, consentError, o) : nothing}
      ${textField({
        id: 'notes',
        label: `${v.t('picker.step.notes.label')} ${v.t('common.optional')}`,
        value: step.notes,
        errors: [],
        errorPrefix: prefix,
        multiline: true,
        maxlength: MAX_TEXT,
        disabled: v.disabled,
        onInput: (notes) => o.onEdit({ notes }),
      })}
      <button type="submit" class="button" ?disabled=${v.disabled}>${v.t(refer ? 'picker.step.create' : 'picker.step.signpost')}</button>
      <button type="button" class="button button--secondary" ?disabled=${v.disabled} @click=${o.onCancel}>${v.t('picker.step.cancel')}</button>
    </form>
  `;
}

/** One checkbox needs no fieldset of its own: the NHS error message sits above it, the hint below. */
function consentTemplate(v: View, step: Step, error: string, o: StepOptions): TemplateResult {
  return html`<div class="form-group ${error ? 'form-group--error' : ''}">
    ${errorMessage('consent-error', error ? [error] : [], v.t('common.error.prefix'))}
    <div class="choice">
      <input
        type="checkbox"
        id="consent"
        aria-describedby=${describedBy('consent-hint', error && 'consent-error') as string}
        aria-invalid=${error ? 'true' : 'false'}
        ?disabled=${v.disabled}
        .checked=${live(step.consent)}
        @change=${(e: Event) => o.onEdit({ consent: (e.target as HTMLInputElement).checked })}
      />
      <label for="consent">${v.t('picker.step.consent.label')}</label>
    </div>
    <div class="hint" id="consent-hint">${v.t('picker.step.consent.hint')}</div>
  </div>`;
}

// ─── Chosen services ─────────────────────────────────────────────────────────────────────────────

export function chosenTemplate(v: View, chosen: readonly Chosen[], o: { multiple: boolean; onRemove: (c: Chosen) => void }): Maybe {
  if (!chosen.length) return nothing;
  const kind = (c: Chosen) =>
    v.t(c.kind === 'referral' ? 'picker.chosen.referred' : c.kind === 'signposted' ? 'picker.chosen.signposted' : 'picker.chosen.restored');
  return html`
    <section class="chosen" part="chosen" aria-labelledby="chosen-heading">
      <h3 id="chosen-heading" tabindex="-1" aria-level=${ifDefined(v.level(3))}>
        ${plural('picker.chosen.heading', chosen.length, undefined, v.lang)}
      </h3>
      ${!o.multiple ? html`<p class="hint">${v.t('picker.chosen.replaceHint')}</p>` : nothing}
      <ul>
        ${chosen.map(
          (c) => html`<li>
            <span>
              <span class="chosen__name">${c.service?.name ?? v.t('picker.chosen.unknown', { id: c.serviceId })}</span><br />
              <span class="hint">${kind(c)}</span>
            </span>
            <button type="button" class="button button--reverse" ?disabled=${v.disabled} @click=${() => o.onRemove(c)}>
              ${v.t('picker.chosen.remove')}<span class="visually-hidden"> ${c.service?.name ?? c.serviceId}</span>
            </button>
          </li>`,
        )}
      </ul>
    </section>
  `;
}
