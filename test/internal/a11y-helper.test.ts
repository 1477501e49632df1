import { expect, fixture, html } from '@open-wc/testing';
import { axeViolations } from '../helpers/a11y.js';

describe('the axe helper', () => {
  it('finds a violation in a shadow root (so a clean result means something)', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<input type="text">';
    const violations = await axeViolations(host);
    expect(violations.join('\n')).to.contain('label');
  });
});
