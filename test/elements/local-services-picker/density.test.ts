/**
 * Issue 11: both densities, in every state the clinician meets (suggestions and filters, the results
 * open, the referral step open, a service chosen, a referral the host could not send): axe finds
 * nothing, every target is at least 24 by 24 CSS px (WCAG 2.2 2.5.8), nothing scrolls sideways in a
 * 400 px side panel, and compact takes less height than comfortable.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { LocalServicesPicker, ReferralDetail } from '../../../src/local-services-picker.js';
import { builtInServices } from '../../../src/data/services.js';
import { expectNoAxeViolations } from '../../helpers/a11y.js';
import { hostService } from './fixtures.js';
import { combobox, notesField, openFilters, openList, optionNames, primary, root, suggestions } from './helpers.js';

const TODAY = '2027-12-01';
type Density = 'comfortable' | 'compact';
type State = 'suggestions and filters' | 'results open' | 'step open' | 'chosen' | 'failed';
const STATES: State[] = ['suggestions and filters', 'results open', 'step open', 'chosen', 'failed'];
const STALE = hostService({ id: 'stale', name: 'Riverside Work and Health Hub (fictional)', category: 'talking-therapies', lastReviewed: '2025-06-30' });

async function picker(density: Density, width?: number): Promise<LocalServicesPicker> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${width ? `width: ${width}px` : ''}>
    <local-services-picker
      density=${density}
      icb="QHL"
      today=${TODAY}
      multiple
      .services=${[STALE, ...builtInServices]}
      .categories=${['talking-therapies', 'workwell']}
      .conditions=${[{ display: 'Low back pain' }]}
    ></local-services-picker>
  </div>`);
  const el = wrapper.querySelector('local-services-picker') as LocalServicesPicker;
  await el.updateComplete;
  return el;
}

/** Puts the picker in `state` as a clinician would. */
async function reach(el: LocalServicesPicker, state: State): Promise<void> {
  if (state === 'suggestions and filters') {
    const [chip] = await openFilters(el);
    chip?.click();
    await el.updateComplete;
    return;
  }
  if (state === 'results open') {
    await openList(el);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(optionNames(el).length).to.be.greaterThan(1);
    return;
  }
  (suggestions(el)[0] as HTMLButtonElement).click();
  await el.updateComplete;
  if (state === 'step open') {
    await notesField(el);
    (root(el).querySelector('[part="more-details"] summary') as HTMLElement).click();
    await el.updateComplete;
    return;
  }
  const event = oneEvent(el, 'fit-note-referral');
  primary(el).click();
  const { detail } = (await event) as CustomEvent<ReferralDetail>;
  await el.updateComplete;
  el.acknowledge(detail.messageId, state === 'failed' ? { status: 'failed', reason: 'The service’s inbox is full' } : { status: 'sent' });
  await el.updateComplete;
}

/** Every control the clinician can point at, on screen. */
const targets = (el: LocalServicesPicker) =>
  [...root(el).querySelectorAll<HTMLElement>('button, input, select, textarea, summary')].filter((t) => t.getBoundingClientRect().width > 0);

describe('<local-services-picker density>', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const density of ['comfortable', 'compact'] as const) {
    for (const state of STATES) {
      it(`${density}, ${state}: axe finds nothing`, async () => {
        await setViewport({ width: 1280, height: 800 });
        const el = await picker(density);
        await reach(el, state);
        if (state === 'failed') expect(root(el).querySelector('.chosen__failed')).to.not.equal(null);
        await expectNoAxeViolations(el);
      });

      it(`${density}, ${state}: every target is at least 24 by 24 CSS px, and nothing scrolls sideways at 400 px`, async () => {
        // A 400 px side panel, with room for the page's own margin.
        await setViewport({ width: 420, height: 800 });
        const el = await picker(density, 400);
        await reach(el, state);
        const list = targets(el);
        expect(list.length).to.be.greaterThan(2);
        for (const t of list) {
          const { width, height } = t.getBoundingClientRect();
          const name = `${t.tagName} ${(t.textContent ?? '').trim().slice(0, 30)}`;
          expect(Math.round(height), `${name} height`).to.be.at.least(24);
          expect(Math.round(width), `${name} width`).to.be.at.least(24);
        }
        const edge = el.getBoundingClientRect().right;
        expect(el.scrollWidth, 'the picker').to.be.at.most(el.clientWidth || 400);
        expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(420);
        for (const node of root(el).querySelectorAll<HTMLElement>('[part="base"] *')) {
          const box = node.getBoundingClientRect();
          if (box.width === 0 || node.closest('#panel')) continue;
          expect(box.right, `${node.tagName}.${node.className}`).to.be.at.most(edge + 0.5);
        }
      });
    }
  }

  it('compact takes less height than comfortable, with suggestions and with the step open, and its type and controls are smaller', async () => {
    await setViewport({ width: 1280, height: 800 });
    const heights: Record<string, number> = {};
    for (const density of ['comfortable', 'compact'] as const) {
      const el = await picker(density);
      heights[`${density} suggestions`] = el.getBoundingClientRect().height;
      heights[`${density} font`] = parseFloat(getComputedStyle(combobox(el)).fontSize);
      heights[`${density} search box`] = combobox(el).getBoundingClientRect().height;
      (suggestions(el)[0] as HTMLButtonElement).click();
      await el.updateComplete;
      heights[`${density} step`] = el.getBoundingClientRect().height;
    }
    for (const what of ['suggestions', 'step', 'font', 'search box']) {
      expect(heights[`compact ${what}`], what).to.be.below(heights[`comfortable ${what}`] as number);
    }
  });
});
