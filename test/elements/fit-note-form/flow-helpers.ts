/**
 * Helpers for the consultation flow inside <fit-note-form>: the embedded work question and services
 * picker, used through their own labels and buttons as a clinician would.
 */
import { fixture, html } from '@open-wc/testing';
import '../../../src/fit-note-form.js';
import type { FitNoteForm } from '../../../src/fit-note-form.js';
import type { WorkQuestionPrompt } from '../../../src/work-question-prompt.js';
import type { LocalServicesPicker } from '../../../src/local-services-picker.js';
import { button as promptButton, control as promptControl } from '../work-question-prompt/helpers.js';
import { options, optionNames, typeSearch } from '../local-services-picker/helpers.js';
import { CONTEXT, ISSUER, PATIENT, RECORD, TODAY, shadow } from './form-helpers.js';

export { promptControl };

/** A form in a WorkWell area (Greater Manchester), as the demo's first patient has. */
export async function flowFixture(icb = 'QOP'): Promise<FitNoteForm> {
  return fixture<FitNoteForm>(
    html`<fit-note-form today=${TODAY} icb=${icb} .patient=${PATIENT} .issuer=${ISSUER} .conditions=${RECORD} .context=${CONTEXT}></fit-note-form>`,
  );
}

export function prompt(el: FitNoteForm): WorkQuestionPrompt {
  const found = shadow(el).querySelector<WorkQuestionPrompt>('work-question-prompt');
  if (!found) throw new Error('no <work-question-prompt> in the form');
  return found;
}

export function picker(el: FitNoteForm): LocalServicesPicker {
  const found = shadow(el).querySelector<LocalServicesPicker>('local-services-picker');
  if (!found) throw new Error('no <local-services-picker> in the form');
  return found;
}

async function settle(el: FitNoteForm): Promise<void> {
  await prompt(el).updateComplete;
  await picker(el).updateComplete;
  await el.updateComplete;
  await el.updateComplete;
}

export interface Answers {
  status?: string;
  managing?: string;
  help?: string[];
  /** Rule ids of the suggestions to accept (docs/work-question-rules.md). */
  accept?: string[];
}

/** Answers the work question by label, accepts the named suggestions, and selects Done. */
/** Opens the work question from its one line, as a clinician does, when it is folded away. */
export async function openWorkQuestion(el: FitNoteForm): Promise<void> {
  const toggle = shadow(el).querySelector<HTMLButtonElement>('.work-question__toggle');
  if (toggle?.getAttribute('aria-expanded') === 'false') {
    toggle.click();
    await settle(el);
  }
}

export async function answerWorkQuestion(el: FitNoteForm, answers: Answers): Promise<void> {
  await openWorkQuestion(el);
  const p = prompt(el);
  const click = async (label: string) => {
    promptControl(p, label).click();
    await p.updateComplete;
  };
  if (answers.status) await click(answers.status);
  if (answers.managing) await click(answers.managing);
  for (const help of answers.help ?? []) await click(help);
  for (const rule of answers.accept ?? []) {
    const accept = p.shadowRoot?.querySelector<HTMLButtonElement>(`.suggestion[data-rule="${rule}"] button`);
    if (!accept) throw new Error(`no suggestion ${rule} offered`);
    accept.click();
    await p.updateComplete;
  }
  promptButton(p, 'Done').click();
  await settle(el);
}

export async function skipWorkQuestion(el: FitNoteForm): Promise<void> {
  await openWorkQuestion(el);
  promptButton(prompt(el), 'Skip the work question').click();
  await settle(el);
}

async function chooseService(el: FitNoteForm, search: string, name: string): Promise<LocalServicesPicker> {
  const p = picker(el);
  await typeSearch(p, search);
  const option = options(p).find((o) => o.querySelector('.option__name')?.textContent === name);
  if (!option) throw new Error(`no option "${name}" in ${optionNames(p).join(' | ')}`);
  option.click();
  await p.updateComplete;
  return p;
}

/** The referral step's one finishing act: "Patient agrees: create referral" or "Signpost the patient". */
async function finishStep(el: FitNoteForm, p: LocalServicesPicker, mode: 'refer' | 'signpost'): Promise<void> {
  // A service with both routes offers "Signpost the patient" beside "Patient agrees: create referral".
  const primary = (mode === 'signpost' ? p.shadowRoot?.querySelector<HTMLButtonElement>('#step-signpost') : null) ?? p.shadowRoot?.querySelector<HTMLButtonElement>('#step-primary');
  if (!primary) throw new Error('no button to finish the referral step');
  primary.click();
  await settle(el);
}

/** Refers the patient (their agreement is the button itself) to the service found by `search` and named `name`. */
export async function refer(el: FitNoteForm, search: string, name: string): Promise<void> {
  await finishStep(el, await chooseService(el, search, name), 'refer');
}

/** Records that the patient was given the details of the service to contact it themselves. */
export async function signpost(el: FitNoteForm, search: string, name: string): Promise<void> {
  await finishStep(el, await chooseService(el, search, name), 'signpost');
}

export async function removeService(el: FitNoteForm, name: string): Promise<void> {
  const p = picker(el);
  const remove = [...(p.shadowRoot?.querySelectorAll<HTMLButtonElement>('.chosen button') ?? [])].find((b) => b.textContent?.includes(name));
  if (!remove) throw new Error(`no Remove button for ${name}`);
  remove.click();
  await settle(el);
}

export { TODAY, CONTEXT, PATIENT, ISSUER, RECORD };
