// @ts-check
/**
 * What every host page in these tests passes to the elements: a fictional patient, clinician,
 * coded conditions from the record and the host's ids. Plain objects, passed as properties.
 */
/** @type {import('fit-note-widgets').Patient} */
export const PATIENT = { name: 'Chris Example', nhsNumber: '9990000042', dateOfBirth: '1975-07-30' };
/** @type {import('fit-note-widgets').Issuer} */
export const ISSUER = { name: 'Nurse Jo Sample', profession: 'nurse', address: 'Example Surgery, 1 Example Street' };
/** @type {import('fit-note-widgets').Coding[]} */
export const CONDITIONS = [
  { system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' },
  { system: 'http://snomed.info/sct', code: '197480006', display: 'Anxiety disorder' },
];
/** @type {import('fit-note-widgets').Context} */
export const CONTEXT = { patientId: 'patient-123', encounterId: 'encounter-456', userId: 'user-789' };
/** Greater Manchester ICB, a WorkWell area. */
export const ICB = 'QOP';
