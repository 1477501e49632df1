import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'storybook-static/', '.test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { lit },
    rules: {
      ...lit.configs.recommended.rules,
      'lit/no-template-arrow': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Text only: data is never rendered as markup (CONTRACT.md, bad input).
      'lit/no-invalid-html': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=1] > :matches(Literal[raw=/^['\"]/], TemplateLiteral).arguments",
          message: 'Do not parse dates with new Date(string): it shifts by time zone. Use src/model/dates.ts.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='parse']",
          message: 'Do not parse dates with Date.parse: it shifts by time zone. Use src/model/dates.ts.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Import { z } from src/model/zod.ts (zod/mini, jitless: docs/decisions.md).' },
            { name: 'zod/mini', message: 'Import { z } from src/model/zod.ts, which sets zod up first.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'localStorage', message: 'The library stores nothing (privacy).' },
        { object: 'sessionStorage', message: 'The library stores nothing (privacy).' },
        { object: 'document', property: 'cookie', message: 'The library stores nothing (privacy).' },
        { object: 'window', property: 'fetch', message: 'The library makes no network calls (privacy).' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The library makes no network calls (privacy).' },
        { name: 'XMLHttpRequest', message: 'The library makes no network calls (privacy).' },
        { name: 'localStorage', message: 'The library stores nothing (privacy).' },
        { name: 'sessionStorage', message: 'The library stores nothing (privacy).' },
        { name: 'indexedDB', message: 'The library stores nothing (privacy).' },
      ],
    },
  },
  {
    files: ['src/model/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The data is the bottom layer: the model reads it, never the other way round.
    files: ['src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Import { z } from src/model/zod.ts (zod/mini, jitless: docs/decisions.md).' },
            { name: 'zod/mini', message: 'Import { z } from src/model/zod.ts, which sets zod up first.' },
          ],
          patterns: [
            {
              group: ['../model/*', '../messages/*', '../messages', '../elements/*', '../internal/*'],
              message: 'src/data imports nothing from the model or above: declare the shape here; the model checks it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}', 'scripts/**', 'test/e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
