/**
 * The ICB areas, built once from the two data files: the 42 ICBs of 2023 (`icbs.ts`) and the
 * mergers of 1 April 2026 (`icb-successions.ts`). Each code, old or new, stands for the footprints
 * whose services serve it, so the services picker, the work question and a host all read one answer
 * to "which services, and is this a WorkWell area?".
 *
 * Nothing here imports from `src/model`: the model reads the data, never the other way round.
 */
import { deepFreeze } from './freeze.js';
import { ICBS_2023 } from './icbs.js';
import { ICB_SUCCESSIONS_2026 } from './icb-successions.js';

/** One footprint an ICB code stands for. `part` is set when only that part of it is covered. */
export interface AreaFootprint {
  code: string;
  name: string;
  part?: string;
}

export interface IcbArea {
  code: string;
  name: string;
  /** 'current': an ICB from 1 April 2026 (unchanged or new); 'former': dissolved on 1 April 2026. */
  status: 'current' | 'former';
  /**
   * The codes whose services serve this ICB: the code itself, the 2023 footprints a 2026 code took
   * over, and for a dissolved 2023 code the new ICBs that took it over. Partly covered ones carry
   * `part`, named as in the ODS succession ("East Berkshire").
   */
  footprints: readonly AreaFootprint[];
}

const DISSOLVED = new Set(
  ICB_SUCCESSIONS_2026.flatMap((s) => s.covers.filter((c) => c.code !== s.code).map((c) => c.code)),
);

function buildAreas(): Map<string, IcbArea> {
  const names = new Map<string, string>(ICBS_2023.map((i) => [i.odsCode, i.shortName]));
  for (const s of ICB_SUCCESSIONS_2026) names.set(s.code, s.shortName);
  const name = (code: string) => names.get(code) ?? code;
  const areas = new Map<string, IcbArea>();
  for (const icb of ICBS_2023) {
    const footprints: AreaFootprint[] = [{ code: icb.odsCode, name: icb.shortName }];
    for (const s of ICB_SUCCESSIONS_2026) {
      if (s.code === icb.odsCode) continue;
      const moved = s.covers.find((c) => c.code === icb.odsCode);
      if (moved) footprints.push(moved.part ? { code: s.code, name: s.shortName, part: moved.part } : { code: s.code, name: s.shortName });
    }
    areas.set(icb.odsCode, { code: icb.odsCode, name: icb.shortName, status: DISSOLVED.has(icb.odsCode) ? 'former' : 'current', footprints });
  }
  for (const s of ICB_SUCCESSIONS_2026) {
    const footprints: AreaFootprint[] = [{ code: s.code, name: s.shortName }];
    for (const c of s.covers) {
      if (c.code !== s.code) footprints.push(c.part ? { code: c.code, name: name(c.code), part: c.part } : { code: c.code, name: name(c.code) });
    }
    areas.set(s.code, { code: s.code, name: s.shortName, status: 'current', footprints });
  }
  // Shared with every caller of findIcb: frozen, so no caller can change another's lookups.
  for (const area of areas.values()) deepFreeze(area);
  return areas;
}

/** Every ICB code this library knows, 2023 and 2026, with its area. */
export const AREAS: ReadonlyMap<string, IcbArea> = buildAreas();

/** An ODS code as hosts write it (trimmed, any case) in the form services use; `null` if it cannot be one. */
export function normaliseIcbCode(code: unknown): string | null {
  if (typeof code !== 'string') return null;
  const value = code.trim().toUpperCase();
  return /^[A-Z0-9]{3,5}$/.test(value) ? value : null;
}

/**
 * The ICB for a 2023 code or a 2026 code, with the footprints whose services serve it:
 * `findIcb('Z9B2Z')` covers North Central London (QMJ) and North West London (QRV). `null` when the
 * code is not an ICB this library knows.
 */
export function findIcb(code: unknown): IcbArea | null {
  const value = normaliseIcbCode(code);
  return value ? (AREAS.get(value) ?? null) : null;
}

/**
 * The codes whose services serve `code`, with the covered part where only part is covered. A code
 * this library does not know stands for itself alone (a host's directory may list services under
 * it); something that is not an ODS code stands for nothing.
 */
export function icbFootprints(code: unknown): readonly AreaFootprint[] {
  const value = normaliseIcbCode(code);
  if (!value) return NO_FOOTPRINTS;
  return AREAS.get(value)?.footprints ?? [{ code: value, name: value }];
}

const NO_FOOTPRINTS: readonly AreaFootprint[] = Object.freeze([]);

const CHOICES = (() => {
  const all = [...AREAS.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return Object.freeze({ current: Object.freeze(all.filter((a) => a.status === 'current')), former: Object.freeze(all.filter((a) => a.status === 'former')) });
})();

/** Every ICB, for an area choice: those current from 1 April 2026 and the dissolved ones, each by name. */
export function icbChoices(): { current: readonly IcbArea[]; former: readonly IcbArea[] } {
  return CHOICES;
}

/**
 * The 15 WorkWell pilot areas (DOMAIN.md §7) by the ODS code of their 2023 ICB, as marked in
 * `ICBS_2023`: the one list from which the built-in WorkWell services are made and WorkWell areas
 * are recognised.
 */
export const WORKWELL_ICB_CODES: readonly string[] = Object.freeze(ICBS_2023.filter((i) => i.workwell2024).map((i) => i.odsCode));

const WORKWELL = new Set(WORKWELL_ICB_CODES);

/**
 * True when a WorkWell pilot serves the ICB, in whole or in part: a 2023 pilot code, a 2026 code that
 * took over a pilot footprint (Z9B2Z, S9B9J; S0E4D and QRL through their part of Frimley), or a
 * dissolved pilot code. Exactly the codes for which the built-in directory offers a WorkWell
 * service. Any case, surrounding spaces allowed; anything else is false.
 */
export function isWorkWellIcb(code: unknown): boolean {
  return icbFootprints(code).some((f) => WORKWELL.has(f.code));
}
