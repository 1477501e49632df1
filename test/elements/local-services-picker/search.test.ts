import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LocalServicesPicker } from '../../../src/local-services-picker.js';
import { PAGE_SIZE } from '../../../src/elements/local-services-picker/local-services-picker.js';
import { generateServices, hostService } from './fixtures.js';
import { button, combobox, listbox, mount, openFilters, openList, optionNames, options, root, status, text, typeSearch } from './helpers.js';

const TODAY = '2026-11-22';
const focused = (el: LocalServicesPicker): Element | null => root(el).activeElement;
const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};
const chip = (el: LocalServicesPicker, label: string): HTMLButtonElement =>
  [...root(el).querySelectorAll<HTMLButtonElement>('.chip')].find((b) => text(b).replace(/^✓ ?/, '').startsWith(label)) as HTMLButtonElement;

describe('<local-services-picker> search', () => {
  it('finds services by words anywhere in name, category or description, and announces the count', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    await typeSearch(el, 'talking');
    expect(optionNames(el)).to.deep.equal(['NHS Talking Therapies employment advisers']);
    await waitUntil(() => status(el) === '1 service', 'count announced');
    expect(root(el).querySelector('#search-status')?.getAttribute('role')).to.equal('status');
    await typeSearch(el, 'no wrong door');
    expect(optionNames(el)).to.deep.equal(['WorkWell Birmingham and Solihull']);
    await typeSearch(el, 'WORK coach');
    // The area's own services first ("work and health coaches"), then national ones, each alphabetical.
    expect(optionNames(el)).to.deep.equal(['WorkWell Birmingham and Solihull', 'Career coaching, CV and interview help', 'Jobcentre Plus work coaches']);
    await waitUntil(() => status(el) === '3 services');
  });

  it('says when nothing matches and keeps the listbox closed (no empty listbox)', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    await typeSearch(el, 'zzzz');
    expect(options(el)).to.have.length(0);
    expect(combobox(el).getAttribute('aria-expanded')).to.equal('false');
    await waitUntil(() => status(el) === 'No services match. Try another search, category or area.');
    expect(combobox(el).value).to.equal('zzzz');
  });

  it('keeps the categories behind one "Filter" button that opens them in place and counts those chosen', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    const toggle = button(el, 'Filter');
    const panel = root(el).querySelector('#filter-panel') as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(panel.id);
    expect(panel.hidden).to.equal(true);
    expect(chip(el, 'WorkWell').getBoundingClientRect().height, 'chips out of sight').to.equal(0);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(chip(el, 'WorkWell').getBoundingClientRect().height).to.be.greaterThan(0);
    // In place: right under the search box and its button, above the result count.
    expect(panel.getBoundingClientRect().top).to.be.at.least(combobox(el).getBoundingClientRect().bottom);
    expect(panel.getBoundingClientRect().bottom).to.be.at.most((root(el).querySelector('#search-status') as HTMLElement).getBoundingClientRect().top);
    expect(text(root(el).querySelector('[role="toolbar"][aria-label="Filter by category"]')?.querySelector('.chip'))).to.equal('WorkWell');
    chip(el, 'WorkWell').click();
    chip(el, 'Talking therapies').click();
    await el.updateComplete;
    expect(text(toggle)).to.equal('Filter (2)');
    toggle.click();
    await el.updateComplete;
    expect(panel.hidden).to.equal(true);
    expect(text(toggle), 'the filters still apply when closed').to.equal('Filter (2)');
    await openList(el);
    expect(optionNames(el)).to.deep.equal(['WorkWell Birmingham and Solihull', 'NHS Talking Therapies employment advisers']);
  });

  it('filters by the category buttons (any of those pressed) and shows all again when none is pressed', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    await openFilters(el);
    chip(el, 'WorkWell').click();
    chip(el, 'Access to Work').click();
    await el.updateComplete;
    expect(chip(el, 'WorkWell').getAttribute('aria-pressed')).to.equal('true');
    await openList(el);
    expect(optionNames(el)).to.deep.equal(['WorkWell Birmingham and Solihull', 'Access to Work']);
    chip(el, 'WorkWell').click();
    chip(el, 'Access to Work').click();
    await el.updateComplete;
    expect(optionNames(el)).to.have.length(12);
  });

  it('puts suggested categories first, in the filters and in the results, marked "Suggested"', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} .categories=${['debt-and-housing', 'talking-therapies']}></local-services-picker>`);
    const chips = (await openFilters(el)).map((c) => text(c));
    expect(chips.slice(0, 3)).to.deep.equal(['Debt and housing advice Suggested', 'Talking therapies Suggested', 'WorkWell']);
    await openList(el);
    expect(optionNames(el).slice(0, 3)).to.deep.equal(['Debt and housing advice', 'NHS Talking Therapies employment advisers', 'WorkWell Birmingham and Solihull']);
    expect(text(options(el)[0]?.querySelector('.badges'))).to.equal('Suggested Who can refer: Professional referral');
    expect(text(options(el)[2]?.querySelector('.badges'))).to.equal('Who can refer: Self-referral Professional referral Employer referral');
  });

  it('shows for each result its category, area, eligibility and who can refer, and marks self-referral for signposting', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    await typeSearch(el, 'access to work');
    const option = options(el)[0] as HTMLElement;
    expect(text(option)).to.equal(
      'Access to Work Access to Work · National People aged 16 or over in or starting paid work whose health condition or disability affects their job or their journey to work. Who can refer: Self-referral The patient can refer themselves: you can signpost',
    );
    await typeSearch(el, 'occupational health through');
    expect(optionNames(el)).to.deep.equal(['Occupational health through the employer']);
    expect(text(options(el)[0]?.querySelector('.badges'))).to.equal('Who can refer: Employer referral');
    expect(options(el)[0]?.querySelector('.signpost')).to.equal(null);
    // Programmes mapped to other ICBs are not offered in Birmingham and Solihull.
    await typeSearch(el, 'trailblazer');
    expect(optionNames(el)).to.deep.equal([]);
  });

  it('warns on services last reviewed more than 12 months before today, and not on those reviewed 12 months before', async () => {
    const services = [
      hostService({ id: 'old', name: 'Old service', lastReviewed: '2025-11-21' }),
      hostService({ id: 'edge', name: 'Edge service', lastReviewed: '2025-11-22' }),
    ];
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} .services=${services}></local-services-picker>`);
    await openList(el);
    const [edge, old] = options(el);
    expect(text(old?.querySelector('.stale'))).to.equal('Important: Last reviewed 21 November 2025, more than 12 months ago: check the details are still current.');
    expect(edge?.querySelector('.stale')).to.equal(null);
    el.setAttribute('today', '2026-11-23');
    await el.updateComplete;
    expect(options(el).filter((o) => o.querySelector('.stale'))).to.have.length(2);
  });

  it('renders markup in host data as text', async () => {
    const evil = '<img src=x onerror="window.__pwned = true">';
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} .services=${[hostService({ name: evil, eligibility: '<b>bold</b>' })]}></local-services-picker>`);
    await openList(el);
    expect(optionNames(el)).to.deep.equal([evil]);
    expect(root(el).querySelector('img, b')).to.equal(null);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });
});

describe('<local-services-picker> keyboard-only combobox (ARIA 1.2)', () => {
  it('is reached with Tab, opens with the down arrow, moves with the arrows, closes with Escape and chooses with Enter', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    const input = combobox(el);
    expect(input.getAttribute('aria-controls')).to.equal(listbox(el).id);
    expect(root(el).getElementById(listbox(el).id)).to.equal(listbox(el));
    (root(el).querySelector('#area') as HTMLSelectElement).focus();
    for (let i = 0; i < 20 && focused(el) !== input; i += 1) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(input);
    expect(input.getAttribute('aria-expanded')).to.equal('false');

    await sendKeys({ type: 'work' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    const names = optionNames(el);

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('option-0');
    expect(options(el)[0]?.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('option-1');
    expect(options(el)[0]?.getAttribute('aria-selected')).to.equal('false');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('option-0');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('work');
    expect(focused(el)).to.equal(input);

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('option-1');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(root(el).querySelector('#step-heading'))).to.equal(names[1]);
    expect(focused(el)).to.equal(root(el).querySelector('#step-heading'));
  });

  it('wraps from the last option to the first', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    combobox(el).focus();
    await sendKeys({ type: 'talking' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(combobox(el).getAttribute('aria-activedescendant')).to.equal('option-0');
  });

  it('keeps the search box focused when an option is clicked, and closes the list when focus leaves', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    await openList(el);
    const panel = root(el).querySelector('#panel') as HTMLElement;
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true });
    options(el)[0]?.dispatchEvent(down);
    expect(down.defaultPrevented).to.equal(true);
    expect(panel.hidden).to.equal(false);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(panel.hidden).to.equal(true);
  });

  it('positions the listbox under the search box (floating panel)', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    await openList(el);
    const panel = root(el).querySelector('#panel') as HTMLElement;
    await waitUntil(() => panel.style.transform !== '', 'positioned');
    const input = combobox(el).getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    expect(panel.style.position).to.equal('fixed');
    expect(Math.round(box.left)).to.equal(Math.round(input.left));
    expect(box.width).to.be.at.least(input.width - 1);
    // Below the box, or above it when the viewport has no room below (flip).
    expect(box.top >= input.bottom - 1 || box.bottom <= input.top + 1, `${box.top}..${box.bottom} vs ${input.top}..${input.bottom}`).to.equal(true);
  });
});

describe('<local-services-picker> a national directory of 100,000 services', () => {
  const services = generateServices(100_000, 3);

  it('renders only the first page of results, grows by a page at the end of the list, and reports the total', async () => {
    const el = await mount(html`<local-services-picker icb="QOP" today=${TODAY} .services=${services}></local-services-picker>`);
    await openList(el);
    const total = Number(options(el)[0]?.getAttribute('aria-setsize'));
    expect(total).to.be.greaterThan(PAGE_SIZE * 2);
    expect(options(el)).to.have.length(PAGE_SIZE);
    expect(options(el)[PAGE_SIZE - 1]?.getAttribute('aria-posinset')).to.equal(String(PAGE_SIZE));
    expect(text(root(el).querySelector('.panel__footer'))).to.equal(`Showing 50 of ${total.toLocaleString('en-GB')}. Scroll, or use the down arrow, to see more.`);
    await waitUntil(() => status(el) === `${total.toLocaleString('en-GB')} services`);

    // Moving down the list: the active option is always rendered, and rows are added a page at a time.
    combobox(el).focus();
    for (let i = 0; i <= PAGE_SIZE * 2; i += 1) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(combobox(el).getAttribute('aria-activedescendant')).to.equal(`option-${i}`);
      expect(root(el).getElementById(`option-${i}`)).to.not.equal(null);
      expect(options(el).length % PAGE_SIZE).to.equal(0);
      expect(options(el).length).to.be.at.most(i + PAGE_SIZE + 1);
    }
    expect(options(el).length).to.be.at.least(PAGE_SIZE * 3);
  });

  it('loads the next page when the list is scrolled to its end', async () => {
    const el = await mount(html`<local-services-picker icb="QOP" today=${TODAY} .services=${services}></local-services-picker>`);
    await openList(el);
    const list = listbox(el);
    list.scrollTop = list.scrollHeight;
    list.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(options(el)).to.have.length(PAGE_SIZE * 2);
  });

  it('narrows as the clinician types, keeping the DOM to one page', async () => {
    const el = await mount(html`<local-services-picker icb="QOP" today=${TODAY} .services=${services}></local-services-picker>`);
    let previous = Infinity;
    for (const query of ['b', 'ba', 'bac', 'back', 'back p', 'back pain', 'back pain riv']) {
      await typeSearch(el, query);
      const count = Number(options(el)[0]?.getAttribute('aria-setsize') ?? 0);
      expect(count, query).to.be.at.most(previous);
      expect(options(el).length).to.be.at.most(PAGE_SIZE);
      previous = count;
    }
    expect(previous).to.be.greaterThan(0);
    for (const name of optionNames(el)) expect(name.startsWith('Riverside'), name).to.equal(true);
  });

  it('announces once typing pauses, not on every keystroke', async () => {
    const el = await mount(html`<local-services-picker icb="QOP" today=${TODAY} .services=${services}></local-services-picker>`);
    const initial = status(el);
    await typeSearch(el, 'b');
    await typeSearch(el, 'ba');
    await aTimeout(100);
    expect(status(el)).to.equal(initial);
    const total = Number(options(el)[0]?.getAttribute('aria-setsize'));
    await waitUntil(() => status(el) === `${total.toLocaleString('en-GB')} services`);
  });
});

describe('<local-services-picker> filters by keyboard', () => {
  it('opens "Filter" with Enter; the categories are one tab stop moved through with the arrow keys (roving tabindex)', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} .categories=${['talking-therapies']}></local-services-picker>`);
    const toggle = button(el, 'Filter');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const chips = [...root(el).querySelectorAll<HTMLButtonElement>('.chip')];
    expect(chips.filter((c) => c.tabIndex === 0)).to.deep.equal([chips[0]]);
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'the suggested category first').to.equal(chip(el, 'Talking therapies'));
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(chips[1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(chips[2]);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(chips[1]?.getAttribute('aria-pressed')).to.equal('true');
    expect(text(toggle)).to.equal('Filter (1)');
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(chips.at(-1));
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(chips[0]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el), 'wraps').to.equal(chips.at(-1));
    // One Tab leaves all 14; Shift+Tab comes back to the one last focused.
    await sendKeys({ press: 'Tab' });
    expect(chips).to.not.include(focused(el));
    await shiftTab();
    expect(focused(el)).to.equal(chips.at(-1));
    expect(chips.filter((c) => c.tabIndex === 0)).to.have.length(1);
  });

  it('toggles a category with Space and Enter', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    await openFilters(el);
    chip(el, 'Talking therapies').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(chip(el, 'Talking therapies').getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chip(el, 'Talking therapies').getAttribute('aria-pressed')).to.equal('false');
    expect(button(el, 'Talking therapies')).to.equal(chip(el, 'Talking therapies'));
  });
});

describe('<local-services-picker> choosing opens the referral step', () => {
  it('by click', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    await openList(el);
    const changed = oneEvent(el, 'local-services-change');
    options(el)[0]?.click();
    await el.updateComplete;
    expect(text(root(el).querySelector('#step-heading'))).to.equal('WorkWell Birmingham and Solihull');
    expect(combobox(el)).to.equal(null);
    // Opening the step is not a choice yet: nothing is sent until the clinician creates the referral.
    const raced = await Promise.race([changed.then(() => 'event'), new Promise((ok) => setTimeout(() => ok('none'), 50))]);
    expect(raced).to.equal('none');
  });
});
