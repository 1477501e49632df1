/**
 * fit-note-widgets: importing this module defines the three elements. The model (schemas, rules,
 * FHIR mapping, wording) is exported from here and from `fit-note-widgets/model`, which defines
 * nothing; the classes alone, without defining, from `fit-note-widgets/elements`.
 */
export * from './fit-note-form.js';
export * from './work-question-prompt.js';
export * from './local-services-picker.js';
export * from './model/index.js';
export { VERSION } from './version.js';
export type { FitNoteWidgetsEventMap } from './internal/emit.js';
