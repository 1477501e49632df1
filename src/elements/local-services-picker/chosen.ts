/**
 * The chosen services, DOM-free: reading service ids from what a host (or a restored form) hands
 * over, without ever throwing.
 */
import { safely } from '../../internal/host-element.js';
import { describe } from '../../internal/host-input.js';
import type { Service } from '../../model/schemas.js';
import type { ChosenService, ServicesChangeDetail } from './events.js';

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

/** The ids the browser gives back on restore (FormData, or text with one id per line), or `null` when none can be read. */
export function readFormState(state: unknown): string[] | null {
  const ids = safely(() => {
    if (state instanceof FormData) return [...state.values()].filter((v): v is string => typeof v === 'string');
    return typeof state === 'string' ? state.split('\n') : null;
  }, null);
  if (!ids) return null;
  const read = readIds(ids.map((id) => id.trim()).filter(Boolean));
  return 'ids' in read ? read.ids : null;
}

/** The chosen services with names found for those set by id, first in `directory`, then in `answers`; `chosen` itself when none lacks one. */
export function nameChosen(chosen: Chosen[], directory: readonly Service[], answers: readonly Service[]): Chosen[] {
  if (!chosen.some((c) => c.service === null)) return chosen;
  const find = (id: string) => directory.find((s) => s.id === id) ?? answers.find((s) => s.id === id) ?? null;
  return chosen.map((c) => (c.service === null ? { ...c, service: find(c.serviceId) } : c));
}

/** The form value: each chosen id under `name`, or `null` with no name or nothing chosen. */
export function formValue(name: string | undefined, chosen: readonly Chosen[]): FormData | null {
  if (!name || !chosen.length) return null;
  const data = new FormData();
  for (const c of chosen) data.append(name, c.serviceId);
  return data;
}

/** `local-services-change`'s detail: the services without the entries they came from. */
export function changeDetail(chosen: readonly Chosen[], removed: readonly Chosen[]): ServicesChangeDetail {
  const strip = ({ serviceId, kind, messageId }: Chosen): ChosenService => (messageId ? { serviceId, kind, messageId } : { serviceId, kind });
  return { value: chosen.map((c) => c.serviceId), chosen: chosen.map(strip), removed: removed.map(strip) };
}
