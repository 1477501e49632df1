import { expect } from '@open-wc/testing';
import { builtInServices } from '../../src/data/services.js';
import { ICBS_2023 } from '../../src/data/icbs.js';
import { SERVICE_CATEGORIES, type Service, type ServiceCategory } from '../../src/model/schemas.js';
import { registerCatalogue } from '../../src/messages/index.js';
import {
  builtInServices as modelBuiltInServices,
  categoryLabel,
  createServiceIndex,
  findIcb,
  footprintLabel,
  icbChoices,
  isStale,
  normaliseSearchText,
  searchServices,
  serviceAreaLabel,
  serviceCoverage,
  validateServices,
} from '../../src/model/services.js';
import { generateServices, hostService } from '../elements/local-services-picker/fixtures.js';

const NATIONAL = builtInServices.filter((s) => 'national' in s.coverage).map((s) => s.id);
const index = createServiceIndex(builtInServices);
const ids = (list: readonly Service[]) => list.map((s) => s.id);
const footprints = (code: string) => findIcb(code)?.footprints.map((f) => (f.part ? `${f.code}:${f.part}` : f.code));

describe('ICB lookup (findIcb)', () => {
  it('finds a 2023 ICB by its ODS code, in any case and with spaces around it', () => {
    expect(findIcb(' qhl ')).to.deep.equal({ code: 'QHL', name: 'Birmingham and Solihull', status: 'current', footprints: [{ code: 'QHL', name: 'Birmingham and Solihull' }] });
  });

  it('maps a 2026 code to the 2023 footprints it took over: Z9B2Z covers North Central and North West London', () => {
    expect(findIcb('Z9B2Z')?.name).to.equal('West and North London');
    expect(footprints('Z9B2Z')).to.deep.equal(['Z9B2Z', 'QMJ', 'QRV']);
    expect(footprints('S1Y5D')).to.deep.equal(['S1Y5D', 'QHG', 'QUE', 'QM7:Hertfordshire']);
    expect(footprints('S0E4D')).to.deep.equal(['S0E4D', 'QU9', 'QNQ:East Berkshire']);
  });

  it('maps a dissolved 2023 code forward to the new ICBs, marking the ones that took only part', () => {
    expect(findIcb('QNQ')?.status).to.equal('former');
    expect(footprints('QNQ')).to.deep.equal(['QNQ', 'S0E4D:East Berkshire', 'S9B9J:Surrey', 'QRL:Hampshire']);
    expect(footprints('QUE')).to.deep.equal(['QUE', 'S1Y5D']);
  });

  it('keeps Hampshire and Isle of Wight current under its unchanged code, now with part of Frimley', () => {
    expect(findIcb('QRL')).to.include({ status: 'current', name: 'Hampshire and Isle of Wight' });
    expect(footprints('QRL')).to.deep.equal(['QRL', 'QNQ:Hampshire']);
  });

  it('leaves an ICB that did not change alone', () => {
    expect(footprints('QYG')).to.deep.equal(['QYG']);
  });

  it('returns null for unknown codes and garbage', () => {
    for (const value of ['QQQ', '', 'Z9B2Z9', '<img src=x>', null, undefined, 42, {}, ['QHL']]) expect(findIcb(value), String(value)).to.equal(null);
  });

  it('lists 36 current ICBs and 12 dissolved ones for the area choice', () => {
    const { current, former } = icbChoices();
    expect(current).to.have.length(36);
    expect(former.map((a) => a.code).sort()).to.deep.equal(['QH8', 'QHG', 'QJG', 'QM7', 'QMJ', 'QMM', 'QNQ', 'QNX', 'QRV', 'QU9', 'QUE', 'QXU']);
    expect(current.map((a) => a.name)).to.deep.equal([...current.map((a) => a.name)].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('validateServices', () => {
  it('keeps valid entries as they are', () => {
    const good = hostService();
    expect(validateServices([good])).to.deep.equal({ services: [good], issues: [] });
  });

  it('drops each bad entry and says which and why, keeping the good ones', () => {
    const input: unknown[] = [
      hostService({ id: 'ok-1' }),
      hostService({ id: 'bad-category', category: 'astrology' as never }),
      null,
      hostService({ id: 'bad-date', lastReviewed: '2026-02-30' }),
      hostService({ id: 'bad-icb', coverage: { icbs: ['qhl'] } }),
      hostService({ id: 'bad-url', url: 'javascript:alert(1)' }),
      { name: 'No id' },
      hostService({ id: 'ok-1', name: 'Duplicate' }),
      hostService({ id: 'bad-coverage', coverage: { national: false } as never }),
      hostService({ id: 'ok-2' }),
    ];
    const { services, issues } = validateServices(input);
    expect(ids(services)).to.deep.equal(['ok-1', 'ok-2']);
    expect(issues.map((i) => [i.index, i.id])).to.deep.equal([
      [1, 'bad-category'], [2, undefined], [3, 'bad-date'], [4, 'bad-icb'], [5, 'bad-url'], [6, undefined], [7, 'ok-1'], [8, 'bad-coverage'],
    ]);
    expect(issues[0]?.message).to.equal(`services[1] (id "bad-category") dropped: category must be one of ${SERVICE_CATEGORIES.join(', ')}.`);
    expect(issues[1]?.message).to.equal('services[2] dropped: the entry must be an object.');
    expect(issues[2]?.message).to.equal('services[3] (id "bad-date") dropped: lastReviewed: Must be a real date written YYYY-MM-DD.');
    expect(issues[3]?.message).to.contain('coverage.icbs[0] must be an ODS code');
    expect(issues[4]?.message).to.contain('url must be a web address starting with https://');
    expect(issues[5]?.message).to.contain('id is missing').and.contain('category is missing').and.contain('lastReviewed is missing');
    expect(issues[6]?.message).to.equal('services[7] (id "ok-1") dropped: the id is already used by services[0]; ids must be unique.');
    expect(issues[7]?.message).to.contain('coverage must be { national: true } or { icbs: [ODS codes] }');
  });

  it('does not take an id it cannot print from a bad entry', () => {
    const { issues } = validateServices([{ id: 'x'.repeat(5000) }]);
    expect(issues[0]).to.not.have.property('id');
  });

  it('names a value that is not an array with index -1', () => {
    for (const value of [null, 'services', 42, { length: 1 }]) {
      const { services, issues } = validateServices(value);
      expect(services).to.deep.equal([]);
      expect(issues).to.have.length(1);
      expect(issues[0]?.index).to.equal(-1);
      expect(issues[0]?.message).to.match(/^services must be an array of services/);
    }
  });

  it('keeps markup in a name as plain text (the element renders it as text)', () => {
    const { services } = validateServices([hostService({ name: '<img src=x onerror=alert(1)>' })]);
    expect(services[0]?.name).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('isStale', () => {
  it('is false up to exactly 12 calendar months before today and true the day before', () => {
    expect(isStale({ lastReviewed: '2025-11-22' }, '2026-11-22')).to.equal(false);
    expect(isStale({ lastReviewed: '2025-11-21' }, '2026-11-22')).to.equal(true);
    expect(isStale({ lastReviewed: '2026-11-22' }, '2026-11-22')).to.equal(false);
  });

  it('counts calendar months across a leap day', () => {
    expect(isStale({ lastReviewed: '2027-02-28' }, '2028-02-29')).to.equal(false);
    expect(isStale({ lastReviewed: '2027-02-27' }, '2028-02-29')).to.equal(true);
  });

  it('treats an unreadable review date as stale and an unreadable today as the local date', () => {
    expect(isStale({ lastReviewed: 'yesterday' }, '2026-11-22')).to.equal(true);
    expect(isStale({ lastReviewed: '1999-01-01' }, 'not a date')).to.equal(true);
    expect(isStale({ lastReviewed: '2199-01-01' }, 'not a date')).to.equal(false);
  });
});

describe('searchServices over the built-in directory', () => {
  it('shows national services only when no area is chosen', () => {
    expect(ids(searchServices(index, {})).sort()).to.deep.equal([...NATIONAL].sort());
  });

  for (const icb of ICBS_2023.filter((i) => i.workwell2024)) {
    it(`shows national services and WorkWell ${icb.shortName} for ${icb.odsCode}`, () => {
      const found = ids(searchServices(index, { icb: icb.odsCode }));
      expect(found).to.include(`workwell-${icb.odsCode.toLowerCase()}`);
      for (const id of NATIONAL) expect(found).to.include(id);
      expect(found.filter((id) => id.startsWith('workwell-'))).to.deep.equal([`workwell-${icb.odsCode.toLowerCase()}`]);
    });
  }

  it('shows national services only for a non-WorkWell ICB with no programme (Cheshire and Merseyside)', () => {
    expect(ids(searchServices(index, { icb: 'QYG' })).sort()).to.deep.equal([...NATIONAL].sort());
  });

  it('shows the programmes mapped to an ICB: West Yorkshire has the accelerator and the inactivity trailblazer', () => {
    const found = ids(searchServices(index, { icb: 'QWO' }));
    expect(found.slice(0, 2)).to.deep.equal(['programme-inactivity-trailblazers', 'programme-health-and-growth-accelerators'].sort((a, b) => (a < b ? 1 : -1)));
    expect(found).to.have.length(NATIONAL.length + 2);
  });

  it('finds both London WorkWell areas from the 2026 code Z9B2Z', () => {
    const found = ids(searchServices(index, { icb: 'Z9B2Z' }));
    expect(found.filter((id) => id.startsWith('workwell-')).sort()).to.deep.equal(['workwell-qmj', 'workwell-qrv']);
    expect(found).to.include('programme-youth-guarantee-trailblazers');
  });

  it('finds Frimley’s WorkWell from each ICB that took part of Frimley, marked as covering that part only', () => {
    for (const [code, part] of [['S0E4D', 'East Berkshire'], ['S9B9J', 'Surrey'], ['QRL', 'Hampshire']] as const) {
      const found = searchServices(index, { icb: code });
      const frimley = found.find((s) => s.id === 'workwell-qnq') as Service;
      expect(frimley, code).to.exist;
      expect(serviceCoverage(frimley, code)).to.deep.equal({ areas: [{ code: 'QNQ', name: 'Frimley', part }] });
    }
    expect(ids(searchServices(index, { icb: 'S9B9J' })).filter((id) => id.startsWith('workwell-')).sort()).to.deep.equal(['workwell-qnq', 'workwell-qxu']);
  });

  it('matches every word anywhere in name, category, description or eligibility, ignoring case and accents', () => {
    expect(ids(searchServices(index, { text: 'TALKING thérapies' }))).to.deep.equal(['national-talking-therapies-employment-advisers']);
    expect(ids(searchServices(index, { text: 'universal credit' }))).to.deep.equal(['national-jobcentre-plus-work-coaches']);
    expect(ids(searchServices(index, { text: 'jobcentre plus work coach' }))).to.deep.equal(['national-career-coaching', 'national-jobcentre-plus-work-coaches']);
    expect(ids(searchServices(index, { text: 'no such service' }))).to.deep.equal([]);
    expect(ids(searchServices(index, { icb: 'QHL', text: 'no wrong door' }))).to.deep.equal(['workwell-qhl']);
  });

  it('filters by the chosen categories', () => {
    expect(ids(searchServices(index, { icb: 'QHL', categories: ['workwell', 'access-to-work'] }))).to.deep.equal(['workwell-qhl', 'national-access-to-work']);
  });

  it('lists suggested categories first, then the area’s services, then national ones, each alphabetical', () => {
    const found = searchServices(index, { icb: 'QHL', suggested: ['debt-and-housing', 'talking-therapies'] });
    expect(ids(found).slice(0, 3)).to.deep.equal(['national-debt-and-housing-advice', 'national-talking-therapies-employment-advisers', 'workwell-qhl']);
    const rest = found.slice(3).map((s) => normaliseSearchText(s.name));
    expect(rest).to.deep.equal([...rest].sort());
  });

  it('ignores unknown categories and garbage queries without throwing', () => {
    expect(searchServices(index, { categories: ['nope' as never] }).length).to.equal(NATIONAL.length);
    expect(searchServices(index, null as never).length).to.equal(NATIONAL.length);
    expect(searchServices(index, { text: 42 as never, icb: {} as never }).length).to.equal(NATIONAL.length);
  });

  it('indexes an array once: the same array gives the same index', () => {
    expect(createServiceIndex(builtInServices)).to.equal(index);
    expect(createServiceIndex([...builtInServices])).to.not.equal(index);
  });
});

describe('searchServices at scale (100,000 services)', () => {
  const services = generateServices(100_000, 7);
  const big = createServiceIndex(services);
  const naive = (text: string, icb: string) => {
    const area = new Set(findIcb(icb)?.footprints.map((f) => f.code));
    const words = normaliseSearchText(text).split(' ').filter(Boolean);
    return services.filter((s) => {
      if (!('national' in s.coverage) && !s.coverage.icbs.some((c) => area.has(c))) return false;
      const hay = normaliseSearchText(`${s.name} ${categoryLabel(s.category)} ${s.description} ${s.eligibility}`);
      return words.every((w) => hay.includes(w));
    });
  };

  it('gives, keystroke by keystroke, the same services as a plain filter (narrowing and widening)', () => {
    const keystrokes = ['b', 'ba', 'bac', 'back', 'back ', 'back p', 'back pa', 'back pain', 'back pai', 'back', 'anx', 'anxiety riv'];
    for (const text of keystrokes) {
      const found = searchServices(big, { text, icb: 'Z9B2Z' });
      expect(ids(found).sort(), text).to.deep.equal(ids(naive(text, 'Z9B2Z')).sort());
    }
  });

  it('answers from its cache of recent queries exactly as a fresh index does, across areas and filters', () => {
    const small = generateServices(5_000, 9);
    const cached = createServiceIndex(small);
    const texts = ['', 'a', 'an', 'anx', 'anxiety', 'anx', 'a', '', 'de', 'debt', 'debt r', 'debt ri', 'debt', 'work', 'work c'];
    const areas = ['QOP', 'Z9B2Z', undefined];
    const filters: ServiceCategory[][] = [[], ['workwell', 'ips']];
    let step = 0;
    for (const text of texts) {
      for (const icb of areas) {
        for (const categories of filters) {
          const query = { text, icb, categories, suggested: step % 2 ? (['ips'] as ServiceCategory[]) : [] };
          step += 1;
          const fresh = createServiceIndex([...small]);
          expect(ids(searchServices(cached, query)), JSON.stringify(query)).to.deep.equal(ids(searchServices(fresh, query)));
        }
      }
    }
  });

  it('covers a 2023 code through its 2026 successor in host data keyed by new codes', () => {
    const host = [hostService({ id: 'new-code', coverage: { icbs: ['S1Y5D'] } })];
    expect(ids(searchServices(createServiceIndex(host), { icb: 'QUE' }))).to.deep.equal(['new-code']);
    expect(ids(searchServices(createServiceIndex(host), { icb: 'QYG' }))).to.deep.equal([]);
  });
});

describe('where a service applies, in words', () => {
  const byId = (id: string) => builtInServices.find((s) => s.id === id) as Service;
  const frimley = () => byId('workwell-qnq');
  registerCatalogue('x-area', { 'picker.area.part': '{area} [{part}]', 'picker.result.national': 'NATIONAL' });

  it('builtInServices of the model is the data layer’s directory, typed as Service[]', () => {
    expect(modelBuiltInServices).to.equal(builtInServices);
  });

  it('footprintLabel names a whole footprint, and a part with the catalogue’s wording in the language', () => {
    expect(footprintLabel({ code: 'QMJ', name: 'North Central London' })).to.equal('North Central London');
    expect(footprintLabel({ code: 'QNQ', name: 'Frimley', part: 'Surrey' })).to.equal('Frimley (Surrey part only)');
    expect(footprintLabel({ code: 'QNQ', name: 'Frimley', part: 'Surrey' }, 'x-area')).to.equal('Frimley [Surrey]');
    expect(footprintLabel(null as never)).to.equal('');
  });

  it('serviceAreaLabel: "National" for a national service, in the language', () => {
    expect(serviceAreaLabel(byId('national-access-to-work'), 'QOP')).to.equal('National');
    expect(serviceAreaLabel(byId('national-access-to-work'))).to.equal('National');
    expect(serviceAreaLabel(byId('national-access-to-work'), undefined, 'x-area')).to.equal('NATIONAL');
  });

  it('serviceAreaLabel: the footprints through which it covers the chosen area, parts marked', () => {
    expect(serviceAreaLabel(frimley(), 'S9B9J')).to.equal('Frimley (Surrey part only)');
    expect(serviceAreaLabel(frimley(), ' s0e4d ', 'x-area')).to.equal('Frimley [East Berkshire]');
    expect(serviceAreaLabel(byId('programme-inactivity-trailblazers'), 'Z9B2Z')).to.equal('North Central London, North West London');
  });

  it('serviceAreaLabel: without the area covered, the areas the service lists, by name', () => {
    expect(serviceAreaLabel(frimley(), 'QOP')).to.equal('Frimley');
    expect(serviceAreaLabel(byId('programme-health-and-growth-accelerators'))).to.equal('North East and North Cumbria, South Yorkshire, West Yorkshire');
    expect(serviceAreaLabel(hostService({ coverage: { icbs: ['ZZZ'] } }))).to.equal('ZZZ');
  });

  it('reads anything without throwing', () => {
    for (const bad of [undefined, null, 42, 'x', {}, { coverage: null }, { coverage: { icbs: 'QHL' } }]) {
      expect(serviceAreaLabel(bad as never, 'QHL'), String(bad)).to.equal('');
      expect(serviceCoverage(bad as never, 'QHL'), String(bad)).to.equal(null);
    }
    expect(serviceAreaLabel(frimley(), 42 as never)).to.equal('Frimley');
  });
});
