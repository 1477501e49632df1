// A host's site for the end-to-end tests, made in a fresh temporary folder: files copied as a host
// would deploy them, host apps bundled with esbuild, served on 127.0.0.1. Bundles import
// `fit-note-widgets` by its package name, which esbuild resolves through the package's own
// `exports` map to the built files in dist/, exactly as in a host's project.
import { build } from 'esbuild';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectRoot } from '../browser.mjs';
import { serve } from '../../../scripts/static-server.mjs';

/** Bundles a host app (JS, JSX) to `outfile` as a production build. */
export async function bundle(entry, outfile) {
  await build({
    entryPoints: [resolve(projectRoot, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'silent',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    // Vue's full build: its template compiler reads `isCustomElement` at run time.
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  });
}

/**
 * `files`: path in the site → file in the project to copy; `bundles`: path in the site → host app
 * to bundle; `headers(path)`: extra response headers (a Content-Security-Policy, say).
 */
export async function hostSite({ files = {}, bundles = {}, headers } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'fnw-host-'));
  for (const [to, from] of Object.entries(files)) await cp(resolve(projectRoot, from), join(dir, to));
  for (const [to, entry] of Object.entries(bundles)) await bundle(entry, join(dir, to));
  const server = await serve(dir, headers ? { headers } : {});
  return {
    dir,
    url: (path = '/') => `${server.url}${path}`,
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
