/** Finding things in the picker as a user would: by label, role and visible text. */
import { fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/local-services-picker.js';
import type { LocalServicesPicker, ReferralDetail } from '../../../src/local-services-picker.js';

export async function mount(template: TemplateResult = html`<local-services-picker></local-services-picker>`): Promise<LocalServicesPicker> {
  const el = await fixture<LocalServicesPicker>(template);
  await el.updateComplete;
  return el;
}

export const root = (el: LocalServicesPicker): ShadowRoot => el.shadowRoot as ShadowRoot;

/** The control whose <label> text starts with `text` (case-insensitive), in the picker's shadow root. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(el: LocalServicesPicker, text: string): T {
  const label = [...root(el).querySelectorAll('label')].find((l) => l.textContent?.trim().toLowerCase().startsWith(text.toLowerCase()));
  const control = label ? root(el).getElementById(label.htmlFor) : null;
  if (!control) throw new Error(`no control labelled "${text}"`);
  return control as T;
}

export function button(el: LocalServicesPicker, text: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim().toLowerCase().startsWith(text.toLowerCase()));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

export const combobox = (el: LocalServicesPicker): HTMLInputElement => root(el).querySelector('[role="combobox"]') as HTMLInputElement;
export const listbox = (el: LocalServicesPicker): HTMLElement => root(el).querySelector('[role="listbox"]') as HTMLElement;
export const options = (el: LocalServicesPicker): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
export const optionNames = (el: LocalServicesPicker): string[] => options(el).map((o) => o.querySelector('.option__name')?.textContent ?? '');
export const status = (el: LocalServicesPicker): string => root(el).querySelector('#search-status')?.textContent?.trim() ?? '';
export const text = (node: Element | ShadowRoot | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types into the search box the way a keyboard does: value, then an input event. */
export async function typeSearch(el: LocalServicesPicker, value: string): Promise<void> {
  const input = combobox(el);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Opens the listbox by clicking the search box, showing everything that matches. */
export async function openList(el: LocalServicesPicker): Promise<void> {
  combobox(el).focus();
  combobox(el).click();
  await el.updateComplete;
}

export async function chooseArea(el: LocalServicesPicker, code: string): Promise<void> {
  const select = byLabel<HTMLSelectElement>(el, 'Area');
  select.value = code;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Opens the referral step for the service named `name` by clicking its option. */
export async function chooseService(el: LocalServicesPicker, name: string): Promise<void> {
  await openList(el);
  const option = options(el).find((o) => o.querySelector('.option__name')?.textContent === name);
  if (!option) throw new Error(`no option "${name}" in ${optionNames(el).join(' | ')}`);
  option.click();
  await el.updateComplete;
}

/** The referral step's button that finishes it: "Patient agrees: create referral", else "Signpost the patient". */
export const primary = (el: LocalServicesPicker): HTMLButtonElement => root(el).querySelector('#step-primary') as HTMLButtonElement;

/** Chooses `name` and presses the step's one button: a referral the patient agrees to, or signposting. */
export async function refer(el: LocalServicesPicker, name: string): Promise<ReferralDetail> {
  await chooseService(el, name);
  const event = oneEvent(el, 'fit-note-referral');
  primary(el).click();
  const { detail } = (await event) as CustomEvent<ReferralDetail>;
  await el.updateComplete;
  return detail;
}

/** "Add notes", then the notes field. */
export async function notesField(el: LocalServicesPicker): Promise<HTMLTextAreaElement> {
  if (!root(el).querySelector('#notes')) {
    button(el, 'Add notes').click();
    await el.updateComplete;
  }
  return byLabel<HTMLTextAreaElement>(el, 'Notes');
}

/** The category filter buttons, opening "Filter" first when it is closed. */
export async function openFilters(el: LocalServicesPicker): Promise<HTMLButtonElement[]> {
  const toggle = root(el).querySelector('.filter-toggle') as HTMLButtonElement;
  if (toggle.getAttribute('aria-expanded') !== 'true') {
    toggle.click();
    await el.updateComplete;
  }
  return [...root(el).querySelectorAll<HTMLButtonElement>('.chip')];
}

/** The buttons under "Suggested for this patient". */
export const suggestions = (el: LocalServicesPicker): HTMLButtonElement[] => [...root(el).querySelectorAll<HTMLButtonElement>('.suggestion')];
export const suggestionNames = (el: LocalServicesPicker): string[] => suggestions(el).map((b) => text(b.querySelector('.suggestion__name')));

/** Types into a step field the way a keyboard does. */
export async function typeInto(el: LocalServicesPicker, control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
