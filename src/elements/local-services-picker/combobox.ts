/**
 * The search box's keys (ARIA 1.2 combobox with a listbox), DOM-free: what each key does to the
 * list. The list renders a page at a time, so moving past the last rendered row renders the next page.
 */
export interface ListState {
  open: boolean;
  /** The active option's index, -1 for none (focus stays in the box either way). */
  active: number;
  /** Rows rendered. */
  shown: number;
}

export interface KeyOutcome {
  state: ListState;
  /** The option to choose (Enter on the active one). */
  choose?: number;
  /** Escape closed the list: the key goes no further (a surrounding dialog stays open). */
  stop?: boolean;
}

/**
 * The outcome of `key` in the search box, or `null` when the key is not the list's (the browser's
 * own behaviour stays). `listOpen`: the list is on screen; `total`: results in all.
 */
export function listboxKey(key: string, altKey: boolean, listOpen: boolean, s: ListState, total: number, pageSize: number): KeyOutcome | null {
  const last = Math.min(s.shown, total) - 1;
  switch (key) {
    case 'ArrowDown':
      if (!listOpen) return { state: { ...s, open: true, active: altKey || !total ? -1 : 0 } };
      if (s.active < last) return { state: { ...s, active: s.active + 1 } };
      if (last + 1 < total) return { state: { ...s, shown: s.shown + pageSize, active: s.active + 1 } };
      return { state: { ...s, active: 0 } };
    case 'ArrowUp':
      if (!listOpen) return { state: { ...s, open: true, active: last } };
      return { state: { ...s, active: s.active > 0 ? s.active - 1 : -1 } };
    case 'Enter':
      if (!listOpen) return null;
      return s.active >= 0 ? { state: s, choose: s.active } : { state: s };
    case 'Escape':
      return listOpen ? { state: { ...s, open: false, active: -1 }, stop: true } : null;
    default:
      return null;
  }
}
