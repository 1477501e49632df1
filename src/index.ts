/**
 * fit-note-widgets: importing this module defines the elements. The model (schemas, rules, FHIR
 * mapping, wording) is exported from here and from `fit-note-widgets/model`, which defines nothing.
 */
export * from './model/index.js';
export { VERSION } from './version.js';
export type { FitNoteWidgetsEventMap } from './internal/emit.js';
