import { expect } from '@open-wc/testing';
import { ICBS_2023 } from '../../src/data/icbs.js';
import { ICB_SUCCESSIONS_2026 } from '../../src/data/icb-successions.js';

/** RFC 4180 fields: commas inside double quotes do not split. */
function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

async function csvRows(): Promise<Record<string, string>[]> {
  const response = await fetch(new URL('../../src/data/icbs-2023.csv', import.meta.url));
  expect(response.ok, 'src/data/icbs-2023.csv is served').to.equal(true);
  const [header, ...lines] = (await response.text()).trim().split(/\r?\n/);
  const names = parseCsvLine(header as string);
  return lines.map((line) => Object.fromEntries(parseCsvLine(line).map((v, i) => [names[i], v])));
}

describe('ICB data (src/data/icbs.ts)', () => {
  it('matches src/data/icbs-2023.csv row for row', async () => {
    const rows = await csvRows();
    expect(rows).to.have.length(42);
    expect(
      ICBS_2023.map((i) => ({
        ons_code: i.onsCode,
        ods_code: i.odsCode,
        name: i.name,
        short_name: i.shortName,
        nhs_region: i.nhsRegion,
        nhs_region_ons_code: i.nhsRegionOnsCode,
        workwell_2024: String(i.workwell2024),
      })),
    ).to.deep.equal(rows);
  });

  it('has 42 distinct ODS and ONS codes and 15 WorkWell footprints', () => {
    expect(new Set(ICBS_2023.map((i) => i.odsCode)).size).to.equal(42);
    expect(new Set(ICBS_2023.map((i) => i.onsCode)).size).to.equal(42);
    expect(ICBS_2023.filter((i) => i.workwell2024).map((i) => i.odsCode).sort()).to.deep.equal(
      ['QE1', 'QF7', 'QGH', 'QHL', 'QK1', 'QMJ', 'QNQ', 'QOP', 'QRV', 'QT6', 'QUA', 'QUE', 'QUY', 'QWU', 'QXU'],
    );
  });

  it('is frozen, so no host can change every picker’s data', () => {
    expect(Object.isFrozen(ICBS_2023)).to.equal(true);
    expect(Object.isFrozen(ICBS_2023[0])).to.equal(true);
  });
});

describe('ICB successions of 1 April 2026 (src/data/icb-successions.ts)', () => {
  const codes2023 = new Set(ICBS_2023.map((i) => i.odsCode));

  it('holds the README table: six new ICBs and Hampshire and Isle of Wight', () => {
    expect(ICB_SUCCESSIONS_2026.map((s) => [s.code, s.covers.map((c) => (c.part ? `${c.code}:${c.part}` : c.code))])).to.deep.equal([
      ['S1Y5D', ['QHG', 'QUE', 'QM7:Hertfordshire']],
      ['D7T5G', ['QH8', 'QM7:West Essex', 'QJG:North East Essex']],
      ['T6Y0W', ['QMM', 'QJG:Suffolk']],
      ['S0E4D', ['QU9', 'QNQ:East Berkshire']],
      ['S9B9J', ['QXU', 'QNX', 'QNQ:Surrey']],
      ['QRL', ['QRL', 'QNQ:Hampshire']],
      ['Z9B2Z', ['QMJ', 'QRV']],
    ]);
  });

  it('names only 2023 codes as predecessors, and dissolves twelve of them (42 → 36 ICBs)', () => {
    const covered = ICB_SUCCESSIONS_2026.flatMap((s) => s.covers.map((c) => c.code));
    for (const code of covered) expect(codes2023.has(code), code).to.equal(true);
    const dissolved = new Set(ICB_SUCCESSIONS_2026.flatMap((s) => s.covers.filter((c) => c.code !== s.code).map((c) => c.code)));
    expect(dissolved.size).to.equal(12);
    const newCodes = ICB_SUCCESSIONS_2026.filter((s) => !codes2023.has(s.code));
    expect(42 - dissolved.size + newCodes.length).to.equal(36);
  });

  it('gives every part of a split ICB to exactly one successor', () => {
    const parts = ICB_SUCCESSIONS_2026.flatMap((s) => s.covers.filter((c) => c.part).map((c) => `${c.code}:${c.part}`));
    expect(new Set(parts).size).to.equal(parts.length);
    const splitCodes = new Set(ICB_SUCCESSIONS_2026.flatMap((s) => s.covers.filter((c) => c.part).map((c) => c.code)));
    expect([...splitCodes].sort()).to.deep.equal(['QJG', 'QM7', 'QNQ']);
  });
});
