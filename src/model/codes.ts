/**
 * Every code and code system the library emits, in one place (DOMAIN.md §8). These SNOMED CT codes
 * are to be confirmed by a clinician (the organisation's clinical safety officer) before clinical
 * use; a host that needs other codes maps the FHIR output.
 */
export const SYSTEMS = {
  snomed: 'http://snomed.info/sct',
  nhsNumber: 'https://fhir.nhs.uk/Id/nhs-number',
  odsOrganisation: 'https://fhir.nhs.uk/Id/ods-organization-code',
} as const;

export const SNOMED = {
  med3Issued: { code: '1331000000103', display: 'Med3 certificate issued to patient' },
  med3DuplicateIssued: { code: '1341000000107', display: 'Med3 duplicate issued' },
  med3BackToWork: { code: '14241000000101', display: 'Med3 issued - back to work' },
  fitnessForWork: { code: '365524007', display: 'Fitness for work - finding' },
  unfitForWork: { code: '160910001', display: 'Unfit for work' },
  /** The nearest concept to Med3's "may be fit for work"; not an exact match, hence the text. */
  fitWithRestrictions: { code: '225891002', display: 'Fit for work with restrictions' },
  sicknessCertificates: { code: '18381000000107', display: 'Sickness certificates' },
  patientReferral: { code: '3457005', display: 'Patient referral' },
  vocationalRehabilitationReferral: { code: '18781004', display: 'Patient referral for vocational rehabilitation' },
} as const;

export type SnomedConcept = (typeof SNOMED)[keyof typeof SNOMED];
