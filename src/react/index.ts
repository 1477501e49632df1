/**
 * React wrappers (`fit-note-widgets/react`), made with @lit/react: each element's properties are
 * typed props, set as properties (never attributes), and its events are typed callbacks such as
 * `onFitNoteSubmit={(event) => event.detail.fitNote}`. Importing this module defines the three
 * elements. React 17, 18 or 19 is a peer dependency.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { FitNoteForm as FitNoteFormElement } from '../fit-note-form.js';
import { WorkQuestionPrompt as WorkQuestionPromptElement } from '../work-question-prompt.js';
import { LocalServicesPicker as LocalServicesPickerElement } from '../local-services-picker.js';
import { formEvents, pickerEvents, promptEvents } from './events.js';

export type { ReactEventProp } from './events.js';
export type { FitNoteChangeDetail, FitNoteInvalidDetail, FitNoteSubmitDetail, FitnessChoice } from '../fit-note-form.js';
export type { WorkQuestionChangeDetail, WorkQuestionCompleteDetail } from '../work-question-prompt.js';
export type { ChosenService, ReferralDetail, ServiceProvider, ServicesChangeDetail, ServicesErrorDetail } from '../local-services-picker.js';

/**
 * `<fit-note-form>`. Besides its own events it takes the callbacks of the prompt and picker it
 * contains (`onWorkQuestionComplete`, `onFitNoteReferral`, …), whose events bubble out of it.
 */
export const FitNoteForm = createComponent({
  react: React,
  tagName: 'fit-note-form',
  elementClass: FitNoteFormElement,
  events: formEvents,
  displayName: 'FitNoteForm',
});

/** `<work-question-prompt>`: `onWorkQuestionChange`, `onWorkQuestionComplete`. */
export const WorkQuestionPrompt = createComponent({
  react: React,
  tagName: 'work-question-prompt',
  elementClass: WorkQuestionPromptElement,
  events: promptEvents,
  displayName: 'WorkQuestionPrompt',
});

/** `<local-services-picker>`: `onFitNoteReferral`, `onLocalServicesChange`, `onLocalServicesError`. */
export const LocalServicesPicker = createComponent({
  react: React,
  tagName: 'local-services-picker',
  elementClass: LocalServicesPickerElement,
  events: pickerEvents,
  displayName: 'LocalServicesPicker',
});
