/**
 * What a host hands the form, made usable: each function keeps what it can, and names in `problems`
 * (developer-facing, for the console) what it could not use. None of them throws.
 */
import { cleanConditions, repairFitNote } from '../../model/fit-note.js';
import { safely } from '../../internal/host-element.js';
import { isCalendarDate } from '../../model/dates.js';
import { IssuerSchema, PatientSchema, PROFESSIONS, type Coding, type FitNote, type Issuer, type Patient } from '../../model/schemas.js';
import { describe, isObject, type Cleaned } from '../../internal/host-input.js';

const usableText = (v: unknown, max: number): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= max;

/** True when text would be markup if it were ever parsed as HTML. The form shows it as text; the host is told. */
export function looksLikeMarkup(text: string): boolean {
  return /<\s*[a-z!/?]/i.test(text);
}

/**
 * The patient shown in the header and written into the note. A patient without a usable name is not
 * shown at all (the header then says no patient was given), because a half-shown patient is how a
 * wrong-patient mistake goes unnoticed.
 */
export function cleanPatient(input: unknown): Cleaned<Patient | undefined> {
  if (input === undefined || input === null) return { value: undefined, problems: [] };
  if (!isObject(input)) return { value: undefined, problems: [`patient: expected { name, nhsNumber?, dateOfBirth? }, got ${describe(input)}; ignored`] };
  const problems: string[] = [];
  const parsed = PatientSchema.safeParse(input);
  let patient: Patient | undefined;
  if (parsed.success) patient = parsed.data;
  else if (!usableText(input.name, 500)) {
    problems.push(`patient.name: expected non-blank text of at most 500 characters, got ${describe(input.name)}; the patient is not shown`);
  } else {
    patient = { name: input.name };
    if (typeof input.nhsNumber === 'string' && input.nhsNumber.length <= 20) patient.nhsNumber = input.nhsNumber;
    else if (input.nhsNumber !== undefined) problems.push(`patient.nhsNumber: expected text of at most 20 characters, got ${describe(input.nhsNumber)}; ignored`);
    if (isCalendarDate(input.dateOfBirth)) patient.dateOfBirth = input.dateOfBirth;
    else if (input.dateOfBirth !== undefined) problems.push('patient.dateOfBirth: expected a real date YYYY-MM-DD; ignored');
  }
  if (patient && looksLikeMarkup(patient.name)) problems.push('patient.name looks like markup; it is shown as plain text');
  return { value: patient, problems };
}

/**
 * The issuer shown read-only and written into the note. An issuer whose name or profession is
 * unusable is kept with those fields blanked or as given, so rule R9 refuses the note (a system must
 * refuse other professions): dropping it would let the host's signed-in user stand in unchecked.
 */
export function cleanIssuer(input: unknown): Cleaned<Issuer | undefined> {
  if (input === undefined || input === null) return { value: undefined, problems: [] };
  if (!isObject(input)) return { value: undefined, problems: [`issuer: expected { name, profession, address? }, got ${describe(input)}; ignored`] };
  const parsed = IssuerSchema.safeParse(input);
  const problems: string[] = [];
  let issuer: Issuer;
  if (parsed.success) issuer = parsed.data;
  else {
    const name = usableText(input.name, 500) ? input.name : '';
    if (!name) problems.push(`issuer.name: expected non-blank text of at most 500 characters, got ${describe(input.name)}; the note cannot be confirmed (R9)`);
    const known = (PROFESSIONS as readonly unknown[]).includes(input.profession);
    const profession = typeof input.profession === 'string' ? input.profession.slice(0, 100) : '';
    if (!known) problems.push(`issuer.profession: expected one of ${PROFESSIONS.join(', ')}, got ${typeof input.profession === 'string' ? JSON.stringify(profession.slice(0, 40)) : describe(input.profession)}; the note cannot be confirmed (R9)`);
    issuer = { name, profession: profession as Issuer['profession'] };
    if (typeof input.address === 'string' && input.address.length <= 1000) issuer.address = input.address;
    else if (input.address !== undefined) problems.push(`issuer.address: expected text of at most 1000 characters, got ${describe(input.address)}; ignored`);
  }
  if (looksLikeMarkup(`${issuer.name} ${issuer.address ?? ''}`)) problems.push('issuer name or address looks like markup; it is shown as plain text');
  return { value: issuer, problems };
}

