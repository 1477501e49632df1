/**
 * Reading host values that every element takes the same way. None of these throws, whatever it is
 * given: Proxies, throwing getters and Symbols are unusable values like any other.
 */
import type { Context } from '../model/schemas.js';

export interface Cleaned<T> {
  value: T;
  /** Developer-facing descriptions of what could not be used. Empty when nothing was wrong. */
  problems: string[];
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a value is, in a few words, for a console message (never the value itself: it may be patient data). */
export function describe(value: unknown): string {
  try {
    if (Array.isArray(value)) return 'an array';
    if (value === null) return 'null';
    if (typeof value === 'string') return `a string of ${value.length} characters`;
    const type = typeof value;
    return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
  } catch {
    return 'a value that cannot be read';
  }
}

const CONTEXT_KEYS = ['patientId', 'encounterId', 'userId'] as const;
const MAX_ID = 200;

/**
 * The host's context, whole or not at all: `undefined` and `null` are no context (`{}`), an object
 * whose ids are text of at most 200 characters (or absent, `undefined` or `null`) is used, and
 * anything else (a number, a string, an id that is a number) is unusable, so that a host mistake is
 * never taken for another patient.
 */
export function readContext(input: unknown): { usable: true; value: Context } | { usable: false; problem: string } {
  if (input === undefined || input === null) return { usable: true, value: {} };
  const expected = 'context: expected { patientId?, encounterId?, userId? } with ids as text of at most 200 characters';
  try {
    if (!isObject(input)) return { usable: false, problem: `${expected}, got ${describe(input)}` };
    const value: Context = {};
    for (const key of CONTEXT_KEYS) {
      const id = input[key];
      if (id === undefined || id === null) continue;
      if (typeof id !== 'string' || id.length > MAX_ID) return { usable: false, problem: `${expected}; ${key} is ${describe(id)}` };
      value[key] = id;
    }
    return { usable: true, value };
  } catch {
    return { usable: false, problem: `${expected}; it could not be read` };
  }
}
