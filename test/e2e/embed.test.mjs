// Embedding anywhere: a React app, a Vue app and the README's script-tag page, each through the
// built package, each completing a note and a referral; two copies on one page; the published
// types; custom-elements.json; themes (NHS.UK default, custom properties, forced colours, the
// host's font).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowser, projectRoot } from './browser.mjs';
import { hostSite } from './hosts/site.mjs';
import { answerWorkQuestion, assertReferralDetail, assertSubmitDetail, completeNote, createReferral, pageToday, received } from './hosts/consultation.mjs';
import './../react/wrappers.test.mjs';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');


/** Every fenced block of `lang` in the README section under `heading`, up to the next heading. */
function readmeBlocks(heading, lang) {
  const at = readme.indexOf(`\n${heading}\n`);
  assert.ok(at >= 0, `README.md has a "${heading}" section`);
  const rest = readme.slice(at + heading.length + 2);
  const section = rest.slice(0, rest.search(/\n#{2,3} /) >>> 0);
  return [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}

let env;
before(async () => (env = await startBrowser()));
after(async () => env?.close());

describe('each host kind, through the built package', () => {
  it('a React app: typed wrappers set patient, conditions and context; callbacks get fit-note-submit and fit-note-referral', async () => {
    const site = await hostSite({ files: { 'index.html': 'test/e2e/hosts/react/index.html' }, bundles: { 'app.js': 'test/e2e/hosts/react/app.jsx' } });
    const page = await env.page();
    try {
      await page.goto(site.url('/'));
      const today = await pageToday(page);
      await answerWorkQuestion(page.locator('#prompt'));
      assert.deepEqual((await received(page, 'work-question-complete')).adjustments, ['phasedReturn']);

      const form = page.locator('#form');
      await completeNote(form);
      assertSubmitDetail(await received(page, 'fit-note-submit'), { today });
      await form.getByText(/Saved to the record/).waitFor();

      await createReferral(page.locator('#picker'));
      assertReferralDetail(await received(page, 'fit-note-referral'));
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
      await site.close();
    }
  });

  it('a Vue app: properties bound with .prop, events with @; gets fit-note-submit and fit-note-referral', async () => {
    const site = await hostSite({ files: { 'index.html': 'test/e2e/hosts/vue/index.html' }, bundles: { 'app.js': 'test/e2e/hosts/vue/app.js' } });
    const page = await env.page();
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    try {
      await page.goto(site.url('/'));
      const today = await pageToday(page);
      const form = page.locator('#form');
      await completeNote(form);
      assertSubmitDetail(await received(page, 'fit-note-submit'), { today });
      await form.getByText(/Saved to the record/).waitFor();

      await createReferral(page.locator('#picker'));
      assertReferralDetail(await received(page, 'fit-note-referral'));
      assert.deepEqual(page.errors, []);
      assert.deepEqual(warnings, [], 'Vue resolves no component for the tags, and the elements report nothing');
      assert.equal(await page.locator('fit-note-form').getAttribute('patient'), null, 'patient data never becomes an attribute');
    } finally {
      await page.close();
      await site.close();
    }
  });
  it('a Vue app binds the form with v-model: typing and choices reach the bound note, and the host\'s note reaches the form', async () => {
    const site = await hostSite({ files: { 'index.html': 'test/e2e/hosts/vue-model/index.html' }, bundles: { 'app.js': 'test/e2e/hosts/vue-model/app.js' } });
    const page = await env.page();
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    try {
      await page.goto(site.url('/'));
      const form = page.locator('#form');
      await form.getByRole('textbox', { name: /functional effects/i }).fill('Can do desk work.');
      await page.locator('#bound-comments').getByText('Can do desk work.').waitFor();
      await form.getByRole('radio', { name: /not fit for work/i }).check();
      await page.locator('#bound-fitness').getByText('not-fit').waitFor();
      await form.getByRole('radio', { name: /may be fit for work/i }).check();
      await page.locator('#bound-fitness').getByText('may-be-fit').waitFor();
      await page.locator('#restore').click();
      await page.waitForFunction(() => document.querySelector('#form')?.shadowRoot?.querySelector('#comments')?.value === 'Restored by the host.');
      assert.equal(await form.getByRole('textbox', { name: /functional effects/i }).inputValue(), 'Restored by the host.');
      assert.equal(await form.getByRole('radio', { name: /not fit for work/i }).isChecked(), true);
      assert.deepEqual(page.errors, []);
      assert.deepEqual(warnings, [], 'v-model sets no unusable value (its first empty value is no value)');
    } finally {
      await page.close();
      await site.close();
    }
  });
});


describe("README's script-tag page, pasted into a blank file", () => {
  it('works as written next to fit-note-widgets.js: the note is saved and acknowledged, a referral is heard', async () => {
    const site = await hostSite({ files: { 'fit-note-widgets.js': 'dist/cdn/fit-note-widgets.js' } });
    writeFileSync(join(site.dir, 'index.html'), readmeBlocks('### Script tag', 'html')[0]);
    const page = await env.page();
    const logged = [];
    const missing = [];
    page.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
    page.on('response', (r) => r.status() === 404 && missing.push(new URL(r.url()).pathname));
    // Only to read what the page's own listeners were given: the page itself is left as written.
    await page.addInitScript(() => {
      window.received = [];
      for (const type of ['fit-note-submit', 'fit-note-referral']) document.addEventListener(type, (e) => window.received.push({ type, detail: e.detail }));
    });
    try {
      await page.goto(site.url('/'));
      const today = await pageToday(page);
      const form = page.locator('fit-note-form');
      await completeNote(form);
      const snippet = {
        patient: { name: 'Chris Example', nhsNumber: '9990000042', dateOfBirth: '1975-07-30' },
        issuer: { name: 'Nurse Jo Sample', profession: 'nurse' },
        context: { patientId: 'patient-123', userId: 'user-789' },
      };
      assertSubmitDetail(await received(page, 'fit-note-submit'), { today, ...snippet });
      await form.getByText(/Saved to the record/).waitFor();
      assert.ok(logged.some((l) => l.startsWith('log: Fit note') && l.includes('Low back pain')), "the page's save ran");

      // The form embeds its picker with issue 6; a picker of the page's own hears the same listener.
      await page.evaluate(({ conditions, context }) => {
        const picker = Object.assign(document.createElement('local-services-picker'), { id: 'picker', conditions, context });
        picker.setAttribute('icb', 'QOP');
        document.body.append(picker);
      }, { conditions: (await import('./hosts/data.js')).CONDITIONS, context: snippet.context });
      await createReferral(page.locator('#picker'));
      assertReferralDetail(await received(page, 'fit-note-referral'), { context: snippet.context });
      assert.ok(logged.some((l) => l.startsWith('log: Referral to WorkWell Greater Manchester')));
      // A blank page has no icon, so the browser may ask for /favicon.ico: that 404 is not the page's.
      assert.deepEqual(missing.filter((path) => path !== '/favicon.ico'), []);
      assert.deepEqual(page.errors.filter((e) => !e.includes('status of 404')), []);
      assert.deepEqual(logged.filter((l) => l.startsWith('warning')), []);
    } finally {
      await page.close();
      await site.close();
    }
  });
});

describe('two copies on one page', () => {
  const files = {
    'same-version.html': 'test/e2e/hosts/two-copies/same-version.html',
    'other-version.html': 'test/e2e/hosts/two-copies/other-version.html',
    'fit-note-widgets.js': 'dist/cdn/fit-note-widgets.js',
    'fit-note-widgets.mjs': 'dist/cdn/fit-note-widgets.mjs',
  };
  const bundles = { 'npm-app.js': 'test/e2e/hosts/two-copies/npm-app.js' };
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));

  async function open(site, path) {
    const page = await env.page();
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(site.url(path));
    await page.waitForFunction(() => window.npmCopy);
    return Object.assign(page, { warnings });
  }

  it('the script tag, an npm bundle and the script-tag module of one version: no throw, no warning, the form works', async () => {
    const site = await hostSite({ files, bundles });
    const page = await open(site, '/same-version.html');
    try {
      assert.equal(await page.evaluate(() => window.FitNoteWidgets.VERSION), version);
      assert.equal(await page.evaluate(() => window.npmCopy), version);
      await completeNote(page.locator('#form'));
      assertSubmitDetail(await received(page, 'fit-note-submit'), { today: await pageToday(page) });
      assert.deepEqual(page.errors, []);
      assert.deepEqual(page.warnings, []);
    } finally {
      await page.close();
      await site.close();
    }
  });

  it('another version first: no throw, its elements stay, and the later copies warn once for the page', async () => {
    const site = await hostSite({ files, bundles });
    const code = readFileSync(join(projectRoot, 'dist/cdn/fit-note-widgets.js'), 'utf8');
    // The minifier prints the version as a string literal, quoted one way or another.
    const literal = [`"${version}"`, `'${version}'`, `\`${version}\``].find((l) => code.includes(l));
    assert.ok(literal, 'the built file holds its version');
    writeFileSync(join(site.dir, 'other-version.js'), code.replaceAll(literal, '"0.0.1-other"'));
    const page = await open(site, '/other-version.html');
    try {
      assert.equal(await page.evaluate(() => window.FitNoteWidgets.VERSION), '0.0.1-other');
      await completeNote(page.locator('#form'));
      await received(page, 'fit-note-submit');
      assert.deepEqual(page.errors, []);
      assert.equal(page.warnings.length, 1, `one warning for the page from the two later copies, nothing else: ${page.warnings.join(' | ')}`);
      assert.match(page.warnings[0], new RegExp(`^\\[fit-note-widgets\\] version 0\\.0\\.1-other already defined the elements on this page \\(<[a-z-]+> among them\\); version ${version.replaceAll('.', '\\.')} was not defined again`));
    } finally {
      await page.close();
      await site.close();
    }
  });
});

describe('the npm entries, as a bundler sees them', () => {
  const TAGS = ['fit-note-form', 'work-question-prompt', 'local-services-picker'];
  const cases = [
    ['model', [], false],
    ['elements', [], true],
    ['work-question-prompt', ['work-question-prompt'], true],
    ['local-services-picker', ['local-services-picker'], true],
    ['fit-note-form', TAGS, true],
  ];

  it('each entry defines what package.json says and no more; the model loads no Lit', async () => {
    const bundles = Object.fromEntries(cases.map(([entry]) => [`${entry}.js`, `test/e2e/hosts/entries/${entry}.js`]));
    const site = await hostSite({ files: { 'index.html': 'test/e2e/hosts/entries/blank.html' }, bundles });
    try {
      for (const [entry, defines, lit] of cases) {
        const page = await env.page();
        await page.goto(site.url('/'));
        await page.addScriptTag({ url: `/${entry}.js`, type: 'module' });
        const seen = await page.evaluate((tags) => ({
          exported: window.exported.length,
          defined: tags.filter((t) => customElements.get(t)),
          lit: Array.isArray(window.litElementVersions),
        }), TAGS);
        assert.ok(seen.exported > 0, `${entry} exports something`);
        assert.deepEqual(seen.defined, defines, `fit-note-widgets/${entry} defines ${defines.join(', ') || 'nothing'}`);
        assert.equal(seen.lit, lit, `fit-note-widgets/${entry} ${lit ? 'loads' : 'does not load'} Lit`);
        assert.deepEqual(page.errors, []);
        await page.close();
      }
    } finally {
      await site.close();
    }
  });
});

describe('the published types', () => {
  it('type-check a TypeScript host, the React and Vue hosts and the README examples against dist/types', () => {
    // Inside the package, so `fit-note-widgets` resolves by its own name through the exports map,
    // exactly as from a host's node_modules. skipLibCheck is off: the declarations are checked too.
    mkdirSync(join(projectRoot, '.test-results'), { recursive: true });
    const dir = mkdtempSync(join(projectRoot, '.test-results', 'types-'));
    try {
      const snippets = [
        ...readmeBlocks('### npm and TypeScript', 'ts').map((code) => ['ts', code]),
        ...readmeBlocks('### React', 'tsx').map((code) => ['tsx', code]),
        ...readmeBlocks('### Passing a host directory or provider', 'ts').map((code) => ['ts', code]),
      ];
      assert.equal(snippets.length, 4, 'the README has the four TypeScript examples this test knows');
      const files = snippets.map(([ext, code], i) => {
        const file = join(dir, `readme-${i + 1}.${ext}`);
        writeFileSync(file, code);
        return file;
      });
      const hosts = ['react/app.jsx', 'vue/app.js', 'vue-model/app.js'].map((f) => join(projectRoot, 'test/e2e/hosts', f));
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            jsx: 'react-jsx',
            strict: true,
            noEmit: true,
            allowJs: true,
            checkJs: true,
            skipLibCheck: false,
            types: [],
          },
          files: [...files, ...hosts],
        }),
      );
      try {
        execFileSync(join(projectRoot, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        assert.fail(`tsc found errors:\n${error.stdout}${error.stderr}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('name no lit-html internals, only the packages a host installs with this one', () => {
    const imported = new Set();
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else for (const [, spec] of readFileSync(path, 'utf8').matchAll(/(?:from |import\()\s*['"]([^'"]+)['"]/g)) if (!spec.startsWith('.')) imported.add(spec);
      }
    };
    walk(join(projectRoot, 'dist/types'));
    const { dependencies, peerDependencies } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    // `fhir/r4` is the types-only package @types/fhir, a dependency.
    const installed = [...Object.keys(dependencies), ...Object.keys(peerDependencies), 'fhir'];
    for (const spec of imported) {
      assert.doesNotMatch(spec, /^lit-html|^lit-element|^@lit\/reactive-element/, `${spec} is a lit internal`);
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      assert.ok(installed.includes(pkg), `${spec} comes from a package hosts install with fit-note-widgets`);
    }
  });
});

describe('custom-elements.json', () => {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  const shared = [...readFileSync(join(projectRoot, 'src/internal/styles.ts'), 'utf8').matchAll(/@cssprop (--fnw-[\w-]+) - .+ \(default `([^`]+)`\)\.$/gm)];

  it('lists the three elements, each property, attribute, event (with its detail type), part and CSS property described', () => {
    assert.deepEqual(elements.map((d) => d.tagName).sort(), ['fit-note-form', 'local-services-picker', 'work-question-prompt']);
    for (const d of elements) {
      const publicMembers = (d.members ?? []).filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !m.name.startsWith('_'));
      for (const m of [...publicMembers, ...(d.attributes ?? [])]) assert.ok(m.description, `<${d.tagName}> ${m.name} has a description`);
      assert.ok(d.events?.length, `<${d.tagName}> lists its events`);
      for (const e of d.events) {
        assert.ok(e.description, `<${d.tagName}> ${e.name} has a description`);
        const platform = e.name === 'input' || e.name === 'change';
        assert.match(e.type?.text ?? '', platform ? /^Event$/ : /^CustomEvent<\w+>$/, `<${d.tagName}> ${e.name} has its detail type`);
      }
      for (const p of [...(d.cssParts ?? []), ...(d.cssProperties ?? []), ...(d.slots ?? [])]) assert.ok(p.description, `<${d.tagName}> ${p.name} has a description`);
    }
  });

  it("gives every element the shared theme properties, with their defaults", () => {
    assert.ok(shared.length >= 30);
    for (const d of elements) {
      for (const [, name, value] of shared) {
        const prop = d.cssProperties.find((p) => p.name === name);
        assert.ok(prop, `<${d.tagName}> lists ${name}`);
        if (prop.default !== undefined) assert.equal(prop.default, value);
      }
    }
  });

  it('documents every part the templates use, on the element that has it', () => {
    for (const d of elements) {
      const dir = join(projectRoot, 'src/elements', d.tagName);
      const used = new Set(readdirSync(dir).filter((f) => f.endsWith('.ts')).flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/\bpart="([\w-]+)"/g)].map((m) => m[1])));
      assert.ok(used.size > 0);
      assert.deepEqual([...used].filter((p) => !d.cssParts?.some((c) => c.name === p)), [], `<${d.tagName}> documents each part with @csspart`);
    }
  });
});

