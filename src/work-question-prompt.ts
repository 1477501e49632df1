/**
 * Defines `<work-question-prompt>`. Import this file (or the package) to use the tag; import the
 * class from `./elements/work-question-prompt/work-question-prompt.js` to extend it without defining.
 */
import { define } from './internal/define.js';
import { WorkQuestionPrompt } from './elements/work-question-prompt/work-question-prompt.js';

define('work-question-prompt', WorkQuestionPrompt);

export { WorkQuestionPrompt };
export type { WorkQuestionChangeDetail, WorkQuestionCompleteDetail } from './elements/work-question-prompt/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'work-question-prompt': WorkQuestionPrompt;
  }
}
