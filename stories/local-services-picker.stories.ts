import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/local-services-picker.js';
import type { LocalServicesPicker, ReferralDetail, ServiceProvider } from '../src/local-services-picker.js';
import { builtInServices } from '../src/data/services.js';
import type { Coding, Context, Service, ServiceCategory } from '../src/model/schemas.js';

interface Args {
  icb?: string;
  density?: 'comfortable' | 'compact';
  today: string;
  multiple?: boolean;
  disabled?: boolean;
  categories?: ServiceCategory[];
  services?: Service[];
  provider?: ServiceProvider;
  value?: string[];
  conditions?: Coding[];
  context?: Context;
}

/** Fictional people and services only: no story shows a real patient or a real local service. */
const CONTEXT: Context = { patientId: 'example-patient', encounterId: 'example-encounter', userId: 'example-clinician' };
const CONDITIONS: Coding[] = [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }];

function fictional(id: string, name: string, overrides: Partial<Service> = {}): Service {
  return {
    id,
    name,
    category: 'employment-advice',
    description: 'A fictional service for this example.',
    eligibility: 'Adults registered with a practice in the area.',
    referral: { self: false, professional: true, employer: false },
    coverage: { icbs: ['QHL'] },
    lastReviewed: '2026-06-01',
    source: 'Storybook example (fictional)',
    ...overrides,
  };
}

const picker = (canvas: HTMLElement) => canvas.querySelector<LocalServicesPicker>('local-services-picker')!;
const shadowOf = (canvas: HTMLElement) => within(picker(canvas).shadowRoot as unknown as HTMLElement);

/** Picks the first suggested service and presses "Patient agrees: create referral": the two actions. */
async function referFirstSuggestion(canvas: HTMLElement): Promise<ReferralDetail> {
  const el = picker(canvas);
  await el.updateComplete;
  const shadow = shadowOf(canvas);
  const referral = new Promise<ReferralDetail>((resolve) => el.addEventListener('fit-note-referral', (e) => resolve(e.detail), { once: true }));
  await userEvent.click(shadow.getAllByRole('button', { name: /^WorkWell Birmingham and Solihull/ })[0]!);
  await userEvent.click(await shadow.findByRole('button', { name: 'Patient agrees: create referral' }));
  return referral;
}

/** Types into the search box and opens the list with the down arrow, as a keyboard user would. */
async function search(canvas: HTMLElement, text: string): Promise<HTMLInputElement> {
  const el = picker(canvas);
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
  await el.updateComplete;
  return input;
}

