import { expect } from '@open-wc/testing';
import { expectNoAxeViolations } from '../../helpers/a11y.js';
import { byRole, click, confirmButton, fillMinimum, shadow } from './form-helpers.js';
import { answerWorkQuestion, flowFixture, picker, refer } from './flow-helpers.js';
import { options, typeSearch } from '../local-services-picker/helpers.js';

describe('<fit-note-form> the consultation flow: accessibility (axe, WCAG 2.2 AA and best practice)', function () {
  this.timeout(60_000);

  it('has no violations with the work question answered and folded away, and its pre-fills marked', async () => {
    const el = await flowFixture();
    await answerWorkQuestion(el, { status: 'Employed', help: ['Going back gradually', 'Talking therapy'], accept: ['help-phased-return', 'help-talking-therapy'] });
    expect(shadow(el).querySelectorAll('.origin')).to.have.length(1);
    await expectNoAxeViolations(el);
    await click(el, byRole(el, 'button', 'Change the answers'));
    await expectNoAxeViolations(el);
  });

  it('has no violations with the referral step open inside the form', async () => {
    const el = await flowFixture();
    const p = picker(el);
    await typeSearch(p, 'workwell');
    options(p)[0]?.click();
    await p.updateComplete;
    expect(p.shadowRoot?.querySelector('#step-primary')?.textContent?.trim()).to.equal('Patient agrees: create referral');
    await expectNoAxeViolations(el);
  });

  it('has no violations with a referral made and the plan shown', async () => {
    const el = await flowFixture();
    await fillMinimum(el);
    await click(el, byRole(el, 'checkbox', 'amended duties'));
    await refer(el, 'workwell', 'WorkWell Greater Manchester');
    await click(el, confirmButton(el));
    expect(shadow(el).querySelector('[part=plan]')).to.not.equal(null);
    await expectNoAxeViolations(el);
  });

  it('fits 320 px wide with the flow and the plan shown, nothing cut off sideways', async () => {
    const el = await flowFixture();
    el.style.width = '320px';
    await answerWorkQuestion(el, { status: 'Employed', help: ['Going back gradually'], accept: ['help-phased-return'] });
    await fillMinimum(el);
    await refer(el, 'workwell', 'WorkWell Greater Manchester');
    await click(el, confirmButton(el));
    const right = el.getBoundingClientRect().right + 0.5;
    const overflowing = [...shadow(el).querySelectorAll<HTMLElement>('*')].filter(
      (n) => n.getBoundingClientRect().right > right && n.getClientRects().length > 0 && !n.closest('[hidden], .visually-hidden'),
    );
    expect(overflowing.map((n) => n.id || n.className || n.tagName)).to.deep.equal([]);
  });
});
