/**
 * Making fit notes: the default note, and the repair of a note a host handed over, keeping every
 * usable field and naming what could not be used.
 */
import { isCalendarDate, todayLocal, type CalendarDate } from './dates.js';
import {
  ADJUSTMENTS,
  ASSESSMENT_METHODS,
  CodingSchema,
  FITNESS,
  IssuerSchema,
  MAX_TEXT,
  PatientSchema,
  type Adjustments,
  type Coding,
  type FitNote,
  type Issuer,
  type Patient,
} from './schemas.js';

export interface CreateFitNoteOptions {
  today?: CalendarDate;
  patient?: Patient;
  issuer?: Issuer;
  /** The conditions this note is for (not the whole problem list: the clinician picks from that). */
  conditions?: Coding[];
}

export const NO_ADJUSTMENTS: Readonly<Adjustments> = Object.freeze({
  phasedReturn: false,
  alteredHours: false,
  amendedDuties: false,
  workplaceAdaptations: false,
});

/**
 * The default note: "may be fit for work" (the WorkWell and AoMRC starting point), assessed today,
 * stated today, a period starting and ending today (the clinician sets its length), nothing ticked,
 * no comment. "May be fit" is the only answer chosen for the clinician (DOMAIN.md §11): how the
 * patient was assessed and whether they will be assessed again are `null` until answered, and
 * `validateFitNote` asks for both. Unusable options are left out rather than copied in.
 */
export function createFitNote(options: CreateFitNoteOptions = {}): FitNote {
  const today = isCalendarDate(options?.today) ? options.today : todayLocal();
  const note: FitNote = {
    assessmentDate: today,
    assessmentMethod: null,
    conditions: cleanConditions(options?.conditions).kept,
    fitness: 'may-be-fit',
    adjustments: { ...NO_ADJUSTMENTS },
    comments: '',
    period: { start: today, end: today },
    sixMonthsOrMore: false,
    reassessmentNeeded: null,
    statementDate: today,
  };
  const patient = PatientSchema.safeParse(options?.patient);
  if (patient.success) note.patient = patient.data;
  const issuer = IssuerSchema.safeParse(options?.issuer);
  if (issuer.success) note.issuer = issuer.data;
  return note;
}

/** Keeps the conditions that are usable codings; counts the rest. */
export function cleanConditions(input: unknown): { kept: Coding[]; dropped: number } {
  if (!Array.isArray(input)) return { kept: [], dropped: input === undefined || input === null ? 0 : 1 };
  const kept: Coding[] = [];
  let dropped = 0;
  for (const item of input) {
    const parsed = CodingSchema.safeParse(item);
    if (parsed.success) kept.push(parsed.data);
    else dropped += 1;
  }
  return { kept, dropped };
}

export interface RepairResult {
  note: FitNote;
  /** Developer-facing descriptions of what could not be used, by field. Empty when nothing was wrong. */
  problems: string[];
  /** The fields given that could not be used (whole or in part), so a caller can keep its own for them. */
  unusable: (keyof FitNote)[];
  /** The fields given and used, whole or in part. */
  used: (keyof FitNote)[];
}

/**
 * Turns anything into a well-shaped `FitNote`: each usable field is kept exactly as given, each
 * unusable one is replaced by its default and named in `problems`. A note that passes the schema
 * comes back deep-equal to itself (unknown extra keys are not kept).
 *
 * Rule checks are `validateFitNote`'s job, and it must be given the note as received: repair drops an
 * issuer whose profession is not one of the five, so a repaired note no longer shows the R9 problem.
 * A well-shaped note may still break a rule (an end before its start stays as written). An unusable
 * assessment method or reassessment answer becomes `null`, "not yet answered", never an answer.
 */
export interface RepairOptions {
  today?: CalendarDate;
  /**
   * What a missing or unreal date becomes: `'today'` (the default, for a form that needs a date to
   * start from) or `'blank'` (an empty string, for renderings: the narrative says "date not known"
   * and the FHIR output leaves the date out, rather than inventing one).
   */
  unknownDates?: 'today' | 'blank';
}

