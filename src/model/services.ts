/**
 * The service directory, DOM-free: the built-in directory, validation of a host's directory, search,
 * review age and where a service applies in words. `<local-services-picker>` renders what these
 * return. The ICB lookup across the April 2026 mergers lives with its data in src/data/areas.ts.
 *
 * Search is built for a national directory of 100,000 services answered on every keystroke: the
 * directory is indexed once (normalised text, category and coverage per service, the alphabetical
 * order), each area's coverage is worked out once and cached, a query that extends a recent one only
 * re-checks that one's answer, and deleting a letter finds the shorter query's answer ready.
 */
import { findIcb, icbFootprints, normaliseIcbCode, type AreaFootprint } from '../data/areas.js';
import { builtInServices as BUILT_IN } from '../data/services.js';
import { addMonths, compareDates, isCalendarDate, todayLocal, type CalendarDate } from './dates.js';
import { SERVICE_CATEGORIES, ServiceSchema, type Service, type ServiceCategory } from './schemas.js';
import { message } from '../messages/index.js';

// ─── ICBs ──────────────────────────────────────────────────────────────────────────────────────────

// The ICB areas and WorkWell membership have one home, src/data/areas.ts; the model names them here.
export { findIcb, icbChoices, icbFootprints, normaliseIcbCode, type AreaFootprint, type IcbArea } from '../data/areas.js';

/**
 * The built-in directory (src/data/services.ts) as the model's `Service`. The annotation is the
 * compile-time check that the data layer's entries are services the model accepts.
 */
export const builtInServices: readonly Service[] = BUILT_IN;

// ─── Validation ────────────────────────────────────────────────────────────────────────────────────

export interface ServiceIssue {
  /** Position in the array handed over; -1 when the value itself was not an array. */
  index: number;
  id?: string;
  /** Developer-facing: what was wrong and that the entry was dropped. */
  message: string;
}

export interface ServiceValidation {
  services: Service[];
  issues: ServiceIssue[];
}

