/**
 * One tab stop for a group of buttons acting as one control (the WAI-ARIA toolbar pattern) or a
 * list of options (the listbox pattern): Tab enters and leaves the group in one keystroke, the
 * arrow keys move inside it. Passing 14 category chips or 28 phrases by keyboard then takes one Tab,
 * not 14 or 28.
 *
 * A reactive controller, so the element's template stays plain: it finds the groups by selector in
 * the render root after every update, so items added, removed or disabled by a re-render are taken
 * up without the template knowing. It only ever writes `tabindex`; `aria-pressed`, `aria-selected`
 * and what Enter and Space do stay the items' own (a `<button>` acts natively).
 *
 * Plain `keydown`, `focusin` and `click` listeners on the render root: nothing engine-specific, so
 * Chromium, Firefox and WebKit behave alike. WebKit does not focus a button on click; the `click`
 * listener makes the clicked item the tab stop there too.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingOptions {
  /** Selector of each group's container in the render root; several matches are several groups. */
  container: string;
  /** Selector of the items inside a container (items of a nested group of the same selector are that group's). */
  items: string;
  /**
   * Which item holds the tab stop before the clinician has focused one: `'first'` (the default, a
   * toolbar of independent toggles) or `'selected'`, the first with `aria-pressed`, `aria-selected`
   * or `aria-checked` true, else the first (a group where one choice is made).
   */
  start?: 'first' | 'selected';
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

/** The clinician cannot act on it, so the arrow keys pass it by (as Tab passes a disabled button). */
function usable(item: HTMLElement): boolean {
  return !item.matches(':disabled') && item.getAttribute('aria-disabled') !== 'true' && !item.closest('[hidden]');
}

/** The next usable item from `at` in `direction`, round the end to the start and back. */
function step(items: HTMLElement[], at: number, direction: 1 | -1): HTMLElement | undefined {
  const n = items.length;
  for (let i = 1; i <= n; i++) {
    const item = items[(((at + direction * i) % n) + n) % n];
    if (item && usable(item)) return item;
  }
  return undefined;
}

function selected(item: HTMLElement): boolean {
  return ['aria-pressed', 'aria-selected', 'aria-checked'].some((name) => item.getAttribute(name) === 'true');
}

export class RovingTabindex implements ReactiveController {
  private readonly host: Host;
  private readonly options: Required<RovingOptions>;
  /** The tab stop of each group, and its place then, so the item after it takes over if it goes. */
  private readonly current = new WeakMap<Element, { item: HTMLElement; index: number }>();
  /** The item that had focus before an update, to put focus back in its group if the update removed it. */
  private focusedBeforeUpdate: { container: Element; index: number; item: HTMLElement } | null = null;

  constructor(host: Host, options: RovingOptions) {
    this.host = host;
    this.options = { start: 'first', ...options };
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    root.addEventListener('keydown', this.onKeydown);
    root.addEventListener('focusin', this.onFocus);
    root.addEventListener('click', this.onFocus);
  }

  hostDisconnected(): void {
    const root = this.host.renderRoot;
    root.removeEventListener('keydown', this.onKeydown);
    root.removeEventListener('focusin', this.onFocus);
    root.removeEventListener('click', this.onFocus);
  }

  hostUpdate(): void {
    this.focusedBeforeUpdate = null;
    const focused = this.activeElement();
    for (const container of this.containers()) {
      const items = this.itemsOf(container);
      const entry = this.current.get(container);
      const index = entry ? items.indexOf(entry.item) : -1;
      if (entry && index >= 0) entry.index = index;
      const focusedIndex = focused ? items.indexOf(focused) : -1;
      if (focused && focusedIndex >= 0) this.focusedBeforeUpdate = { container, index: focusedIndex, item: focused };
    }
  }

  hostUpdated(): void {
    for (const container of this.containers()) this.sync(container);
    const before = this.focusedBeforeUpdate;
    this.focusedBeforeUpdate = null;
    // The focused item went with the update and focus fell to the page: it goes to the item that took
    // its place, so a keyboard user is not sent back to the top. Focus anywhere else is left alone.
    if (before && !before.item.isConnected && before.container.isConnected && this.focusLost()) {
      this.current.get(before.container)?.item.focus();
    }
  }

  private readonly onKeydown = (event: Event): void => {
    const e = event as KeyboardEvent;
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const found = this.groupOf(e.target);
    if (!found) return;
    const { container, item } = found;
    const items = this.itemsOf(container);
    const at = items.indexOf(item);
    const rtl = getComputedStyle(container).direction === 'rtl';
    let key = e.key;
    if (rtl && key === 'ArrowLeft') key = 'ArrowRight';
    else if (rtl && key === 'ArrowRight') key = 'ArrowLeft';
    let next: HTMLElement | undefined;
    if (NEXT.has(key)) next = step(items, at, 1);
    else if (PREVIOUS.has(key)) next = step(items, at, -1);
    else if (key === 'Home') next = items.find(usable);
    else if (key === 'End') next = items.findLast(usable);
    if (!next) return;
    // The arrows would otherwise scroll the page as well.
    e.preventDefault();
    this.choose(container, next);
    next.focus();
  };

  private readonly onFocus = (event: Event): void => {
    const found = this.groupOf(event.target);
    if (found && usable(found.item)) this.choose(found.container, found.item);
  };

  private containers(): Element[] {
    return [...this.host.renderRoot.querySelectorAll(this.options.container)];
  }

  private itemsOf(container: Element): HTMLElement[] {
    return [...container.querySelectorAll<HTMLElement>(this.options.items)].filter((item) => item.closest(this.options.container) === container);
  }

  private groupOf(target: EventTarget | null): { container: Element; item: HTMLElement } | null {
    if (!(target instanceof Element)) return null;
    const item = target.closest<HTMLElement>(this.options.items);
    const container = item?.closest(this.options.container);
    if (!item || !container || !this.host.renderRoot.contains(container)) return null;
    return this.itemsOf(container).includes(item) ? { container, item } : null;
  }

  private choose(container: Element, item: HTMLElement): void {
    const items = this.itemsOf(container);
    this.current.set(container, { item, index: items.indexOf(item) });
    this.sync(container, items);
  }

  /** Exactly one usable item of the group is in the tab order: the last focused, else the start. */
  private sync(container: Element, items = this.itemsOf(container)): void {
    const stop = this.stopOf(container, items);
    // With none usable (the element disabled) the last one is kept, to come back to when enabled.
    if (stop) this.current.set(container, { item: stop, index: items.indexOf(stop) });
    for (const item of items) {
      const tabindex = item === stop ? '0' : '-1';
      if (item.getAttribute('tabindex') !== tabindex) item.setAttribute('tabindex', tabindex);
    }
  }

  private stopOf(container: Element, items: HTMLElement[]): HTMLElement | undefined {
    const entry = this.current.get(container);
    if (entry) {
      if (items.includes(entry.item) && usable(entry.item)) return entry.item;
      // Gone or disabled: the item now in its place, else the nearest before it.
      const after = items.slice(Math.min(entry.index, items.length)).find(usable);
      if (after) return after;
      return items.slice(0, entry.index).reverse().find(usable);
    }
    const enabled = items.filter(usable);
    return (this.options.start === 'selected' ? enabled.find(selected) : undefined) ?? enabled[0];
  }

  private activeElement(): HTMLElement | null {
    const root = this.host.renderRoot;
    const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
    return active instanceof HTMLElement && root.contains(active) ? active : null;
  }

  private focusLost(): boolean {
    const active = document.activeElement;
    return active === null || active === document.body || active === document.documentElement;
  }
}
