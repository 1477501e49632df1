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

/** The work question suggested talking therapies and debt advice: their filters and services come first, marked "Suggested". */
export const SuggestedCategories: Story = {
  args: { icb: 'QHL', categories: ['talking-therapies', 'debt-and-housing'] },
  play: async ({ canvasElement }) => {
    await search(canvasElement, '');
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

/** WorkWell chosen: the referral step, reason prefilled from the conditions, consent still to give. */
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
 * The main path with the mouse: open the list, choose WorkWell, the patient agrees, "Create referral".
 * One `fit-note-referral` with a draft FHIR ServiceRequest; the service is listed as chosen.
 */
export const CreateReferral: Story = {
  args: { icb: 'QHL' },
  play: async ({ canvasElement }) => {
    const el = picker(canvasElement);
    const shadow = within(el.shadowRoot as unknown as HTMLElement);
    const referrals: ReferralDetail[] = [];
    el.addEventListener('fit-note-referral', (e) => referrals.push(e.detail));
    await userEvent.click(shadow.getByRole('combobox', { name: /search services/i }));
    await userEvent.click(await shadow.findByRole('option', { name: /^WorkWell Birmingham and Solihull/ }));
    await userEvent.click(await shadow.findByRole('checkbox', { name: /the patient agrees/i }));
    await userEvent.click(shadow.getByRole('button', { name: 'Create referral' }));
    await expect(referrals.map((r) => [r.service.id, r.patientConsent, r.signposted, r.fhir.status, r.fhir.intent])).toEqual([
      ['workwell-qhl', true, false, 'draft', 'proposal'],
    ]);
    await expect(await shadow.findByRole('heading', { name: '1 service chosen' })).toBeVisible();
  },
};

/** "Create referral" without the patient's agreement: the error summary and the message at the checkbox. */
export const ReferralConsentMissing: Story = {
  args: { icb: 'QHL' },
  play: async ({ canvasElement }) => {
    const input = await search(canvasElement, 'workwell');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await picker(canvasElement).updateComplete;
    picker(canvasElement).shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await picker(canvasElement).updateComplete;
    await expect(picker(canvasElement).shadowRoot!.querySelector('#error-summary')).not.toBeNull();
  },
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
