/** The events of <fit-note-form> and their details (CONTRACT.md). All bubble and are composed. */
import type { Bundle } from '../../model/fhir.js';
import type { Context, Envelope, FitNote, Issue, Validity } from '../../model/schemas.js';
import type { Prefillable } from '../../model/suggestions.js';
import type { ReferralDetail } from '../local-services-picker/events.js';

/**
 * How the advice ("may be fit" or "not fit") came to be what it is (DOMAIN.md §11: the form
 * pre-selects "may be fit", so it records whether that default was accepted or changed):
 * - `default-accepted`: the pre-selected "may be fit for work" was confirmed without the clinician
 *   selecting either option;
 * - `clinician-selected`: the clinician selected an option (even if they went back to "may be fit");
 * - `host-set`: the advice came from a `value` the host set, and the clinician did not change it.
 */
export type FitnessChoice = 'default-accepted' | 'clinician-selected' | 'host-set';

/**
 * Where an answer the form never pre-selects came from: the host's `value` (it usually knows the
 * appointment type) or the clinician. Nothing else: a note is not confirmed without the answer.
 */
export type AnswerChoice = 'host-set' | 'clinician-selected';

export type { Prefillable };

/** After each edit by the clinician (not when the host sets `value`). */
export interface FitNoteChangeDetail {
  value: FitNote;
  validity: Validity;
  context: Context;
}

/**
 * When confirming fails: the envelope and the errors shown in the error summary. The envelope's
 * `summary` counts the problems and its `narrative` is the note as on screen, where a date still being
 * typed reads "a date not yet complete" (never a made-up date).
 */
export type FitNoteInvalidDetail = Envelope & { errors: Issue[] };

/**
 * When the clinician confirms a valid note (cancelable). `messageId` is the idempotency key: confirming
 * the same note again, unchanged, sends the same `messageId`.
 */
export type FitNoteSubmitDetail = Envelope & {
  fitNote: FitNote;
  fhir: Bundle;
  fitnessChoice: FitnessChoice;
  /**
   * The referrals and signposting made in this consultation: each `fit-note-referral` detail as the
   * host received it, in the order made, without those removed since (`local-services-change`).
   */
  referrals: ReferralDetail[];
  /** The patient's plan as plain text (`planText` of the model): the note and the referrals in plain English. */
  planText: string;
  /**
   * The fields of `fitNote` filled in from suggestions the clinician accepted in the work question and
   * not changed since, adjustments first in Med3 order; empty when the clinician set everything.
   */
  fromWorkQuestion: Prefillable[];
  /** Where `fitNote.assessmentMethod` came from. */
  assessmentMethodChoice: AnswerChoice;
  /** Where `fitNote.reassessmentNeeded` came from. */
  reassessmentChoice: AnswerChoice;
};

declare module '../../internal/emit.js' {
  interface FitNoteWidgetsEventMap {
    'fit-note-change': FitNoteChangeDetail;
    'fit-note-invalid': FitNoteInvalidDetail;
    'fit-note-submit': FitNoteSubmitDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fit-note-change': CustomEvent<FitNoteChangeDetail>;
    'fit-note-invalid': CustomEvent<FitNoteInvalidDetail>;
    'fit-note-submit': CustomEvent<FitNoteSubmitDetail>;
  }
}
