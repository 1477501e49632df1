/**
 * The events of <local-services-picker>. All bubble and are composed (see `emit`), so
 * `<fit-note-form>` passes them out unchanged.
 */
import type { Referral } from '../../model/referral.js';
import type { ServiceIssue } from '../../model/services.js';

/**
 * When the clinician selects "Create referral", or records that they signposted the patient to a
 * service the patient (or their employer) refers to. One event, so a host records both the same way:
 * `signposted` tells them apart. Built by `createReferral` (src/model/referral.ts): the envelope,
 * `service`, `reason` (as the clinician left it, prefilled from `conditions`), `patientConsent`
 * (always true for a referral, false for signposting), `notes`, `signposted`, and `fhir`, a FHIR R4
 * draft ServiceRequest (for signposting with one more note saying that no referral was sent). The
 * summary and narrative are in the element's language.
 */
export type ReferralDetail = Referral;

/** Once per assignment of `services`, and once per provider answer, that had entries to drop. */
export interface ServicesErrorDetail {
  /** Each dropped entry: its position, its id when it had a usable one, and why (developer-facing). */
  issues: ServiceIssue[];
}

/** One service the clinician has chosen in this consultation. */
export interface ChosenService {
  serviceId: string;
  /** 'referral' or 'signposted' with the `messageId` of its `fit-note-referral`; 'restored' when set through `value`. */
  kind: 'referral' | 'signposted' | 'restored';
  messageId?: string;
}

/**
 * After the chosen services change by the clinician's action: a referral or signposting recorded
 * (after its `fit-note-referral`), or a chosen service removed or replaced. A removal is the host's
 * cue to withdraw the draft it received under that entry's `messageId`.
 */
export interface ServicesChangeDetail {
  /** The chosen service ids, as the `value` property returns them. */
  value: string[];
  chosen: ChosenService[];
  /** What this change took away: removed with "Remove", or replaced by a new choice without `multiple`. */
  removed: ChosenService[];
}

declare module '../../internal/emit.js' {
  interface FitNoteWidgetsEventMap {
    'fit-note-referral': ReferralDetail;
    'local-services-error': ServicesErrorDetail;
    'local-services-change': ServicesChangeDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fit-note-referral': CustomEvent<ReferralDetail>;
    'local-services-error': CustomEvent<ServicesErrorDetail>;
    'local-services-change': CustomEvent<ServicesChangeDetail>;
  }
}
