/** Defines `<fit-note-form>`. Importing this module has that side effect; the class is re-exported. */
import { define } from './internal/define.js';
import { FitNoteForm } from './elements/fit-note-form/fit-note-form.js';

export { FitNoteForm };
export type { FitnessChoice, FitNoteChangeDetail, FitNoteInvalidDetail, FitNoteSubmitDetail } from './elements/fit-note-form/events.js';

define('fit-note-form', FitNoteForm);

declare global {
  interface HTMLElementTagNameMap {
    'fit-note-form': FitNoteForm;
  }
}
