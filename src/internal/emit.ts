/**
 * The one way elements send events. Every event bubbles and is composed, so a host listening on any
 * ancestor (or on `document`) hears it through shadow roots. Each element's `events.ts` adds its
 * events to `FitNoteWidgetsEventMap` (and to `GlobalEventHandlersEventMap` for hosts), so `emit`
 * refuses a detail of the wrong shape at compile time.
 */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmented by each element's events.ts
export interface FitNoteWidgetsEventMap {}

export type FitNoteWidgetsEventName = keyof FitNoteWidgetsEventMap;

/** Dispatches `type` with `detail`; returns false when a listener cancelled a cancelable event. */
export function emit<K extends FitNoteWidgetsEventName>(
  target: EventTarget,
  type: K,
  detail: FitNoteWidgetsEventMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
