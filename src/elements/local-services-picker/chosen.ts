/**
 * The chosen services, DOM-free: reading service ids from what a host (or a restored form) hands
 * over, without ever throwing.
 */
import { safely } from '../../internal/host-element.js';
import { describe } from '../../internal/host-input.js';
import type { Service } from '../../model/schemas.js';
import type { ChosenService } from './events.js';

/** A chosen service with the entry it came from, `null` until the directory or a provider names it. */
export interface Chosen extends ChosenService {
  service: Service | null;
}

/** Longest service id read. */
const MAX_ID = 200;

export type Ids = { ids: string[]; dropped: boolean } | { unusable: string };

/**
 * Service ids from a host value: an array whose items are ids (text of 1 to 200 characters),
 * duplicates once. Other items are dropped (`dropped`); a value that is not an array, or an array
 * with no id in it, is `unusable`. Proxies and throwing getters are unusable values like any other.
 */
export function readIds(input: unknown): Ids {
  return safely<Ids>(
    () => {
      if (!Array.isArray(input)) return { unusable: `expected an array of service ids, got ${describe(input)}` };
      const list = Array.from(input as unknown[]);
      const usable = list.filter((id): id is string => typeof id === 'string' && id.trim() !== '' && id.length <= MAX_ID);
      if (list.length > 0 && usable.length === 0) return { unusable: 'none of the items is a service id' };
      return { ids: [...new Set(usable)], dropped: usable.length < list.length };
    },
    { unusable: 'the array could not be read' },
  );
}

export const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);
