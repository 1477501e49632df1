/**
 * The demo's dev server (`npm start`) and static build (`dist/demo`). The library builds (ES,
 * script-tag files) are configured in scripts/build.mjs, which runs Vite once per output. The
 * script-tag files are the demo's public folder, so `script-tag.html` loads the built file exactly as
 * a practice intranet page would; `npm start` builds them first.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./demo', import.meta.url));

export default defineConfig({
  root,
  base: './',
  publicDir: fileURLToPath(new URL('./dist/cdn', import.meta.url)),
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: fileURLToPath(new URL('./dist/demo', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      input: { index: `${root}/index.html`, 'script-tag': `${root}/script-tag.html` },
    },
  },
});
