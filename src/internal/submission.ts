/**
 * What happened to something the element handed to the host: a note waiting to be saved, a referral
 * waiting to be sent. The host answers with `acknowledge(messageId, { status })`; only a message the
 * element is waiting on counts, and anything else is reported and ignored, so a late or stray answer
 * can never mark the wrong thing saved.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Submission<S extends string, D> {
  messageId: string;
  /** What was handed over, to tell whether it has changed since. */
  snapshot: string;
  status: 'pending' | S;
  location?: string;
  reason?: string;
  data: D;
}

export interface AcknowledgeResult<S extends string> {
  status?: S;
  location?: unknown;
  reason?: unknown;
}

const text = (v: unknown, max: number): string | undefined =>
  typeof v === 'string' && v.trim() && v.length <= max ? v.trim() : undefined;

export class Submissions<S extends string, D> implements ReactiveController {
  private readonly _all = new Map<string, Submission<S, D>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly statuses: readonly S[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts waiting on `messageId`. */
  begin(messageId: string, snapshot: string, data: D): void {
    this._all.set(messageId, { messageId, snapshot, status: 'pending', data });
    this.host.requestUpdate();
  }

  /**
   * Hands something over: waits on `messageId` in place of `previous` before `send` runs (so a host
   * that acknowledges inside its listener is heard), and puts `previous` back when `send` says the
   * host cancelled. Returns whether it was sent.
   */
  handOver(previous: Submission<S, D> | undefined, messageId: string, snapshot: string, data: D, send: () => boolean): boolean {
    if (previous) this.forget(previous.messageId);
    this.begin(messageId, snapshot, data);
    if (send()) return true;
    this.forget(messageId);
    if (previous) this.restore(previous);
    return false;
  }

  /** Puts back a submission as it was (a host cancelled the one that replaced it). */
  restore(submission: Submission<S, D>): void {
    this._all.set(submission.messageId, submission);
    this.host.requestUpdate();
  }

  forget(messageId: string): void {
    if (this._all.delete(messageId)) this.host.requestUpdate();
  }

  clear(): void {
    if (!this._all.size) return;
    this._all.clear();
    this.host.requestUpdate();
  }

  get(messageId: string): Submission<S, D> | undefined {
    return this._all.get(messageId);
  }

  get all(): Submission<S, D>[] {
    return [...this._all.values()];
  }

  /**
   * The host's answer. Returns `null` when taken, or the reason it was not (for the console).
   */
  acknowledge(messageId: unknown, result: unknown): string | null {
    const id = typeof messageId === 'string' ? messageId : undefined;
    const current = id === undefined ? undefined : this._all.get(id);
    if (!current) {
      const shown = id === undefined ? `a ${typeof messageId}` : JSON.stringify(id.slice(0, 60));
      const waiting = this._all.size ? `waiting on ${[...this._all.keys()].join(', ')}` : 'nothing is waiting';
      return `acknowledge(${shown}) ignored: ${waiting}`;
    }
    let status: unknown;
    let location: unknown;
    let reason: unknown;
    try {
      const r = (typeof result === 'object' && result !== null ? result : {}) as AcknowledgeResult<S>;
      ({ status, location, reason } = r);
    } catch {
      status = undefined;
    }
    if (!(this.statuses as readonly unknown[]).includes(status)) {
      return `acknowledge(): status must be ${this.statuses.map((s) => `'${s}'`).join(' or ')}; ignored`;
    }
    const next: Submission<S, D> = { messageId: current.messageId, snapshot: current.snapshot, data: current.data, status: status as S };
    const where = text(location, 2000);
    const why = text(reason, 500);
    if (where) next.location = where;
    if (why) next.reason = why;
    this._all.set(current.messageId, next);
    this.host.requestUpdate();
    return null;
  }
}
