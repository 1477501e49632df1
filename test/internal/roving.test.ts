import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { RovingTabindex, type RovingOptions } from '../../src/internal/roving.js';

interface Item {
  id: string;
  disabled?: boolean;
  pressed?: boolean;
}

const LETTERS: Item[] = ['A', 'B', 'C', 'D'].map((id) => ({ id }));

/**
 * A tiny element with one toolbar of toggle buttons, built on the controller as an element would be.
 * Keyed, so an item added before another does not take over the other's button.
 */
class RovingTest extends LitElement {
  static override properties = { items: { attribute: false } };
  static options: RovingOptions = { container: '[role="toolbar"]', items: 'button' };
  declare items: Item[];

  constructor() {
    super();
    this.items = LETTERS.map((i) => ({ ...i }));
    new RovingTabindex(this, (this.constructor as typeof RovingTest).options);
  }

  private toggle(id: string): void {
    this.items = this.items.map((i) => (i.id === id ? { ...i, pressed: !i.pressed } : i));
  }

  protected override render(): TemplateResult {
    return html`<div role="toolbar" aria-label="Letters">
      ${repeat(
        this.items,
        (i) => i.id,
        (i) =>
          html`<button type="button" id=${i.id} aria-pressed=${i.pressed ? 'true' : 'false'} ?disabled=${i.disabled ?? false} @click=${() => this.toggle(i.id)}>
            ${i.id}
          </button>`,
      )}
    </div>`;
  }
}
customElements.define('roving-test', RovingTest);

class RovingTestSelected extends RovingTest {
  static override options: RovingOptions = { container: '[role="toolbar"]', items: 'button', start: 'selected' };
}
customElements.define('roving-test-selected', RovingTestSelected);

/** The element between two page buttons; focus starts on the one before, as arriving by Tab. */
async function page(items: Item[] = LETTERS, tag: 'roving-test' | 'roving-test-selected' = 'roving-test', dir = 'ltr'): Promise<RovingTest> {
  const wrapper = await fixture<HTMLElement>(fixtureHtml`
    <div dir=${dir}>
      <button id="before">Before</button>
      ${tag === 'roving-test' ? fixtureHtml`<roving-test .items=${items}></roving-test>` : fixtureHtml`<roving-test-selected .items=${items}></roving-test-selected>`}
      <button id="after">After</button>
    </div>
  `);
  const el = wrapper.querySelector<RovingTest>('roving-test, roving-test-selected')!;
  await el.updateComplete;
  wrapper.querySelector<HTMLElement>('#before')!.focus();
  return el;
}

/** "Space" is sent as " ", the name Firefox's WebDriver BiDi knows too. */
async function press(...keys: string[]): Promise<void> {
  for (const key of keys) {
    if (key === 'Shift+Tab') {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    } else await sendKeys({ press: key === 'Space' ? ' ' : key });
  }
}

/** The id of what has focus: an item of the element, else a page control. */
const focused = (el: RovingTest) => el.shadowRoot!.activeElement?.id ?? document.activeElement?.id ?? null;
const tabStops = (el: RovingTest) => [...el.shadowRoot!.querySelectorAll('button')].filter((b) => b.getAttribute('tabindex') === '0').map((b) => b.id);

