/**
 * The referral step's state, DOM-free: what the clinician has filled in for the service they chose,
 * before `createReferral` (src/model/referral.ts) turns it into the event. How the step ends (a
 * referral or signposting) is the button the clinician presses, so it is not part of the state.
 */
import type { ReferralDraft } from '../../model/referral.js';
import type { Coding, Service } from '../../model/schemas.js';

export interface Step {
  service: Service;
  reason: string;
  notes: string;
  /** The notes field is shown: the clinician asked for it ("Add notes"). */
  notesOpen: boolean;
  /** Where the step was opened from, so "Cancel" puts focus back there. */
  from: 'search' | 'suggested';
}

export const canRefer = (s: Service): boolean => s.referral.professional;

/** Self- or employer-referral, or no published route: the clinician can only point the patient to it. */
export const canSignpost = (s: Service): boolean => s.referral.self || s.referral.employer || !s.referral.professional;

/** The step for a newly chosen service, the reason from the conditions. */
export function openStep(service: Service, conditions: readonly Coding[], from: Step['from']): Step {
  return { service, reason: conditions.map((c) => c.display.trim()).join('; '), notes: '', notesOpen: false, from };
}

/**
 * The draft `createReferral` takes. A referral is made only by "Patient agrees: create referral":
 * pressing it is the patient's consent, so it is recorded as given; signposting asks for none.
 */
export function draftOf({ service, reason, notes }: Step, mode: ReferralDraft['mode']): ReferralDraft {
  return { service, mode, reason, consent: mode === 'refer', notes };
}