interface ZodIssueLike {
  code?: string;
  path?: PropertyKey[];
  message?: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: unknown[];
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const A_OR_AN: Record<string, string> = { string: 'text', boolean: 'true or false', object: 'an object', array: 'an array', number: 'a number' };

function describe(issue: ZodIssueLike, input: unknown): string {
  const path = issue.path ?? [];
  const field = pathText(path) || 'the entry';
  const last = path[path.length - 1];
  if (path.length && valueAt(input, path) === undefined) return `${field} is missing`;
  switch (issue.code) {
    case 'invalid_type':
      return `${field} must be ${A_OR_AN[issue.expected ?? ''] ?? issue.expected ?? 'something else'}`;
    case 'too_small':
      return issue.origin === 'array' ? `${field} must have at least ${String(issue.minimum)} item(s)` : `${field} must not be empty`;
    case 'too_big':
      return `${field} must be at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'items' : 'characters'}`;
    case 'invalid_value':
      return `${field} must be one of ${(issue.values ?? []).map(String).join(', ')}`;
    case 'invalid_format':
      if (path.includes('icbs')) return `${field} must be an ODS code of 3 to 5 capital letters or digits (e.g. QHL)`;
      if (last === 'url') return `${field} must be a web address starting with https://`;
      return `${field} is not in the expected format`;
    case 'invalid_union':
      if (last === 'coverage') return `${field} must be { national: true } or { icbs: [ODS codes] }`;
      return `${field} is not valid`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? `${field}: ${issue.message}` : `${field} is not valid`;
  }
}

/**
 * Keeps the entries that pass `ServiceSchema` (and whose id is not already taken) and names each one
 * dropped, by index and why, for the host's developers. Never throws.
 */
export function validateServices(input: unknown): ServiceValidation {
  if (!Array.isArray(input)) {
    return { services: [], issues: [{ index: -1, message: `services must be an array of services, not ${input === null ? 'null' : typeof input}` }] };
  }
  const services: Service[] = [];
  const issues: ServiceIssue[] = [];
  const seen = new Map<string, number>();
  input.forEach((entry: unknown, index) => {
    const rawId = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
    const id = typeof rawId === 'string' && rawId.length <= 200 ? rawId : undefined;
    const issue = (text: string) => issues.push(id === undefined ? { index, message: text } : { index, id, message: text });
    const parsed = ServiceSchema.safeParse(entry);
    if (!parsed.success) {
      const reasons = [...new Set((parsed.error.issues as ZodIssueLike[]).map((i) => describe(i, entry)))];
      issue(`services[${index}]${id !== undefined ? ` (id "${id}")` : ''} dropped: ${reasons.join('; ')}.`);
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      issue(`services[${index}] (id "${parsed.data.id}") dropped: the id is already used by services[${first}]; ids must be unique.`);
      return;
    }
    seen.set(parsed.data.id, index);
    services.push(parsed.data);
  });
  return { services, issues };
}

// ─── Review age ────────────────────────────────────────────────────────────────────────────────────

/**
 * True when the service was last reviewed more than 12 calendar months before `today` (exactly 12
 * months is not yet stale). An unreadable review date counts as stale; an unreadable `today` is
 * replaced by the local date.
 */
export function isStale(service: Pick<Service, 'lastReviewed'>, today?: CalendarDate): boolean {
  const reviewed = service?.lastReviewed;
  if (!isCalendarDate(reviewed)) return true;
  const day = isCalendarDate(today) ? today : todayLocal();
  return compareDates(reviewed, addMonths(day, -12)) < 0;
}

// ─── Search ────────────────────────────────────────────────────────────────────────────────────────

/** Lower case with accents removed. Decomposing accents is the slow step, and most text has none. */
function fold(text: string): string {
  return (NON_ASCII.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text).toLowerCase();
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Lower case, accents and punctuation removed, single spaces: "Talking-Thérapies!" → "talking therapies". */
export function normaliseSearchText(text: unknown): string {
  return typeof text === 'string' ? fold(text).replace(/[^a-z0-9]+/g, ' ').trim() : '';
}

export const categoryLabel = (category: ServiceCategory, lang?: string): string => message(`picker.category.${category}`, undefined, lang);

const CATEGORY_NUMBER = new Map<ServiceCategory, number>(SERVICE_CATEGORIES.map((c, i) => [c, i]));

export interface ServiceQuery {
  text?: string;
  /** The area: a 2023 or 2026 ICB ODS code. Without it, national services only. */
  icb?: string;
  /** Only these categories; empty or absent means every category. */
  categories?: readonly ServiceCategory[];
  /** Categories to list first (suggested for this patient). */
  suggested?: readonly ServiceCategory[];
}

/** A directory prepared for search. Make one per services array with `createServiceIndex`. */
export interface ServiceIndex {
  readonly services: readonly Service[];
}

interface IndexData extends ServiceIndex {
  /** Searchable text per service, folded (lower case, no accents). */
  hay: string[];
  category: Uint8Array;
  national: Uint8Array;
  /** Service positions in alphabetical order of name. */
  order: Int32Array;
  byCode: Map<string, number[]>;
  /** Per area key: 1 for each service covering the area. */
  areaMasks: Map<string, Uint8Array>;
  /** Answers to recent queries (`area|filters|suggested` NUL text), oldest first. */
  recent: Map<string, number[]>;
}

const RECENT_QUERIES = 32;

const indexes = new WeakMap<readonly Service[], IndexData>();

/**
 * Indexes `services` for `searchServices`. The same array gives back the same index, so calling this
 * on every render costs nothing after the first time. The array must not be changed afterwards:
 * hand over a new array instead.
 */
export function createServiceIndex(services: readonly Service[]): ServiceIndex {
  const cached = indexes.get(services);
  if (cached) return cached;
  const n = services.length;
  const hay = new Array<string>(n);
  const category = new Uint8Array(n);
  const national = new Uint8Array(n);
  const byCode = new Map<string, number[]>();
  const sortKeys = new Array<string>(n);
  const labels = new Map(SERVICE_CATEGORIES.map((c) => [c, categoryLabel(c)]));
  for (let i = 0; i < n; i += 1) {
    const s = services[i] as Service;
    const label = labels.get(s.category) ?? '';
    // Query words hold only letters and digits, so the haystack needs folding but not its punctuation
    // replaced: a word is found in "back-pain" as in "back pain", and indexing 100,000 services is faster.
    hay[i] = fold(`${s.name} ${label} ${s.description ?? ''} ${s.eligibility ?? ''}`);
    sortKeys[i] = fold(s.name);
    category[i] = CATEGORY_NUMBER.get(s.category) ?? 0;
    if ('national' in s.coverage) national[i] = 1;
    else {
      for (const code of s.coverage.icbs) {
        let list = byCode.get(code);
        if (!list) byCode.set(code, (list = []));
        list.push(i);
      }
    }
  }
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const ka = sortKeys[a] as string;
    const kb = sortKeys[b] as string;
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  });
  const data: IndexData = { services, hay, category, national, order, byCode, areaMasks: new Map(), recent: new Map() };
  indexes.set(services, data);
  return data;
}

function areaMask(data: IndexData, icb: string): Uint8Array {
  let mask = data.areaMasks.get(icb);
  if (!mask) {
    mask = new Uint8Array(data.services.length);
    for (const f of icbFootprints(icb)) for (const i of data.byCode.get(f.code) ?? []) mask[i] = 1;
    data.areaMasks.set(icb, mask);
  }
  return mask;
}

function cleanCategories(list: unknown): ServiceCategory[] {
  return Array.isArray(list) ? list.filter((c): c is ServiceCategory => CATEGORY_NUMBER.has(c as ServiceCategory)) : [];
}

/**
 * National services and those covering the area (`icb`), matching every word of `text` anywhere in
 * the name, category, description or eligibility, in the chosen `categories`. Order, fixed so that
 * nothing is ranked by an opaque score: suggested categories first, then within each of those two
 * groups the area's own services before national ones, each alphabetical by name.
 */
