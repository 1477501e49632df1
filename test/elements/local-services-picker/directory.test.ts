import { expect, html } from '@open-wc/testing';
import { ICBS_2023 } from '../../../src/data/icbs.js';
import { builtInServices } from '../../../src/data/services.js';
import { captureWarnings } from '../../helpers/console.js';
import { byLabel, chooseArea, mount, openList, optionNames, options, root, status, text } from './helpers.js';

const NATIONAL_NAMES = builtInServices.filter((s) => 'national' in s.coverage).map((s) => s.name);
const TODAY = '2026-11-22';

describe('<local-services-picker> built-in directory by area', () => {
  for (const icb of ICBS_2023.filter((i) => i.workwell2024)) {
    it(`shows WorkWell ${icb.shortName} and every national service for icb="${icb.odsCode}"`, async () => {
      const el = await mount(html`<local-services-picker icb=${icb.odsCode} today=${TODAY}></local-services-picker>`);
      await openList(el);
      const names = optionNames(el);
      expect(names.filter((n) => n.startsWith('WorkWell'))).to.deep.equal([`WorkWell ${icb.shortName}`]);
      for (const name of NATIONAL_NAMES) expect(names).to.include(name);
      const workwell = options(el).find((o) => text(o.querySelector('.option__name')).startsWith('WorkWell')) as HTMLElement;
      expect(text(workwell.querySelector('.option__meta'))).to.equal(`WorkWell · ${icb.shortName}`);
    });
  }

  it('shows national services only, and no WorkWell, for a non-WorkWell ICB (Cheshire and Merseyside)', async () => {
    const el = await mount(html`<local-services-picker icb="QYG" today=${TODAY}></local-services-picker>`);
    await openList(el);
    expect([...optionNames(el)].sort()).to.deep.equal([...NATIONAL_NAMES].sort());
    expect(status(el)).to.equal(`${NATIONAL_NAMES.length} services`);
    for (const option of options(el)) expect(text(option.querySelector('.option__meta'))).to.match(/· National$/);
  });

  it('shows national services only when no area is given, and says so in the area choice', async () => {
    const el = await mount(html`<local-services-picker today=${TODAY}></local-services-picker>`);
    expect(byLabel<HTMLSelectElement>(el, 'Area').value).to.equal('');
    await openList(el);
    expect(optionNames(el)).to.have.length(NATIONAL_NAMES.length);
  });

  it('presets the area choice from the icb attribute (any case) and follows it when it changes', async () => {
    const el = await mount(html`<local-services-picker icb=" qop " today=${TODAY}></local-services-picker>`);
    const select = byLabel<HTMLSelectElement>(el, 'Area');
    expect(select.value).to.equal('QOP');
    expect(text(select.selectedOptions[0])).to.equal('Greater Manchester (QOP)');
    el.setAttribute('icb', 'QT6');
    await el.updateComplete;
    expect(byLabel<HTMLSelectElement>(el, 'Area').value).to.equal('QT6');
    await openList(el);
    expect(optionNames(el)).to.include('WorkWell Cornwall and the Isles of Scilly');
  });

  it('shows another area’s services when the clinician changes the area', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    await chooseArea(el, 'QUY');
    await openList(el);
    expect(optionNames(el).filter((n) => n.startsWith('WorkWell'))).to.deep.equal(['WorkWell Bristol, North Somerset and South Gloucestershire']);
  });

  it('offers the 36 ICBs from April 2026 and the 12 dissolved ones, by name and code', async () => {
    const el = await mount();
    const groups = [...byLabel<HTMLSelectElement>(el, 'Area').querySelectorAll('optgroup')];
    expect(groups.map((g) => [g.label, g.querySelectorAll('option').length])).to.deep.equal([
      ['Integrated care boards from 1 April 2026', 36],
      ['Areas of integrated care boards before April 2026', 12],
    ]);
    expect(text(groups[0]?.querySelector('option[value="Z9B2Z"]'))).to.equal('West and North London (Z9B2Z)');
  });
});

