/**
 * The zod schemas of every shape in the public contract (CONTRACT.md), with their inferred types.
 * Built on `zod/mini` through `./zod.js`.
 */
import * as z from './zod.js';
import { isCalendarDate } from './dates.js';
import type { MessageId } from '../messages/index.js';

/** Longest text kept from a host or a clinician in any one field. Beyond it text is refused, not cut. */
export const MAX_TEXT = 10_000;

export const CalendarDateSchema = z.string().check(
  z.refine(isCalendarDate, { message: 'Must be a real date written YYYY-MM-DD' }),
);

const text = (max = MAX_TEXT) => z.string().check(z.maxLength(max));
const requiredText = (max = MAX_TEXT) =>
  z.string().check(z.maxLength(max), z.refine((s) => s.trim().length > 0, { message: 'Must not be blank' }));

export const CodingSchema = z.object({
  system: z.optional(text(500)),
  code: z.optional(text(100)),
  display: requiredText(1000),
});

export const ContextSchema = z.object({
  patientId: z.optional(text(200)),
  encounterId: z.optional(text(200)),
  userId: z.optional(text(200)),
});

export const PatientSchema = z.object({
  name: requiredText(500),
  nhsNumber: z.optional(text(20)),
  dateOfBirth: z.optional(CalendarDateSchema),
});

export const PROFESSIONS = ['doctor', 'nurse', 'occupational-therapist', 'pharmacist', 'physiotherapist'] as const;
export const ProfessionSchema = z.enum(PROFESSIONS);

export const IssuerSchema = z.object({
  name: requiredText(500),
  profession: ProfessionSchema,
  address: z.optional(text(1000)),
});

export const ASSESSMENT_METHODS = ['face-to-face', 'telephone', 'video', 'written-report'] as const;
export const FITNESS = ['may-be-fit', 'not-fit'] as const;
export const ADJUSTMENTS = ['phasedReturn', 'alteredHours', 'amendedDuties', 'workplaceAdaptations'] as const;

export const AdjustmentsSchema = z.object({
  phasedReturn: z.boolean(),
  alteredHours: z.boolean(),
  amendedDuties: z.boolean(),
  workplaceAdaptations: z.boolean(),
});

export const FitNoteSchema = z.object({
  patient: z.optional(PatientSchema),
  issuer: z.optional(IssuerSchema),
  assessmentDate: CalendarDateSchema,
  /** `null` until the clinician answers, unless the host set it (it usually knows the appointment type). */
  assessmentMethod: z.nullable(z.enum(ASSESSMENT_METHODS)),
  conditions: z.array(CodingSchema).check(z.minLength(1)),
  fitness: z.enum(FITNESS),
  adjustments: AdjustmentsSchema,
  comments: text(),
  period: z.object({ start: CalendarDateSchema, end: z.nullable(CalendarDateSchema) }),
  sixMonthsOrMore: z.boolean(),
  /** `null` until the clinician (or the host) answers: no answer is chosen for the clinician. */
  reassessmentNeeded: z.nullable(z.boolean()),
  statementDate: CalendarDateSchema,
});

/**
 * A problem `validateFitNote` found: the rule and field, the catalogue id and raw params to render it
 * in any language (`issueText`), and `message`, its English rendering.
 */
export const IssueSchema = z.object({
  rule: z.string(),
  field: z.string(),
  messageId: z.string(),
  message: z.string(),
});
export const ValiditySchema = z.object({
  valid: z.boolean(),
  errors: z.array(IssueSchema),
  warnings: z.array(IssueSchema),
});

/** The closed list of service categories. Labels live in the message catalogue. */
export const SERVICE_CATEGORIES = [
  'workwell',
  'connect-to-work',
  'access-to-work',
  'work-coach',
  'employment-advice',
  'talking-therapies',
  'ips',
  'social-prescribing',
  'occupational-health',
  'physio-msk',
  'physical-activity',
  'career-coaching',
  'debt-and-housing',
  'youth-employment',
] as const;
export const ServiceCategorySchema = z.enum(SERVICE_CATEGORIES);

export const ServiceSchema = z.object({
  id: requiredText(200),
  name: requiredText(300),
  category: ServiceCategorySchema,
  description: z.optional(text(2000)),
  eligibility: z.optional(text(1000)),
  referral: z.object({ self: z.boolean(), professional: z.boolean(), employer: z.boolean() }),
  coverage: z.union([
    z.object({ national: z.literal(true) }),
    z.object({ icbs: z.array(z.string().check(z.regex(/^[A-Z0-9]{3,5}$/))) }),
  ]),
  odsCode: z.optional(text(20)),
  url: z.optional(z.string().check(z.maxLength(2000), z.regex(/^https:\/\//))),
  telephone: z.optional(text(50)),
  email: z.optional(text(320)),
  address: z.optional(text(1000)),
  postcode: z.optional(text(10)),
  lastReviewed: CalendarDateSchema,
  source: z.optional(text(2000)),
});

export const EnvelopeSchema = z.object({
  specVersion: z.literal('1'),
  messageId: z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)),
  createdAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)),
  context: ContextSchema,
  summary: z.string().check(z.maxLength(140)),
  narrative: z.string(),
});

export type Coding = z.infer<typeof CodingSchema>;
export type Context = z.infer<typeof ContextSchema>;
export type Patient = z.infer<typeof PatientSchema>;
export type Profession = z.infer<typeof ProfessionSchema>;
export type Issuer = z.infer<typeof IssuerSchema>;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];
export type Fitness = (typeof FITNESS)[number];
export type AdjustmentKey = (typeof ADJUSTMENTS)[number];
export type Adjustments = z.infer<typeof AdjustmentsSchema>;
export type FitNote = z.infer<typeof FitNoteSchema>;
/**
 * `messageId` is narrowed to the catalogue's ids, which the schema can only check as text. `params`
 * (raw values: dates as `YYYY-MM-DD`, numbers) is typed here, not in the schema: checking it would
 * need zod's `record`, 2.6 KiB of the script-tag file for a field the model itself writes.
 */
export type Issue = Omit<z.infer<typeof IssueSchema>, 'messageId'> & { messageId: MessageId; params?: Record<string, string | number> };
export type Validity = Omit<z.infer<typeof ValiditySchema>, 'errors' | 'warnings'> & { errors: Issue[]; warnings: Issue[] };
export type ServiceCategory = z.infer<typeof ServiceCategorySchema>;
export type Service = z.infer<typeof ServiceSchema>;
export type Envelope = z.infer<typeof EnvelopeSchema>;
