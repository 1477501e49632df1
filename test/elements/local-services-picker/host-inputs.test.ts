/**
 * Issue 10: what a host hands the picker is read by the element layer, so the same bad value gets the
 * same treatment as in the other two elements. Each test sets the value as a host would.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LocalServicesPicker } from '../../../src/local-services-picker.js';
import { builtInServices } from '../../../src/data/services.js';
import { captureWarnings } from '../../helpers/console.js';
import { button, byLabel, chooseService, combobox, mount, notesField, openList, optionNames, refer, root, text, typeInto, typeSearch } from './helpers.js';

const TODAY = '2026-11-22';
const NATIONAL_NAMES = builtInServices.filter((s) => 'national' in s.coverage).map((s) => s.name);
/** The picker as a host without types sees it: any value can be assigned to any property. */
const loose = (el: LocalServicesPicker) => el as unknown as Record<string, unknown>;
const chosenText = (el: LocalServicesPicker) => text(root(el).querySelector('[part="chosen"] ul'));

describe('<local-services-picker> icb from a host', () => {
  const cases: [string, unknown, boolean][] = [
    ['undefined (what @lit/react sets for an absent prop)', undefined, false],
    ['123', 123, true],
    ['{}', {}, true],
  ];
  for (const [label, value, reported] of cases) {
    it(`icb = ${label} after an area does not throw${reported ? ', is reported once' : ''} and shows national services only`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
        loose(el).icb = value;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(el.icb).to.equal(null);
        expect(byLabel<HTMLSelectElement>(el, 'Area').value).to.equal('');
        await openList(el);
        expect([...optionNames(el)].sort()).to.deep.equal([...NATIONAL_NAMES].sort());
        expect(warnings.messages).to.have.length(reported ? 1 : 0);
        if (reported) expect(warnings.messages[0]).to.match(/^\[fit-note-widgets\] <local-services-picker> icb=an? (number|object) is not an ODS code/);
      } finally {
        warnings.restore();
      }
    });
  }

  it('takes icb in any case with spaces around it, as a property too: " qop " is Greater Manchester', async () => {
    const el = await mount(html`<local-services-picker today=${TODAY}></local-services-picker>`);
    loose(el).icb = ' qop ';
    await el.updateComplete;
    const select = byLabel<HTMLSelectElement>(el, 'Area');
    expect(el.icb).to.equal('QOP');
    expect(select.value).to.equal('QOP');
    expect(text(select.selectedOptions[0])).to.equal('Greater Manchester (QOP)');
    el.setAttribute('icb', ' z9b2z ');
    await el.updateComplete;
    expect(text(byLabel<HTMLSelectElement>(el, 'Area').selectedOptions[0])).to.equal('West and North London (Z9B2Z)');
  });
});

describe('<local-services-picker> name from a host', () => {
  it('name = Symbol() does not throw in attribute reflection; it is reported once and nothing is submitted under it', async () => {
    const warnings = captureWarnings();
    try {
      const form = await fixture<HTMLFormElement>(html`<form><local-services-picker name="services" icb="QHL" today=${TODAY} .value=${['workwell-qhl']}></local-services-picker></form>`);
      const el = form.querySelector('local-services-picker') as LocalServicesPicker;
      await el.updateComplete;
      expect(new FormData(form).getAll('services')).to.deep.equal(['workwell-qhl']);
      expect(() => (loose(el).name = Symbol('name'))).to.not.throw();
      await el.updateComplete;
      expect(el.hasAttribute('name')).to.equal(false);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      el.name = 'services';
      await el.updateComplete;
      expect(el.getAttribute('name')).to.equal('services');
      expect(new FormData(form).getAll('services')).to.deep.equal(['workwell-qhl']);
      expect(warnings.messages).to.deep.equal([
        '[fit-note-widgets] <local-services-picker> name=a symbol is not usable (expected text of at most 200 characters); ignored',
      ]);
    } finally {
      warnings.restore();
    }
  });
});

