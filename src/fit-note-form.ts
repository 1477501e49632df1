/**
 * Defines `<fit-note-form>`, and the two elements it embeds (`<work-question-prompt>`,
 * `<local-services-picker>`), so a host importing only this entry gets the whole consultation flow.
 * Importing this module has that side effect; the class is re-exported.
 */
import { define } from './internal/define.js';
import './work-question-prompt.js';
import './local-services-picker.js';
import { FitNoteForm } from './elements/fit-note-form/fit-note-form.js';

export { FitNoteForm };
export type { AnswerChoice, FitnessChoice, FitNoteChangeDetail, FitNoteInvalidDetail, FitNoteSubmitDetail, Prefillable } from './elements/fit-note-form/events.js';

define('fit-note-form', FitNoteForm);

declare global {
  interface HTMLElementTagNameMap {
    'fit-note-form': FitNoteForm;
  }
}
