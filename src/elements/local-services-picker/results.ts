/**
 * What the search lists and what is suggested, as a reactive controller: from the directory, or
 * from the host's `provider` (one question for the search, one for the suggestions), with the
 * result count announced once typing pauses.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Service, ServiceCategory } from '../../model/schemas.js';
import { createServiceIndex, searchServices, type ServiceIssue } from '../../model/services.js';
import { sameIds } from './chosen.js';
import { ProviderSearch } from './provider-search.js';

/** Quiet time after the last keystroke before the provider is asked. */
export const PROVIDER_DEBOUNCE_MS = 250;
/** Quiet time before the result count is announced, so a screen reader is not interrupted per keystroke. */
const ANNOUNCE_DELAY_MS = 500;
/** Most services listed under "Suggested for this patient": enough to choose from at a glance, few enough to stay short. */
export const SUGGESTED_MAX = 5;

/** What the clinician is looking for, as the element holds it now. */
export interface Asked {
  text: string;
  /** The chosen area's ODS code, or `''` for national services only. */
  area: string;
  filters: ServiceCategory[];
  /** The categories suggested for this patient. */
  suggested: ServiceCategory[];
  directory: readonly Service[];
  /** The ids already chosen, left out of the suggestions. */
  chosen: string[];
}

export interface ResultsCallbacks {
  asked(): Asked;
  /** A provider answer arrived: services chosen by id may be named now. */
  answered(): void;
  /** New results: the list starts again at its first page, with no option active. */
  reset(): void;
  /** Entries of a provider answer that were dropped, for `local-services-error`. */
  dropped(issues: ServiceIssue[]): void;
  report(problem: string, key: string): void;
}

/** What changed in this update, for `refresh`. */
export type Changed = Record<'text' | 'area' | 'filters' | 'categories' | 'services' | 'provider' | 'chosen', boolean>;

export class Results implements ReactiveController {
  /** The search results. */
  list: Service[] = [];
  /** Services listed under "Suggested for this patient", at most `SUGGESTED_MAX`. */
  suggestions: Service[] = [];
  /** The result count last announced (`0`: nothing matches), `null` before any; worded at render, in the current language. */
  announced: number | null = null;
  readonly search: ProviderSearch;
  /**
   * With a `provider`, the suggestions are its answer for the suggested categories with no text: a
   * question of their own, so they stay put while the clinician types. Dropped entries are the main
   * search's to name (the same provider answers both); a failure is reported under the same key, once.
   */
  readonly suggestSearch: ProviderSearch;
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly hasUpdated: boolean },
    private readonly callbacks: ResultsCallbacks,
  ) {
    host.addController(this);
    const icb = (area: string) => (area ? { icb: area } : {});
    this.search = new ProviderSearch(host, {
      query: () => {
        const { text, filters, area } = callbacks.asked();
        return { text, categories: [...filters], ...icb(area) };
      },
      answered: (services) => {
        callbacks.answered();
        this._setResults(this._arrange(services));
      },
      failed: () => {
        // The previous answer is for another query: it goes, so nothing stale can be chosen.
        clearTimeout(this._announceTimer);
        this.list = [];
        this.announced = null;
        host.requestUpdate();
      },
      dropped: (issues) => callbacks.dropped(issues),
      report: (problem, key) => callbacks.report(problem, key),
    });
    this.suggestSearch = new ProviderSearch(host, {
      query: () => {
        const { suggested, area } = callbacks.asked();
        return { text: '', categories: [...suggested], ...icb(area) };
      },
      answered: () => {
        callbacks.answered();
        this._updateSuggestions();
      },
      failed: () => this._updateSuggestions(),
      dropped: () => undefined,
      report: (problem, key) => callbacks.report(problem, key),
    });
  }

  hostDisconnected(): void {
    clearTimeout(this._announceTimer);
  }

  /** Both questions asked again at once, after a failure ("Try again"). */
  retry(): void {
    this.search.ask(0);
    if (this.callbacks.asked().suggested.length) this.suggestSearch.ask(0);
  }

  /** Called while the host updates: asks the provider again or searches the directory again, for what changed. */
  refresh(changed: Changed): void {
    const { text, area, filters, suggested, directory } = this.callbacks.asked();
    if (changed.categories || changed.provider || changed.area) {
      if (this.suggestSearch.provider && suggested.length) this.suggestSearch.ask(0);
      else this.suggestSearch.cancel();
    }
    if (changed.categories || changed.services || changed.provider || changed.area || changed.chosen) this._updateSuggestions();
    if (!(changed.text || changed.area || changed.filters || changed.categories || changed.services || changed.provider)) return;
    if (this.search.provider) {
      if (changed.provider || changed.text || changed.area || changed.filters) this.search.ask(PROVIDER_DEBOUNCE_MS);
      else this._setResults(this._arrange(this.search.results));
    } else {
      if (changed.provider) this.search.cancel();
      this._setResults(searchServices(createServiceIndex(directory), { text, icb: area || undefined, categories: filters, suggested }));
    }
  }

  /**
   * The services for the suggested categories, ranked as the search ranks them (the area's first,
   * then national ones), without those already chosen, at most `SUGGESTED_MAX`.
   */
  private _updateSuggestions(): void {
    const { area, suggested, directory, chosen } = this.callbacks.asked();
    let found: Service[] = [];
    if (suggested.length) {
      const from = this.search.provider ? (this.suggestSearch.loading || this.suggestSearch.failed ? [] : this.suggestSearch.results) : directory;
      const query = { icb: area || undefined, categories: suggested, suggested };
      const ids = new Set(chosen);
      found = searchServices(createServiceIndex(from), query).filter((s) => !ids.has(s.id));
    }
    const next = found.slice(0, SUGGESTED_MAX);
    if (!sameIds(next.map((s) => s.id), this.suggestions.map((s) => s.id)) || next.some((s, i) => s !== this.suggestions[i])) {
      this.suggestions = next;
      this.host.requestUpdate();
    }
  }

  private _setResults(results: Service[]): void {
    this.list = results;
    this.callbacks.reset();
    clearTimeout(this._announceTimer);
    const count = results.length;
    if (!this.host.hasUpdated) this.announced = count;
    else {
      this._announceTimer = setTimeout(() => {
        if (this.announced === count) return;
        this.announced = count;
        this.host.requestUpdate();
      }, ANNOUNCE_DELAY_MS);
    }
    this.host.requestUpdate();
  }

  /** Provider answers follow the chosen filters and put suggested categories first, keeping the host's order otherwise. */
  private _arrange(services: Service[]): Service[] {
    const { filters, suggested } = this.callbacks.asked();
    const filtered = filters.length ? services.filter((s) => filters.includes(s.category)) : services;
    const first = new Set(suggested);
    return [...filtered.filter((s) => first.has(s.category)), ...filtered.filter((s) => !first.has(s.category))];
  }
}
