import { expect } from '@open-wc/testing';
import { builtInServices as dataServices } from '../../src/data/services.js';
import { ICBS_2023 } from '../../src/data/icbs.js';
import { isCalendarDate } from '../../src/model/dates.js';
import { ServiceSchema, type Service } from '../../src/model/schemas.js';
import { validateServices } from '../../src/model/services.js';

/** The only web addresses the built-in data may carry: public national pages known to exist. */
const KNOWN_PUBLIC_PAGES = [
  'https://www.nhs.uk/mental-health/talking-therapies-medicine-treatments/talking-therapies-and-counselling/nhs-talking-therapies/',
  'https://www.gov.uk/access-to-work',
  'https://www.gov.uk/contact-jobcentre-plus',
];

// The data layer declares its own shape; this line fails the type-check if an entry is not a Service.
const builtInServices: readonly Service[] = dataServices;

const icbCodes = new Set(ICBS_2023.map((i) => i.odsCode));
const byId = (id: string): Service => {
  const found = builtInServices.find((s) => s.id === id);
  if (!found) throw new Error(`no built-in service ${id}`);
  return found;
};
const icbsOf = (s: Service): string[] => ('icbs' in s.coverage ? [...s.coverage.icbs] : []);

describe('the built-in directory (src/data/services.ts)', () => {
  it('passes ServiceSchema, entry by entry, unchanged', () => {
    builtInServices.forEach((service, index) => {
      const parsed = ServiceSchema.safeParse(service);
      expect(parsed.success, `builtInServices[${index}] (${service.id})`).to.equal(true);
      expect(parsed.data).to.deep.equal(service);
    });
    expect(validateServices(builtInServices).issues).to.deep.equal([]);
  });

  it('has unique ids', () => {
    const ids = builtInServices.map((s) => s.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('uses only ICB codes that are in the ICB list', () => {
    for (const s of builtInServices) for (const code of icbsOf(s)) expect(icbCodes.has(code), `${s.id}: ${code}`).to.equal(true);
  });

  it('has one WorkWell service per WorkWell footprint of the ICB list, keyed by its 2023 code', () => {
    const workwell = builtInServices.filter((s) => s.category === 'workwell');
    const expected = ICBS_2023.filter((i) => i.workwell2024);
    expect(workwell).to.have.length(15);
    expect(workwell.map((s) => icbsOf(s)).sort()).to.deep.equal(expected.map((i) => [i.odsCode]).sort());
    for (const icb of expected) {
      const s = workwell.find((w) => icbsOf(w)[0] === icb.odsCode) as Service;
      expect(s.name).to.equal(`WorkWell ${icb.shortName}`);
      expect(s.referral).to.deep.equal({ self: true, professional: true, employer: true });
    }
  });

  it('has a national service for each national route of DOMAIN.md §7', () => {
    const nationalCategories = builtInServices.filter((s) => 'national' in s.coverage).map((s) => s.category).sort();
    expect(nationalCategories).to.deep.equal(
      ['access-to-work', 'career-coaching', 'connect-to-work', 'debt-and-housing', 'ips', 'occupational-health', 'physical-activity', 'physio-msk', 'social-prescribing', 'talking-therapies', 'work-coach'],
    );
    expect(byId('national-access-to-work').referral).to.deep.equal({ self: true, professional: false, employer: false });
    expect(byId('national-occupational-health').referral).to.deep.equal({ self: false, professional: false, employer: true });
    expect(byId('national-talking-therapies-employment-advisers').referral).to.deep.equal({ self: true, professional: true, employer: false });
  });

  it('maps the national programmes only to ICBs whose footprint is certain', () => {
    const london = ['QKK', 'QMF', 'QMJ', 'QRV', 'QWE'];
    expect(icbsOf(byId('programme-health-and-growth-accelerators')).sort()).to.deep.equal(['QF7', 'QHM', 'QWO']);
    expect(icbsOf(byId('programme-inactivity-trailblazers')).sort()).to.deep.equal(['QF7', 'QOP', 'QWO', ...london].sort());
    expect(icbsOf(byId('programme-youth-guarantee-trailblazers')).sort()).to.deep.equal(['QUE', ...london].sort());
    // The areas that are not ICB footprints are named, so the clinician knows to check locally.
    expect(byId('programme-inactivity-trailblazers').description).to.contain('North East, York and North Yorkshire, and Wales');
    expect(byId('programme-youth-guarantee-trailblazers').description).to.contain('Liverpool City Region, West Midlands, Tees Valley, East Midlands and West of England');
  });

  it('gives each entry one sentence of eligibility, a source and a review date', () => {
    for (const s of builtInServices) {
      expect(s.eligibility, s.id).to.match(/^[A-Z][^]*[.)]$/);
      expect(s.eligibility?.replace(/\.$/, ''), `${s.id}: one sentence`).not.to.match(/[.!?]\s+[A-Z]/);
      expect(s.source?.trim(), s.id).to.not.equal('');
      expect(isCalendarDate(s.lastReviewed), s.id).to.equal(true);
      expect(s.lastReviewed <= '2026-11-22', s.id).to.equal(true);
    }
  });

  it('carries no invented contact details: no phone, email, address or postcode, and only known national pages', () => {
    for (const s of builtInServices) {
      expect(s.telephone, s.id).to.equal(undefined);
      expect(s.email, s.id).to.equal(undefined);
      expect(s.address, s.id).to.equal(undefined);
      expect(s.postcode, s.id).to.equal(undefined);
      expect(s.odsCode, s.id).to.equal(undefined);
      if (s.url !== undefined) expect(KNOWN_PUBLIC_PAGES, s.id).to.include(s.url);
    }
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(builtInServices)).to.equal(true);
    const workwell = byId('workwell-qhl');
    expect(Object.isFrozen(workwell)).to.equal(true);
    expect(Object.isFrozen(workwell.coverage)).to.equal(true);
    expect(Object.isFrozen((workwell.coverage as { icbs: string[] }).icbs)).to.equal(true);
  });
});
