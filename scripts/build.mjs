// Builds every output and prints its raw and gzip size:
//   dist/index.js, dist/model.js, …  ES modules for bundlers (lit, @floating-ui/dom, zod external)
//   dist/react.js                    React wrappers (react and @lit/react external)
//   dist/cdn/fit-note-widgets.js     classic script, global FitNoteWidgets, self-contained
//   dist/cdn/fit-note-widgets.mjs    one self-contained ES module
//   dist/types/                      type declarations
//   custom-elements.json             the Custom Elements Manifest, completed with the shared theme
//                                    properties and each event's detail type
//   dist/demo/                       the demo pages as static files
// `--cdn-only` builds just the script-tag files (what `npm start` needs first).
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { build } from 'vite';
import { transformSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const cdnOnly = process.argv.includes('--cdn-only');

const versionSource = readFileSync(join(root, 'src/version.ts'), 'utf8');
if (!versionSource.includes(`'${pkg.version}'`)) {
  console.error(`src/version.ts does not say ${pkg.version}, the version in package.json: update it.`);
  process.exit(1);
}

/** The public ES entries: file in dist/ → source. Entries that define elements are in `sideEffects`. */
const ENTRIES = {
  index: 'src/index.ts',
  model: 'src/model/index.ts',
  elements: 'src/elements/index.ts',
  'fit-note-form': 'src/fit-note-form.ts',
  'work-question-prompt': 'src/work-question-prompt.ts',
  'local-services-picker': 'src/local-services-picker.ts',
  react: 'src/react/index.ts',
};
const entries = Object.fromEntries(Object.entries(ENTRIES).filter(([, src]) => existsSync(join(root, src))).map(([k, v]) => [k, join(root, v)]));

const external = (id) => /^(lit|@lit|lit-html|lit-element|@floating-ui|zod|react|react-dom)(\/|$)/.test(id);
const common = { logLevel: 'warn', configFile: false, root };

async function buildEs() {
  await build({
    ...common,
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: { external, output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
}

async function buildCdn() {
  for (const format of ['iife', 'es']) {
    await build({
      ...common,
      plugins: [minifyTemplatesPlugin()],
      build: {
        outDir: join(dist, 'cdn'),
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: false,
        lib: {
          entry: join(root, 'src/index.ts'),
          name: 'FitNoteWidgets',
          formats: [format],
          fileName: () => (format === 'iife' ? 'fit-note-widgets.js' : 'fit-note-widgets.mjs'),
        },
        // Vite keeps whitespace in ES library output; the script-tag module is for browsers, so minify it fully.
        rolldownOptions: { output: { codeSplitting: false, minify: true } },
      },
    });
  }
  for (const name of ['fit-note-widgets.js', 'fit-note-widgets.mjs']) asciiOnly(join(dist, 'cdn', name));
}

/**
 * The script-tag files are pasted onto intranet pages saved as windows-1252 or with no charset,
 * where UTF-8 text ("“", "→", "·") would read as "â€œ". esbuild re-prints the file with every
 * non-ASCII character escaped (`\u201C`), which strings, templates and regular expressions all read
 * as the same character.
 */
function asciiOnly(file) {
  const { code } = transformSync(readFileSync(file, 'utf8'), { charset: 'ascii', minify: true, loader: 'js', target: 'es2022' });
  if ([...code].some((c) => c.charCodeAt(0) > 0x7f)) throw new Error(`${file} still holds non-ASCII characters`);
  writeFileSync(file, code);
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * What the analyzer cannot see: the theme properties every element shares are documented once, as
 * `@cssprop` lines in src/internal/styles.ts, and each event's detail type is declared in the
 * element's events.ts (`'name': CustomEvent<Detail>` in GlobalEventHandlersEventMap). Both are
 * copied into every element's entry; what an element documents itself is kept.
 */
const PLATFORM_EVENTS = new Set(['input', 'change']);

function completeManifest() {
  const file = join(root, 'custom-elements.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const shared = [...readFileSync(join(root, 'src/internal/styles.ts'), 'utf8').matchAll(/@cssprop (--fnw-[\w-]+) - (.+) \(default `([^`]+)`\)\.$/gm)].map(
    ([, name, description, value]) => ({ name, description: `${description}.`, default: value }),
  );
  const eventTypes = new Map();
  for (const path of files(join(root, 'src/elements')).filter((f) => f.endsWith('events.ts'))) {
    const map = readFileSync(path, 'utf8').match(/interface GlobalEventHandlersEventMap \{([^}]*)\}/)?.[1] ?? '';
    for (const [, name, type] of map.matchAll(/'([\w-]+)':\s*(CustomEvent<[^>]+>);/g)) eventTypes.set(name, type);
  }
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement)) {
    const own = declaration.cssProperties ?? [];
    declaration.cssProperties = [...own, ...shared.filter((p) => !own.some((o) => o.name === p.name))];
    for (const event of declaration.events ?? []) {
      if (!event.type && eventTypes.has(event.name)) event.type = { text: eventTypes.get(event.name) };
      // The platform's own events for framework bindings carry no detail.
      if (!event.type && PLATFORM_EVENTS.has(event.name)) event.type = { text: 'Event' };
    }
  }
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

function printSizes() {
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const skip = ['cdn', 'demo', 'types', 'storybook'].map((d) => join(dist, d) + sep);
  const rows = [
    join(dist, 'cdn/fit-note-widgets.js'),
    join(dist, 'cdn/fit-note-widgets.mjs'),
    ...files(dist).filter((f) => f.endsWith('.js') && !skip.some((s) => f.startsWith(s))).sort(),
    join(root, 'custom-elements.json'),
  ]
    .filter((f) => existsSync(f))
    .map((file) => {
      const raw = readFileSync(file);
      return [relative(root, file), kib(raw.length), kib(gzipSync(raw, { level: 9 }).length)];
    });
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\n${'output'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip -9'.padStart(10)}`);
  for (const [name, raw, gz] of rows) console.log(`${name.padEnd(width)}  ${raw.padStart(10)}  ${gz.padStart(10)}`);
}

if (cdnOnly) {
  rmSync(join(dist, 'cdn'), { recursive: true, force: true });
  await buildCdn();
} else {
  rmSync(dist, { recursive: true, force: true });
  await buildEs();
  await buildCdn();
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  // The analyzer rewrites package.json's "customElements" to its output folder; '.' keeps it at the root.
  execFileSync(
    join(root, 'node_modules/.bin/cem'),
    ['analyze', '--litelement', '--globs', 'src/elements/**/*.ts', '--outdir', '.', '--quiet'],
    { stdio: 'inherit', cwd: root },
  );
  completeManifest();
  await build({ logLevel: 'warn', configFile: join(root, 'vite.config.ts') });
}
printSizes();