describe('<local-services-picker> patient switch (one rule for every element)', () => {
  it('an unusable context (42, "patient-123", { patientId: null }) or {} keeps the chosen services, the search text and a half-written referral; a later new patientId clears them', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} multiple .context=${{ patientId: 'p1' }}></local-services-picker>`);
      await refer(el, 'WorkWell Birmingham and Solihull');
      await typeSearch(el, 'access');
      await chooseService(el, 'Access to Work');
      await typeInto(el, await notesField(el), 'Half written');
      for (const context of [42, 'patient-123', { patientId: null }, {}]) {
        loose(el).context = context;
        await el.updateComplete;
        const what = JSON.stringify(context);
        expect(text(root(el).querySelector('#step-heading')), what).to.equal('Access to Work');
        expect(byLabel<HTMLTextAreaElement>(el, 'Notes').value, what).to.equal('Half written');
        expect(el.value, what).to.deep.equal(['workwell-qhl']);
      }
      button(el, 'Cancel').click();
      await el.updateComplete;
      expect(combobox(el).value).to.equal('access');
      await chooseService(el, 'Access to Work');
      await typeInto(el, await notesField(el), 'For the first patient');

      el.context = { patientId: 'p2' };
      await el.updateComplete;
      expect(text(root(el).querySelector('#step-heading')), 'no referral step').to.equal('');
      expect(el.value).to.deep.equal([]);
      expect(text(root(el).querySelector('[part="chosen"]')), 'nothing chosen').to.equal('');
      expect(combobox(el).value).to.equal('');
      expect(warnings.messages.filter((m) => m.includes('the context was ignored and nothing was reset'))).to.have.length(1);
      expect(warnings.messages.filter((m) => m.includes('context changed to another patient without a new value'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('with the new patient’s value set in the same turn, shows it as chosen earlier and keeps nothing of the previous patient’s referral', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} .context=${{ patientId: 'p1' }}></local-services-picker>`);
      const first = await refer(el, 'WorkWell Birmingham and Solihull');
      expect(chosenText(el)).to.contain('Referral created');
      el.context = { patientId: 'p2' };
      el.value = ['workwell-qhl'];
      await el.updateComplete;
      expect(el.value).to.deep.equal(['workwell-qhl']);
      expect(chosenText(el)).to.contain('Chosen earlier');
      el.acknowledge(first.messageId, { status: 'sent' });
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^\[fit-note-widgets\] <local-services-picker> acknowledge\(".+"\) ignored: nothing is waiting$/);
    } finally {
      warnings.restore();
    }
  });
});

describe('<local-services-picker> value from a host', () => {
  it('a number, a string or an object is reported once and the chosen services are kept', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
      await refer(el, 'WorkWell Birmingham and Solihull');
      for (const value of [42, 'national-access-to-work', { 0: 'national-access-to-work' }, [42, null], undefined, null]) {
        loose(el).value = value;
        await el.updateComplete;
        expect(el.value, String(value)).to.deep.equal(['workwell-qhl']);
        expect(chosenText(el), String(value)).to.contain('Referral created');
      }
      expect(warnings.messages).to.deep.equal([
        '[fit-note-widgets] <local-services-picker> value: expected an array of service ids, got a number; the chosen services were kept',
      ]);
      el.value = [];
      await el.updateComplete;
      expect(el.value).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('the same ids again change nothing: the referral stays a referral, the host’s answer is still awaited, and no event fires', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    const referral = await refer(el, 'WorkWell Birmingham and Solihull');
    const events: string[] = [];
    for (const type of ['local-services-change', 'change', 'input']) el.addEventListener(type, () => events.push(type));
    el.value = ['workwell-qhl'];
    el.value = ['workwell-qhl', 'workwell-qhl'];
    await el.updateComplete;
    expect(chosenText(el)).to.contain('Referral created');
    expect(events).to.deep.equal([]);
    const warnings = captureWarnings();
    try {
      el.acknowledge(referral.messageId, { status: 'sent' });
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });
});

describe('<local-services-picker> any value in any property', () => {
  const trap = () => {
    throw new Error('trap');
  };
  const hostile = new Proxy([], { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const throwing = Object.defineProperties({}, Object.fromEntries(['patientId', 'length', 'display', '0'].map((k) => [k, { get: trap, enumerable: true }])));
  const VALUES: [string, unknown][] = [
    ['a Proxy whose traps throw', hostile],
    ['a revoked Proxy', revocable.proxy],
    ['a Symbol', Symbol('s')],
    ['an object whose getters throw', throwing],
    ['a function Proxy whose call throws', new Proxy(() => undefined, { apply: trap })],
  ];
  const KEYS = ['services', 'provider', 'categories', 'conditions', 'context', 'value', 'icb', 'today', 'name', 'headingLevel', 'lang', 'multiple', 'disabled'];

  it('never throws, in the setter or in the update after it, reports each problem once, and keeps working', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
      for (const [what, value] of VALUES) {
        for (const key of KEYS) expect(() => (loose(el)[key] = value), `${key} = ${what}`).to.not.throw();
        await el.updateComplete;
        expect(text(root(el).querySelector('h2')), what).to.equal('Work and health services');
      }
      for (const key of KEYS) loose(el)[key] = undefined;
      el.setAttribute('icb', 'QHL');
      await el.updateComplete;
      // Enabled again by the browser once the update removed the reflected `disabled` attribute.
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      await openList(el);
      expect(optionNames(el)).to.include('WorkWell Birmingham and Solihull');
      expect(new Set(warnings.messages).size, 'each problem said once').to.equal(warnings.messages.length);
    } finally {
      warnings.restore();
    }
  });
});
