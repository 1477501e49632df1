/** Finding and using the prompt's controls as a clinician would: by their visible label. */
import { fixture, html } from '@open-wc/testing';
import '../../../src/work-question-prompt.js';
import type { WorkQuestionPrompt } from '../../../src/work-question-prompt.js';
import type { WorkQuestionChangeDetail, WorkQuestionCompleteDetail } from '../../../src/work-question-prompt.js';

export const TODAY = '2026-03-03';

export async function prompt(today = TODAY, density: 'comfortable' | 'compact' = 'comfortable'): Promise<WorkQuestionPrompt> {
  return fixture<WorkQuestionPrompt>(html`<work-question-prompt today=${today} density=${density}></work-question-prompt>`);
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The control whose label reads exactly `name` (or matches it). Throws when there is none. */
export function control<T extends HTMLElement = HTMLInputElement>(el: WorkQuestionPrompt, name: string | RegExp): T {
  const root = el.shadowRoot!;
  const label = [...root.querySelectorAll('label')].find((l) => (typeof name === 'string' ? text(l) === name : name.test(text(l))));
  const found = label ? root.getElementById(label.htmlFor) : null;
  if (!found) throw new Error(`no control labelled ${String(name)}`);
  return found as T;
}

export function has(el: WorkQuestionPrompt, name: string | RegExp): boolean {
  try {
    control(el, name);
    return true;
  } catch {
    return false;
  }
}

export const legends = (el: WorkQuestionPrompt) => [...el.shadowRoot!.querySelectorAll('legend')].map(text);

export function button(el: WorkQuestionPrompt, name: string | RegExp): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => (typeof name === 'string' ? text(b) === name : name.test(text(b))));
  if (!found) throw new Error(`no button named ${String(name)}`);
  return found;
}

export async function click(el: WorkQuestionPrompt, name: string | RegExp): Promise<void> {
  control(el, name).click();
  await el.updateComplete;
}

/** Types into a field as a person does: focus, new value, an input event. */
export async function type(el: WorkQuestionPrompt, name: string | RegExp, value: string): Promise<void> {
  const input = control<HTMLInputElement | HTMLTextAreaElement>(el, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Moves focus out of the element's fields (as a Tab to the next thing on the page would). */
export async function leave(el: WorkQuestionPrompt): Promise<void> {
  button(el, 'Done').focus();
  await el.updateComplete;
}

export async function typeDate(el: WorkQuestionPrompt, day: string, month: string, year: string): Promise<void> {
  await type(el, 'Day', day);
  await type(el, 'Month', month);
  await type(el, 'Year', year);
}

export const errors = (el: WorkQuestionPrompt) => [...el.shadowRoot!.querySelectorAll('.error-message')].map(text);
export const summaryLinks = (el: WorkQuestionPrompt) => [...el.shadowRoot!.querySelectorAll('.error-summary a')].map(text);
export const statusText = (el: WorkQuestionPrompt) => text(el.shadowRoot!.querySelector('[role="status"]'));
export const absenceText = (el: WorkQuestionPrompt) => text(el.shadowRoot!.querySelector('.absence'));

export interface Suggestion {
  rule: string;
  reason: string;
  pressed: string | null;
}

export function suggestions(el: WorkQuestionPrompt): Suggestion[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.suggestion')].map((li) => ({
    rule: li.dataset.rule ?? '',
    reason: text(li.querySelector('.suggestion__reason')),
    pressed: li.querySelector('button')?.getAttribute('aria-pressed') ?? null,
  }));
}

export const notes = (el: WorkQuestionPrompt) => [...el.shadowRoot!.querySelectorAll('.note-list li')].map(text);

export function acceptButton(el: WorkQuestionPrompt, rule: string): HTMLButtonElement {
  const found = el.shadowRoot!.querySelector<HTMLButtonElement>(`.suggestion[data-rule="${rule}"] button`);
  if (!found) throw new Error(`no suggestion ${rule}`);
  return found;
}

export interface Recorder {
  changes: WorkQuestionChangeDetail[];
  completes: WorkQuestionCompleteDetail[];
}

/** Records the element's events, as a host listening on the document would hear them. */
export function record(el: WorkQuestionPrompt): Recorder {
  const r: Recorder = { changes: [], completes: [] };
  el.addEventListener('work-question-change', (e) => r.changes.push(e.detail));
  el.addEventListener('work-question-complete', (e) => r.completes.push(e.detail));
  return r;
}

/** The envelope's random and timed fields, checked for shape and removed so the rest compares exactly. */
export function withoutIds(detail: WorkQuestionCompleteDetail): Omit<WorkQuestionCompleteDetail, 'messageId' | 'createdAt'> {
  const { messageId, createdAt, ...rest } = detail;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(messageId)) throw new Error(`bad messageId ${messageId}`);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(createdAt)) throw new Error(`bad createdAt ${createdAt}`);
  return rest;
}
