/** The envelope every outward event carries (CONTRACT.md): id, time, context and the text forms. */
import { newUuid } from './ids.js';
import { truncate, SUMMARY_MAX } from './narrative.js';
import { ContextSchema, type Context, type Envelope } from './schemas.js';

/** Keeps only the usable context fields: the host's ids are echoed, never looked up. */
export function cleanContext(input: unknown): Context {
  const parsed = ContextSchema.safeParse(input);
  if (parsed.success) return stripUndefined(parsed.data);
  const out: Context = {};
  if (typeof input === 'object' && input !== null) {
    for (const key of ['patientId', 'encounterId', 'userId'] as const) {
      const value = (input as Record<string, unknown>)[key];
      if (typeof value === 'string' && value.length <= 200) out[key] = value;
    }
  }
  return out;
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export interface EnvelopeInput {
  context?: unknown;
  summary: string;
  narrative: string;
  /** For tests and replays; defaults to now. */
  now?: Date;
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

export function createEnvelope(input: EnvelopeInput): Envelope {
  const { context, summary, narrative, now } = (typeof input === 'object' && input !== null ? input : {}) as Partial<EnvelopeInput>;
  return {
    specVersion: '1',
    messageId: newUuid(),
    createdAt: (now instanceof Date && !Number.isNaN(now.getTime()) ? now : new Date()).toISOString(),
    context: cleanContext(context),
    summary: truncate(textOf(summary).replace(/\s+/g, ' ').trim(), SUMMARY_MAX),
    narrative: textOf(narrative),
  };
}
