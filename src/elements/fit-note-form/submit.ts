/**
 * The `fit-note-submit` detail for a confirmed note: the envelope, the note, its FHIR Bundle, how the
 * advice was chosen, the referrals made (copies, so a host changing what it received cannot change
 * the form's list) and the patient's plan, every word in the form's language.
 */
import { safely } from '../../internal/host-element.js';
import { createEnvelope } from '../../model/envelope.js';
import { fitNoteToFhir } from '../../model/fhir.js';
import { fitNoteNarrative, fitNoteSummary } from '../../model/narrative.js';
import { planText } from '../../model/plan.js';
import type { Prefillable } from '../../model/suggestions.js';
import type { Context, FitNote } from '../../model/schemas.js';
import type { ReferralDetail } from '../local-services-picker/events.js';
import type { AnswerChoice, FitnessChoice, FitNoteSubmitDetail } from './events.js';

export interface SubmitInput {
  note: FitNote;
  context: Context;
  lang: string;
  fitnessChoice: FitnessChoice;
  referrals: readonly ReferralDetail[];
  fromWorkQuestion: Prefillable[];
  choices: { assessmentMethod: AnswerChoice; reassessmentNeeded: AnswerChoice };
  /** Kept when the same note is confirmed again unchanged, so the host can tell it is the same. */
  messageId?: string;
}

export function submitDetail(input: SubmitInput): FitNoteSubmitDetail {
  const { note, context, lang } = input;
  const now = new Date();
  const envelope = createEnvelope({ context, summary: fitNoteSummary(note, { lang }), narrative: fitNoteNarrative(note, { lang }), now });
  if (input.messageId) envelope.messageId = input.messageId;
  const referrals = input.referrals.map((r) => safely(() => structuredClone(r), r));
  return {
    ...envelope,
    fitNote: note,
    fhir: fitNoteToFhir(note, context, { now }),
    fitnessChoice: input.fitnessChoice,
    referrals,
    planText: planText(note, referrals, { lang }),
    fromWorkQuestion: input.fromWorkQuestion,
    assessmentMethodChoice: input.choices.assessmentMethod,
    reassessmentChoice: input.choices.reassessmentNeeded,
  };
}
