/**
 * FHIR R4 renderings of a fit note and of a referral (DOMAIN.md §8, §9). No NHS England profile for
 * the Med3 exists, so the note is a `collection` Bundle of a QuestionnaireResponse (one item per Med3
 * field, in form order) and an Observation of fitness for work (SNOMED 365524007) derived from it.
 * Nothing empty is emitted: absent or blank values are left out rather than written as "", and an
 * answer not yet given (`assessmentMethod` or `reassessmentNeeded` null) has no item.
 */
import type {
  Bundle,
  CodeableConcept,
  Coding as FhirCoding,
  Observation,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
  Reference,
  ServiceRequest,
} from 'fhir/r4';
import { SNOMED, SYSTEMS, type SnomedConcept } from './codes.js';
import { isCalendarDate } from './dates.js';
import { cleanContext } from './envelope.js';
import { cleanConditions, repairFitNote } from './fit-note.js';
import { newUuid } from './ids.js';
import { tickedAdjustments } from './narrative.js';
import { PatientSchema, ServiceSchema, type Coding, type Context, type FitNote, type Patient, type Service, type ServiceCategory } from './schemas.js';
import { message } from '../messages/index.js';

export type { Bundle, Observation, QuestionnaireResponse, ServiceRequest } from 'fhir/r4';

const snomed = (concept: SnomedConcept): FhirCoding => ({ system: SYSTEMS.snomed, code: concept.code, display: concept.display });

const nonBlank = (value: string | undefined): value is string => typeof value === 'string' && value.trim().length > 0;

/** A coding from the record as FHIR: only the parts that are present; SNOMED when a code has no system. */
export function codingToCodeableConcept(coding: Coding): CodeableConcept {
  const out: CodeableConcept = { text: coding.display.trim() };
  if (nonBlank(coding.code)) {
    out.coding = [{ system: nonBlank(coding.system) ? coding.system : SYSTEMS.snomed, code: coding.code.trim(), display: coding.display.trim() }];
  }
  return out;
}

function patientReference(context: Context, patient?: Patient): Reference {
  const ref: Reference = {};
  if (nonBlank(context.patientId)) ref.reference = `Patient/${context.patientId.trim()}`;
  const nhs = patient?.nhsNumber?.replace(/\s+/g, '');
  if (nonBlank(nhs)) ref.identifier = { system: SYSTEMS.nhsNumber, value: nhs };
  if (nonBlank(patient?.name)) ref.display = patient.name.trim();
  if (!ref.reference && !ref.identifier && !ref.display) ref.display = message('fhir.patientUnidentified');
  return ref;
}

const practitioner = (context: Context): Reference | undefined =>
  nonBlank(context.userId) ? { reference: `Practitioner/${context.userId.trim()}` } : undefined;
const encounter = (context: Context): Reference | undefined =>
  nonBlank(context.encounterId) ? { reference: `Encounter/${context.encounterId.trim()}` } : undefined;

function item(linkId: string, textId: Parameters<typeof message>[0], answers: QuestionnaireResponseItemAnswer[]): QuestionnaireResponseItem {
  const out: QuestionnaireResponseItem = { linkId, text: message(textId) };
  const known = answers.filter((a) => a.valueDate === undefined || isCalendarDate(a.valueDate));
  if (known.length) out.answer = known;
  return out;
}

/** The parts of a period that are real dates. */
function knownPeriod(start: string, end: string | null): { start?: string; end?: string } {
  return { ...(isCalendarDate(start) ? { start } : {}), ...(isCalendarDate(end) ? { end } : {}) };
}

export interface FhirOptions {
  /** For tests and replays; defaults to now. */
  now?: Date;
}

/**
 * The note as a FHIR R4 `collection` Bundle: QuestionnaireResponse + Observation (365524007). Meant
 * for a valid note; given one with a missing or unreal date, it leaves that date out rather than
 * inventing one.
 */