export function repairFitNote(input: unknown, options: RepairOptions = {}): RepairResult {
  const base = createFitNote({ today: options?.today });
  if (options?.unknownDates === 'blank') {
    base.assessmentDate = '';
    base.statementDate = '';
    base.period = { start: '', end: '' };
  }
  const problems: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    problems.push('value: expected a FitNote object; using a new note');
    return { note: base, problems, unusable: [], used: [] };
  }
  const v = input as Record<string, unknown>;
  const note: FitNote = { ...base, adjustments: { ...base.adjustments }, period: { ...base.period } };
  const take = <K extends keyof FitNote>(key: K, ok: boolean, what: string) => {
    if (v[key] === undefined) return;
    if (ok) note[key] = v[key] as FitNote[K];
    else problems.push(`value.${key}: ${what}`);
  };

  if (v.patient !== undefined) {
    const p = PatientSchema.safeParse(v.patient);
    if (p.success) note.patient = p.data;
    else problems.push('value.patient: expected { name, nhsNumber?, dateOfBirth? }; ignored');
  }
  if (v.issuer !== undefined) {
    const i = IssuerSchema.safeParse(v.issuer);
    if (i.success) note.issuer = i.data;
    else problems.push('value.issuer: expected { name, profession (one of the five), address? }; ignored');
  }
  take('assessmentDate', isCalendarDate(v.assessmentDate), 'expected a real date YYYY-MM-DD');
  take('statementDate', isCalendarDate(v.statementDate), 'expected a real date YYYY-MM-DD');
  // null is the note's own "not yet answered" and is kept; anything else unusable becomes null too.
  take('assessmentMethod', v.assessmentMethod === null || (ASSESSMENT_METHODS as readonly unknown[]).includes(v.assessmentMethod), `expected one of ${ASSESSMENT_METHODS.join(', ')}, or null`);
  take('fitness', (FITNESS as readonly unknown[]).includes(v.fitness), `expected one of ${FITNESS.join(', ')}`);
  take('comments', typeof v.comments === 'string' && v.comments.length <= MAX_TEXT, `expected text of at most ${MAX_TEXT} characters`);
  take('sixMonthsOrMore', typeof v.sixMonthsOrMore === 'boolean', 'expected true or false');
  take('reassessmentNeeded', v.reassessmentNeeded === null || typeof v.reassessmentNeeded === 'boolean', 'expected true, false or null');

  if (v.conditions !== undefined) {
    const { kept, dropped } = cleanConditions(v.conditions);
    note.conditions = kept;
    if (dropped > 0) problems.push(`value.conditions: ${dropped} item(s) dropped; each needs a non-blank display`);
  }
  if (v.adjustments !== undefined) {
    const a = v.adjustments as Record<string, unknown> | null;
    if (typeof a === 'object' && a !== null) {
      for (const key of ADJUSTMENTS) {
        if (typeof a[key] === 'boolean') note.adjustments[key] = a[key];
        else if (a[key] !== undefined) problems.push(`value.adjustments.${key}: expected true or false`);
      }
    } else problems.push('value.adjustments: expected an object of four booleans');
  }
  if (v.period !== undefined) {
    const p = v.period as Record<string, unknown> | null;
    if (typeof p === 'object' && p !== null) {
      if (isCalendarDate(p.start)) note.period.start = p.start;
      else problems.push('value.period.start: expected a real date YYYY-MM-DD');
      if (p.end === null || isCalendarDate(p.end)) note.period.end = p.end;
      else problems.push('value.period.end: expected a real date YYYY-MM-DD, or null for indefinite');
    } else problems.push('value.period: expected { start, end }');
  }
  const unusable = FIELDS.filter((key) => problems.some((p) => p.startsWith(`value.${key}`)));
  const used = FIELDS.filter((key) => v[key] !== undefined && !unusable.includes(key));
  // A list partly used (some conditions dropped) is still used: what was kept stays.
  if (note.conditions.length && unusable.includes('conditions')) used.push('conditions');
  return { note, problems, unusable, used };
}

const FIELDS: readonly (keyof FitNote)[] = [
  'patient',
  'issuer',
  'assessmentDate',
  'assessmentMethod',
  'conditions',
  'fitness',
  'adjustments',
  'comments',
  'period',
  'sixMonthsOrMore',
  'reassessmentNeeded',
  'statementDate',
];
