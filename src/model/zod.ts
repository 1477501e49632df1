/**
 * The one import of zod. `zod/mini` (not `zod`) by measured size: docs/decisions.md.
 *
 * No code generation: zod otherwise probes `new Function` when the first object schema is made, which
 * a strict Content Security Policy reports as a violation on the host's page. In the npm build zod is
 * shared with the host, so the host's schemas become jitless too: slower by a constant factor, with
 * the same results. Every model file imports `z` from here so the setting comes first.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