export function fitNoteToFhir(input: FitNote, contextInput?: Context, options?: FhirOptions | null): Bundle {
  const { note } = repairFitNote(input, { unknownDates: 'blank' });
  const context = cleanContext(contextInput);
  const now = options?.now instanceof Date && !Number.isNaN(options.now.getTime()) ? options.now : new Date();
  const qrUrl = `urn:uuid:${newUuid()}`;
  const obsUrl = `urn:uuid:${newUuid()}`;
  const subject = patientReference(context, note.patient);
  const author = practitioner(context);
  const enc = encounter(context);
  const fitnessConcept = note.fitness === 'not-fit' ? SNOMED.unfitForWork : SNOMED.fitWithRestrictions;
  const fitnessText = message(note.fitness === 'not-fit' ? 'fhir.notFitText' : 'fhir.mayBeFitText');

  const items: QuestionnaireResponseItem[] = [];
  if (note.patient) {
    items.push(item('patient-name', 'fhir.item.patientName', [{ valueString: note.patient.name.trim() }]));
    if (nonBlank(note.patient.nhsNumber)) items.push(item('nhs-number', 'fhir.item.nhsNumber', [{ valueString: note.patient.nhsNumber.replace(/\s+/g, '') }]));
  }
  items.push(
    item('assessment-date', 'fhir.item.assessmentDate', [{ valueDate: note.assessmentDate }]),
    // An answer not yet given has no answer item: nothing is written for the clinician.
    item('assessment-method', 'fhir.item.assessmentMethod', note.assessmentMethod ? [{ valueString: note.assessmentMethod }] : []),
    item('conditions', 'fhir.item.conditions', note.conditions.map((c) => {
      const concept = codingToCodeableConcept(c);
      return concept.coding?.[0] ? { valueCoding: concept.coding[0] } : { valueString: c.display.trim() };
    })),
    item('fitness', 'fhir.item.fitness', [{ valueCoding: { ...snomed(fitnessConcept), display: fitnessText } }]),
  );
  if (note.fitness === 'may-be-fit') {
    items.push(item('adjustments', 'fhir.item.adjustments', tickedAdjustments(note).map((k) => ({ valueString: message(`adjustment.${k}`) }))));
  }
  if (nonBlank(note.comments)) items.push(item('comments', 'fhir.item.comments', [{ valueString: note.comments.trim() }]));
  items.push(item('period-start', 'fhir.item.periodStart', [{ valueDate: note.period.start }]));
  if (note.period.end === null) items.push(item('period-indefinite', 'fhir.item.indefinite', [{ valueBoolean: true }]));
  else items.push(item('period-end', 'fhir.item.periodEnd', [{ valueDate: note.period.end }]));
  items.push(
    item('six-months-or-more', 'fhir.item.sixMonthsOrMore', [{ valueBoolean: note.sixMonthsOrMore }]),
    item('reassessment-needed', 'fhir.item.reassessmentNeeded', note.reassessmentNeeded === null ? [] : [{ valueBoolean: note.reassessmentNeeded }]),
  );
  if (note.issuer) {
    items.push(
      item('issuer-name', 'fhir.item.issuerName', [{ valueString: note.issuer.name.trim() }]),
      item('issuer-profession', 'fhir.item.issuerProfession', [{ valueString: note.issuer.profession }]),
    );
    if (nonBlank(note.issuer.address)) items.push(item('issuer-address', 'fhir.item.issuerAddress', [{ valueString: note.issuer.address.trim() }]));
  }
  items.push(item('statement-date', 'fhir.item.statementDate', [{ valueDate: note.statementDate }]));

  const questionnaireResponse: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    subject,
    item: items.filter((i) => i.answer?.length),
  };
  if (isCalendarDate(note.statementDate)) questionnaireResponse.authored = note.statementDate;
  if (enc) questionnaireResponse.encounter = enc;
  if (author) questionnaireResponse.author = author;

  const observation: Observation = {
    resourceType: 'Observation',
    status: 'final',
    code: { coding: [snomed(SNOMED.fitnessForWork)] },
    subject,
    issued: now.toISOString(),
    valueCodeableConcept: { coding: [snomed(fitnessConcept)], text: fitnessText },
    derivedFrom: [{ reference: qrUrl }],
  };
  const effective = knownPeriod(note.period.start, note.period.end);
  if (effective.start || effective.end) observation.effectivePeriod = effective;
  if (enc) observation.encounter = enc;
  if (author) observation.performer = [author];
  if (nonBlank(note.comments)) observation.note = [{ text: note.comments.trim() }];

  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: now.toISOString(),
    entry: [
      { fullUrl: qrUrl, resource: questionnaireResponse },
      { fullUrl: obsUrl, resource: observation },
    ],
  };
}

