/**
 * Helpers for the <fit-note-form> tests: find controls the way Playwright's getByRole does (role and
 * accessible name, case-insensitive, partial, exactly one visible match), and act as a user would.
 */
import { fixture, html } from '@open-wc/testing';
import '../../../src/fit-note-form.js';
import type { FitNoteForm } from '../../../src/fit-note-form.js';
import type { Coding, Context, Issuer, Patient } from '../../../src/model/schemas.js';

export const TODAY = '2026-03-03';
export const PATIENT: Patient = { name: 'Alex Example', nhsNumber: '9434765919', dateOfBirth: '1980-03-03' };
export const ISSUER: Issuer = { name: 'Dr Sam Sample', profession: 'doctor', address: 'Example Surgery, 1 High Street' };
export const CONTEXT: Context = { patientId: 'patient-1', encounterId: 'encounter-1', userId: 'user-1' };
export const RECORD: Coding[] = [
  { system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' },
  { system: 'http://snomed.info/sct', code: '35489007', display: 'Depressive disorder' },
];

export async function formFixture(): Promise<FitNoteForm> {
  return fixture<FitNoteForm>(
    html`<fit-note-form today=${TODAY} .patient=${PATIENT} .issuer=${ISSUER} .conditions=${RECORD} .context=${CONTEXT}></fit-note-form>`,
  );
}

export function shadow(el: FitNoteForm): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A simplified accessible name: aria-labelledby, aria-label, <label>s, <legend>, else the text. */
export function accessibleName(node: Element): string {
  const root = node.getRootNode() as ShadowRoot | Document;
  const labelledBy = node.getAttribute('aria-labelledby');
  if (labelledBy) return norm(labelledBy.split(/\s+/).map((id) => root.getElementById(id)?.textContent).join(' '));
  const label = node.getAttribute('aria-label');
  if (label) return norm(label);
  const labels = (node as HTMLInputElement).labels;
  if (labels && labels.length) return norm([...labels].map((l) => l.textContent).join(' '));
  if (node instanceof HTMLFieldSetElement) return norm(node.querySelector(':scope > legend')?.textContent);
  return norm(node.textContent);
}

const ROLES: Record<string, string> = {
  radio: 'input[type=radio]',
  checkbox: 'input[type=checkbox]',
  textbox: 'input[type=text], input:not([type]), textarea',
  button: 'button',
  combobox: 'select',
  link: 'a[href]',
  dialog: '[role=dialog]',
  group: 'fieldset, [role=group]',
};

export function visible(node: Element): boolean {
  return node.checkVisibility({ visibilityProperty: true });
}

/** All visible elements of `role` whose accessible name contains `name` (case-insensitive). */
export function allByRole<T extends HTMLElement = HTMLElement>(el: FitNoteForm, role: keyof typeof ROLES, name: string | RegExp): T[] {
  const selector = ROLES[role];
  if (!selector) throw new Error(`unknown role ${role}`);
  const matches = (text: string) => (typeof name === 'string' ? text.toLowerCase().includes(name.toLowerCase()) : name.test(text));
  return [...shadow(el).querySelectorAll<T>(selector)].filter((n) => visible(n) && matches(accessibleName(n)));
}

/** Exactly one visible element of `role` whose accessible name contains `name` (Playwright's strict mode). */
export function byRole<T extends HTMLElement = HTMLElement>(el: FitNoteForm, role: keyof typeof ROLES, name: string | RegExp): T {
  const found = allByRole<T>(el, role, name);
  if (found.length !== 1) throw new Error(`expected one ${role} named ${String(name)}, found ${found.length}`);
  return found[0] as T;
}

export async function typeInto(el: FitNoteForm, control: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  control.focus();
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Focuses and clicks, as a mouse does (a bare `click()` leaves focus where it was). */
export async function click(el: FitNoteForm, control: HTMLElement): Promise<void> {
  control.focus();
  control.click();
  await el.updateComplete;
}

/**
 * Opens the date labelled `legend` when it shows in words ("Today, 3 March 2026" with "Change"), as a
 * clinician does to change it; does nothing when its fields are already open.
 */
export async function openDate(el: FitNoteForm, legend: string): Promise<void> {
  const change = [...shadow(el).querySelectorAll<HTMLButtonElement>('.date-today button')].find((b) =>
    norm(shadow(el).getElementById(b.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent).includes(legend),
  );
  const until = legend === 'Until' ? shadow(el).querySelector<HTMLButtonElement>('#period-until-toggle') : null;
  if (!change && !until) return;
  (change ?? until)!.click();
  await el.updateComplete;
}

/** Fills the three fields of the date input whose legend contains `legend`. */
export async function fillDate(el: FitNoteForm, legend: string, day: string, month: string, year: string): Promise<void> {
  await openDate(el, legend);
  const group = byRole<HTMLFieldSetElement>(el, 'group', legend);
  const [d, m, y] = [...group.querySelectorAll('input')] as HTMLInputElement[];
  if (!d || !m || !y) throw new Error(`no date fields in ${legend}`);
  await typeInto(el, d, day);
  await typeInto(el, m, month);
  await typeInto(el, y, year);
}

/** Moves focus out of the form, as a clinician leaving a field does. */
export async function leave(el: FitNoteForm): Promise<void> {
  (shadow(el).activeElement as HTMLElement | null)?.blur();
  await el.updateComplete;
}

export function text(el: FitNoteForm): string {
  return norm(shadow(el).textContent);
}

/** The visible error messages, each as the user hears it (with its hidden "Error:" prefix). */
export function errorMessages(el: FitNoteForm): string[] {
  return [...shadow(el).querySelectorAll('.error-message')].filter(visible).map((n) => norm(n.textContent));
}

export function summaryLinks(el: FitNoteForm): HTMLAnchorElement[] {
  return [...shadow(el).querySelectorAll<HTMLAnchorElement>('#error-summary a')];
}

export function warningRules(el: FitNoteForm): string[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('[part=warning]')].map((n) => n.dataset.rule ?? '');
}

/** Ticks the first record condition and chooses 2 weeks: the least a valid note needs. */
/** The two questions the form never answers for the clinician: how they assessed, and the review. */
export async function answerQuestions(el: FitNoteForm): Promise<void> {
  await click(el, byRole(el, 'radio', 'Face to face'));
  await click(el, byRole(el, 'radio', 'I will not need to assess'));
}

/** What every note needs: a condition, a length, how the patient was assessed and the review answer. */
export async function fillMinimum(el: FitNoteForm): Promise<void> {
  await click(el, byRole(el, 'checkbox', 'Low back pain'));
  await click(el, byRole(el, 'radio', 'Face to face'));
  await click(el, byRole(el, 'button', /^2 weeks$/));
  await click(el, byRole(el, 'radio', 'I will not need to assess'));
}

export const confirmButton = (el: FitNoteForm): HTMLButtonElement => byRole<HTMLButtonElement>(el, 'button', /^confirm fit note/i);
