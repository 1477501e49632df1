/**
 * The host's `services` and `categories`, read DOM-free and without ever throwing: what the picker
 * keeps, and what it has to report.
 */
import { builtInServices } from '../../data/services.js';
import { safely } from '../../internal/host-element.js';
import { SERVICE_CATEGORIES, type Service, type ServiceCategory } from '../../model/schemas.js';
import { validateServices, type ServiceIssue } from '../../model/services.js';
import type { ServiceProvider } from './provider-search.js';

/**
 * The directory to search: the valid entries of `input`, or `builtInServices` for none (`undefined`,
 * `null`) or for one that is not an array; `issues` names the dropped entries (none to report when empty).
 */
export function readServices(input: unknown): { services: readonly Service[]; issues: ServiceIssue[] } {
  if (input === undefined || input === null) return { services: builtInServices, issues: [] };
  const checked = safely(() => validateServices(input), null);
  const issues: ServiceIssue[] = checked ? [...checked.issues] : [{ index: -1, message: 'services could not be read' }];
  if (checked && safely(() => Array.isArray(input), false)) return { services: checked.services, issues };
  issues[0] = { index: -1, message: `${issues[0]?.message ?? 'services must be an array'}; showing the built-in directory instead` };
  return { services: builtInServices, issues };
}

/** The known categories of `input` (one category, or an array of them), once each; `problem` when any were not known. */
export function readCategories(input: unknown): { categories: ServiceCategory[]; problem?: string } {
  const list = safely(() => (Array.isArray(input) ? Array.from(input as unknown[]) : input === undefined || input === null ? [] : [input]), null);
  const known = (list ?? []).filter((c): c is ServiceCategory => (SERVICE_CATEGORIES as readonly unknown[]).includes(c));
  const categories = [...new Set(known)];
  if (list !== null && known.length === list.length) return { categories };
  return { categories, problem: `categories: expected ids from SERVICE_CATEGORIES (${SERVICE_CATEGORIES.join(', ')}); unknown ones ignored` };
}

/** The host's search: a function, or `null` for none; `problem` when `input` is neither (it is then ignored). */
export function readProvider(input: unknown): { provider: ServiceProvider | null; problem?: string } {
  if (input === undefined || input === null || typeof input === 'function') return { provider: (input as ServiceProvider | null | undefined) ?? null };
  return { provider: null, problem: 'provider: expected a function (query) => Promise<Service[]>; ignored' };
}
