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
 * "Shift+Tab" is one keystroke (Tab with Shift held). "Space" is sent as " ", the name Firefox's WebDriver BiDi knows.
 */
async function press(...keys: string[]): Promise<number> {
  for (const key of keys) {
    if (key === 'Shift+Tab') {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    } else await sendKeys({ press: key === 'Space' ? ' ' : key });
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

describe('<work-question-prompt> suggestions by keyboard: one tab stop, arrow keys between them', () => {
  const THREE: Partial<ReturnType<typeof createWorkAnswers>> = { status: 'employed', whatMayHelp: ['phased-return', 'different-hours', 'different-duties'] };
  const accepts = (el: WorkQuestionPrompt) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.suggestion__accept')];
  const focusedRule = (el: WorkQuestionPrompt) => el.shadowRoot!.activeElement?.closest<HTMLElement>('.suggestion')?.dataset.rule ?? null;

  async function withThree(start: 'before' | 'after' = 'after'): Promise<WorkQuestionPrompt> {
    const el = await page(start);
    el.value = { ...createWorkAnswers(), ...THREE };
    await el.updateComplete;
    return el;
  }

  it('the Accept buttons are one toolbar named "Suggestions", with one of them in the tab order', async () => {
    const el = await withThree();
    const toolbar = el.shadowRoot!.querySelector('[role="toolbar"]')!;
    expect(el.shadowRoot!.getElementById(toolbar.getAttribute('aria-labelledby')!)?.textContent).to.equal('Suggestions');
    expect(toolbar.querySelectorAll('.suggestion__accept')).to.have.length(3);
    expect(accepts(el).map((b) => b.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
  });

  it('Tab passes the whole list in one keystroke: from the last question to the first Accept, then to Done', async () => {
    const el = await withThree();
    el.shadowRoot!.getElementById('free-text')!.focus();
    await press('Tab');
    expect(focusedRule(el)).to.equal('help-phased-return');
    await press('Tab');
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Done');
  });

  it('accepting the second and third suggestions and completing takes 8 keystrokes from the next field', async () => {
    const el = await withThree();
    const r = record(el);
    const keys = await press('Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'ArrowDown', 'Space', 'ArrowDown', 'Space', 'Tab');
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Done');
    await press('Enter');
    expect(keys).to.equal(8);
    expect(r.completes[0]!.acceptedRules).to.deep.equal(['help-different-hours', 'help-different-duties']);
  });

  it('ArrowUp from the first goes to the last, Home and End to the ends, and the arrows accept nothing', async () => {
    const el = await withThree();
    accepts(el)[0]!.focus();
    await press('ArrowUp');
    expect(focusedRule(el)).to.equal('help-different-duties');
    await press('Home');
    expect(focusedRule(el)).to.equal('help-phased-return');
    await press('End', 'ArrowRight', 'ArrowLeft');
    expect(focusedRule(el)).to.equal('help-different-duties');
    expect(accepts(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false']);
  });

  it('coming back with Shift+Tab lands on the suggestion last used, which keeps focus when accepted', async () => {
    const el = await withThree();
    accepts(el)[0]!.focus();
    await press('ArrowDown', 'Space');
    await el.updateComplete;
    expect(focusedRule(el)).to.equal('help-different-hours');
    expect(accepts(el)[1]!.getAttribute('aria-pressed')).to.equal('true');
    await press('Tab', 'Shift+Tab');
    expect(focusedRule(el)).to.equal('help-different-hours');
  });

  it('when the suggestion holding the tab stop stops applying, the next one takes it', async () => {
    const el = await withThree();
    accepts(el)[0]!.focus();
    await press('ArrowDown', 'Tab');
    el.value = { ...createWorkAnswers(), status: 'employed', whatMayHelp: ['phased-return', 'different-duties'] };
    await el.updateComplete;
    expect(accepts(el).map((b) => b.getAttribute('tabindex'))).to.deep.equal(['-1', '0']);
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Done');
  });

  it('disabled, no suggestion is in the tab order; enabled again, one is', async () => {
    const el = await withThree();
    el.disabled = true;
    await el.updateComplete;
    expect(accepts(el).map((b) => b.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '-1']);
    el.disabled = false;
    await el.updateComplete;
    expect(accepts(el).map((b) => b.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
  });
});
