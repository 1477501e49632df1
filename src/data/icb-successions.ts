/**
 * The ICB mergers of 1 April 2026 (twelve ICBs dissolved into six new ones; Hampshire and Isle of
 * Wight kept its code and gained part of Frimley), from the ODS succession records as tabled in
 * `shared/data/README.md`. Each new code lists the 2023 footprints it covers, whole or in part, so a
 * host on a new code still finds services keyed by the 2023 codes (Z9B2Z finds the WorkWell areas of
 * both North Central and North West London).
 *
 * The ONS codes of the new ICBs were not confirmed from an official source, so none is given here.
 */
import { deepFreeze } from './freeze.js';

export interface IcbSuccessionPart {
  /** The 2023 ICB's ODS code. */
  code: string;
  /** Set when only part of the 2023 footprint moved to the new ICB: the part's name ("East Berkshire"). */
  part?: string;
}

export interface IcbSuccession {
  /** The ODS code from 1 April 2026. */
  code: string;
  /** The short name as published with the succession. */
  shortName: string;
  covers: readonly IcbSuccessionPart[];
}

export const ICB_SUCCESSION_DATE = '2026-04-01';

export const ICB_SUCCESSIONS_2026: readonly IcbSuccession[] = deepFreeze([
  { code: 'S1Y5D', shortName: 'Central East', covers: [{ code: 'QHG' }, { code: 'QUE' }, { code: 'QM7', part: 'Hertfordshire' }] },
  { code: 'D7T5G', shortName: 'Essex', covers: [{ code: 'QH8' }, { code: 'QM7', part: 'West Essex' }, { code: 'QJG', part: 'North East Essex' }] },
  { code: 'T6Y0W', shortName: 'Norfolk and Suffolk', covers: [{ code: 'QMM' }, { code: 'QJG', part: 'Suffolk' }] },
  { code: 'S0E4D', shortName: 'Thames Valley', covers: [{ code: 'QU9' }, { code: 'QNQ', part: 'East Berkshire' }] },
  { code: 'S9B9J', shortName: 'Surrey and Sussex', covers: [{ code: 'QXU' }, { code: 'QNX' }, { code: 'QNQ', part: 'Surrey' }] },
  { code: 'QRL', shortName: 'Hampshire and Isle of Wight', covers: [{ code: 'QRL' }, { code: 'QNQ', part: 'Hampshire' }] },
  { code: 'Z9B2Z', shortName: 'West and North London', covers: [{ code: 'QMJ' }, { code: 'QRV' }] },
]);
