/**
 * The one import of zod: `zod/mini`, not `zod`, by measured size (docs/decisions.md). `zod/mini`
 * objects parse without code generation, so a strict Content Security Policy on the host's page sees
 * no `new Function` probe; keeping every import here keeps it that way.
 */
export * as z from 'zod/mini';
