/**
 * A referral or a record of signposting, built in one place from what the clinician filled in: the
 * envelope (CONTRACT.md), its summary and narrative, and the FHIR R4 ServiceRequest.
 * `<local-services-picker>` asks for consent and renders; this makes what it emits.
 */
import { createEnvelope } from './envelope.js';
import { referralToServiceRequest, type ServiceRequest } from './fhir.js';
import { SERVICE_CATEGORIES, type Coding, type Context, type Envelope, type Service } from './schemas.js';
import { categoryLabel, serviceAreaLabel } from './services.js';
import { message } from '../messages/index.js';

/** What the clinician filled in for one service. */
export interface ReferralDraft {
  service: Service;
  /** 'signpost': the patient was given the details to refer themselves; nothing goes to the service. */
  mode: 'refer' | 'signpost';
  reason: string;
  /** "The patient agrees to this referral"; not read when signposting. */
  consent: boolean;
  notes: string;
}

/** The `fit-note-referral` detail: the envelope and what was referred or signposted. */
export interface Referral extends Envelope {
  service: Service;
  /** As the clinician left it. */
  reason: string;
  /** The consent box for a referral; always false for signposting, where no consent is asked. */
  patientConsent: boolean;
  notes: string;
  signposted: boolean;
  /** `referralToServiceRequest` of the above; signposting adds a note that no referral was sent. */
  fhir: ServiceRequest;
}

export interface ReferralOptions {
  /** The conditions the referral is for: the ServiceRequest's `reasonCode`. */
  conditions?: Coding[];
  context?: Context;
  /** The area chosen for the search (a 2023 or 2026 ICB code): the narrative says how the service covers it. */
  icb?: string;
  /** Language of the summary, the narrative and the signposting note; English by default. */
  lang?: string;
  /** For tests and replays; defaults to now. */
  now?: Date;
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

interface NarrativeInput {
  service: Service;
  signposted: boolean;
  reason: string;
  consent: boolean;
  notes: string;
  icb: string | undefined;
  lang: string | undefined;
}

function referralNarrative({ service, signposted, reason, consent, notes, icb, lang }: NarrativeInput): string {
  const category = (SERVICE_CATEGORIES as readonly unknown[]).includes(service?.category) ? categoryLabel(service.category, lang) : '';
  const params = { service: textOf(service?.name), category };
  const lines = [
    message(signposted ? 'picker.narrative.signposted' : 'picker.narrative.referral', params, lang),
    message('picker.narrative.area', { area: serviceAreaLabel(service, icb, lang) }, lang),
  ];
  if (reason.trim()) lines.push(message('picker.narrative.reason', { reason: reason.trim() }, lang));
  if (!signposted) lines.push(message(consent ? 'picker.narrative.consent' : 'picker.narrative.noConsent', undefined, lang));
  if (notes.trim()) lines.push(message('picker.narrative.notes', { notes: notes.trim() }, lang));
  const url = textOf(service?.url);
  if (url) lines.push(message('picker.narrative.website', { url }, lang));
  return lines.join('\n');
}

/**
 * The referral (or, with mode 'signpost', the record of signposting) for `draft`: one envelope, its
 * summary ("Referral to …" / "Signposted to …") and narrative, and the ServiceRequest, all made at
 * the same instant. Consent is the caller's to ask for: a 'refer' draft without it is described as
 * "consent not recorded". Reads any input and never throws.
 */
export function createReferral(draft: ReferralDraft, options: ReferralOptions = {}): Referral {
  const d: Partial<ReferralDraft> = typeof draft === 'object' && draft !== null ? draft : {};
  const o: ReferralOptions = typeof options === 'object' && options !== null ? options : {};
  const service = d.service as Service;
  const signposted = d.mode === 'signpost';
  const reason = textOf(d.reason);
  const notes = textOf(d.notes);
  const consent = d.consent === true;
  const patientConsent = !signposted && consent;
  const now = o.now instanceof Date && !Number.isNaN(o.now.getTime()) ? o.now : new Date();
  const lang = typeof o.lang === 'string' && o.lang ? o.lang : undefined;

  const request = referralToServiceRequest({ service, reason, patientConsent, notes, conditions: o.conditions, context: o.context, now });
  const fhir: ServiceRequest = signposted ? { ...request, note: [...(request.note ?? []), { text: message('picker.fhir.signposted', undefined, lang) }] } : request;
  const name = textOf(service?.name);
  const envelope = createEnvelope({
    context: o.context,
    summary: message(signposted ? 'picker.summary.signposted' : 'summary.referral', { service: name }, lang),
    narrative: referralNarrative({ service, signposted, reason, consent, notes, icb: o.icb, lang }),
    now,
  });
  return { ...envelope, service, reason, patientConsent, notes, signposted, fhir };
}
