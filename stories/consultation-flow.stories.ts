import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/fit-note-form.js';
import type { FitNoteForm, FitNoteSubmitDetail } from '../src/fit-note-form.js';
import type { Coding, Context, Issuer, Patient } from '../src/model/schemas.js';

interface Args {
  today: string;
  icb: string;
  patient?: Patient;
  issuer?: Issuer;
  conditions?: Coding[];
  context?: Context;
}

/** Fictional people only: no story shows a real patient. 943 476 5919 is a test NHS number. */
const PATIENT: Patient = { name: 'Alex Example (fictional)', nhsNumber: '9434765919', dateOfBirth: '1984-05-12' };
const ISSUER: Issuer = { name: 'Dr Sam Sample', profession: 'doctor', address: 'Example Surgery, 1 High Street, Exampletown' };
const CONTEXT: Context = { patientId: 'example-patient', encounterId: 'example-encounter', userId: 'example-user' };
const RECORD: Coding[] = [
  { system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' },
  { system: 'http://snomed.info/sct', code: '197480006', display: 'Anxiety disorder' },
];

const form = (canvas: HTMLElement) => canvas.querySelector('fit-note-form') as FitNoteForm;
const formRoot = (canvas: HTMLElement) => form(canvas).shadowRoot as ShadowRoot;
/** Queries by role and label inside a shadow root, as Playwright's getByRole does. */
const inside = (root: ShadowRoot | null | undefined) => within(root as unknown as HTMLElement);
const note = (canvas: HTMLElement) => inside(formRoot(canvas));
const workQuestion = (canvas: HTMLElement) => inside(formRoot(canvas).querySelector('work-question-prompt')?.shadowRoot);
const services = (canvas: HTMLElement) => inside(formRoot(canvas).querySelector('local-services-picker')?.shadowRoot);

/** Refers to WorkWell Greater Manchester, first in the list for this area, with the patient's agreement. */
async function referToWorkWell(canvas: HTMLElement): Promise<void> {
  await userEvent.click(services(canvas).getByRole('combobox', { name: /search services/i }));
  await userEvent.click(await services(canvas).findByRole('option', { name: /^WorkWell Greater Manchester/ }));
  await userEvent.click(await services(canvas).findByRole('button', { name: 'Patient agrees: create referral' }));
}

/** Confirms and returns the `fit-note-submit` detail once the plan is on screen. */
async function confirm(canvas: HTMLElement): Promise<FitNoteSubmitDetail> {
  let detail: FitNoteSubmitDetail | undefined;
  form(canvas).addEventListener('fit-note-submit', (e) => (detail = e.detail), { once: true });
  await userEvent.click(note(canvas).getByRole('button', { name: /^confirm fit note/i }));
  await note(canvas).findByRole('heading', { name: 'Your plan' });
  await expect(detail).toBeDefined();
  return detail as FitNoteSubmitDetail;
}

const meta: Meta<Args> = {
  title: 'Flows/Consultation',
  component: 'fit-note-form',
  render: (args) => html`
    <fit-note-form
      today=${args.today}
      icb=${args.icb}
      .patient=${args.patient}
      .issuer=${args.issuer}
      .conditions=${args.conditions}
      .context=${args.context}
    ></fit-note-form>
  `,
  args: { today: '2026-03-03', icb: 'QOP', patient: PATIENT, issuer: ISSUER, conditions: RECORD, context: CONTEXT },
  parameters: {
    docs: {
      description: {
        component:
          'The whole consultation in one tag: the work question first, the fit note, work and health services, then "Your plan" for the patient. Greater Manchester (QOP) is a WorkWell area. `today` is 3 March 2026; the patient and clinician are fictional.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The flow as it opens: the work question first, then the note, with the services step before the period. */
export const Start: Story = {
  play: async ({ canvasElement }) => {
    await expect(note(canvasElement).getByRole('button', { name: 'Ask the work question' })).toHaveAttribute('aria-expanded', 'false');
    await expect(services(canvasElement).getByRole('heading', { name: 'Work and health services' })).toBeVisible();
    await expect(note(canvasElement).getByRole('radio', { name: /may be fit for work/i })).toBeChecked();
  },
};

/**
 * The work question answered: lighter duties may help, and the patient struggles at work in a WorkWell
 * area. Both suggestions accepted: "Amended duties" is ticked, marked "From the work question", and
 * WorkWell is suggested in the services step.
 */
export const WorkQuestionFillsTheNote: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(note(canvasElement).getByRole('button', { name: 'Ask the work question' }));
    const question = workQuestion(canvasElement);
    await userEvent.click(question.getByRole('radio', { name: 'Employed' }));
    await userEvent.click(question.getByRole('radio', { name: 'Working, with difficulty' }));
    await userEvent.click(question.getByRole('checkbox', { name: 'Lighter or different duties' }));
    await userEvent.click(await question.findByRole('button', { name: /^Accept\W+Lighter or different duties/ }));
    await userEvent.click(question.getByRole('button', { name: /^Accept\W+Struggling at work/ }));
    await userEvent.click(question.getByRole('button', { name: 'Done' }));
    const amended = note(canvasElement).getByRole('checkbox', { name: /amended duties/i });
    await waitFor(() => expect(amended).toBeChecked());
    await expect(amended).toHaveAccessibleDescription('From the work question');
    await expect(note(canvasElement).getByRole('button', { name: 'Change the answers' })).toHaveAttribute('aria-expanded', 'false');
    await expect(await services(canvasElement).findByRole('button', { name: /^WorkWell Greater Manchester/ })).toBeVisible();
  },
};

/** A referral made in the services step: it is listed under the note in words, and not on the note itself. */
export const ReferralInTheSummary: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(note(canvasElement).getByRole('checkbox', { name: 'Low back pain' }));
    await referToWorkWell(canvasElement);
    const summary = formRoot(canvasElement).querySelector('[part=summary]') as HTMLElement;
    await waitFor(() => expect(within(summary).getByRole('listitem')).toHaveTextContent('Referral to WorkWell Greater Manchester'));
  },
};

/**
 * The common path: may be fit, amended duties, a suggested phrase, 2 weeks, one referral, confirm.
 * After confirming, "Your plan" for the patient, with "Print your plan".
 */
export const ConfirmedWithPlan: Story = {
  play: async ({ canvasElement }) => {
    const form = note(canvasElement);
    await userEvent.click(form.getByRole('checkbox', { name: 'Low back pain' }));
    await userEvent.click(form.getByRole('radio', { name: 'Face to face' }));
    await userEvent.click(form.getByRole('button', { name: 'Back pain: lifting and bending' }));
    await userEvent.click(form.getByRole('radio', { name: /^I will not need to assess/ }));
    await referToWorkWell(canvasElement);
    const detail = await confirm(canvasElement);
    await expect(detail.referrals.map((r) => r.service.id)).toEqual(['workwell-qop']);
    await expect(detail.planText).toContain('We will ask these services to help you:\n- WorkWell Greater Manchester');
    await expect(form.getByRole('button', { name: 'Print your plan' })).toBeVisible();
    await expect(form.getByRole('heading', { name: 'Changes at work that may help you' })).toBeVisible();
  },
};

/** Not fit for work, 2 weeks, confirm: as short as the common path, and the plan says what "not fit" means. */
export const NotFit: Story = {
  play: async ({ canvasElement }) => {
    const form = note(canvasElement);
    await userEvent.click(form.getByRole('checkbox', { name: 'Low back pain' }));
    await userEvent.click(form.getByRole('radio', { name: 'Telephone' }));
    await userEvent.click(form.getByRole('radio', { name: /not fit for work/i }));
    await userEvent.click(form.getByRole('button', { name: '2 weeks' }));
    await userEvent.click(form.getByRole('radio', { name: /^I will need to assess/ }));
    const detail = await confirm(canvasElement);
    await expect(detail.fitNote.fitness).toBe('not-fit');
    await expect(form.getByText('You are not fit for work. This means you are not well enough to work for now.')).toBeVisible();
    await expect(form.queryByRole('heading', { name: 'Changes at work that may help you' })).toBeNull();
  },
};
