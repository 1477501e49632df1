/**
 * The one import of zod: `zod/mini`, not `zod`, by measured size (docs/decisions.md). `zod/mini`
 * objects parse without code generation, so a strict Content Security Policy on the host's page sees
 * no `new Function` probe.
 *
 * Only the functions the model uses are re-exported, by name: a namespace re-export of all of zod
 * cannot be tree-shaken by some bundlers (esbuild keeps every locale), and hosts bundle this file.
 * Model files `import * as z from './zod.js'` and call `z.object(…)` as usual.
 */
export { array, boolean, enum, gte, literal, lte, maxLength, minLength, nullable, number, object, optional, refine, regex, string, union } from 'zod/mini';
export type { infer } from 'zod/mini';
