import { expect } from '@open-wc/testing';
import { expectNoAxeViolations } from '../../helpers/a11y.js';
import { byRole, click, confirmButton, fillMinimum, formFixture, shadow, typeInto } from './form-helpers.js';

describe('<fit-note-form> accessibility (axe, WCAG 2.2 AA and best practice)', function () {
  this.timeout(30_000);

  it('has no violations in the default state', async () => {
    await expectNoAxeViolations(await formFixture());
  });

  it('has no violations filled in, with the phrase bank open', async () => {
    const el = await formFixture();
    await fillMinimum(el);
    await click(el, byRole(el, 'checkbox', 'amended duties'));
    await typeInto(el, byRole(el, 'textbox', 'functional effects'), 'Avoid lifting over 10 kg for 2 weeks.');
    await click(el, shadow(el).querySelector('.phrase-bank summary') as HTMLElement);
    await expectNoAxeViolations(el);
  });

  it('has no violations with errors and the error summary shown', async () => {
    const el = await formFixture();
    await typeInto(el, byRole(el, 'textbox', /^For/), 'x');
    await click(el, confirmButton(el));
    expect(shadow(el).getElementById('error-summary') !== null).to.equal(true);
    await expectNoAxeViolations(el);
  });

  it('has no violations with "not fit" selected (and its R12 warning)', async () => {
    const el = await formFixture();
    await click(el, byRole(el, 'radio', 'not fit for work'));
    await click(el, byRole(el, 'button', /^3 months$/));
    await expectNoAxeViolations(el);
  });

  it('has no violations with a help popover open', async () => {
    const el = await formFixture();
    await click(el, byRole(el, 'button', 'Help with phased return'));
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });

  it('has no violations when indefinite, saved, or failed to save', async () => {
    const el = await formFixture();
    await fillMinimum(el);
    await click(el, byRole(el, 'checkbox', '6 months or more'));
    await click(el, byRole(el, 'checkbox', 'indefinite'));
    let id = '';
    el.addEventListener('fit-note-submit', (e) => (id = e.detail.messageId));
    await click(el, confirmButton(el));
    await expectNoAxeViolations(el);
    el.acknowledge(id, { status: 'failed' });
    await el.updateComplete;
    await expectNoAxeViolations(el);
    el.acknowledge(id, { status: 'saved', location: 'the record' });
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });

  it('fits 320 px wide with nothing cut off sideways', async () => {
    const el = await formFixture();
    el.style.width = '320px';
    await fillMinimum(el);
    await click(el, shadow(el).querySelector('.phrase-bank summary') as HTMLElement);
    const form = shadow(el).querySelector('.form') as HTMLElement;
    expect(form.scrollWidth).to.be.at.most(320);
    const overflowing = [...shadow(el).querySelectorAll<HTMLElement>('*')].filter((n) => n.getBoundingClientRect().right > el.getBoundingClientRect().right + 0.5 && n.getClientRects().length > 0 && !n.closest('[hidden]') && !n.classList.contains('visually-hidden') && !n.closest('.visually-hidden'));
    expect(overflowing.map((n) => n.id || n.className || n.tagName)).to.deep.equal([]);
  });
});
