import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import type { LocalServicesPicker, ServicesErrorDetail } from '../../../src/local-services-picker.js';
import { PROVIDER_DEBOUNCE_MS } from '../../../src/elements/local-services-picker/local-services-picker.js';
import { builtInServices } from '../../../src/data/services.js';
import type { Service, ServiceCategory } from '../../../src/model/schemas.js';
import { expectNoAxeViolations } from '../../helpers/a11y.js';
import { captureWarnings } from '../../helpers/console.js';
import { hostService } from './fixtures.js';
import { button, chooseArea, chooseService, combobox, listbox, mount, openFilters, openList, optionNames, root, status, text, typeSearch } from './helpers.js';

const TODAY = '2026-11-22';
type Query = { text: string; icb?: string; categories: ServiceCategory[] };

/** A provider whose answers the test releases one by one, in any order. */
function controlledProvider() {
  const calls: { query: Query; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
  const provider = (query: Query) =>
    new Promise<Service[]>((resolve, reject) => calls.push({ query, resolve: resolve as (v: unknown) => void, reject }));
  return { provider, calls };
}

const named = (name: string, id = name.toLowerCase().replace(/\W+/g, '-')) => hostService({ id, name });

describe('<local-services-picker> host directory (services)', () => {
  it('drops invalid entries with one local-services-error per assignment, naming each, and shows the valid ones', async () => {
    const events: ServicesErrorDetail[] = [];
    const input = [named('Good one'), { ...named('Bad category'), category: 'astrology' }, 'not a service', named('Good two')];
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} @local-services-error=${(e: CustomEvent<ServicesErrorDetail>) => events.push(e.detail)} .services=${input}></local-services-picker>`);
    expect(events).to.have.length(1);
    expect(events[0]?.issues.map((i) => [i.index, i.id])).to.deep.equal([[1, 'bad-category'], [2, undefined]]);
    expect(events[0]?.issues[0]?.message).to.match(/^services\[1\] \(id "bad-category"\) dropped: category must be one of workwell/);
    expect(events[0]?.issues[1]?.message).to.equal('services[2] dropped: the entry must be an object.');
    await openList(el);
    expect(optionNames(el)).to.deep.equal(['Good one', 'Good two']);
    expect(el.services.map((s) => s.id)).to.deep.equal(['good-one', 'good-two']);

    el.services = input as Service[];
    el.services = input as Service[];
    await el.updateComplete;
    expect(events).to.have.length(3);
    el.services = [named('Fine')];
    await el.updateComplete;
    expect(events).to.have.length(3);
  });

  it('falls back to the built-in directory for a value that is not an array, and says so', async () => {
    const events: ServicesErrorDetail[] = [];
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} @local-services-error=${(e: CustomEvent<ServicesErrorDetail>) => events.push(e.detail)} .services=${'nonsense' as never}></local-services-picker>`);
    expect(events).to.deep.equal([{ issues: [{ index: -1, message: 'services must be an array of services, not string; showing the built-in directory instead' }] }]);
    expect(el.services).to.equal(builtInServices);
    el.services = undefined;
    expect(el.services).to.equal(builtInServices);
  });

  it('lets a host extend the built-in directory', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} .services=${[...builtInServices, named('Our practice’s own service')]}></local-services-picker>`);
    await openList(el);
    expect(optionNames(el)).to.include.members(['WorkWell Birmingham and Solihull', 'Our practice’s own service']);
  });
});

describe('<local-services-picker> host search (provider)', () => {
  let unhandled: PromiseRejectionEvent[] = [];
  const track = (e: PromiseRejectionEvent) => unhandled.push(e);
  beforeEach(() => {
    unhandled = [];
    window.addEventListener('unhandledrejection', track);
  });
  afterEach(async () => {
    await aTimeout(20);
    window.removeEventListener('unhandledrejection', track);
    expect(unhandled.map((e) => String(e.reason)), 'no unhandled rejections').to.deep.equal([]);
  });

  it('asks the provider once typing pauses, with the text, area and filters, and shows its answer', async () => {
    const { provider, calls } = controlledProvider();
    const el = await mount(html`<local-services-picker icb="qhl" today=${TODAY} .provider=${provider}></local-services-picker>`);
    await waitUntil(() => calls.length === 1);
    expect(calls[0]?.query).to.deep.equal({ text: '', categories: [], icb: 'QHL' });
    calls[0]?.resolve([named('First answer')]);
    await waitUntil(() => status(el) === '1 service');

    await typeSearch(el, 'b');
    await typeSearch(el, 'ba');
    await typeSearch(el, 'back');
    expect(status(el)).to.equal('Searching…');
    expect(listbox(el).getAttribute('aria-busy')).to.equal('true');
    await aTimeout(PROVIDER_DEBOUNCE_MS + 50);
    expect(calls.map((c) => c.query.text)).to.deep.equal(['', 'back']);
    calls[1]?.resolve([named('Back pain clinic'), named('Back to work')]);
    await waitUntil(() => optionNames(el).length === 2);
    expect(optionNames(el)).to.deep.equal(['Back pain clinic', 'Back to work']);
    expect(listbox(el).getAttribute('aria-busy')).to.equal('false');
    await waitUntil(() => status(el) === '2 services');

    await chooseArea(el, 'Z9B2Z');
    (await openFilters(el)).find((c) => c.dataset['category'] === 'workwell')?.click();
    await waitUntil(() => calls.length === 3);
    expect(calls[2]?.query).to.deep.equal({ text: 'back', categories: ['workwell'], icb: 'Z9B2Z' });
  });

  it('shows only the latest query’s answer when answers arrive out of order', async () => {
    const { provider, calls } = controlledProvider();
    const el = await mount(html`<local-services-picker today=${TODAY} .provider=${provider}></local-services-picker>`);
    await waitUntil(() => calls.length === 1);
    await typeSearch(el, 'anx');
    await waitUntil(() => calls.length === 2);
    await typeSearch(el, 'debt');
    await waitUntil(() => calls.length === 3);
    calls[2]?.resolve([named('Debt advice')]);
    await waitUntil(() => optionNames(el).length === 1);
    calls[1]?.resolve([named('Anxiety service')]);
    calls[0]?.resolve([named('Everything')]);
    await aTimeout(50);
    await el.updateComplete;
    expect(optionNames(el)).to.deep.equal(['Debt advice']);
    expect(status(el)).to.not.equal('Searching…');
  });

  it('stays usable while a slow answer is awaited, and shows it when it comes', async () => {
    const slow = (query: Query) => new Promise<Service[]>((ok) => setTimeout(() => ok([named(`Slow answer to "${query.text}"`)]), 600));
    const el = await mount(html`<local-services-picker today=${TODAY} .provider=${slow}></local-services-picker>`);
    await typeSearch(el, 'work');
    await aTimeout(PROVIDER_DEBOUNCE_MS + 100);
    expect(status(el)).to.equal('Searching…');
    expect(combobox(el).disabled).to.equal(false);
    await waitUntil(() => optionNames(el)[0] === 'Slow answer to "work"', 'slow answer shown', { timeout: 3000 });
  });

  it('drops the previous answer when a later question fails, so nothing stale can be chosen', async () => {
    const { provider, calls } = controlledProvider();
    const el = await mount(html`<local-services-picker today=${TODAY} .provider=${provider}></local-services-picker>`);
    await waitUntil(() => calls.length === 1);
    calls[0]?.resolve([named('Answer to the first question')]);
    await waitUntil(() => status(el) === '1 service');
    await typeSearch(el, 'debt');
    await waitUntil(() => calls.length === 2);
    const warnings = captureWarnings();
    try {
      calls[1]?.reject(new Error('timeout'));
      await waitUntil(() => root(el).querySelector('[role="alert"]') !== null);
    } finally {
      warnings.restore();
    }
    await openList(el);
    expect(optionNames(el)).to.deep.equal([]);
    expect(status(el)).to.equal('');
  });

  it('shows a failure with "Try again", reports it once, and recovers', async () => {
    let fail = true;
    let calls = 0;
    const provider = async () => {
      calls += 1;
      if (fail) throw new Error('503 from the directory');
      return [named('Recovered')];
    };
    const warnings = captureWarnings();
    try {
      const el = await mount(html`<local-services-picker today=${TODAY} .provider=${provider}></local-services-picker>`);
      await waitUntil(() => root(el).querySelector('[role="alert"]') !== null, 'error shown');
      expect(text(root(el).querySelector('[role="alert"]'))).to.equal('Error: Services could not be loaded from your organisation’s directory.');
      expect(warnings.messages).to.deep.equal(['[fit-note-widgets] <local-services-picker> provider failed: Error: 503 from the directory']);
      await expectNoAxeViolations(el);
      fail = false;
      button(el, 'Try again').click();
      await waitUntil(() => optionNames(el).length === 1 || status(el) === '1 service', 'recovered');
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
      expect(calls).to.equal(2);
      expect(root(el).activeElement).to.equal(combobox(el));
    } finally {
      warnings.restore();
    }
  });

  it('treats a provider that throws synchronously like one that rejects', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount(html`<local-services-picker today=${TODAY} .provider=${() => {
        throw new TypeError('boom');
      }}></local-services-picker>`);
      await waitUntil(() => root(el).querySelector('[role="alert"]') !== null);
      expect(warnings.messages[0]).to.contain('provider failed: TypeError: boom');
    } finally {
      warnings.restore();
    }
  });

  it('validates provider answers like services: bad entries dropped and named; a non-array is a failure', async () => {
    const events: ServicesErrorDetail[] = [];
    let answer: unknown = [named('Valid'), { id: 'broken' }];
    const el = await mount(html`<local-services-picker today=${TODAY} @local-services-error=${(e: CustomEvent<ServicesErrorDetail>) => events.push(e.detail)} .provider=${async () => answer}></local-services-picker>`);
    await waitUntil(() => events.length === 1);
    expect(events[0]?.issues.map((i) => [i.index, i.id])).to.deep.equal([[1, 'broken']]);
    await openList(el);
    expect(optionNames(el)).to.deep.equal(['Valid']);
    answer = { results: [] };
    await typeSearch(el, 'x');
    await waitUntil(() => events.length === 2);
    expect(events[1]?.issues).to.deep.equal([{ index: -1, message: 'provider answer: services must be an array of services, not object' }]);
    await waitUntil(() => root(el).querySelector('[role="alert"]') !== null);
  });

  it('creates a referral to a service the provider found', async () => {
    const el = await mount(html`<local-services-picker today=${TODAY} .provider=${async () => [named('Provider service')]}></local-services-picker>`);
    await waitUntil(() => status(el) === '1 service');
    await chooseService(el, 'Provider service');
    expect(text(root(el).querySelector('#step-heading'))).to.equal('Provider service');
  });

  it('asks again when the element comes back to the page with a question unanswered', async () => {
    const { provider, calls } = controlledProvider();
    const el = await mount(html`<local-services-picker today=${TODAY} .provider=${provider}></local-services-picker>`);
    await waitUntil(() => calls.length === 1);
    const parent = el.parentElement as HTMLElement;
    el.remove();
    calls[0]?.resolve([named('Too late')]);
    parent.append(el);
    await waitUntil(() => calls.length === 2);
    calls[1]?.resolve([named('Fresh answer')]);
    await waitUntil(() => status(el) === '1 service');
    await openList(el);
    expect(optionNames(el)).to.deep.equal(['Fresh answer']);
  });

  it('ignores answers that arrive after the element left the page', async () => {
    const { provider, calls } = controlledProvider();
    const el = await mount(html`<local-services-picker today=${TODAY} .provider=${provider}></local-services-picker>`);
    await waitUntil(() => calls.length === 1);
    el.remove();
    calls[0]?.reject(new Error('late failure'));
    await aTimeout(20);
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
  });
});

describe('<local-services-picker> bad input', () => {
  const GARBAGE: unknown[] = [undefined, null, 42, Number.NaN, true, 'text', '', [], [1, null, 'x'], {}, { length: 3 }, () => 1, Symbol('s'), '<img src=x onerror=alert(1)>', 'A'.repeat(100_000)];

  it('never throws on garbage in any property or attribute, and keeps rendering', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
      const target = el as unknown as Record<string, unknown>;
      for (const value of GARBAGE) {
        for (const key of ['services', 'provider', 'categories', 'conditions', 'context', 'value']) {
          expect(() => (target[key] = value), `${key} = ${String(value).slice(0, 20)}`).to.not.throw();
        }
        for (const attr of ['icb', 'today', 'name']) el.setAttribute(attr, typeof value === 'symbol' ? 'sym' : String(value));
        await el.updateComplete;
      }
      for (const key of ['services', 'provider', 'categories', 'conditions', 'context', 'value']) target[key] = undefined;
      el.setAttribute('icb', 'QHL');
      el.setAttribute('today', TODAY);
      await el.updateComplete;
      await openList(el);
      expect(optionNames(el)).to.include('WorkWell Birmingham and Solihull');
      expect(root(el).querySelector('img')).to.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('uses the local date for the stale warning when today is not a real date, and says so once', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount(html`<local-services-picker icb="QHL" today="2026-02-30" .services=${[{ ...named('Ancient', 'a'), lastReviewed: '2000-01-01' }, { ...named('Fresh', 'f'), lastReviewed: '2199-01-01' }]}></local-services-picker>`);
      await openList(el);
      expect(root(el).querySelectorAll('.stale')).to.have.length(1);
      expect(warnings.messages).to.deep.equal(['[fit-note-widgets] <local-services-picker> today="2026-02-30" is not a real date YYYY-MM-DD; using the local date']);
    } finally {
      warnings.restore();
    }
  });
});

describe('<local-services-picker> patient switch', () => {
  it('clears the open referral and the chosen services when the context moves to another patient', async () => {
    const warnings = captureWarnings();
    try {
      const el: LocalServicesPicker = await mount(html`<local-services-picker icb="QHL" today=${TODAY} .context=${{ patientId: 'p1' }} .value=${['workwell-qhl']}></local-services-picker>`);
      await chooseService(el, 'Access to Work');
      el.context = { patientId: 'p2' };
      await el.updateComplete;
      expect(root(el).querySelector('#step-heading')).to.equal(null);
      expect(el.value).to.deep.equal([]);
      expect(warnings.messages[0]).to.contain('context changed to another patient without a new value');
      el.context = { patientId: 'p3' };
      el.value = ['national-access-to-work'];
      await el.updateComplete;
      expect(el.value).to.deep.equal(['national-access-to-work']);
    } finally {
      warnings.restore();
    }
  });
});