describe('<local-services-picker> ICB codes from April 2026', () => {
  it('finds both North Central and North West London WorkWell for West and North London (Z9B2Z)', async () => {
    const el = await mount(html`<local-services-picker icb="Z9B2Z" today=${TODAY}></local-services-picker>`);
    await openList(el);
    expect(optionNames(el).filter((n) => n.startsWith('WorkWell'))).to.deep.equal(['WorkWell North Central London', 'WorkWell North West London']);
    expect(text(root(el).querySelector('#area-includes'))).to.equal(
      'Also shows services listed under North Central London, North West London, because of the April 2026 ICB changes.',
    );
  });

  it('finds Cambridgeshire and Peterborough WorkWell and the Youth Guarantee Trailblazer for Central East (S1Y5D)', async () => {
    const el = await mount(html`<local-services-picker icb="S1Y5D" today=${TODAY}></local-services-picker>`);
    await openList(el);
    expect(optionNames(el)).to.include.members(['WorkWell Cambridgeshire and Peterborough', 'Youth Guarantee Trailblazer']);
  });

  it('marks Frimley WorkWell as covering only part of Thames Valley (S0E4D)', async () => {
    const el = await mount(html`<local-services-picker icb="S0E4D" today=${TODAY}></local-services-picker>`);
    await openList(el);
    const frimley = options(el).find((o) => text(o.querySelector('.option__name')) === 'WorkWell Frimley') as HTMLElement;
    expect(text(frimley.querySelector('.option__meta'))).to.equal('WorkWell · Frimley (East Berkshire part only)');
  });

  it('keeps a well-formed code it does not know, shows national services and says so', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount(html`<local-services-picker icb="X1Y2Z" today=${TODAY}></local-services-picker>`);
      expect(text(root(el).querySelector('#area-unknown'))).to.contain('The area code X1Y2Z is not one of the integrated care boards known here');
      expect(byLabel<HTMLSelectElement>(el, 'Area').value).to.equal('X1Y2Z');
      await openList(el);
      expect(optionNames(el)).to.have.length(NATIONAL_NAMES.length);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^\[fit-note-widgets\] <local-services-picker> icb="X1Y2Z" is not an ICB this library knows/);
    } finally {
      warnings.restore();
    }
  });

  it('ignores an icb that is not an ODS code, once on the console, without rendering it as markup', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount(html`<local-services-picker icb=${'<img src=x onerror=alert(1)>'} today=${TODAY}></local-services-picker>`);
      expect(byLabel<HTMLSelectElement>(el, 'Area').value).to.equal('');
      expect(root(el).querySelector('img')).to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      // The element layer's one wording for an unusable icb, the same in all three elements.
      expect(warnings.messages[0]).to.match(/^\[fit-note-widgets\] <local-services-picker> icb=a string of 28 characters is not an ODS code/);
    } finally {
      warnings.restore();
    }
  });
});

describe('<local-services-picker> data sources', () => {
  it('shows the Open Government Licence attribution for the ICB data under "About this data", closed, at the end', async () => {
    const el = await mount();
    const sources = root(el).querySelector('[part="sources"]') as HTMLDetailsElement;
    expect(sources.tagName).to.equal('DETAILS');
    expect(sources.open).to.equal(false);
    expect((sources.querySelector('p') as HTMLElement).checkVisibility(), 'closed').to.equal(false);
    expect(root(el).querySelector('[part="base"]')?.lastElementChild).to.equal(sources);
    const summary = sources.querySelector('summary') as HTMLElement;
    expect(text(summary)).to.equal('About this data');
    summary.click();
    expect(sources.open).to.equal(true);
    expect((sources.querySelector('p') as HTMLElement).checkVisibility()).to.equal(true);
    const note = text(sources);
    expect(note).to.contain(
      'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains public sector information licensed under the Open Government Licence v3.0.',
    );
  });
});