/** Categories whose referral is coded "Patient referral for vocational rehabilitation" (18781004). */
const VOCATIONAL_CATEGORIES: readonly ServiceCategory[] = [
  'workwell', 'connect-to-work', 'access-to-work', 'work-coach', 'employment-advice', 'ips', 'career-coaching', 'youth-employment',
];

export interface ReferralInput {
  service: Service;
  reason?: string;
  patientConsent?: boolean;
  notes?: string;
  /** The conditions the referral is for: they become `reasonCode`. */
  conditions?: Coding[];
  context?: Context;
  patient?: Patient;
  /** For tests and replays; defaults to now. */
  now?: Date;
}

/**
 * A referral as a FHIR R4 ServiceRequest: a draft proposal (the host's workflow sends it), category
 * "Patient referral" (3457005), subject and requester from the context, reasonCode from the
 * conditions, performer named by the service (with its ODS code when known).
 */
export function referralToServiceRequest(input: ReferralInput): ServiceRequest {
  const context = cleanContext(input?.context);
  const parsedService = ServiceSchema.safeParse(input?.service);
  const service = parsedService.success ? parsedService.data : undefined;
  const now = input?.now instanceof Date && !Number.isNaN(input.now.getTime()) ? input.now : new Date();
  const vocational = service !== undefined && VOCATIONAL_CATEGORIES.includes(service.category);
  const patient = PatientSchema.safeParse(input?.patient);

  const request: ServiceRequest = {
    resourceType: 'ServiceRequest',
    status: 'draft',
    intent: 'proposal',
    category: [{ coding: [snomed(SNOMED.patientReferral)] }],
    code: vocational
      ? { coding: [snomed(SNOMED.vocationalRehabilitationReferral)], text: service.name.trim() }
      : { coding: [snomed(SNOMED.patientReferral)], ...(service ? { text: service.name.trim() } : {}) },
    subject: patientReference(context, patient.success ? patient.data : undefined),
    authoredOn: now.toISOString(),
  };
  const enc = encounter(context);
  if (enc) request.encounter = enc;
  const requester = practitioner(context);
  if (requester) request.requester = requester;
  const reasons = cleanConditions(input?.conditions).kept.map(codingToCodeableConcept);
  if (reasons.length) request.reasonCode = reasons;
  if (service) {
    const performer: Reference = { display: service.name.trim() };
    if (nonBlank(service.odsCode)) performer.identifier = { system: SYSTEMS.odsOrganisation, value: service.odsCode.trim() };
    request.performer = [performer];
  }
  const notes = [
    typeof input?.reason === 'string' && nonBlank(input.reason) ? message('fhir.reason', { reason: input.reason.trim() }) : '',
    typeof input?.notes === 'string' && nonBlank(input.notes) ? message('fhir.notes', { notes: input.notes.trim() }) : '',
    message(input?.patientConsent === true ? 'fhir.consentGiven' : 'fhir.consentNotRecorded'),
  ].filter(Boolean);
  request.note = notes.map((text) => ({ text }));
  return request;
}
