/**
 * Test and benchmark data: a deterministic generator of valid services (fictional names, no contact
 * details), and a few hand-written host entries. Shared by the tests and `npm run bench`.
 */
import { ICBS_2023 } from '../../../src/data/icbs.js';
import { SERVICE_CATEGORIES, type Service } from '../../../src/model/schemas.js';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Ashford', 'Barnfield', 'Castleton', 'Dunmore', 'Eastwick', 'Fairley', 'Glenbrook', 'Hollins', 'Ivybridge', 'Kingsmere', 'Larkhill', 'Millbrook', 'Northgate', 'Oakham', 'Penrose', 'Queensbury', 'Riverside', 'Southfield', 'Thornbury', 'Upton'];
const KINDS = ['Work and Health Hub', 'Back to Work Service', 'Wellbeing Service', 'Recovery Clinic', 'Employment Support', 'Community Project', 'Advice Centre', 'Coaching Service', 'Active Health Scheme', 'Talking Space'];
const NEEDS = ['back pain', 'anxiety', 'depression', 'long covid', 'arthritis', 'heart conditions', 'stress at work', 'debt', 'housing', 'fatigue', 'sleep problems', 'joint injuries'];

/** `count` valid services: about 1 in 10 national, the rest covering one or two 2023 ICBs. */
export function generateServices(count: number, seed = 1): Service[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out: Service[] = [];
  for (let i = 0; i < count; i += 1) {
    const national = next() < 0.1;
    const icbs = [pick(ICBS_2023).odsCode];
    if (next() < 0.3) icbs.push(pick(ICBS_2023).odsCode);
    const need = pick(NEEDS);
    const self = next() < 0.5;
    out.push({
      id: `gen-${seed}-${i}`,
      name: `${pick(PLACES)} ${pick(KINDS)} ${i}`,
      category: pick(SERVICE_CATEGORIES),
      description: `Support for people with ${need} who want to stay in or return to work.`,
      eligibility: `Adults living with ${need}.`,
      referral: { self, professional: !self || next() < 0.5, employer: next() < 0.2 },
      coverage: national ? { national: true } : { icbs: [...new Set(icbs)] },
      lastReviewed: `202${4 + Math.floor(next() * 3)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
      source: 'Generated test data (fictional)',
    });
  }
  return out;
}

/** A valid host entry; `overrides` changes any field. */
export function hostService(overrides: Partial<Service> & Record<string, unknown> = {}): Service {
  return {
    id: 'host-1',
    name: 'Riverside Work and Health Hub (fictional)',
    category: 'employment-advice',
    description: 'Fictional test service.',
    eligibility: 'Adults registered with a practice in the area.',
    referral: { self: false, professional: true, employer: false },
    coverage: { icbs: ['QHL'] },
    odsCode: 'X99999',
    lastReviewed: '2026-06-01',
    source: 'Test data (fictional)',
    ...overrides,
  } as Service;
}
