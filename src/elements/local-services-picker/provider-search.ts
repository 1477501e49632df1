/**
 * The host's search (`provider`) as a reactive controller: asked after a quiet time, only the latest
 * answer counts, answers are validated like `services`, a failure is kept until the next question,
 * and a question left unanswered when the element leaves the page is asked again when it returns.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safely } from '../../internal/host-element.js';
import type { Service, ServiceCategory } from '../../model/schemas.js';
import { validateServices, type ServiceIssue } from '../../model/services.js';

export interface ProviderQuery {
  text: string;
  icb?: string;
  categories: ServiceCategory[];
}

/** A host's search: called with the clinician's query, answers with services (validated like `services`). */
export type ServiceProvider = (query: ProviderQuery) => Promise<Service[]>;

export interface ProviderCallbacks {
  /** The question to ask now. */
  query(): ProviderQuery;
  /** The latest question was answered with these (valid) services. */
  answered(services: Service[]): void;
  /** The latest question failed: what was shown for an earlier one must go. */
  failed(): void;
  /** Entries of an answer that were dropped, for `local-services-error`. */
  dropped(issues: ServiceIssue[]): void;
  report(problem: string, key: string): void;
}

export class ProviderSearch implements ReactiveController {
  provider: ServiceProvider | null = null;
  /** The valid services of the latest answer. */
  results: Service[] = [];
  loading = false;
  failed = false;
  private _seq = 0;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _askedWhileAway = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: ProviderCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page (frameworks do this): an answer dropped on leaving is asked for again.
    if (this._askedWhileAway && this.provider) {
      this._askedWhileAway = false;
      this.ask(0);
    }
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
    // An answer arriving after the element left the page is not wanted any more.
    this._seq += 1;
    if (this.loading) {
      this.loading = false;
      this._askedWhileAway = true;
    }
  }

  /** Asks the provider after `delay` ms, forgetting any question still out. */
  ask(delay: number): void {
    clearTimeout(this._timer);
    this._seq += 1;
    this.loading = true;
    this.failed = false;
    this._timer = setTimeout(() => void this._run(), delay);
    this.host.requestUpdate();
  }

  /** No provider any more: nothing is awaited and nothing has failed. */
  cancel(): void {
    clearTimeout(this._timer);
    this._seq += 1;
    this.loading = false;
    this.failed = false;
    this.host.requestUpdate();
  }

  private async _run(): Promise<void> {
    const provider = this.provider;
    if (!provider) return;
    const seq = ++this._seq;
    let answer: unknown;
    try {
      const query = this.callbacks.query();
      answer = await Promise.resolve().then(() => provider(query));
    } catch (cause) {
      if (seq !== this._seq) return;
      this.callbacks.report(`provider failed: ${safely(() => String(cause), 'an error that cannot be read').slice(0, 200)}`, 'provider-failed');
      this._fail();
      return;
    }
    if (seq !== this._seq) return;
    const checked = safely(() => validateServices(answer), null);
    const issues = checked?.issues ?? [{ index: -1, message: 'services could not be read' }];
    if (issues.length) this.callbacks.dropped(issues.map((i) => (i.index === -1 ? { ...i, message: `provider answer: ${i.message}` } : i)));
    if (!checked || !safely(() => Array.isArray(answer), false)) {
      this._fail();
      return;
    }
    this.loading = false;
    this.results = checked.services;
    this.host.requestUpdate();
    this.callbacks.answered(checked.services);
  }

  private _fail(): void {
    this.loading = false;
    this.failed = true;
    this.host.requestUpdate();
    this.callbacks.failed();
  }
}
