/**
 * The built-in service directory: what `<local-services-picker>` shows when the host gives none, and
 * what a host can extend (`[...builtInServices, ...ours]`) rather than replace. Written from the
 * public sources each entry names (DOMAIN.md §7 summarises them).
 *
 * Rules for this file (a test enforces the checkable ones):
 * - every entry passes `ServiceSchema`, ids are unique, every ICB code is in `ICBS_2023`;
 * - no phone number, address or web address unless it is a public national page known to exist;
 *   otherwise it is left out and the host's own directory supplies it;
 * - an area is keyed to ICB codes only where it is certain: where the area is named as an ICB, or is
 *   exactly the footprint of whole ICBs (London is its five ICBs). Areas that are not ICB footprints
 *   (Liverpool City Region, Wales…) are named in the entry's description and not matched by ICB;
 * - where a programme does not publish one referral route, all three routes are false and the
 *   description says to ask locally, rather than guessing one;
 * - `lastReviewed` is the day the entry was last checked against its source.
 */
import { WORKWELL_ICB_CODES } from './areas.js';
import { deepFreeze } from './freeze.js';
import { ICBS_2023 } from './icbs.js';

/**
 * The categories the built-in entries use. Declared here, not taken from the model, because data
 * imports nothing from the model; `src/model/services.ts` checks at compile time that every entry is
 * a `Service`, so a category the model does not know fails the type-check.
 */
export type BuiltInCategory =
  | 'workwell'
  | 'connect-to-work'
  | 'access-to-work'
  | 'work-coach'
  | 'employment-advice'
  | 'talking-therapies'
  | 'ips'
  | 'social-prescribing'
  | 'occupational-health'
  | 'physio-msk'
  | 'physical-activity'
  | 'career-coaching'
  | 'debt-and-housing'
  | 'youth-employment';

/** One built-in entry: the shape of the model's `Service`, written out for the data layer. */
export interface BuiltInService {
  id: string;
  name: string;
  category: BuiltInCategory;
  description?: string;
  eligibility?: string;
  referral: { self: boolean; professional: boolean; employer: boolean };
  coverage: { national: true } | { icbs: string[] };
  url?: string;
  lastReviewed: string;
  source?: string;
}

const REVIEWED = '2026-11-22';

const DWP_NHS_GUIDANCE = 'DWP and NHS England guidance on work and health services, as summarised in fit-note-widgets docs (DOMAIN.md §7)';
const CMA_PROGRAMMES = 'DWP Chief Medical Adviser’s list of national work and health programmes (2025)';

