// @ts-check
// Host strings that run script if anything ever renders them as markup: each sets `window.__pwned`.
import { CONTEXT } from '../data.js';

export const PAYLOADS = {
  patient: `<img src=x onerror="window.__pwned='patient name'">`,
  condition: `<img src=x onerror="window.__pwned='condition'">Back pain`,
  issuerName: `<script>window.__pwned='issuer name'</script>Dr Example`,
  issuerAddress: `<svg onload="window.__pwned='issuer address'"></svg>1 Example Street`,
  service: `<img src=x onerror="window.__pwned='service name'"> Work Hub`,
  description: `<iframe src="javascript:window.__pwned='service description'"></iframe>Support at work`,
  typed: `<img src=x onerror="window.__pwned='typed text'">`,
};

/** A service whose web address would run script: the picker must drop it. */
export const JAVASCRIPT_URL = `javascript:window.__pwned='service url'`;

export const hostileData = {
  patient: { name: PAYLOADS.patient, nhsNumber: '9990000042' },
  issuer: { name: PAYLOADS.issuerName, profession: 'doctor', address: PAYLOADS.issuerAddress },
  conditions: [{ display: PAYLOADS.condition }],
  context: CONTEXT,
  services: [
    {
      id: 'hostile-hub',
      name: PAYLOADS.service,
      category: 'employment-advice',
      description: PAYLOADS.description,
      referral: { self: false, professional: true, employer: false },
      coverage: { national: true },
      lastReviewed: '2026-01-15',
      source: 'Test data (fictional)',
    },
    {
      id: 'linked-hub',
      name: 'Linked Hub',
      category: 'employment-advice',
      url: JAVASCRIPT_URL,
      referral: { self: true, professional: false, employer: false },
      coverage: { national: true },
      lastReviewed: '2026-01-15',
    },
  ],
};
