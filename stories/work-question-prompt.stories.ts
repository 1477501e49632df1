import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, within } from 'storybook/test';
import '../src/work-question-prompt.js';
import type { WorkQuestionCompleteDetail, WorkQuestionPrompt } from '../src/work-question-prompt.js';
import { createWorkAnswers, type WorkAnswers } from '../src/model/work-question.js';
import type { Coding, Context } from '../src/model/schemas.js';

interface Args {
  today: string;
  icb?: string;
  value?: WorkAnswers;
  context?: Context;
  conditions?: Coding[];
  density?: 'comfortable' | 'compact';
}

/** Fictional people only: no story shows a real patient. */
const CONTEXT: Context = { patientId: 'example-patient', encounterId: 'example-encounter' };

const shadow = (canvas: HTMLElement) => canvas.querySelector<WorkQuestionPrompt>('work-question-prompt')!.shadowRoot!;

const meta: Meta<Args> = {
  title: 'Elements/work-question-prompt',
  component: 'work-question-prompt',
  render: (args) => html`
    <work-question-prompt
      today=${args.today}
      icb=${ifDefined(args.icb)}
      density=${ifDefined(args.density)}
      .value=${args.value}
      .context=${args.context}
      .conditions=${args.conditions}
    ></work-question-prompt>
  `,
  args: { today: '2026-03-03', context: CONTEXT },
  argTypes: { density: { control: 'inline-radio', options: ['comfortable', 'compact'] } },
  parameters: {
    docs: {
      description: {
        component:
          'The work question of the 2025 consensus on health and work, with suggestions from the rule table in docs/work-question-rules.md. All dates are relative to `today` = 3 March 2026.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing answered yet: the three questions, no suggestions. */
export const NewPatient: Story = {};

/** A warehouse operative with low back pain, off sick since early August: more than 6 months, in a WorkWell area. */
export const OffSickSevenMonths: Story = {
  args: {
    icb: 'QOP',
    conditions: [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }],
    value: {
      ...createWorkAnswers(),
      status: 'employed',
      jobTitle: 'Warehouse operative',
      pattern: { hoursPerWeek: 40, shiftsOrNights: true, activity: 'manual-heavy-lifting', driving: false, safetyCritical: false, publicFacing: false },
      managing: 'off-sick',
      offSickSince: '2025-08-04',
      whatMayHelp: ['phased-return', 'physio-pain'],
    },
  },
  play: async ({ canvasElement }) => {
    await expect(shadow(canvasElement).querySelector('.absence')?.textContent?.trim()).toBe('Off sick for 7 months, since 4 August 2025.');
  },
};

/**
 * `density="compact"`, for an EHR panel: the same seven-month absence with every question shown, in
 * tighter spacing and type; radios, checkboxes and buttons stay at least 24 by 24 CSS pixels. The
 * Accept buttons are one tab stop: Tab reaches the first, the arrow keys the others.
 */
export const Compact: Story = {
  args: { ...OffSickSevenMonths.args, density: 'compact' },
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    const accepts = [...root.querySelectorAll('.suggestion__accept')];
    await expect(accepts.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
    for (const target of root.querySelectorAll('button, input')) {
      const box = target.getBoundingClientRect();
      await expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    }
  },
};

/** Looking for work in a WorkWell area, wanting help with job hunting and money. */
export const OutOfWork: Story = {
  args: {
    icb: 'QF7',
    value: { ...createWorkAnswers(), status: 'looking-for-work', whatMayHelp: ['finding-work', 'money-debt-housing'] },
  },
};

/**
 * A practice in West and North London (`icb="Z9B2Z"`, an ICB from 1 April 2026): someone struggling
 * at work is offered WorkWell, as the services picker offers the London WorkWell services there.
 */
export const WorkWellArea2026: Story = {
  args: {
    icb: 'Z9B2Z',
    value: { ...createWorkAnswers(), status: 'employed', jobTitle: 'Bus driver', managing: 'working-with-difficulty' },
  },
  play: async ({ canvasElement }) => {
    await expect(shadow(canvasElement).querySelector('.suggestion[data-rule="at-risk-workwell"]')).not.toBeNull();
  },
};

/** Answered, two suggestions accepted, and Done selected. */
export const Completed: Story = {
  args: {
    icb: 'QOP',
    value: {
      ...createWorkAnswers(),
      status: 'employed',
      jobTitle: 'Primary school teacher',
      managing: 'working-with-difficulty',
      whatMayHelp: ['different-hours', 'talking-therapy'],
      freeText: 'Finds the mornings hardest; sleep is poor.',
    },
  },
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    for (const rule of ['help-different-hours', 'help-talking-therapy']) {
      root.querySelector<HTMLButtonElement>(`.suggestion[data-rule="${rule}"] button`)!.click();
    }
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await canvasElement.querySelector<WorkQuestionPrompt>('work-question-prompt')!.updateComplete;
    await expect(root.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Work question answered. You can still change the answers and select Done again.',
    );
  },
};

/**
 * The main path with the mouse: employed, working with difficulty, a phased return may help; the
 * suggestion accepted and Done. Only the accepted suggestion is in `suggestions`; `offered` has all.
 */
export const AnswerAndAccept: Story = {
  args: { icb: 'QOP' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<WorkQuestionPrompt>('work-question-prompt')!;
    const prompt = within(shadow(canvasElement) as unknown as HTMLElement);
    let detail: WorkQuestionCompleteDetail | undefined;
    element.addEventListener('work-question-complete', (e) => (detail = e.detail), { once: true });
    await userEvent.click(prompt.getByRole('radio', { name: 'Employed' }));
    await userEvent.click(prompt.getByRole('radio', { name: 'Working, with difficulty' }));
    await userEvent.click(prompt.getByRole('checkbox', { name: 'Going back gradually' }));
    await userEvent.click(await prompt.findByRole('button', { name: /^Accept\W+Going back gradually may help/ }));
    await userEvent.click(prompt.getByRole('button', { name: 'Done' }));
    await expect(detail?.acceptedRules).toEqual(['help-phased-return']);
    await expect(detail?.suggestions.adjustments).toEqual(['phasedReturn']);
    await expect(detail?.suggestions.serviceCategories).toEqual([]);
    await expect(detail?.offered.serviceCategories).toEqual(['workwell']);
  },
};

/** The clinician skipped the work question; the skip is recorded. */
export const Skipped: Story = {
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    const skip = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Skip the work question')!;
    skip.click();
    await canvasElement.querySelector<WorkQuestionPrompt>('work-question-prompt')!.updateComplete;
    await expect(root.querySelector('[role="status"]')?.textContent?.trim()).toBe('Work question skipped. You can still answer it and select Done.');
  },
};

/** Done with a date in the future: the error summary takes focus and links to the date. */
export const WithErrors: Story = {
  args: {
    value: { ...createWorkAnswers(), status: 'employed', managing: 'off-sick', offSickSince: '2026-04-01' },
  },
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await canvasElement.querySelector<WorkQuestionPrompt>('work-question-prompt')!.updateComplete;
    await expect(root.querySelector('.error-summary')?.textContent).toContain('Off sick since must be today or in the past');
  },
};
