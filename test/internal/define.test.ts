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

  it('warns once, without throwing, when another version defined the tag first', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      class Other extends HTMLElement {}
      Object.defineProperty(Other, VERSION_KEY, { value: '0.0.1-other' });
      customElements.define('fnw-test-other', Other);
      class Ours extends HTMLElement {}
      define('fnw-test-other', Ours);
      define('fnw-test-other', Ours);
      expect(customElements.get('fnw-test-other')).to.equal(Other);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[fit-note-widgets\] <fnw-test-other> is already defined by version 0\.0\.1-other/);
      expect(warnings[0]).to.contain(VERSION);
    } finally {
      console.warn = original;
    }
  });
});
