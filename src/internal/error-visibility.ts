/**
 * When an error shows (Lion's rule, with the NHS timing): a field's errors show once the clinician
 * has changed it and left it, or once they try to continue; never while they type. An error on
 * screen goes as soon as it is put right; a new one waits for its own field to be left. Shared by
 * the three elements, each keying errors by its own field names.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Shown<M> {
  /** A stable key for "the same problem" (the rule id, or the message id). */
  key: string;
  message: M;
}

export class ErrorVisibility<F extends string, M = string> implements ReactiveController {
  private readonly _changed = new Set<F>();
  private _shown = new Map<F, Shown<M>[]>();
  private _summary = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The clinician changed `field` (touched and changed). */
  edited(field: F): void {
    this._changed.add(field);
  }

  /**
   * The clinician left `field`. If they had changed it, its current errors show (or its shown ones
   * go); errors shown elsewhere stay only while they still apply.
   */
  left(field: F, current: ReadonlyMap<F, Shown<M>[]>): void {
    if (!this._changed.has(field)) return;
    this._changed.delete(field);
    const fresh = current.get(field);
    if (fresh?.length) this._shown.set(field, fresh);
    else this._shown.delete(field);
    this.refresh(current);
    this.host.requestUpdate();
  }

  /** The clinician tried to continue: every current error shows, with the summary. */
  submit(current: ReadonlyMap<F, Shown<M>[]>): boolean {
    this._shown = new Map([...current].filter(([, list]) => list.length > 0));
    this._changed.clear();
    this._summary = this._shown.size > 0;
    this.host.requestUpdate();
    return this._summary;
  }

  /** Errors put right since they showed go; those still there stay as shown; nothing new appears. */
  refresh(current: ReadonlyMap<F, Shown<M>[]>): void {
    let changed = false;
    for (const [field, shown] of this._shown) {
      const still = shown.filter((s) => (current.get(field) ?? []).some((e) => e.key === s.key));
      if (still.length !== shown.length) changed = true;
      if (still.length) this._shown.set(field, still);
      else this._shown.delete(field);
    }
    if (this._shown.size === 0 && this._summary) {
      this._summary = false;
      changed = true;
    }
    if (changed) this.host.requestUpdate();
  }

  /** Nothing shown, nothing changed (a new note, a reset, a confirmed note). */
  clear(): void {
    this._changed.clear();
    this._shown.clear();
    this._summary = false;
    this.host.requestUpdate();
  }

  /** The errors on screen for `field`. */
  for(field: F): M[] {
    return (this._shown.get(field) ?? []).map((s) => s.message);
  }

  /** Whether the error summary is on screen. */
  get summaryVisible(): boolean {
    return this._summary && this._shown.size > 0;
  }

  /** The errors on screen, by field, in the order they were shown (the caller orders fields). */
  get shown(): ReadonlyMap<F, readonly Shown<M>[]> {
    return this._shown;
  }
}
