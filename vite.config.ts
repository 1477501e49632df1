/**
 * The demo's dev server (`npm start`) and static build. The library builds (ES, script-tag files)
 * are configured in scripts/build.mjs, which runs Vite once per output.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./demo', import.meta.url));

export default defineConfig({
  root,
  base: './',
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: fileURLToPath(new URL('./dist/demo', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      input: { index: `${root}/index.html` },
    },
  },
});
