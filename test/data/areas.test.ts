import { expect } from '@open-wc/testing';
import { AREAS, WORKWELL_ICB_CODES, findIcb, icbChoices, icbFootprints, isWorkWellIcb, normaliseIcbCode } from '../../src/data/areas.js';
import { ICBS_2023 } from '../../src/data/icbs.js';
import { ICB_SUCCESSIONS_2026 } from '../../src/data/icb-successions.js';
import { builtInServices } from '../../src/data/services.js';
import * as model from '../../src/model/index.js';
import type { Service } from '../../src/model/schemas.js';

/** Every module of src/data, read as text to check what it imports. */
const DATA_MODULES = ['areas.ts', 'freeze.ts', 'icb-successions.ts', 'icbs.ts', 'services.ts'];

async function source(file: string): Promise<string> {
  const response = await fetch(new URL(`../../src/data/${file}`, import.meta.url));
  expect(response.ok, `src/data/${file} is served`).to.equal(true);
  return response.text();
}

// Compile-time: the data layer's entries are the model's services (tsc fails here otherwise).
const asServices: readonly Service[] = builtInServices;

describe('ICB areas (src/data/areas.ts)', () => {
  it('knows every 2023 code and every 2026 code, once', () => {
    const codes = new Set([...ICBS_2023.map((i) => i.odsCode), ...ICB_SUCCESSIONS_2026.map((s) => s.code)]);
    expect([...AREAS.keys()].sort()).to.deep.equal([...codes].sort());
    const { current, former } = icbChoices();
    expect(current.length + former.length).to.equal(codes.size);
  });

  it('normaliseIcbCode reads any case and surrounding spaces, and nothing that is not an ODS code', () => {
    expect(normaliseIcbCode(' qop ')).to.equal('QOP');
    expect(normaliseIcbCode('z9b2z')).to.equal('Z9B2Z');
    expect(normaliseIcbCode('\tS0e4d\n')).to.equal('S0E4D');
    for (const bad of ['', '  ', 'QO', 'Z9B2Z9', 'Q-P', '<b>', null, undefined, 42, {}, ['QOP']]) expect(normaliseIcbCode(bad), String(bad)).to.equal(null);
  });

  it('findIcb finds 2023 and 2026 codes in any case', () => {
    expect(findIcb(' z9b2z ')?.code).to.equal('Z9B2Z');
    expect(findIcb('qop')?.name).to.equal('Greater Manchester');
    expect(findIcb('QQQ')).to.equal(null);
  });

  it('icbFootprints: a known code its footprints, an unknown ODS code itself, anything else nothing', () => {
    expect(icbFootprints('z9b2z').map((f) => f.code)).to.deep.equal(['Z9B2Z', 'QMJ', 'QRV']);
    expect(icbFootprints(' qqq ')).to.deep.equal([{ code: 'QQQ', name: 'QQQ' }]);
    expect(icbFootprints('not a code')).to.deep.equal([]);
    expect(icbFootprints(undefined)).to.deep.equal([]);
  });

  it('takes the 15 WorkWell areas from ICBS_2023.workwell2024, and only from there', () => {
    expect([...WORKWELL_ICB_CODES]).to.deep.equal(ICBS_2023.filter((i) => i.workwell2024).map((i) => i.odsCode));
    expect(WORKWELL_ICB_CODES).to.have.length(15);
    expect(Object.isFrozen(WORKWELL_ICB_CODES)).to.equal(true);
    const workwell = builtInServices.filter((s) => s.category === 'workwell');
    expect(workwell.map((s) => ('icbs' in s.coverage ? s.coverage.icbs : [])).flat().sort()).to.deep.equal([...WORKWELL_ICB_CODES].sort());
  });

  it('isWorkWellIcb: 2023 pilot codes, 2026 codes over a pilot footprint (whole or part), in any case', () => {
    for (const code of ['QOP', 'qop', ' QE1 ', 'QMJ', 'QRV', 'QNQ', 'QXU', 'QUE']) expect(isWorkWellIcb(code), code).to.equal(true);
    // Z9B2Z took North Central and North West London; S9B9J took Surrey Heartlands; S1Y5D took
    // Cambridgeshire and Peterborough; S0E4D and QRL each took part of Frimley.
    for (const code of ['Z9B2Z', ' z9b2z ', 'S9B9J', 'S1Y5D', 'S0E4D', 'QRL', 'qrl']) expect(isWorkWellIcb(code), code).to.equal(true);
    for (const code of ['QMM', 'QYG', 'D7T5G', 'T6Y0W', 'QU9', 'QNX', 'QQQ', '', null, undefined, 42, {}]) expect(isWorkWellIcb(code), String(code)).to.equal(false);
  });

  it('is what the model exports, under the same names', () => {
    expect(model.findIcb).to.equal(findIcb);
    expect(model.icbChoices).to.equal(icbChoices);
    expect(model.normaliseIcbCode).to.equal(normaliseIcbCode);
    expect(model.isWorkWellIcb).to.equal(isWorkWellIcb);
    expect(model.WORKWELL_ICB_CODES).to.equal(WORKWELL_ICB_CODES);
    expect(model.builtInServices).to.equal(asServices);
  });

  it('imports nothing from the model, the messages or the elements: the dependency goes one way', async () => {
    for (const file of DATA_MODULES) {
      const imports = [...(await source(file)).matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
      expect(imports.filter((path) => !path.startsWith('./')), file).to.deep.equal([]);
    }
  });
});
