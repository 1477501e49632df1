/**
 * The templates of `<local-services-picker>`: each renders one region from what the element hands
 * it, in the element's language, and calls back on the clinician's actions. They hold no state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Submission } from '../../internal/submission.js';
import { describedBy, textField } from '../../internal/templates.js';
import { formatLongDate, type CalendarDate } from '../../model/dates.js';
import type { ReferralStatus } from '../../model/plan.js';
import type { ReferralDraft } from '../../model/referral.js';
import { MAX_TEXT, SERVICE_CATEGORIES, type Service, type ServiceCategory } from '../../model/schemas.js';
import { categoryLabel, findIcb, footprintLabel, icbChoices, isStale, serviceAreaLabel } from '../../model/services.js';
import { plural, type MessageId, type MessageParams } from '../../messages/index.js';
import type { Chosen } from './chosen.js';
import { canRefer, canSignpost, type Step } from './referral-step.js';

type Maybe = TemplateResult | typeof nothing;
/** The host's answer for a referral (`acknowledge`), as the picker keeps it. */
type Answered = Submission<Exclude<ReferralStatus, 'pending'>, unknown>;

/** What every template needs from the element. */

/** A pressed filter's tick: decoration, hidden from screen readers (written escaped, so the file stays ASCII). */
const TICK = '\u2713';

/** "Physiotherapy · Greater Manchester": a service's category and the area it serves here. */
function metaLine(v: View, service: Service): string {
  return v.t('picker.result.meta', { category: categoryLabel(service.category, v.lang), area: serviceAreaLabel(service, v.area || undefined, v.lang) });
}

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

/**
 * The category filters, shown in place by the "Filter" button: one toolbar (one tab stop, arrow keys
 * inside), the suggested categories first and marked.
 */
function filtersTemplate(v: View, o: { suggested: readonly ServiceCategory[]; filters: readonly ServiceCategory[]; open: boolean; onToggle: (c: ServiceCategory) => void }): TemplateResult {
  const first = new Set(o.suggested);
  const ordered = [...o.suggested, ...SERVICE_CATEGORIES.filter((c) => !first.has(c))];
  return html`
    <div class="filters" id="filter-panel" part="filters" ?hidden=${!o.open}>
      <p class="hint" id="filter-hint">${v.t('picker.filter.hint')}</p>
      <div class="chips" role="toolbar" aria-label=${v.t('picker.filter.legend')} aria-describedby="filter-hint">
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
            ${pressed ? html`<span class="chip__tick" aria-hidden="true">${TICK}</span>` : nothing}${categoryLabel(c, v.lang)}
            ${first.has(c) ? html`<span class="tag">${v.t('picker.filter.suggested')}</span>` : nothing}
          </button>`;
        })}
      </div>
    </div>
  `;
}

// ─── Suggested for this patient ──────────────────────────────────────────────────────────────────

/** The services for the suggested categories, each one button that opens its referral step; one toolbar. */
export function suggestedTemplate(v: View, o: { services: readonly Service[]; onChoose: (s: Service) => void }): Maybe {
  if (!o.services.length) return nothing;
  return html`
    <section class="suggested" part="suggested" aria-labelledby="suggested-heading">
      <h3 id="suggested-heading" aria-level=${ifDefined(v.level(3))}>${v.t('picker.suggested.heading')}</h3>
      <div class="suggestions" role="toolbar" aria-orientation="vertical" aria-labelledby="suggested-heading">
        ${o.services.map(
          (s) => html`<button type="button" class="suggestion" data-service-id=${s.id} ?disabled=${v.disabled} @click=${() => o.onChoose(s)}>
            <span class="suggestion__name">${s.name}</span>
            <span class="suggestion__meta">${metaLine(v, s)}</span>
          </button>`,
        )}
      </div>
    </section>
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
  filters: readonly ServiceCategory[];
  filtersOpen: boolean;
  onToggleFilters: () => void;
  onToggleFilter: (c: ServiceCategory) => void;
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
      <div class="search-row">
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
      <button
        type="button"
        class="button button--secondary filter-toggle"
        part="filter-toggle"
        aria-expanded=${o.filtersOpen ? 'true' : 'false'}
        aria-controls="filter-panel"
        ?disabled=${v.disabled}
        @click=${o.onToggleFilters}
      >
        ${o.filters.length ? v.t('picker.filter.toggleCount', { count: o.filters.length }) : v.t('picker.filter.toggle')}
      </button>
      </div>
      ${filtersTemplate(v, { suggested: o.suggested, filters: o.filters, open: o.filtersOpen, onToggle: o.onToggleFilter })}
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
    <span class="option__meta">${metaLine(v, service)}</span>
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
  onEdit: (patch: Partial<Pick<Step, 'reason' | 'notes'>>) => void;
  onAddNotes: () => void;
  onFinish: (mode: ReferralDraft['mode']) => void;
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

/**
 * The chosen service in three lines (name; category · area; who can refer), a stale-data warning when
 * there is one, the rest behind "More details"; the reason, notes on request, and one button to finish.
 */