const meta: Meta<Args> = {
  title: 'Elements/local-services-picker',
  component: 'local-services-picker',
  render: (args) => html`
    <local-services-picker
      icb=${ifDefined(args.icb)}
      density=${ifDefined(args.density)}
      today=${args.today}
      ?multiple=${args.multiple}
      ?disabled=${args.disabled}
      .categories=${args.categories}
      .services=${args.services}
      .provider=${args.provider}
      .value=${args.value}
      .conditions=${args.conditions}
      .context=${args.context}
    ></local-services-picker>
  `,
  args: { today: '2026-11-22', context: CONTEXT, conditions: CONDITIONS },
  parameters: {
    docs: {
      description: {
        component:
          'Work and health services by ICB from the built-in directory (national services, the 15 WorkWell areas, the national programmes), a host directory or a host search, and referrals as FHIR R4 ServiceRequests. `today` is 22 November 2026.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A WorkWell area (Birmingham and Solihull): its WorkWell service and the national services. */
export const WorkWellArea: Story = { args: { icb: 'QHL' } };

/** An ICB that is not a WorkWell area and has no national programme (Cheshire and Merseyside): national services only. */
export const NonWorkWellArea: Story = {
  args: { icb: 'QYG' },
  play: async ({ canvasElement }) => {
    await search(canvasElement, '');
    await expect(picker(canvasElement).shadowRoot!.querySelector('.option__meta')?.textContent).toMatch(/National$/);
  },
};

/** A code from 1 April 2026: West and North London (Z9B2Z) finds the WorkWell areas of North Central and North West London. */
export const Code2026: Story = {
  args: { icb: 'Z9B2Z' },
  play: async ({ canvasElement }) => {
    await search(canvasElement, 'workwell');
    const names = [...picker(canvasElement).shadowRoot!.querySelectorAll('.option__name')].map((n) => n.textContent);
    await expect(names.filter((n) => n?.startsWith('WorkWell '))).toEqual(['WorkWell North Central London', 'WorkWell North West London']);
  },
};

/** Typing "work": the listbox is open, the second result active (aria-activedescendant), the count announced. */
export const SearchWithListboxOpen: Story = {
  args: { icb: 'QHL' },
  play: async ({ canvasElement }) => {
    const input = await search(canvasElement, 'work');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await picker(canvasElement).updateComplete;
    await expect(input.getAttribute('aria-expanded')).toBe('true');
    await expect(input.getAttribute('aria-activedescendant')).toBe('option-1');
  },
};

/**
 * The work question suggested WorkWell and talking therapies: up to five of their services are listed
 * under "Suggested for this patient" without searching (the area's first, then national), each one
 * button; the list is one tab stop, moved through with the arrow keys.
 */
export const SuggestedList: Story = {
  args: { icb: 'QHL', categories: ['workwell', 'talking-therapies'] },
  play: async ({ canvasElement }) => {
    const el = picker(canvasElement);
    await el.updateComplete;
    const names = [...el.shadowRoot!.querySelectorAll('.suggestion__name')].map((n) => n.textContent);
    await expect(names).toEqual(['WorkWell Birmingham and Solihull', 'NHS Talking Therapies employment advisers']);
  },
};

/** The suggested categories also come first in the filters, marked "Suggested", behind the "Filter" button, opened here. */
export const SuggestedCategoriesInFilters: Story = {
  args: { icb: 'QHL', categories: ['talking-therapies', 'debt-and-housing'] },
  play: async ({ canvasElement }) => {
    await userEvent.click(shadowOf(canvasElement).getByRole('button', { name: 'Filter' }));
    await expect(shadowOf(canvasElement).getByRole('button', { name: /^Talking therapies/ })).toBeVisible();
  },
};

/** For EHR panels (`density="compact"`): tighter spacing and type, targets still at least 24 by 24 CSS px. */
export const Compact: Story = {
  args: { icb: 'QHL', density: 'compact', categories: ['workwell', 'talking-therapies'] },
};

/** Compact, with the referral step open: three lines about the service, "More details", the reason, one button. */
export const CompactReferralStep: Story = {
  args: { icb: 'QHL', density: 'compact', categories: ['workwell'] },
  play: async ({ canvasElement }) => {
    await userEvent.click(shadowOf(canvasElement).getAllByRole('button', { name: /^WorkWell Birmingham and Solihull/ })[0]!);
    await expect(await shadowOf(canvasElement).findByRole('button', { name: 'Patient agrees: create referral' })).toBeVisible();
  },
};

/** Host entries last reviewed more than 12 months before today are marked for checking. */
export const StaleEntries: Story = {
  args: {
    icb: 'QHL',
    services: [
      fictional('fictional-old', 'Riverside Work and Health Hub (fictional)', { lastReviewed: '2025-06-30' }),
      fictional('fictional-current', 'Oakham Back to Work Service (fictional)', { lastReviewed: '2026-10-01' }),
    ],
  },
  play: async ({ canvasElement }) => {
    await search(canvasElement, '');
    await expect(picker(canvasElement).shadowRoot!.querySelectorAll('.stale')).toHaveLength(1);
  },
};

/** WorkWell chosen from the search: the referral step, the reason prefilled from the conditions, the rest behind "More details". */
export const ReferralStep: Story = {
  args: { icb: 'QHL' },
  play: async ({ canvasElement }) => {
    const input = await search(canvasElement, 'workwell');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await picker(canvasElement).updateComplete;
    const root = picker(canvasElement).shadowRoot!;
    await expect(root.querySelector('#step-heading')?.textContent).toBe('WorkWell Birmingham and Solihull');
    await expect(root.querySelector<HTMLTextAreaElement>('#reason')?.value).toBe('Low back pain');
  },
};

/**
 * The main path with the mouse, from the search: open the list, choose WorkWell, "Patient agrees:
 * create referral" (the button is the consent). One `fit-note-referral` with a draft FHIR
 * ServiceRequest; the service is listed as chosen.
 */
export const CreateReferral: Story = {
  args: { icb: 'QHL' },
  play: async ({ canvasElement }) => {
    const el = picker(canvasElement);
    const shadow = shadowOf(canvasElement);
    const referrals: ReferralDetail[] = [];
    el.addEventListener('fit-note-referral', (e) => referrals.push(e.detail));
    await userEvent.click(shadow.getByRole('combobox', { name: /search services/i }));
    await userEvent.click(await shadow.findByRole('option', { name: /^WorkWell Birmingham and Solihull/ }));
    await userEvent.click(await shadow.findByRole('button', { name: 'Patient agrees: create referral' }));
    await expect(referrals.map((r) => [r.service.id, r.patientConsent, r.signposted, r.fhir.status, r.fhir.intent])).toEqual([
      ['workwell-qhl', true, false, 'draft', 'proposal'],
    ]);
    await expect(await shadow.findByRole('heading', { name: '1 service chosen' })).toBeVisible();
  },
};

/** A referral made from the suggestions in two actions, not yet acknowledged by the host: no word on sending yet. */
export const ReferralPending: Story = {
  args: { icb: 'QHL', categories: ['workwell'] },
  play: async ({ canvasElement }) => {
    const referral = await referFirstSuggestion(canvasElement);
    await expect(picker(canvasElement).referralStatus(referral.messageId)).toBe('pending');
  },
};

/** The host acknowledged the referral as sent (`acknowledge(messageId, { status: 'sent' })`). */
export const ReferralSent: Story = {
  args: { icb: 'QHL', categories: ['workwell'] },
  play: async ({ canvasElement }) => {
    const referral = await referFirstSuggestion(canvasElement);
    picker(canvasElement).acknowledge(referral.messageId, { status: 'sent' });
    await expect(await shadowOf(canvasElement).findByText('Sent to the service')).toBeVisible();
  },
};

/** The host could not send the referral (`status: 'failed'` with a reason): an error at the referral. */
export const ReferralFailed: Story = {
  args: { icb: 'QHL', categories: ['workwell'] },
  play: async ({ canvasElement }) => {
    const referral = await referFirstSuggestion(canvasElement);
    picker(canvasElement).acknowledge(referral.messageId, { status: 'failed', reason: 'The service’s inbox is full (example)' });
    await expect(await shadowOf(canvasElement).findByText(/Not sent: The service’s inbox is full/)).toBeVisible();
  },
};

/** The same failure in compact density. */
export const CompactReferralFailed: Story = {
  args: { icb: 'QHL', density: 'compact', categories: ['workwell'] },
  play: ReferralFailed.play!,
};

/** Several services in one consultation (`multiple`), restored through `value`, each with "Remove". */
export const MultipleSelections: Story = {
  args: { icb: 'QHL', multiple: true, value: ['workwell-qhl', 'national-access-to-work', 'national-talking-therapies-employment-advisers'] },
};

/** Disabled (by its own attribute or a disabled fieldset around it): every control is disabled, the choices stay. */
export const Disabled: Story = {
  args: { icb: 'QHL', disabled: true, value: ['workwell-qhl'] },
  play: async ({ canvasElement }) => {
    const el = picker(canvasElement);
    await el.updateComplete;
    const controls = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input, select, textarea, button')];
    await expect(controls.filter((c) => !c.disabled)).toEqual([]);
  },
};

/** A host search that has not answered yet: "Searching…". */
export const HostProviderLoading: Story = {
  args: { icb: 'QHL', provider: () => new Promise<Service[]>(() => undefined) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(picker(canvasElement).shadowRoot!.querySelector('#search-status')?.textContent).toBe('Searching…'));
  },
};

/** A host search that failed: the error, and "Try again". */
export const HostProviderFailing: Story = {
  args: { icb: 'QHL', provider: () => Promise.reject(new Error('The directory is unavailable (example)')) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(picker(canvasElement).shadowRoot!.querySelector('[role="alert"]')).not.toBeNull(), { timeout: 3000 });
  },
};

/**
 * A host directory with two bad entries: they are dropped (one `local-services-error` names them) and
 * the valid one is shown, with the built-in national services the host added.
 */
export const InvalidHostEntries: Story = {
  args: {
    icb: 'QHL',
    services: [
      fictional('fictional-good', 'Millbrook Employment Support (fictional)'),
      { ...fictional('fictional-bad-category', 'Bad category (fictional)'), category: 'astrology' as ServiceCategory },
      { ...fictional('fictional-bad-date', 'Bad date (fictional)'), lastReviewed: '2026-02-30' },
      ...builtInServices.filter((s) => 'national' in s.coverage),
    ],
  },
  play: async ({ canvasElement }) => {
    await search(canvasElement, 'fictional');
    const names = [...picker(canvasElement).shadowRoot!.querySelectorAll('.option__name')].map((n) => n.textContent);
    await expect(names).toEqual(['Millbrook Employment Support (fictional)']);
  },
};
