/**
 * The one way elements are defined. Loading the library twice (two copies, or two versions) must
 * never throw: a second define of the same version is silent; a different version warns once per
 * page and the first definition stays (a tag can only be defined once per page).
 */
import { VERSION } from '../version.js';
import { reportOnce } from './report.js';

export const VERSION_KEY = Symbol.for('fit-note-widgets.version');
/** Shared by every copy on the page (each bundles its own modules), so a clash is said only once. */
const WARNED_KEY = Symbol.for('fit-note-widgets.version-clashes');

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

function warnedClashes(): Set<string> {
  const holder = globalThis as typeof globalThis & { [WARNED_KEY]?: Set<string> };
  return (holder[WARNED_KEY] ??= new Set());
}

export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    const version = existing[VERSION_KEY];
    const clash = `${version ?? 'another script'} then ${VERSION}`;
    if (version !== VERSION && !warnedClashes().has(clash)) {
      warnedClashes().add(clash);
      const first = version ? `version ${version}` : 'another script';
      console.warn(
        `[fit-note-widgets] ${first} already defined the elements on this page (<${tag}> among them); version ${VERSION} was not defined again, so the page uses ${first}. Load the library once per page.`,
      );
    }
    return;
  }
  Object.defineProperty(element, VERSION_KEY, { value: VERSION, configurable: true });
  try {
    customElements.define(tag, element);
  } catch (cause) {
    reportOnce(null, `define:${tag}`, `<${tag}> could not be defined: ${String(cause)}`);
  }
}
