/**
 * The events of <work-question-prompt>. Both bubble and are composed (see `emit`).
 */
import type { Context, Envelope } from '../../model/schemas.js';
import type { WorkAnswers, WorkSuggestions } from '../../model/work-question.js';

/** After each edit by the clinician. `value` is the whole answers, as the `value` property returns them. */
export interface WorkQuestionChangeDetail {
  value: WorkAnswers;
  context: Context;
}

/**
 * When the clinician selects Done with valid answers, or skips the work question. The envelope's
 * `narrative` is the answers in words, with the accepted suggestions and the notes.
 */
export interface WorkQuestionCompleteDetail extends Envelope {
  /** The answers to the questions that apply (`applicableWorkAnswers`); `skipped` says whether the question was skipped. */
  answers: WorkAnswers;
  /** Only what the clinician accepted: what a fit note may be pre-filled from. Empty when skipped. */
  suggestions: WorkSuggestions;
  /** Everything the rule table offered, accepted or not, with the notes that need no acceptance. */
  offered: WorkSuggestions;
  /** Ids of the `WORK_RULES` rows the clinician accepted, in table order. */
  acceptedRules: string[];
}

declare module '../../internal/emit.js' {
  interface FitNoteWidgetsEventMap {
    'work-question-change': WorkQuestionChangeDetail;
    'work-question-complete': WorkQuestionCompleteDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'work-question-change': CustomEvent<WorkQuestionChangeDetail>;
    'work-question-complete': CustomEvent<WorkQuestionCompleteDetail>;
  }
}
