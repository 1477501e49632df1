/**
 * Developer-facing reports on the console, prefixed `[fit-note-widgets]` and said once per element
 * and problem, so a host passing the same bad value on every render is told once, not flooded.
 */
const PREFIX = '[fit-note-widgets]';
const said = new WeakMap<object, Set<string>>();
const global = {};

export function reportOnce(owner: object | null, key: string, text: string): void {
  const target = owner ?? global;
  let keys = said.get(target);
  if (!keys) said.set(target, (keys = new Set()));
  if (keys.has(key)) return;
  keys.add(key);
  console.warn(`${PREFIX} ${text}`);
}