export function cleanRecordConditions(input: unknown): Cleaned<Coding[]> {
  const { kept, dropped } = cleanConditions(input);
  const problems: string[] = [];
  if (input !== undefined && input !== null && !Array.isArray(input)) problems.push(`conditions: expected an array of { display, code?, system? }, got ${describe(input)}; ignored`);
  else if (dropped > 0) problems.push(`conditions: ${dropped} item(s) dropped; each needs a non-blank display of at most 1000 characters`);
  problems.push(...markupIn(kept, 'conditions'));
  return { value: kept, problems };
}

export function markupIn(conditions: readonly Coding[], where: string): string[] {
  return conditions.some((c) => looksLikeMarkup(c.display)) ? [`${where}: a condition looks like markup; it is shown as plain text`] : [];
}

/**
 * The note a host set as `value`, read against the note on screen: `note` is null when nothing in it
 * is usable (the note on screen stays); otherwise each usable field is taken, and a field the host
 * gave but that cannot be used keeps what is on screen, never a default the clinician cannot see.
 */
export function noteFromHost(input: unknown, current: FitNote, today: string): { note: FitNote | null; problems: string[]; unusable: (keyof FitNote)[] } {
  if (!safely(() => isObject(input), false)) return { note: null, problems: ['value: expected a FitNote object; the note on screen was kept'], unusable: [] };
  const repaired = safely(() => repairFitNote(input, { today }), null);
  if (!repaired || repaired.used.length === 0) {
    return { note: null, problems: ['value: no field of it is usable (expected a FitNote object); the note on screen was kept'], unusable: [] };
  }
  const { note, unusable } = repaired;
  const problems: string[] = [];
  const givenIssuer = safely(() => (input as { issuer?: unknown }).issuer, undefined);
  if (givenIssuer !== undefined && note.issuer === undefined) {
    // Kept as given so rule R9 refuses the note, rather than dropped (see cleanIssuer).
    const issuer = cleanIssuer(givenIssuer);
    if (issuer.value) note.issuer = issuer.value;
    problems.push(...issuer.problems);
  }
  const kept = note as Record<keyof FitNote, unknown>;
  for (const key of unusable) {
    if (key === 'issuer' && note.issuer) continue;
    if (current[key] === undefined) delete kept[key];
    else kept[key] = structuredClone(current[key]);
  }
  for (const problem of repaired.problems) {
    problems.push(unusable.some((k) => problem.startsWith(`value.${k}`)) ? `${problem}; the entry on screen was kept` : problem);
  }
  problems.push(...markupIn(note.conditions, 'value.conditions'));
  return { note, problems, unusable };
}

/**
 * The patient a host set, read against the one shown: `keep` when it could not be read at all. A new
 * NHS number without a new `context.patientId` keeps the entered note, and the host is told how to
 * switch patients properly.
 */
export function patientFromHost(input: unknown, current: Patient | undefined, entered: boolean): { value: Patient | undefined; problems: string[]; keep: boolean } {
  const read = safely(() => cleanPatient(input), null);
  if (!read) return { value: current, problems: ['patient: it could not be read; the patient shown was kept'], keep: true };
  const before = current?.nhsNumber?.replace(/\s+/g, '');
  const after = read.value?.nhsNumber?.replace(/\s+/g, '');
  if (before && after && before !== after && entered) {
    read.problems.push('patient: the NHS number changed but context.patientId did not, so the entered note was kept. Set context.patientId on every patient switch to start a new note');
  }
  return { ...read, keep: false };
}