describe('themes', () => {
  const styleFiles = [
    'src/internal/styles.ts',
    ...['fit-note-form', 'local-services-picker', 'work-question-prompt'].map((t) => `src/elements/${t}/${t}.styles.ts`),
  ];

  /** Colours, radii, fonts and spacing written into the styles instead of read from a custom property. */
  function hardCoded(source) {
    const found = [];
    for (const [, block] of source.matchAll(/css`([\s\S]*?)`/g)) {
      for (const [, prop, raw] of block.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g)) {
        const value = raw.trim();
        if (prop.startsWith('--')) continue; // the tokens themselves: `--_x: var(--fnw-x, default)`
        if (/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklch|color)\(|\b(?:white|black|red|green|blue|yellow|grey|gray|orange|purple|pink)\b/i.test(value)) found.push(`${prop}: ${value}`);
        else if (/radius/.test(prop) && !value.includes('var(--_')) found.push(`${prop}: ${value}`);
        else if ((prop === 'font-family' || prop === 'font') && !/^(?:var\(--_font\)|inherit)$/.test(value)) found.push(`${prop}: ${value}`);
        else if (prop === 'font-size' && /\dpx/.test(value)) found.push(`${prop}: ${value}`);
        else if (/^(?:margin|padding)(?:-[a-z-]+)?$|^(?:row-|column-)?gap$/.test(prop) && /\d(?:px|r?em)\b/.test(value) && !value.includes('var(--_space)')) found.push(`${prop}: ${value}`);
      }
    }
    return found;
  }

  it('every colour, font, radius and spacing in the styles comes from a --fnw-* custom property', () => {
    for (const file of styleFiles) assert.deepEqual(hardCoded(readFileSync(join(projectRoot, file), 'utf8')), [], file);
  });

  it('(the check above finds what it looks for)', () => {
    const sample = 'css`.a { color: #fff; border-radius: 3px; font-family: Arial; padding: 4px 8px; gap: calc(var(--_space) * 2); }`';
    assert.deepEqual(hardCoded(sample), ['color: #fff', 'border-radius: 3px', 'font-family: Arial', 'padding: 4px 8px']);
  });

  it('docs/theming.md lists every --fnw-* property the code reads, with its default, and every part', () => {
    const doc = readFileSync(join(projectRoot, 'docs/theming.md'), 'utf8');
    const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const used = new Set(walk(join(projectRoot, 'src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/var\((--fnw-[\w-]+)/g)].map((m) => m[1])));
    const documented = new Set([...doc.matchAll(/^\| `(--fnw-[\w-]+)` \|/gm)].map((m) => m[1]));
    assert.deepEqual([...used].sort(), [...documented].sort());
    for (const [, name, value] of readFileSync(join(projectRoot, 'src/internal/styles.ts'), 'utf8').matchAll(/@cssprop (--fnw-[\w-]+) - .+ \(default `([^`]+)`\)\.$/gm)) {
      assert.ok(doc.includes(`| \`${name}\` | \`${value}\` |`), `${name} is listed with its default ${value}`);
    }
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'custom-elements.json'), 'utf8'));
    for (const d of manifest.modules.flatMap((m) => m.declarations ?? []).filter((x) => x.customElement)) {
      for (const part of d.cssParts ?? []) assert.match(doc, new RegExp(`\\| \`${part.name}\` \\|`), `<${d.tagName}>::part(${part.name}) is listed`);
    }
  });

  async function themingPage(options = {}) {
    const page = await env.page();
    if (options.forcedColors) await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(env.url('/test/e2e/hosts/theming/index.html'));
    await page.locator('#default-font fit-note-form').getByRole('button', { name: /^Confirm fit note/ }).waitFor();
    return page;
  }

  const confirmStyle = (form, props) =>
    form.getByRole('button', { name: /^Confirm fit note/ }).evaluate((el, names) => Object.fromEntries(names.map((n) => [n, getComputedStyle(el).getPropertyValue(n)])), props);

  it('looks like NHS.UK by default, and follows the custom properties a host sets', async () => {
    const page = await themingPage();
    try {
      const form = page.locator('#default-font fit-note-form');
      assert.deepEqual(await confirmStyle(form, ['background-color', 'color', 'font-family', 'border-radius', 'padding-left']), {
        'background-color': 'rgb(0, 127, 59)',
        color: 'rgb(255, 255, 255)',
        'font-family': '"Frutiger W01", Arial, sans-serif',
        'border-radius': '4px',
        'padding-left': '16px',
      });
      await page.locator('#default-font fit-note-form').evaluate((el) => {
        el.style.setProperty('--fnw-color-primary', 'rgb(1, 2, 3)');
        el.style.setProperty('--fnw-color-button-text', 'rgb(250, 250, 250)');
        el.style.setProperty('--fnw-radius', '9px');
        el.style.setProperty('--fnw-space', '10px');
      });
      assert.deepEqual(await confirmStyle(form, ['background-color', 'color', 'border-radius', 'padding-left']), {
        'background-color': 'rgb(1, 2, 3)',
        color: 'rgb(250, 250, 250)',
        'border-radius': '9px',
        'padding-left': '20px',
      });
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });

  it("takes the host's font when asked: --fnw-font-family by name, or font-family: inherit, nested elements included", async () => {
    const page = await themingPage();
    try {
      const fonts = await page.evaluate(() => {
        const font = (el) => getComputedStyle(el).fontFamily;
        const inside = (host, selector) => host.shadowRoot.querySelector(selector);
        const [def, named, inherited] = ['#default-font', '#named-font', '#host-font'].map((s) => document.querySelector(`${s} fit-note-form`));
        const nested = [...inherited.shadowRoot.querySelectorAll('work-question-prompt, local-services-picker')];
        return {
          page: font(document.body),
          default: font(inside(def, '#confirm')),
          named: font(inside(named, '#confirm')),
          inherited: [font(inside(inherited, '#confirm')), font(inside(inherited, 'input[type="text"]')), font(inside(inherited, 'h2'))],
          picker: font(inside(document.querySelector('#host-font local-services-picker'), 'h2')),
          nested: nested.map((el) => `${el.localName}: ${font(inside(el, 'h2'))}`),
        };
      });
      assert.equal(fonts.page, '"Courier New", monospace');
      assert.equal(fonts.default, '"Frutiger W01", Arial, sans-serif');
      assert.equal(fonts.named, 'Georgia, serif');
      assert.deepEqual(fonts.inherited, Array(3).fill(fonts.page), 'buttons, inputs and headings take the page font');
      assert.equal(fonts.picker, fonts.page);
      assert.ok(fonts.nested.length > 0, 'the form contains the prompt and picker (CONTRACT.md)');
      assert.deepEqual(fonts.nested, fonts.nested.map((n) => `${n.split(':')[0]}: ${fonts.page}`), 'and they take the form font');
    } finally {
      await page.close();
    }
  });

  it("docs/theming.md's dark theme passes axe's colour-contrast check (WCAG 2.2 AA), pressed states included", async () => {
    const doc = readFileSync(join(projectRoot, 'docs/theming.md'), 'utf8');
    const css = doc.slice(doc.indexOf('## A dark theme')).match(/```css\n([\s\S]*?)```/)[1];
    const page = await themingPage();
    try {
      await page.addStyleTag({ content: `${css}\nbody { background: #1d2327; color: #f0f4f5; }` });
      const form = page.locator('#default-font fit-note-form');
      await form.getByRole('button', { name: '2 weeks', exact: true }).click();
      const hostPicker = page.locator('#host-font local-services-picker').first();
      await hostPicker.getByRole('button', { name: /^Filter/ }).click();
      await hostPicker.getByRole('button', { name: /^WorkWell/ }).first().click();
      assert.equal(await form.getByRole('button', { name: '2 weeks', exact: true }).getAttribute('aria-pressed'), 'true');
      assert.equal(await confirmStyle(form, ['background-color']).then((s) => s['background-color']), 'rgb(0, 127, 59)');
      await page.addScriptTag({ path: join(projectRoot, 'node_modules/axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } });
        return result.violations.flatMap((v) => v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary}`));
      });
      assert.deepEqual(violations, []);
    } finally {
      await page.close();
    }
  });

  it('stays usable in forced-colours mode: controls keep their edges, pressed and focused controls show an outline', async () => {
    const page = await themingPage({ forcedColors: true });
    try {
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      const form = page.locator('#default-font fit-note-form');
      const style = (locator, props) => locator.evaluate((el, names) => Object.fromEntries(names.map((n) => [n, getComputedStyle(el).getPropertyValue(n)])), props);
      const twoWeeks = form.getByRole('button', { name: '2 weeks', exact: true });
      await twoWeeks.click();
      for (const control of [
        form.getByRole('button', { name: /^Confirm fit note/ }),
        twoWeeks,
        form.getByRole('textbox', { name: /functional effects/i }),
      ]) {
        assert.ok(await control.isVisible());
        assert.deepEqual(await style(control, ['border-top-style', 'border-top-width']), { 'border-top-style': 'solid', 'border-top-width': '2px' });
      }
      for (const control of [form.getByRole('radio', { name: /not fit for work/i }), form.getByRole('checkbox', { name: /phased return to work/i })]) {
        assert.ok(await control.isVisible());
        const box = await control.boundingBox();
        assert.ok(box.width >= 24 && box.height >= 24, 'radios and checkboxes keep their size');
      }
      assert.equal((await style(twoWeeks, ['outline-style']))['outline-style'], 'solid', 'the pressed length is outlined');

      // Keyboard focus, one control of each kind: each shows a solid outline at least 3 px wide.
      for (const control of [
        form.getByRole('button', { name: /^Confirm fit note/ }),
        form.getByRole('textbox', { name: /functional effects/i }),
        form.getByRole('checkbox', { name: /phased return to work/i }),
        form.getByRole('button', { name: /^Help with phased return/ }),
      ]) {
        await control.focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        const focus = await control.evaluate((el) => ({ focused: el.matches(':focus-visible'), style: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) }));
        assert.equal(focus.focused, true);
        assert.equal(focus.style, 'solid');
        assert.ok(focus.width >= 3, `outline ${focus.width}px`);
      }
    } finally {
      await page.close();
    }
  });
});