const national: BuiltInService[] = [
  {
    id: 'national-talking-therapies-employment-advisers',
    name: 'NHS Talking Therapies employment advisers',
    category: 'talking-therapies',
    eligibility: 'Adults with common mental health problems such as anxiety or depression.',
    description:
      'Employment advisers working alongside NHS Talking Therapies help people stay in, return to or find work while they have therapy. People can refer themselves online or be referred by a professional.',
    referral: { self: true, professional: true, employer: false },
    coverage: { national: true },
    url: 'https://www.nhs.uk/mental-health/talking-therapies-medicine-treatments/talking-therapies-and-counselling/nhs-talking-therapies/',
    lastReviewed: REVIEWED,
    source: `NHS website (nhs.uk): NHS Talking Therapies; ${DWP_NHS_GUIDANCE}`,
  },
  {
    id: 'national-ips',
    name: 'Individual Placement and Support (IPS)',
    category: 'ips',
    eligibility: 'People with severe mental illness under secondary mental health care, and in some areas people in primary care (IPS in Primary Care).',
    description: 'Employment support delivered together with the person’s mental health care. Usually referred by a professional; self-referral is accepted too.',
    referral: { self: true, professional: true, employer: false },
    coverage: { national: true },
    lastReviewed: REVIEWED,
    source: DWP_NHS_GUIDANCE,
  },
  {
    id: 'national-connect-to-work',
    name: 'Connect to Work',
    category: 'connect-to-work',
    eligibility: 'People aged 18 or over (16 and 17 by exception) who are disabled or have health barriers to work and are out of work or at risk of leaving it.',
    description: 'Supported employment run by local bodies. Referral is through local organisations; some areas also accept self-referral, so check the local service before signposting.',
    referral: { self: false, professional: true, employer: false },
    coverage: { national: true },
    lastReviewed: REVIEWED,
    source: DWP_NHS_GUIDANCE,
  },
  {
    id: 'national-access-to-work',
    name: 'Access to Work',
    category: 'access-to-work',
    eligibility: 'People aged 16 or over in or starting paid work whose health condition or disability affects their job or their journey to work.',
    description: 'DWP support towards the extra costs of working with a health condition or disability, such as equipment or travel. The person applies themselves.',
    referral: { self: true, professional: false, employer: false },
    coverage: { national: true },
    url: 'https://www.gov.uk/access-to-work',
    lastReviewed: REVIEWED,
    source: 'GOV.UK: Access to Work (DWP)',
  },
  {
    id: 'national-social-prescribing',
    name: 'Social prescribing link workers',
    category: 'social-prescribing',
    eligibility: 'People with non-medical needs that affect their health or work, such as isolation, inactivity, debt or housing problems.',
    description: 'Link workers connect people to exercise, gardening, community groups, and charities that advise on debt and housing. Referral by the GP team and many local agencies.',
    referral: { self: false, professional: true, employer: false },
    coverage: { national: true },
    lastReviewed: REVIEWED,
    source: DWP_NHS_GUIDANCE,
  },
  {
    id: 'national-occupational-health',
    name: 'Occupational health through the employer',
    category: 'occupational-health',
    eligibility: 'Employees whose employer provides an occupational health service.',
    description: 'The employer refers, with the employee’s consent. A fit note can recommend an occupational health assessment.',
    referral: { self: false, professional: false, employer: true },
    coverage: { national: true },
    lastReviewed: REVIEWED,
    source: DWP_NHS_GUIDANCE,
  },
  {
    id: 'national-jobcentre-plus-work-coaches',
    name: 'Jobcentre Plus work coaches',
    category: 'work-coach',
    eligibility: 'People claiming Universal Credit.',
    description: 'Work coaches support people on Universal Credit towards work. Clinicians signpost; the person contacts their Jobcentre.',
    referral: { self: true, professional: false, employer: false },
    coverage: { national: true },
    url: 'https://www.gov.uk/contact-jobcentre-plus',
    lastReviewed: REVIEWED,
    source: `GOV.UK: Contact Jobcentre Plus (DWP); ${DWP_NHS_GUIDANCE}`,
  },
  {
    id: 'national-physiotherapy-msk',
    name: 'Physiotherapy and musculoskeletal (MSK) services',
    category: 'physio-msk',
    eligibility: 'People recovering from a musculoskeletal problem, such as back, joint or muscle pain or an injury.',
    description: 'NHS physiotherapy and MSK services. Referral by a professional; many areas also accept self-referral, so check the local service before signposting.',
    referral: { self: false, professional: true, employer: false },
    coverage: { national: true },
    lastReviewed: REVIEWED,
    source: DWP_NHS_GUIDANCE,
  },
  {
    id: 'national-physical-activity',
    name: 'Physical activity and exercise referral',
    category: 'physical-activity',
    eligibility: 'People whose recovery would benefit from a structured exercise programme, for example 12 weeks after an ankle fracture.',
    description: 'Exercise referral and physical activity programmes run in local areas. Referral by a professional; some areas accept self-referral.',
    referral: { self: false, professional: true, employer: false },
    coverage: { national: true },
    lastReviewed: REVIEWED,
    source: DWP_NHS_GUIDANCE,
  },
  {
    id: 'national-career-coaching',
    name: 'Career coaching, CV and interview help',
    category: 'career-coaching',
    eligibility: 'People out of work who want help to find a job.',
    description: 'Offered through WorkWell, Connect to Work and Jobcentre Plus: signpost the person to the one that fits them.',
    referral: { self: true, professional: false, employer: false },
    coverage: { national: true },
    lastReviewed: REVIEWED,
    source: DWP_NHS_GUIDANCE,
  },
  {
    id: 'national-debt-and-housing-advice',
    name: 'Debt and housing advice',
    category: 'debt-and-housing',
    eligibility: 'People whose health or work is affected by debt or housing problems.',
    description: 'Advice from charities, usually reached through a social prescribing link worker.',
    referral: { self: false, professional: true, employer: false },
    coverage: { national: true },
    lastReviewed: REVIEWED,
    source: DWP_NHS_GUIDANCE,
  },
];

