import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createWorkAnswers, type WorkAnswers } from '../../../src/model/work-question.js';
import type { WorkQuestionPrompt } from '../../../src/work-question-prompt.js';
import { TODAY, acceptButton } from './helpers.js';

/** Every question on screen: the job details under "Employed", the date under "Off sick", what may help. */
const EVERY_QUESTION: WorkAnswers = {
  ...createWorkAnswers(),
  status: 'employed',
  jobTitle: 'Warehouse operative',
  pattern: { hoursPerWeek: 40, shiftsOrNights: true, activity: 'manual-heavy-lifting', driving: true, safetyCritical: false, publicFacing: false },
  managing: 'off-sick',
  offSickSince: '2025-08-04',
  whatMayHelp: ['phased-return', 'physio-pain'],
};

async function shown(density: 'comfortable' | 'compact', value: WorkAnswers = EVERY_QUESTION): Promise<WorkQuestionPrompt> {
  const el = await fixture<WorkQuestionPrompt>(
    html`<work-question-prompt today=${TODAY} icb="QOP" density=${density} .conditions=${[{ display: 'Low back pain' }]} .value=${value}></work-question-prompt>`,
  );
  await el.updateComplete;
  return el;
}

const height = (el: HTMLElement) => el.getBoundingClientRect().height;

/** What the clinician presses, ticks or types into. */
const targets = (el: WorkQuestionPrompt) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input, textarea, select')];

describe('<work-question-prompt density="compact"> (for EHR panels)', () => {
  before(() => setViewport({ width: 1280, height: 800 }));

  it('with every question shown at 1280 px wide, compact takes at least a fifth less height than comfortable', async () => {
    const comfortable = height(await shown('comfortable'));
    const compact = height(await shown('compact'));
    expect(compact).to.be.below(comfortable * 0.8);
  });

  it('compact uses the tighter type and spacing of the compact tokens, and comfortable the NHS.UK ones', async () => {
    const compact = await shown('compact');
    const comfortable = await shown('comfortable');
    const suggestion = (el: WorkQuestionPrompt) => getComputedStyle(el.shadowRoot!.querySelector('.suggestion')!);
    expect(suggestion(compact).paddingTop).to.equal('4px');
    expect(suggestion(comfortable).paddingTop).to.equal('8px');
    expect(getComputedStyle(compact.shadowRoot!.querySelector('h2')!).fontSize).to.equal('21px');
    expect(getComputedStyle(comfortable.shadowRoot!.querySelector('h2')!).fontSize).to.equal('24px');
  });

  it('every button, radio, checkbox and field stays at least 24 by 24 CSS px in compact (WCAG 2.2 2.5.8)', async () => {
    const el = await shown('compact');
    acceptButton(el, 'help-phased-return').click();
    await el.updateComplete;
    const small = targets(el)
      .map((t) => ({ id: t.id || t.textContent?.trim(), box: t.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ id, box }) => `${id} ${box.width}x${box.height}`);
    expect(targets(el).length).to.be.above(20);
    expect(small).to.deep.equal([]);
  });

  it('at 400 px wide, an EHR side panel, nothing scrolls sideways', async () => {
    await setViewport({ width: 400, height: 800 });
    try {
      const el = await shown('compact');
      const section = el.shadowRoot!.querySelector<HTMLElement>('.prompt')!;
      expect(section.scrollWidth).to.be.at.most(section.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(400);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });
});
