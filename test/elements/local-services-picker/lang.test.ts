/**
 * Words in the element's language: every word the picker renders or emits goes through the
 * catalogue in the `lang` nearest the element, and a change of `lang` re-renders them, losing nothing.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LocalServicesPicker } from '../../../src/local-services-picker.js';
import { registerCatalogue } from '../../../src/messages/index.js';
import { hostService } from './fixtures.js';
import { byLabel, chooseService, combobox, mount, notesField, openList, refer, root, status, text, typeInto, typeSearch } from './helpers.js';

const TODAY = '2026-11-22';

// A stand-in language: a few words, enough to see each kind of text follow `lang`.
registerCatalogue('x-picker', {
  'picker.heading': 'XX services',
  'picker.search.label': 'XX search',
  'picker.count.other': '{count:number} XXservices',
  'common.number.group': '.',
  'month.11': 'XXNovember',
  'picker.category.workwell': 'XXWorkWell',
  'picker.summary.signposted': 'XX signposted to {service}',
  'summary.referral': 'XX referral to {service}',
  'picker.narrative.referral': 'XX referral to {service} ({category}).',
  'picker.narrative.area': 'XX area: {area}.',
  'picker.narrative.consent': 'XX the patient agrees.',
  'picker.result.national': 'XXNational',
  'picker.fhir.signposted': 'XX signposted, nothing sent.',
  'picker.chosen.heading.one': '{count:number} XXchosen',
});

const heading = (el: LocalServicesPicker) => text(root(el).querySelector('h2'));

/** 1,234 national services, to see the count's digit grouping. */
const MANY = Array.from({ length: 1234 }, (_, i) => hostService({ id: `n-${i}`, name: `National service ${i}`, coverage: { national: true } }));

describe('<local-services-picker lang>', () => {
  it('a lang set on an ancestor re-renders every word, counts included, keeping the search and the chosen services', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><local-services-picker icb="QHL" today=${TODAY} .services=${MANY}></local-services-picker></div>`);
    const el = wrapper.querySelector('local-services-picker') as LocalServicesPicker;
    await el.updateComplete;
    expect(status(el)).to.equal('1,234 services');
    el.value = ['n-1'];
    await typeSearch(el, 'national');
    await waitUntil(() => status(el) === '1,234 services');
    wrapper.setAttribute('lang', 'x-picker');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(heading(el)).to.equal('XX services');
    expect(text(root(el).querySelector('label[for="search"]'))).to.equal('XX search');
    expect(status(el)).to.equal('1.234 XXservices');
    expect(text(root(el).querySelector('#chosen-heading'))).to.equal('1 XXchosen');
    expect(combobox(el).value).to.equal('national');
    expect(el.value).to.deep.equal(['n-1']);
    wrapper.removeAttribute('lang');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(heading(el)).to.equal('Work and health services');
    expect(status(el)).to.equal('1,234 services');
  });

  it('gives dates in the element’s language: last reviewed, and the stale warning', async () => {
    const old = hostService({ id: 'old', name: 'Old service', lastReviewed: '2025-11-21' });
    const el = await mount(html`<local-services-picker lang="x-picker" icb="QHL" today=${TODAY} .services=${[old]}></local-services-picker>`);
    await openList(el);
    expect(text(root(el).querySelector('.stale'))).to.contain('21 XXNovember 2025');
    await chooseService(el, 'Old service');
    expect(text(root(el).querySelector('.details'))).to.contain('21 XXNovember 2025');
  });

  it('builds the referral’s summary, narrative and signposting note in the element’s language', async () => {
    const el = await mount(html`<local-services-picker lang="x-picker" icb="QHL" today=${TODAY} .conditions=${[{ display: 'Low back pain' }]}></local-services-picker>`);
    const referral = await refer(el, 'WorkWell Birmingham and Solihull');
    expect(referral.summary).to.equal('XX referral to WorkWell Birmingham and Solihull');
    expect(referral.narrative.split('\n').slice(0, 2)).to.deep.equal(['XX referral to WorkWell Birmingham and Solihull (XXWorkWell).', 'XX area: Birmingham and Solihull.']);
    expect(referral.narrative).to.contain('XX the patient agrees.');
    const signposted = await refer(el, 'Access to Work');
    expect(signposted.summary).to.equal('XX signposted to Access to Work');
    expect(signposted.narrative).to.contain('XX area: XXNational.');
    expect(signposted.fhir.note?.at(-1)).to.deep.equal({ text: 'XX signposted, nothing sent.' });
  });

  it('keeps a half-written referral when the language changes', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    await chooseService(el, 'WorkWell Birmingham and Solihull');
    await typeInto(el, await notesField(el), 'Half written');
    el.lang = 'x-picker';
    await el.updateComplete;
    expect(heading(el)).to.equal('XX services');
    expect(byLabel<HTMLTextAreaElement>(el, 'Notes').value).to.equal('Half written');
  });
});
