import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, within } from 'storybook/test';
import '../src/fit-note-form.js';
import type { FitNoteForm, FitNoteSubmitDetail } from '../src/fit-note-form.js';
import { createFitNote } from '../src/model/fit-note.js';
import type { Coding, Context, FitNote, Issuer, Patient } from '../src/model/schemas.js';

interface Args {
  today: string;
  patient?: Patient;
  issuer?: Issuer;
  conditions?: Coding[];
  context?: Context;
  value?: FitNote;
  density?: 'comfortable' | 'compact';
}

/** Fictional people only: no story shows a real patient. 943 476 5919 is a test NHS number. */
const TODAY = '2026-03-03';
const PATIENT: Patient = { name: 'Alex Example (fictional)', nhsNumber: '9434765919', dateOfBirth: '1980-03-03' };
const ISSUER: Issuer = { name: 'Dr Sam Sample', profession: 'doctor', address: 'Example Surgery, 1 High Street, Exampletown' };
const CONTEXT: Context = { patientId: 'example-patient', encounterId: 'example-encounter', userId: 'example-user' };
const RECORD: Coding[] = [
  { system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' },
  { system: 'http://snomed.info/sct', code: '35489007', display: 'Depressive disorder' },
];

function note(changes: Partial<FitNote>): FitNote {
  return { ...createFitNote({ today: TODAY, patient: PATIENT, issuer: ISSUER }), ...changes };
}

const FILLED = note({
  conditions: [RECORD[0] as Coding],
  adjustments: { phasedReturn: true, alteredHours: false, amendedDuties: true, workplaceAdaptations: false },
  comments: 'Avoid lifting over 10 kg for 4 weeks. Can do seated or desk-based tasks, with short breaks to change position.',
  period: { start: TODAY, end: '2026-03-30' },
  assessmentMethod: 'face-to-face',
  reassessmentNeeded: true,
});

const form = (canvas: HTMLElement) => canvas.querySelector<FitNoteForm>('fit-note-form') as FitNoteForm;
const root = (canvas: HTMLElement) => form(canvas).shadowRoot as ShadowRoot;

/** Confirms the note and waits for the form to show the outcome; returns the submission's messageId. */
async function confirm(canvas: HTMLElement): Promise<string> {
  let messageId = '';
  form(canvas).addEventListener('fit-note-submit', (e) => (messageId = e.detail.messageId), { once: true });
  root(canvas).querySelector<HTMLButtonElement>('#confirm')?.click();
  await form(canvas).updateComplete;
  await form(canvas).updateComplete;
  return messageId;
}

const meta: Meta<Args> = {
  title: 'Elements/fit-note-form',
  component: 'fit-note-form',
  render: (args) => html`
    <fit-note-form
      density=${args.density ?? 'comfortable'}
      today=${args.today}
      .patient=${args.patient}
      .issuer=${args.issuer}
      .conditions=${args.conditions}
      .context=${args.context}
      .value=${args.value}
    ></fit-note-form>
  `,
  args: { today: TODAY, patient: PATIENT, issuer: ISSUER, conditions: RECORD, context: CONTEXT },
  parameters: {
    docs: {
      description: {
        component:
          'The Med3 fit note, "may be fit for work" by default, with the rules R1–R12 and help for good advice. All dates are relative to `today` = 3 March 2026. The patient and clinician are fictional.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** For an EHR panel: `density="compact"`, tighter spacing and type, targets still at least 24 by 24 px. */
export const Compact: Story = {
  args: { density: 'compact' },
  play: async ({ canvasElement }) => {
    await expect(form(canvasElement).getAttribute('density')).toBe('compact');
  },
};

/** Filled in, compact. */
export const CompactFilled: Story = {
  args: { density: 'compact', value: FILLED },
};

/**
 * An advice template for the condition: one click ticks amended duties, drafts a comment and suggests
 * 2 weeks, each marked "From the advice template" and editable.
 */
export const AdviceTemplate: Story = {
  play: async ({ canvasElement }) => {
    root(canvasElement).querySelector<HTMLInputElement>('#condition-0')?.click();
    await form(canvasElement).updateComplete;
    root(canvasElement).querySelector<HTMLButtonElement>('[data-template="back-pain"]')?.click();
    await form(canvasElement).updateComplete;
    await expect(form(canvasElement).value.adjustments.amendedDuties).toBe(true);
    await expect(root(canvasElement).querySelectorAll('.origin').length).toBe(3);
  },
};

/** A new note: "may be fit" selected to start with, no length chosen, nothing shown as an error. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement).querySelector<HTMLInputElement>('#fitness-may-be-fit')?.checked).toBe(true);
    await expect(root(canvasElement).querySelector('#error-summary')).toBeNull();
  },
};

/** Filled in: a condition from the record, two adjustments, comments on functional effects, 4 weeks. */
export const Filled: Story = {
  args: { value: FILLED },
  play: async ({ canvasElement }) => {
    await expect(form(canvasElement).validity.valid).toBe(true);
  },
};

/** Confirmed with nothing entered: the error summary takes focus and each field shows its error. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    await confirm(canvasElement);
    await expect(root(canvasElement).activeElement?.id).toBe('error-summary');
  },
};

/** "Not fit for work" for 3 months: no adjustments, and the R12 prompt to consider "may be fit". */
export const NotFit: Story = {
  args: { value: note({ conditions: [RECORD[1] as Coding], fitness: 'not-fit', period: { start: TODAY, end: '2026-06-02' } }) },
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement).querySelector('[data-rule=R12]')).not.toBeNull();
  },
};

/** Unfit for 6 months or more with this condition, so an indefinite period is possible (R6). */
export const IndefiniteAfterSixMonths: Story = {
  args: { value: note({ ...FILLED, sixMonthsOrMore: true, period: { start: TODAY, end: null } }) },
};

/**
 * The main path with the mouse, as a clinician in a hurry takes it: skip the work question, tick the
 * condition, "Amended duties", 2 weeks, confirm. The patient's plan follows.
 */
export const ConfirmByMouse: Story = {
  play: async ({ canvasElement }) => {
    const shadow = within(root(canvasElement) as unknown as HTMLElement);
    const prompt = within(root(canvasElement).querySelector('work-question-prompt')?.shadowRoot as unknown as HTMLElement);
    let detail: FitNoteSubmitDetail | undefined;
    form(canvasElement).addEventListener('fit-note-submit', (e) => (detail = e.detail), { once: true });
    void prompt;
    await userEvent.click(shadow.getByRole('checkbox', { name: 'Low back pain' }));
    await userEvent.click(shadow.getByRole('radio', { name: 'Face to face' }));
    await userEvent.click(shadow.getByRole('checkbox', { name: /amended duties/i }));
    await userEvent.click(shadow.getByRole('button', { name: '2 weeks' }));
    await userEvent.click(shadow.getByRole('radio', { name: /^I will not need to assess/ }));
    await userEvent.click(shadow.getByRole('button', { name: /^confirm fit note/i }));
    await expect(await shadow.findByRole('heading', { name: 'Your plan' })).toBeVisible();
    await expect(detail?.summary).toBe('May be fit for work, 2 weeks (3 March 2026 to 16 March 2026): amended duties');
    await expect(detail?.fitnessChoice).toBe('default-accepted');
    await expect(root(canvasElement).querySelector('[part=status]')?.textContent).toContain('Not yet saved to the record');
  },
};

/** Confirmed: the host has the note but has not yet said it is saved. */
export const SubmittedAwaitingSave: Story = {
  args: { value: FILLED },
  play: async ({ canvasElement }) => {
    await confirm(canvasElement);
    await expect(root(canvasElement).querySelector('[part=status]')?.textContent).toContain('Not yet saved to the record');
  },
};

/** The host acknowledged the submission as saved, with where it was saved. */
export const Saved: Story = {
  args: { value: FILLED },
  play: async ({ canvasElement }) => {
    const messageId = await confirm(canvasElement);
    form(canvasElement).acknowledge(messageId, { status: 'saved', location: 'Consultation of 3 March 2026' });
    await form(canvasElement).updateComplete;
    await expect(root(canvasElement).querySelector('[part=status]')?.textContent).toContain('Saved to the record');
  },
};

/** The host could not save it: an error, and everything stays editable. */
export const SaveFailed: Story = {
  args: { value: FILLED },
  play: async ({ canvasElement }) => {
    const messageId = await confirm(canvasElement);
    form(canvasElement).acknowledge(messageId, { status: 'failed' });
    await form(canvasElement).updateComplete;
    await expect(root(canvasElement).querySelector('[role=alert] .error-message')).not.toBeNull();
  },
};

/**
 * Garbage from the host: markup in a condition, a profession that may not issue fit notes, a patient
 * name too long to be real. Nothing is rendered as markup; R9 blocks the note; the console says what
 * was wrong, once.
 */
export const BadHostInput: Story = {
  args: {
    patient: { name: 'x'.repeat(10_000) },
    issuer: { name: 'Robin Receptionist', profession: 'receptionist' } as unknown as Issuer,
    conditions: [{ display: '<img src=x onerror="alert(1)">' }, 'not a coding'] as unknown as Coding[],
  },
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement).querySelector('img')).toBeNull();
    await expect(root(canvasElement).querySelector('#issuer')?.textContent).toContain('A fit note can only be issued by');
  },
};
