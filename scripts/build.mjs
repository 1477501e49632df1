// Builds every output and prints its raw and gzip size:
//   dist/index.js, dist/model.js …   ES modules for bundlers (lit, @floating-ui/dom, zod external)
//   dist/cdn/fit-note-widgets.js     classic script, global FitNoteWidgets, self-contained
//   dist/cdn/fit-note-widgets.mjs    one self-contained ES module
//   dist/types/                      type declarations
//   custom-elements.json             the Custom Elements Manifest
//   dist/demo/                       the demo pages as static files
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const versionSource = readFileSync(join(root, 'src/version.ts'), 'utf8');
if (!versionSource.includes(`'${pkg.version}'`)) {
  console.error(`src/version.ts does not say ${pkg.version}, the version in package.json: update it.`);
  process.exit(1);
}

/** The public ES entries: name in dist/ → source. */
export const ENTRIES = {
  index: 'src/index.ts',
  model: 'src/model/index.ts',
};

const external = (id) => /^(lit|@lit|lit-html|lit-element|@floating-ui|zod)(\/|$)/.test(id);
const quiet = { logLevel: 'warn', configFile: false, root };

rmSync(dist, { recursive: true, force: true });

await build({
  ...quiet,
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, join(root, v)])), formats: ['es'] },
    rolldownOptions: { external, output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});

for (const format of ['iife', 'es']) {
  await build({
    ...quiet,
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

execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
execFileSync(
  join(root, 'node_modules/.bin/cem'),
  ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/model/**', '--outdir', '.', '--quiet'],
  { stdio: 'inherit', cwd: root },
);

await build({ logLevel: 'warn', configFile: join(root, 'vite.config.ts') });

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const rows = [
  ...['cdn/fit-note-widgets.js', 'cdn/fit-note-widgets.mjs'].map((f) => join(dist, f)),
  ...files(dist).filter((f) => !f.includes(`${join('dist', 'cdn')}`) && !f.includes(join('dist', 'demo')) && !f.includes(join('dist', 'types')) && f.endsWith('.js')),
  join(root, 'custom-elements.json'),
].map((file) => {
  const raw = readFileSync(file);
  return [relative(root, file), kib(raw.length), kib(gzipSync(raw, { level: 9 }).length)];
});
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`\n${'output'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
for (const [name, raw, gz] of rows) console.log(`${name.padEnd(width)}  ${raw.padStart(10)}  ${gz.padStart(10)}`);
