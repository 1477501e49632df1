/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, within } from 'storybook/test';
import '../src/index.js';
import type { FitNoteForm } from '../src/fit-note-form.js';
import type { Coding, Context, Issuer, Patient } from '../src/model/schemas.js';
import theming from '../docs/theming.md?raw';

/** The dark theme exactly as docs/theming.md gives it: its custom properties and colour scheme. */
const DARK = Object.fromEntries(
  [...(theming.slice(theming.indexOf('## A dark theme')).match(/```css\n[\s\S]*?\{([\s\S]*?)\}/)?.[1] ?? '').matchAll(/([\w-]+):\s*([^;]+);/g)].map(
    ([, name, value]) => [name, value],
  ),
);
const PAGE_DARK = { background: '#1d2327', color: '#f0f4f5', padding: '16px' };

/** Fictional people only. 943 476 5919 is a test NHS number. */
const TODAY = '2026-03-03';
const PATIENT: Patient = { name: 'Alex Example (fictional)', nhsNumber: '9434765919', dateOfBirth: '1980-03-03' };
const ISSUER: Issuer = { name: 'Dr Sam Sample', profession: 'doctor', address: 'Example Surgery, 1 High Street, Exampletown' };
const CONTEXT: Context = { patientId: 'example-patient', encounterId: 'example-encounter', userId: 'example-user' };
const RECORD: Coding[] = [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }];

/**
 * A page (its own styles in `page`) holding one form styled by `host`, as a host's stylesheet would
 * style the element. Built with DOM calls: the styles are custom properties, set with setProperty.
 */
function form(page: Record<string, string>, host: Record<string, string> = {}): HTMLElement {
  const wrapper = document.createElement('div');
  for (const [name, value] of Object.entries(page)) wrapper.style.setProperty(name, value);
  const el = Object.assign(document.createElement('fit-note-form'), { patient: PATIENT, issuer: ISSUER, conditions: RECORD, context: CONTEXT });
  el.setAttribute('today', TODAY);
  el.setAttribute('icb', 'QOP');
  for (const [name, value] of Object.entries(host)) el.style.setProperty(name, value);
  wrapper.append(el);
  return wrapper;
}

const shadow = (canvas: HTMLElement) => within(canvas.querySelector<FitNoteForm>('fit-note-form')?.shadowRoot as unknown as HTMLElement);

const meta: Meta = {
  title: 'Theming',
  parameters: {
    docs: {
      description: {
        component:
          'Every colour, font, spacing and radius is a `--fnw-*` CSS custom property (docs/theming.md). These stories apply themes the way a host page would, and are checked with axe like every story.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/**
 * The dark theme of docs/theming.md on a dark page. The play function presses a period length and
 * confirms, so the pressed buttons, the saved status and the patient's plan are checked in it too.
 */
export const Dark: Story = {
  render: () => form(PAGE_DARK, DARK),
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    await userEvent.click(root.getByRole('checkbox', { name: 'Low back pain' }));
    await userEvent.click(root.getByRole('radio', { name: 'Video call' }));
    await userEvent.click(root.getByRole('button', { name: '2 weeks' }));
    await userEvent.click(root.getByRole('radio', { name: /^I will not need to assess/ }));
    await expect(root.getByRole('button', { name: '2 weeks' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(root.getByRole('button', { name: /^confirm fit note/i }));
    await expect(await root.findByRole('heading', { name: 'Your plan' })).toBeVisible();
  },
};

/** The NHS.UK default, for comparison with the themes. */
export const Default: Story = {
  render: () => form({}),
};

/**
 * The page's own font: the host sets `font-family: inherit` on the element (here Georgia, from the
 * page). The embedded prompt and picker follow the form.
 */
export const HostFont: Story = {
  render: () => form({ 'font-family': 'Georgia, serif' }, { 'font-family': 'inherit' }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<FitNoteForm>('fit-note-form') as FitNoteForm;
    await el.updateComplete;
    const confirm = el.shadowRoot?.querySelector('#confirm') as HTMLElement;
    await expect(getComputedStyle(confirm).fontFamily).toBe('Georgia, serif');
  },
};

/** A house style: softer corners and a tighter layout, from two properties. */
export const Compact: Story = {
  render: () => form({}, { '--fnw-radius': '8px', '--fnw-radius-input': '4px', '--fnw-space': '6px' }),
};
