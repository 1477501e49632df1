/**
 * The one way elements are defined. Loading the library twice (two copies, or two versions) must
 * never throw: a second define of the same version is silent; a different version warns once and the
 * first definition stays (a tag can only be defined once per page).
 */
import { VERSION } from '../version.js';
import { reportOnce } from './report.js';

export const VERSION_KEY = Symbol.for('fit-note-widgets.version');

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    const version = existing[VERSION_KEY];
    if (version !== VERSION) {
      reportOnce(null, `define:${tag}`, `<${tag}> is already defined by ${version ? `version ${version}` : 'another script'}; version ${VERSION} was not defined again. Load the library once per page.`);
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
