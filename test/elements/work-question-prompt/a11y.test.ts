import { expect, fixture, html } from '@open-wc/testing';
import type { WorkQuestionPrompt } from '../../../src/work-question-prompt.js';
import { expectNoAxeViolations } from '../../helpers/a11y.js';
import { TODAY, acceptButton, button, click, errors, leave, prompt as promptIn, statusText, type, typeDate } from './helpers.js';

for (const density of ['comfortable', 'compact'] as const) {
  describe(`<work-question-prompt density="${density}"> accessibility (axe, WCAG 2.2 AA and best practice)`, () => {
    const prompt = () => promptIn(TODAY, density);

    it('a new patient', async () => {
      await expectNoAxeViolations(await prompt());
    });

    it('in work, with every job detail shown and filled', async () => {
      const el = await prompt();
      await click(el, 'Self-employed');
      await type(el, 'Job title (optional)', 'Electrician');
      await type(el, 'Hours a week (optional)', '45');
      await click(el, 'Manual work or heavy lifting');
      await click(el, 'Safety-critical duties');
      await expectNoAxeViolations(el);
    });

    it('off sick, with the date and the length of absence', async () => {
      const el = await prompt();
      await click(el, 'Employed');
      await click(el, 'Off sick');
      await typeDate(el, '4', '8', '2025');
      await expectNoAxeViolations(el);
    });

    it('an error on leaving the date', async () => {
      const el = await prompt();
      await click(el, 'Employed');
      await click(el, 'Off sick');
      await typeDate(el, '4', '8', '2099');
      await leave(el);
      expect(errors(el)).to.have.length(1);
      await expectNoAxeViolations(el);
    });

    it('the error summary and the errors after Done', async () => {
      const el = await prompt();
      await click(el, 'Employed');
      await type(el, 'Hours a week (optional)', 'many');
      button(el, 'Done').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.error-summary')).to.not.equal(null);
      await expectNoAxeViolations(el);
      const statusOnly = await prompt();
      button(statusOnly, 'Done').click();
      await statusOnly.updateComplete;
      await expectNoAxeViolations(statusOnly);
    });

    it('suggestions, one accepted, and notes', async () => {
      const el = await fixture<WorkQuestionPrompt>(html`<work-question-prompt today=${TODAY} icb="QOP" density=${density}></work-question-prompt>`);
      el.conditions = [{ display: 'Sciatica' }];
      await click(el, 'Employed');
      await click(el, 'Manual work or heavy lifting');
      await click(el, 'Driving for work');
      await click(el, 'Working, with difficulty');
      await click(el, 'Talking therapy');
      acceptButton(el, 'help-talking-therapy').click();
      await el.updateComplete;
      await expectNoAxeViolations(el);
    });

    it('looking for work, and not ready to think about work', async () => {
      const el = await prompt();
      await click(el, 'Looking for work');
      await expectNoAxeViolations(el);
      await click(el, 'Not ready to think about work yet');
      await expectNoAxeViolations(el);
    });

    it('retired', async () => {
      const el = await prompt();
      await click(el, 'Retired');
      await expectNoAxeViolations(el);
    });

    it('completed, and skipped', async () => {
      const el = await prompt();
      await click(el, 'Caring for someone');
      button(el, 'Done').click();
      await el.updateComplete;
      expect(statusText(el)).to.contain('Work question answered');
      await expectNoAxeViolations(el);
      button(el, 'Skip the work question').click();
      await el.updateComplete;
      expect(statusText(el)).to.contain('Work question skipped');
      await expectNoAxeViolations(el);
    });
  });
}