export function stepTemplate(v: View, step: Step, o: StepOptions): TemplateResult {
  const { service } = step;
  const refer = canRefer(service);
  const signpost = canSignpost(service);
  const prefix = v.t('common.error.prefix');
  const reasonLabel: MessageId = refer && signpost ? 'picker.step.reason.bothLabel' : refer ? 'picker.step.reason.label' : 'picker.step.reason.signpostLabel';
  const hintId = refer ? 'agree-hint' : 'signpost-hint';
  return html`
    <section class="step" part="referral" aria-labelledby="step-heading">
      <h3 id="step-heading" tabindex="-1" aria-level=${ifDefined(v.level(3))}>${service.name}</h3>
      <p class="facts">${metaLine(v, service)}</p>
      ${routeTags(v, service, true)} ${staleWarning(v, service)}
      <details class="disclosure" part="more-details">
        <summary>${v.t('picker.step.more')}</summary>
        <dl class="details">
          ${service.eligibility ? html`<dt>${v.t('picker.step.eligibility')}</dt>
              <dd>${service.eligibility}</dd>` : nothing}
          ${service.description ? html`<dt>${v.t('picker.step.description')}</dt>
              <dd>${service.description}</dd>` : nothing}
          ${contactDetails(v, service)}
          <dt>${v.t('picker.step.reviewedLabel')}</dt>
          <dd>${formatLongDate(service.lastReviewed, v.lang)}</dd>
          ${service.source ? html`<dt>${v.t('picker.step.sourceLabel')}</dt>
              <dd>${service.source}</dd>` : nothing}
        </dl>
      </details>
      ${textField({
        id: 'reason',
        label: v.t(reasonLabel),
        hint: o.hasConditions ? v.t('picker.step.reason.hint') : undefined,
        value: step.reason,
        errors: [],
        errorPrefix: prefix,
        multiline: true,
        rows: 2,
        maxlength: MAX_TEXT,
        disabled: v.disabled,
        onInput: (reason) => o.onEdit({ reason }),
      })}
      ${step.notesOpen
        ? textField({
            id: 'notes',
            label: `${v.t('picker.step.notes.label')} ${v.t('common.optional')}`,
            value: step.notes,
            errors: [],
            errorPrefix: prefix,
            multiline: true,
            rows: 2,
            maxlength: MAX_TEXT,
            disabled: v.disabled,
            onInput: (notes) => o.onEdit({ notes }),
          })
        : html`<p class="add-notes">
            <button type="button" class="link-button" ?disabled=${v.disabled} @click=${o.onAddNotes}>${v.t('picker.step.addNotes')}</button>
          </p>`}
      <p class="hint" id=${hintId}>${v.t(refer ? 'picker.step.agreeHint' : 'picker.step.signpostOnly')}</p>
      <div class="step__actions">
        ${refer
          ? html`<button type="button" class="button" id="step-primary" aria-describedby="agree-hint" ?disabled=${v.disabled} @click=${() => o.onFinish('refer')}>
              ${v.t('picker.step.agree')}
            </button>`
          : nothing}
        ${signpost
          ? html`<button
              type="button"
              class="button ${refer ? 'button--secondary' : ''}"
              id=${refer ? 'step-signpost' : 'step-primary'}
              aria-describedby=${ifDefined(refer ? undefined : 'signpost-hint')}
              ?disabled=${v.disabled}
              @click=${() => o.onFinish('signpost')}
            >
              ${v.t('picker.step.signpostPatient')}
            </button>`
          : nothing}
        <button type="button" class="link-button cancel" ?disabled=${v.disabled} @click=${o.onCancel}>${v.t('picker.step.cancelStep')}</button>
      </div>
    </section>
  `;
}

// ─── Chosen services ─────────────────────────────────────────────────────────────────────────────

/** Where a referral stands once the host has answered: sent, or not sent (an error, with its reason). */
function statusTemplate(v: View, submission: Answered | undefined): Maybe {
  if (submission?.status === 'sent') return html`<span class="chosen__sent">${v.t('picker.chosen.sent')}</span>`;
  if (submission?.status !== 'failed') return nothing;
  return html`<span class="error-message chosen__failed"
    ><span class="visually-hidden">${v.t('common.error.prefix')}</span>
    ${submission.reason ? v.t('picker.chosen.failed', { reason: submission.reason }) : v.t('picker.chosen.failedNoReason')}</span
  >`;
}

export interface ChosenOptions {
  multiple: boolean;
  /** The host's answer for a chosen referral, if it has given one. */
  status: (c: Chosen) => Answered | undefined;
  onRemove: (c: Chosen) => void;
}

export function chosenTemplate(v: View, chosen: readonly Chosen[], o: ChosenOptions): Maybe {
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
            <span class="chosen__text">
              <span class="chosen__name">${c.service?.name ?? v.t('picker.chosen.unknown', { id: c.serviceId })}</span>
              <span class="hint">${kind(c)}</span>
              ${c.kind === 'referral' ? html`<span class="chosen__status" role="status">${statusTemplate(v, o.status(c))}</span>` : nothing}
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

// ─── About this data ─────────────────────────────────────────────────────────────────────────────

/** The data sources and the Open Government Licence attribution, closed, at the end. */
export function sourcesTemplate(v: View): TemplateResult {
  return html`
    <details class="disclosure sources" part="sources">
      <summary>${v.t('picker.sources.toggle')}</summary>
      <div class="disclosure__body">
        <p>${v.t('picker.sources.icbs')}</p>
        <p>${v.t('picker.sources.services')}</p>
      </div>
    </details>
  `;
}
