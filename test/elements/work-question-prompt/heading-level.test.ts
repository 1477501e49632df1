import { expect, fixture, html } from '@open-wc/testing';
import type { WorkQuestionPrompt } from '../../../src/work-question-prompt.js';
import { captureWarnings } from '../../helpers/console.js';
import { acceptButton, click, prompt } from './helpers.js';

const level = (el: WorkQuestionPrompt, selector: string) => el.shadowRoot?.querySelector(selector)?.getAttribute('aria-level') ?? null;

describe('<work-question-prompt heading-level>', () => {
  it('3 puts the top heading at level 3 and the others below it, for a prompt under an h2 (as in <fit-note-form>)', async () => {
    const el = await fixture<WorkQuestionPrompt>(html`<work-question-prompt today="2026-03-03" heading-level="3"></work-question-prompt>`);
    await click(el, 'Employed');
    await click(el, 'Off sick');
    await click(el, 'Fewer or different hours');
    await click(el, 'Shifts or nights');
    await click(el, 'Safety-critical duties');
    expect(acceptButton(el, 'help-different-hours')).to.not.equal(undefined);
    expect(level(el, '#heading')).to.equal('3');
    expect(level(el, '#suggestions-heading')).to.equal('4');
    expect(el.shadowRoot?.querySelector('.suggestions h4')?.getAttribute('aria-level')).to.equal('5');
  });

  it('without it the headings keep their own levels', async () => {
    const el = await prompt();
    expect(level(el, '#heading')).to.equal(null);
    expect(level(el, '#suggestions-heading')).to.equal(null);
  });

  it('a level that is not a whole number from 1 to 6 is ignored, and said once', async () => {
    const warnings = captureWarnings();
    let el: WorkQuestionPrompt;
    try {
      el = await fixture<WorkQuestionPrompt>(html`<work-question-prompt today="2026-03-03" heading-level="9"></work-question-prompt>`);
      el.setAttribute('heading-level', 'x');
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(level(el, '#heading')).to.equal(null);
    expect(warnings.messages.filter((m) => m.includes('heading-level'))).to.have.length(1);
  });
});