const icbShortName = (code: string): string => ICBS_2023.find((i) => i.odsCode === code)?.shortName ?? code;

const workwell: BuiltInService[] = WORKWELL_ICB_CODES.map((code) => ({
  id: `workwell-${code.toLowerCase()}`,
  name: `WorkWell ${icbShortName(code)}`,
  category: 'workwell',
  eligibility: 'People in work who are at risk of leaving it, or recently out of work, because of their health; no benefit claim is needed.',
  description:
    'Work and health support from the WorkWell pilot, with work and health coaches, social prescribers and occupational therapists. Anyone can refer: the person, their GP team, their employer, community services or the Jobcentre (“no wrong door”).',
  referral: { self: true, professional: true, employer: true },
  coverage: { icbs: [code] },
  lastReviewed: REVIEWED,
  source: 'DWP and DHSC WorkWell programme: the 15 pilot areas announced in May 2024, each the footprint of one 2023 ICB',
}));

const LONDON = ['QMJ', 'QMF', 'QRV', 'QKK', 'QWE'];

const programmes: BuiltInService[] = [
  {
    id: 'programme-health-and-growth-accelerators',
    name: 'NHS Health and Growth Accelerator',
    category: 'employment-advice',
    eligibility: 'People in the accelerator ICB areas whose health affects their work or their return to it.',
    description:
      'NHS programme (£45m) in the North East and North Cumbria, South Yorkshire and West Yorkshire ICBs to help people with health conditions stay in or return to work. How to take part is decided locally: ask the ICB.',
    referral: { self: false, professional: false, employer: false },
    coverage: { icbs: ['QHM', 'QF7', 'QWO'] },
    lastReviewed: REVIEWED,
    source: CMA_PROGRAMMES,
  },
  {
    id: 'programme-inactivity-trailblazers',
    name: 'Inactivity Trailblazer',
    category: 'employment-advice',
    eligibility: 'People in the trailblazer areas who are out of work and not looking for work, including because of ill health.',
    description:
      'Local programmes (£125m) joining up work, health and skills support. Matched here to the South Yorkshire, West Yorkshire and Greater Manchester ICBs and the five London ICBs. The North East, York and North Yorkshire, and Wales trailblazers are not ICB footprints, so this directory does not match them by ICB: check locally. How to take part is decided locally.',
    referral: { self: false, professional: false, employer: false },
    coverage: { icbs: ['QF7', 'QWO', 'QOP', ...LONDON] },
    lastReviewed: REVIEWED,
    source: CMA_PROGRAMMES,
  },
  {
    id: 'programme-youth-guarantee-trailblazers',
    name: 'Youth Guarantee Trailblazer',
    category: 'youth-employment',
    eligibility: 'Young people in the trailblazer areas (check the local offer for age limits).',
    description:
      'Youth Guarantee trailblazers (£45m) for young people. Matched here to the Cambridgeshire and Peterborough ICB and the five London ICBs. The Liverpool City Region, West Midlands, Tees Valley, East Midlands and West of England trailblazers are not ICB footprints, so this directory does not match them by ICB: check locally. How to take part is decided locally.',
    referral: { self: false, professional: false, employer: false },
    coverage: { icbs: ['QUE', ...LONDON] },
    lastReviewed: REVIEWED,
    source: CMA_PROGRAMMES,
  },
];

/** The built-in directory: national services, the 15 WorkWell areas, and the national programmes. */
export const builtInServices: readonly BuiltInService[] = deepFreeze([...national, ...workwell, ...programmes]);