export function searchServices(index: ServiceIndex, query: ServiceQuery = {}): Service[] {
  const data = (indexes.get(index.services) ?? createServiceIndex(index.services)) as IndexData;
  const icb = normaliseIcbCode(query?.icb);
  const categories = cleanCategories(query?.categories);
  const suggested = cleanCategories(query?.suggested);
  const text = normaliseSearchText(query?.text);
  const tokens = text ? text.split(' ') : [];
  const key = `${icb ?? ''}|${categories.join(',')}|${suggested.join(',')}`;

  let positions = data.recent.get(`${key}\u0000${text}`);
  if (!positions) {
    // Every word of a longer query contains the matching word of a shorter one it extends, so the
    // answer is a subset of that query's answer, already in order: narrow the longest such answer.
    let base: number[] | undefined;
    let baseLength = -1;
    for (const [cachedKey, result] of data.recent) {
      const cut = cachedKey.indexOf('\u0000');
      const cachedText = cachedKey.slice(cut + 1);
      if (cachedKey.slice(0, cut) === key && cachedText.length > baseLength && text.startsWith(cachedText)) {
        base = result;
        baseLength = cachedText.length;
      }
    }
    positions = base ? base.filter((i) => matches(data.hay[i] as string, tokens)) : fullSearch(data, icb, categories, suggested, tokens);
  }
  // Most recent last; deleting a letter finds the shorter query's answer here.
  data.recent.delete(`${key}\u0000${text}`);
  data.recent.set(`${key}\u0000${text}`, positions);
  if (data.recent.size > RECENT_QUERIES) data.recent.delete(data.recent.keys().next().value as string);
  return positions.map((i) => data.services[i] as Service);
}

function matches(hay: string, tokens: readonly string[]): boolean {
  for (const t of tokens) if (!hay.includes(t)) return false;
  return true;
}

function fullSearch(data: IndexData, icb: string | null, categories: ServiceCategory[], suggested: ServiceCategory[], tokens: string[]): number[] {
  const mask = icb ? areaMask(data, icb) : null;
  const allowed = new Uint8Array(SERVICE_CATEGORIES.length);
  for (const c of categories.length ? categories : SERVICE_CATEGORIES) allowed[CATEGORY_NUMBER.get(c) ?? 0] = 1;
  const first = new Uint8Array(SERVICE_CATEGORIES.length);
  for (const c of suggested) first[CATEGORY_NUMBER.get(c) ?? 0] = 1;
  // Buckets: suggested local, suggested national, local, national.
  const buckets: [number[], number[], number[], number[]] = [[], [], [], []];
  const { order, national, category, hay } = data;
  for (let k = 0; k < order.length; k += 1) {
    const i = order[k] as number;
    const isLocal = mask !== null && mask[i] === 1;
    if (!isLocal && national[i] !== 1) continue;
    const c = category[i] as number;
    if (allowed[c] !== 1) continue;
    if (tokens.length && !matches(hay[i] as string, tokens)) continue;
    (buckets[(first[c] === 1 ? 0 : 2) + (isLocal ? 0 : 1)] as number[]).push(i);
  }
  return buckets[0].concat(buckets[1], buckets[2], buckets[3]);
}

/**
 * Where a service applies for the chosen area: `national`, or the footprints through which it covers
 * the area (with `part` when only part of the area is covered). `null` when it does not apply, and
 * for anything that is not a service.
 */
export function serviceCoverage(service: Service, icb?: string): { national: true } | { areas: AreaFootprint[] } | null {
  const coverage: unknown = (service as Partial<Service> | null | undefined)?.coverage;
  if (typeof coverage !== 'object' || coverage === null) return null;
  if ('national' in coverage) return { national: true };
  const listed = (coverage as { icbs?: unknown }).icbs;
  if (!Array.isArray(listed)) return null;
  const codes = new Set(listed);
  const areas = icbFootprints(icb).filter((f) => codes.has(f.code));
  return areas.length ? { areas } : null;
}

// ─── Wording ───────────────────────────────────────────────────────────────────────────────────────

/** A footprint by name, "Frimley (East Berkshire part only)" when only part of it is covered. */
export function footprintLabel(f: AreaFootprint, lang?: string): string {
  const name = typeof f?.name === 'string' ? f.name : '';
  return typeof f?.part === 'string' && f.part ? message('picker.area.part', { area: name, part: f.part }, lang) : name;
}

/**
 * Where a service applies, in words: "National", the footprints through which it covers the area
 * `icb`, or else the areas it lists, by name. Empty for anything that is not a service.
 */
export function serviceAreaLabel(service: Service, icb?: string, lang?: string): string {
  const coverage = serviceCoverage(service, icb);
  if (coverage && 'national' in coverage) return message('picker.result.national', undefined, lang);
  if (coverage) return coverage.areas.map((f) => footprintLabel(f, lang)).join(', ');
  const listed: unknown = (service?.coverage as { icbs?: unknown } | undefined)?.icbs;
  return Array.isArray(listed) ? listed.map((code) => findIcb(code)?.name ?? String(code)).join(', ') : '';
}
