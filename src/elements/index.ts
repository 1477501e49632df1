/**
 * The element classes without defining any tag (`fit-note-widgets/elements`): for hosts that define
 * them under their own names or extend them. `import 'fit-note-widgets'` defines all three.
 */
export { FitNoteForm } from './fit-note-form/fit-note-form.js';
export { WorkQuestionPrompt } from './work-question-prompt/work-question-prompt.js';
export { LocalServicesPicker } from './local-services-picker/local-services-picker.js';
