// `npm run bench`: sizes against budgets and the dependency floor, rendering times against a plain
// custom element, the service picker with directories of 1,000 to 100,000 services, and the
// consultation's interaction counts on the built demo. Each part
// prints a table with its baseline measured in the same run. Nothing here is asserted by the tests.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

execFileSync('node', [fileURLToPath(new URL('./build.mjs', import.meta.url)), '--cdn-only'], { stdio: ['ignore', 'ignore', 'inherit'] });
for (const part of ['sizes', 'render', 'picker', 'consultation']) {
  execFileSync('node', [fileURLToPath(new URL(`./bench/${part}.mjs`, import.meta.url))], { stdio: 'inherit' });
}
