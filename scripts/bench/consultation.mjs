// The ten-minute consultation on the built demo, counted as the end-to-end tests count it
// (test/e2e/consultation-paths.mjs): interactions = clicks + key presses, plus one for each text field
// typed into. The "before" column was measured on the demo before the consultation redesign.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startBrowser } from '../../test/e2e/browser.mjs';
import { BEFORE, TARGETS, measureAll } from '../../test/e2e/consultation-paths.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
if (!existsSync(`${root}/dist/demo/index.html`)) execFileSync('node', [`${root}/scripts/build.mjs`], { stdio: ['ignore', 'ignore', 'inherit'] });

const env = await startBrowser();
let now;
try {
  now = await measureAll(env);
} finally {
  await env.close();
}

const rows = [
  ['(a) may be fit: condition, a template, review answer, one referral with consent, confirm', 'mayBeFit'],
  ['(b) not fit: condition, not fit, 2 weeks, review answer, confirm', 'notFit'],
  ['(a) minus (b)', 'difference'],
  ['(a) without the referral, minus (b)', 'differenceWithoutReferral'],
  ['(b) keyboard only, key presses', 'keyboardNotFit'],
  ["Confirm's bottom edge, 1280×800, compact, work question collapsed (px)", 'confirmBottom'],
];
console.log('\nThe consultation on the built demo (interactions = clicks + key presses + text fields typed into)');
console.log('| path | before | now | target | met |');
console.log('|---|---|---|---|---|');
for (const [label, key] of rows) {
  const met = now[key] <= TARGETS[key] ? 'yes' : 'no';
  console.log(`| ${label} | ${BEFORE[key].toLocaleString('en-GB')} | ${now[key].toLocaleString('en-GB')} | ≤ ${TARGETS[key].toLocaleString('en-GB')} | ${met} |`);
}
console.log(`first field to touch (the condition) at ${now.firstField} px (the fold is 800); sideways scroll at 400 px: ${now.sidewaysAt400 ? 'yes' : 'no'}`);
