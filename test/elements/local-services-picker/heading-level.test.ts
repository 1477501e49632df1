import { expect, html } from '@open-wc/testing';
import type { LocalServicesPicker } from '../../../src/local-services-picker.js';
import { captureWarnings } from '../../helpers/console.js';
import { button, chooseService, mount, primary, root } from './helpers.js';

const levels = (el: LocalServicesPicker) => [...root(el).querySelectorAll('h2, h3')].map((h) => `${h.tagName}:${h.getAttribute('aria-level') ?? '-'}`);

describe('<local-services-picker heading-level>', () => {
  it('3 puts the top heading at level 3 and the others at 4, for a picker under an h2 (as in <fit-note-form>)', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today="2026-11-22" heading-level="3"></local-services-picker>`);
    expect(levels(el)).to.deep.equal(['H2:3']);
    await chooseService(el, 'Access to Work');
    expect(levels(el)).to.deep.equal(['H2:3', 'H3:4']);
    button(el, 'Signpost the patient').click();
    await el.updateComplete;
    expect(levels(el)).to.deep.equal(['H2:3', 'H3:4']);
    expect(root(el).querySelector('#chosen-heading')?.getAttribute('aria-level')).to.equal('4');
  });

  it('puts "Suggested for this patient" and the chosen services one level below the top heading, whatever the top level', async () => {
    for (const [top, expected] of [
      ['2', null],
      ['3', '4'],
      ['6', '6'],
    ] as const) {
      const el = await mount(html`<local-services-picker icb="QHL" today="2026-11-22" heading-level=${top} .categories=${['workwell']}></local-services-picker>`);
      expect(root(el).querySelector('#suggested-heading')?.getAttribute('aria-level') ?? null, `heading-level ${top}`).to.equal(expected);
      root(el).querySelector<HTMLButtonElement>('.suggestion')?.click();
      await el.updateComplete;
      primary(el).click();
      await el.updateComplete;
      expect(root(el).querySelector('#chosen-heading')?.getAttribute('aria-level') ?? null, `heading-level ${top}`).to.equal(expected);
    }
  });

  it('without it the headings keep their own levels; a level that is not 1 to 6 is ignored and said once', async () => {
    const plain = await mount(html`<local-services-picker today="2026-11-22"></local-services-picker>`);
    expect(levels(plain)).to.deep.equal(['H2:-']);
    const warnings = captureWarnings();
    let el: LocalServicesPicker;
    try {
      el = await mount(html`<local-services-picker today="2026-11-22" heading-level="0"></local-services-picker>`);
      el.setAttribute('heading-level', '2.5');
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(levels(el)).to.deep.equal(['H2:-']);
    expect(warnings.messages.filter((m) => m.includes('heading-level'))).to.have.length(1);
  });
});
