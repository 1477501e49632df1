import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createWorkAnswers } from '../../../src/model/work-question.js';
import type { WorkQuestionPrompt } from '../../../src/work-question-prompt.js';
import { TODAY, record } from './helpers.js';

/**
 * The prompt on a page with a control before and after it. Each test starts with focus on one of them,
 * as a clinician arrives from the field before or after; that focus is not counted as a keystroke.
 */
async function page(start: 'before' | 'after' = 'before'): Promise<WorkQuestionPrompt> {
  const wrapper = await fixture<HTMLElement>(html`
    <div>
      <button id="before">Before</button>
      <work-question-prompt today=${TODAY}></work-question-prompt>
      <button id="after">After</button>
    </div>
  `);
  wrapper.querySelector<HTMLElement>(`#${start}`)!.focus();
  const el = wrapper.querySelector('work-question-prompt')!;
  await el.updateComplete;
  return el;
}

/**
 * Presses keys one by one and counts them, so each test states how many keystrokes the task takes.
 * "Shift+Tab" is one keystroke (Tab with Shift held).
 */
async function press(...keys: string[]): Promise<number> {
  for (const key of keys) {
    if (key === 'Shift+Tab') {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    } else await sendKeys({ press: key });
  }
  return keys.length;
}

describe('<work-question-prompt> by keyboard alone', () => {
  it('someone in work: Tab, Space, Enter answers and completes (3 keystrokes)', async () => {
    const el = await page();
    const r = record(el);
    const keys = await press('Tab', 'Space', 'Enter');
    await el.updateComplete;
    expect(keys).to.equal(3);
    expect(r.completes).to.have.length(1);
    expect(r.completes[0]!.answers).to.deep.equal({ ...createWorkAnswers(), status: 'employed' });
  });

  it('someone retired: arrow keys move through the statuses (8 keystrokes)', async () => {
    const el = await page();
    const r = record(el);
    const keys = await press('Tab', ...Array<string>(6).fill('ArrowDown'), 'Enter');
    await el.updateComplete;
    expect(keys).to.equal(8);
    expect(r.completes[0]!.answers).to.deep.equal({ ...createWorkAnswers(), status: 'retired' });
  });

  it('the job title is the next stop after choosing "employed", and Enter there completes', async () => {
    const el = await page();
    const r = record(el);
    await press('Tab', 'Space', 'Tab');
    expect(el.shadowRoot!.activeElement?.id).to.equal('job-title');
    await sendKeys({ type: 'Postal worker' });
    await press('Enter');
    expect(r.completes[0]!.answers.jobTitle).to.equal('Postal worker');
  });

  it('a suggestion is accepted with Space and the answers completed with Enter (6 keystrokes from the next field)', async () => {
    const el = await page('after');
    el.value = { ...createWorkAnswers(), status: 'employed', whatMayHelp: ['phased-return'] };
    await el.updateComplete;
    const r = record(el);
    const keys = await press('Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Space', 'Tab', 'Enter');
    expect(keys).to.equal(6);
    expect(r.completes).to.have.length(1);
    expect(r.completes[0]!.suggestions).to.deep.equal({
      adjustments: ['phasedReturn'],
      serviceCategories: [],
      reasons: ['Going back gradually may help → a phased return to work'],
    });
  });

  it('an accepted suggestion still shows the focus colours when it has keyboard focus', async () => {
    const el = await page('after');
    el.value = { ...createWorkAnswers(), status: 'employed', whatMayHelp: ['phased-return'] };
    await el.updateComplete;
    await press('Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Space');
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.getAttribute('aria-pressed')).to.equal('true');
    const probe = document.createElement('div');
    probe.style.color = '#ffeb3b';
    document.body.append(probe);
    const focusYellow = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle(focused).backgroundColor).to.equal(focusYellow);
  });

  it('skipping takes 2 keystrokes: Shift+Tab to "Skip the work question", Enter', async () => {
    const el = await page('after');
    const r = record(el);
    await press('Shift+Tab');
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Skip the work question');
    await press('Enter');
    expect(r.completes[0]!.answers.skipped).to.equal(true);
  });

  it('the error summary takes focus and its link, followed with Enter, lands on the field', async () => {
    const el = await page('after');
    await press('Shift+Tab', 'Shift+Tab', 'Enter');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.classList.contains('error-summary')).to.equal(true);
    await press('Tab', 'Enter');
    expect(el.shadowRoot!.activeElement?.id).to.equal('status-employed');
    await press('Space', 'Enter');
    expect(el.shadowRoot!.querySelector('.error-summary')).to.equal(null);
  });
});
