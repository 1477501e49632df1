// The React wrappers against custom-elements.json: every event an element documents (`@fires`), and
// every event of an element it contains, has its callback prop, named `on` + the event name in
// PascalCase (the platform's input and change excepted); no callback names an event that is not documented. Needs the manifest from `npm run build`, so it
// runs with the end-to-end tests (test/e2e/embed.test.mjs imports it), or alone:
// `node --test test/react/wrappers.test.mjs`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}/custom-elements.json`, 'utf8'));
const elements = new Map(
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => [d.tagName, d]),
);
/**
 * The library's own events. `input` and `change` are the platform's (for framework form bindings):
 * React has its own onChange and onInput for those, so the wrappers add no callback for them.
 */
const PLATFORM = new Set(['input', 'change']);
const manifestEvents = (tag) => (elements.get(tag)?.events ?? []).map((e) => e.name).filter((n) => !PLATFORM.has(n)).sort();

/** src/react/events.ts, compiled on its own: it needs no React at run time. */
async function loadWrapperEvents() {
  const out = await build({ entryPoints: [`${root}/src/react/events.ts`], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const pascalProp = (event) => `on${event.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;

describe('React wrappers (fit-note-widgets/react) match custom-elements.json', async () => {
  const { WRAPPED, formEvents, promptEvents, pickerEvents, reactEventProp } = await loadWrapperEvents();
  const propsByTag = { 'fit-note-form': formEvents, 'work-question-prompt': promptEvents, 'local-services-picker': pickerEvents };

  it('wraps exactly the elements the manifest lists', () => {
    assert.deepEqual(Object.keys(WRAPPED).sort(), [...elements.keys()].sort());
  });

  for (const tag of ['fit-note-form', 'work-question-prompt', 'local-services-picker']) {
    it(`<${tag}>: one callback per documented event, and only those`, () => {
      const documented = manifestEvents(tag);
      assert.ok(documented.length > 0, `the manifest lists events for <${tag}>`);
      for (const event of WRAPPED[tag].events) assert.ok(documented.includes(event), `<${tag}> documents ${event}`);
      const expected = [...new Set([...documented, ...WRAPPED[tag].contains.flatMap(manifestEvents)])].sort();
      const props = propsByTag[tag];
      assert.deepEqual(Object.values(props).sort(), expected, 'its documented events and those of the elements it contains');
      for (const [prop, event] of Object.entries(props)) assert.equal(prop, pascalProp(event));
    });
  }

  it('names callbacks as React does: fit-note-submit → onFitNoteSubmit', () => {
    assert.equal(reactEventProp('fit-note-submit'), 'onFitNoteSubmit');
    assert.equal(reactEventProp('local-services-error'), 'onLocalServicesError');
  });
});
