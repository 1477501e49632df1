/**
 * The referral step's state, DOM-free: what the clinician has filled in for the service they chose,
 * before `createReferral` (src/model/referral.ts) turns it into the event.
 */
import type { ReferralDraft } from '../../model/referral.js';
import type { Coding, Service } from '../../model/schemas.js';

export interface Step extends ReferralDraft {
  /** Set when "Create referral" was selected without consent; cleared as soon as it is given. */
  consentError: boolean;
}

export const canRefer = (s: Service): boolean => s.referral.professional;

/** Self- or employer-referral, or no published route: the clinician can only point the patient to it. */
export const canSignpost = (s: Service): boolean => s.referral.self || s.referral.employer || !s.referral.professional;

/** The step for a newly chosen service: a referral where one can be made, the reason from the conditions. */
export function openStep(service: Service, conditions: readonly Coding[]): Step {
  return {
    service,
    mode: canRefer(service) ? 'refer' : 'signpost',
    reason: conditions.map((c) => c.display.trim()).join('; '),
    consent: false,
    notes: '',
    consentError: false,
  };
}

/** The step after an edit: a consent error goes once consent is given or the clinician signposts. */
export function editStep(step: Step, patch: Partial<Omit<Step, 'service' | 'consentError'>>): Step {
  const next = { ...step, ...patch };
  if (next.consent || next.mode === 'signpost') next.consentError = false;
  return next;
}

/** The draft `createReferral` takes, without the step's own error flag. */
export function draftOf({ service, mode, reason, consent, notes }: Step): ReferralDraft {
  return { service, mode, reason, consent, notes };
}
