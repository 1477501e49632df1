// Finds the Chrome or Chromium that the tests drive. Order: CHROME_PATH, then the usual install
// locations. On a Debian-like machine where we are root and none is found, Debian's `chromium` is
// installed; anywhere else we stop with one line that says what to install.
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags Chromium needs here: root needs --no-sandbox; the networking flags stop it calling home. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function isDebianLike() {
  try {
    return /debian|ubuntu/i.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function fail(line) {
  console.error(line);
  process.exit(1);
}

let found;

export function findChrome() {
  if (found) return found;
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) fail(`CHROME_PATH is set to ${fromEnv}, which does not exist: point it at a Chrome or Chromium executable.`);
    return (found = fromEnv);
  }
  const hit = CANDIDATES.find((p) => existsSync(p));
  if (hit) return (found = hit);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebianLike() && isRoot) {
    console.error('No Chrome or Chromium found: installing Debian\'s chromium package (about 30 s).');
    execSync('apt-get update -qq && apt-get install -y -qq chromium', {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return (found = '/usr/bin/chromium');
  }
  fail('No Chrome or Chromium found: install Google Chrome or Chromium, or set CHROME_PATH to its executable.');
}
