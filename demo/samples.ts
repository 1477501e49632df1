/**
 * Sample data for the demo EHR. Every patient is fictional: names are invented and NHS numbers are
 * in the 999 range, which is never issued to a real person. Conditions carry SNOMED CT codes only
 * where the code is well known; others are text, as a record's free-text problem would be.
 */
import type { AssessmentMethod, Coding, Context, Issuer, Patient } from '../src/model/index.js';

export interface SamplePatient {
  label: string;
  patient: Patient;
  conditions: Coding[];
  context: Context;
  /** The ICB of the patient's practice (ODS code). */
  icb: string;
  /** How the appointment is held: the EHR knows it, so it tells the form (`value.assessmentMethod`). */
  appointment: AssessmentMethod;
}

const SNOMED = 'http://snomed.info/sct';

export const SAMPLE_PATIENTS: readonly SamplePatient[] = [
  {
    label: 'Alex Taylor: back pain, warehouse work',
    patient: { name: 'Alex Taylor', nhsNumber: '9990000018', dateOfBirth: '1984-05-12' },
    conditions: [
      { system: SNOMED, code: '279039007', display: 'Low back pain' },
      { system: SNOMED, code: '197480006', display: 'Anxiety disorder' },
    ],
    context: { patientId: 'demo-patient-1', encounterId: 'demo-encounter-1', userId: 'demo-user-1' },
    icb: 'QOP',
    appointment: 'face-to-face',
  },
  {
    label: 'Sam Patel: depression, off sick for months',
    patient: { name: 'Sam Patel', nhsNumber: '9990000026', dateOfBirth: '1979-11-02' },
    conditions: [{ system: SNOMED, code: '35489007', display: 'Depressive disorder' }],
    context: { patientId: 'demo-patient-2', encounterId: 'demo-encounter-2', userId: 'demo-user-1' },
    icb: 'Z9B2Z',
    appointment: 'telephone',
  },
  {
    label: 'Jordan Hughes: after ankle surgery',
    patient: { name: 'Jordan Hughes', nhsNumber: '9990000034', dateOfBirth: '1990-01-20' },
    conditions: [{ display: 'Fracture of ankle, after surgical repair' }],
    context: { patientId: 'demo-patient-3', encounterId: 'demo-encounter-3', userId: 'demo-user-1' },
    icb: 'QKS',
    appointment: 'video',
  },
];

export const SAMPLE_ISSUER: Issuer = {
  name: 'Dr Morgan Reed',
  profession: 'doctor',
  address: 'Example Surgery, 1 Example Street, Exampletown',
};

/** The professions the demo offers, including one that may not issue, to show rule R9. */
export const DEMO_PROFESSIONS: readonly { value: string; label: string }[] = [
  { value: 'doctor', label: 'Doctor' },
  { value: 'nurse', label: 'Nurse' },
  { value: 'occupational-therapist', label: 'Occupational therapist' },
  { value: 'pharmacist', label: 'Pharmacist' },
  { value: 'physiotherapist', label: 'Physiotherapist' },
  { value: 'paramedic', label: 'Paramedic (may not issue fit notes: shows rule R9)' },
];
