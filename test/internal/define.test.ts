import { expect } from '@open-wc/testing';
import { define, VERSION_KEY } from '../../src/internal/define.js';
import { VERSION } from '../../src/version.js';

describe('define', () => {
  it('defines a tag once and is silent when the same version defines it again', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class A extends HTMLElement {}
      class B extends HTMLElement {}
      define('fnw-test-same', A);
      define('fnw-test-same', B);
      expect(customElements.get('fnw-test-same')).to.equal(A);
      expect(warnings).to.have.length(0);
    } finally {
      console.warn = original;
    }
  });

  it('warns once per page, without throwing, when another version defined the tags first', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      class Other extends HTMLElement {}
      Object.defineProperty(Other, VERSION_KEY, { value: '0.0.1-other' });
      customElements.define('fnw-test-other', Other);
      class Other2 extends HTMLElement {}
      Object.defineProperty(Other2, VERSION_KEY, { value: '0.0.1-other' });
      customElements.define('fnw-test-other-2', Other2);
      class Ours extends HTMLElement {}
      define('fnw-test-other', Ours);
      define('fnw-test-other', Ours);
      define('fnw-test-other-2', class extends HTMLElement {});
      expect(customElements.get('fnw-test-other')).to.equal(Other);
      expect(customElements.get('fnw-test-other-2')).to.equal(Other2);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[fit-note-widgets\] version 0\.0\.1-other already defined the elements on this page \(<fnw-test-other> among them\)/);
      expect(warnings[0]).to.contain(VERSION);
    } finally {
      console.warn = original;
    }
  });
});