describe('RovingTabindex (WAI-ARIA roving tabindex, toolbar and listbox patterns)', () => {
  it('the whole group is one tab stop: Tab enters on the first item and the next Tab leaves it', async () => {
    const el = await page();
    expect(tabStops(el)).to.deep.equal(['A']);
    await press('Tab');
    expect(focused(el)).to.equal('A');
    await press('Tab');
    expect(focused(el)).to.equal('after');
  });

  it('ArrowRight and ArrowDown move to the next item, ArrowLeft and ArrowUp to the previous', async () => {
    const el = await page();
    await press('Tab', 'ArrowRight');
    expect(focused(el)).to.equal('B');
    await press('ArrowDown');
    expect(focused(el)).to.equal('C');
    await press('ArrowLeft');
    expect(focused(el)).to.equal('B');
    await press('ArrowUp');
    expect(focused(el)).to.equal('A');
    expect(tabStops(el)).to.deep.equal(['A']);
  });

  it('the arrows wrap: previous from the first is the last, next from the last is the first', async () => {
    const el = await page();
    await press('Tab', 'ArrowLeft');
    expect(focused(el)).to.equal('D');
    await press('ArrowDown');
    expect(focused(el)).to.equal('A');
  });

  it('Home goes to the first item and End to the last', async () => {
    const el = await page();
    await press('Tab', 'End');
    expect(focused(el)).to.equal('D');
    await press('Home');
    expect(focused(el)).to.equal('A');
  });

  it('the arrows do not scroll the page', async () => {
    const el = await page();
    await press('Tab');
    const event = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true });
    el.shadowRoot!.getElementById('A')!.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(true);
    const other = new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true, cancelable: true });
    el.shadowRoot!.getElementById('B')!.dispatchEvent(other);
    expect(other.defaultPrevented).to.equal(false);
  });

  it('the arrows with a modifier held are left to the browser and the page', async () => {
    const el = await page();
    await press('Tab');
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Alt' });
    expect(focused(el)).to.equal('A');
  });

  it('the group remembers the last focused item: Tab out and Shift+Tab back lands on it', async () => {
    const el = await page();
    await press('Tab', 'ArrowRight', 'ArrowRight');
    expect(tabStops(el)).to.deep.equal(['C']);
    await press('Tab');
    expect(focused(el)).to.equal('after');
    await press('Shift+Tab');
    expect(focused(el)).to.equal('C');
  });

  it('a clicked item becomes the tab stop, as WebKit does not focus a button on click', async () => {
    const el = await page();
    el.shadowRoot!.getElementById('C')!.click();
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['C']);
  });

  it('Space and Enter act on the item natively and the arrows leave aria-pressed as it was', async () => {
    const el = await page();
    await press('Tab', 'Space');
    await el.updateComplete;
    const pressed = () => [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.getAttribute('aria-pressed'));
    expect(pressed()).to.deep.equal(['true', 'false', 'false', 'false']);
    await press('ArrowRight', 'ArrowRight');
    expect(pressed()).to.deep.equal(['true', 'false', 'false', 'false']);
    await press('Enter');
    await el.updateComplete;
    expect(pressed()).to.deep.equal(['true', 'false', 'true', 'false']);
    expect(focused(el)).to.equal('C');
  });

  it('a disabled item is passed by the arrows and never holds the tab stop', async () => {
    const el = await page([{ id: 'A', disabled: true }, { id: 'B' }, { id: 'C', disabled: true }, { id: 'D' }]);
    expect(tabStops(el)).to.deep.equal(['B']);
    await press('Tab');
    expect(focused(el)).to.equal('B');
    await press('ArrowRight');
    expect(focused(el)).to.equal('D');
    await press('ArrowRight');
    expect(focused(el)).to.equal('B');
    await press('Home');
    expect(focused(el)).to.equal('B');
  });

  it('the tab stop moves on when its item is disabled; the group leaves the tab order while all are, and comes back where it was', async () => {
    const el = await page();
    await press('Tab', 'ArrowRight');
    await press('Tab');
    el.items = el.items.map((i) => (i.id === 'B' ? { ...i, disabled: true } : i));
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['C']);
    el.items = el.items.map((i) => ({ ...i, disabled: true }));
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal([]);
    el.items = LETTERS.map((i) => ({ ...i }));
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['C']);
  });

  it('when the focused item is removed, focus goes to the item that took its place', async () => {
    const el = await page();
    await press('Tab', 'ArrowRight', 'ArrowRight');
    el.items = el.items.filter((i) => i.id !== 'C');
    await el.updateComplete;
    expect(focused(el)).to.equal('D');
    expect(tabStops(el)).to.deep.equal(['D']);
    el.items = el.items.filter((i) => i.id !== 'D');
    await el.updateComplete;
    expect(focused(el)).to.equal('B');
    expect(tabStops(el)).to.deep.equal(['B']);
  });

  it('when the tab stop is removed while focus is elsewhere, the next item takes it and focus stays put', async () => {
    const el = await page();
    await press('Tab', 'ArrowRight', 'Tab');
    expect(focused(el)).to.equal('after');
    el.items = el.items.filter((i) => i.id !== 'B');
    await el.updateComplete;
    expect(focused(el)).to.equal('after');
    expect(tabStops(el)).to.deep.equal(['C']);
  });

  it('items added by a re-render join the group out of the tab order, and the tab stop stays', async () => {
    const el = await page();
    await press('Tab', 'ArrowRight');
    el.items = [{ id: 'Z' }, ...el.items, { id: 'E' }];
    await el.updateComplete;
    expect(focused(el)).to.equal('B');
    expect(tabStops(el)).to.deep.equal(['B']);
    await press('End');
    expect(focused(el)).to.equal('E');
    await press('ArrowRight');
    expect(focused(el)).to.equal('Z');
  });

  it('a re-render never moves focus: the page control that has it keeps it', async () => {
    const el = await page();
    el.items = [...el.items, { id: 'E' }];
    await el.updateComplete;
    expect(document.activeElement?.id).to.equal('before');
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('a group where one choice is made starts on the pressed item', async () => {
    const items = [{ id: 'A' }, { id: 'B' }, { id: 'C', pressed: true }, { id: 'D' }];
    const selected = await page(items, 'roving-test-selected');
    await press('Tab');
    expect(focused(selected)).to.equal('C');
    const first = await page(items);
    await press('Tab');
    expect(focused(first)).to.equal('A');
  });

  it('right to left, ArrowLeft is next and ArrowRight previous', async () => {
    const el = await page(LETTERS, 'roving-test', 'rtl');
    await press('Tab', 'ArrowLeft');
    expect(focused(el)).to.equal('B');
    await press('ArrowRight', 'ArrowRight');
    expect(focused(el)).to.equal('D');
  });

  it('keeps working after the element is moved in the page', async () => {
    const el = await page();
    const wrapper = el.parentElement!;
    wrapper.append(el);
    await el.updateComplete;
    el.shadowRoot!.getElementById('A')!.focus();
    await press('ArrowRight');
    expect(focused(el)).to.equal('B');
    expect(tabStops(el)).to.deep.equal(['B']);
  });
});
