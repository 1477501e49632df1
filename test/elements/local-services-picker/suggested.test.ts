/**
 * Issue 11: "Suggested for this patient". With suggested categories, the services for them are there
 * without searching, and a referral is two actions away: pick the service, "Patient agrees: create
 * referral".
 */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LocalServicesPicker, ReferralDetail } from '../../../src/local-services-picker.js';
import { SUGGESTED_MAX } from '../../../src/elements/local-services-picker/local-services-picker.js';
import { ICBS_2023 } from '../../../src/data/icbs.js';
import type { Service, ServiceCategory } from '../../../src/model/schemas.js';
import { createServiceIndex, searchServices } from '../../../src/model/services.js';
import { generateServices, hostService } from './fixtures.js';
import { button, combobox, mount, primary, root, suggestionNames, suggestions, text, typeSearch } from './helpers.js';

const TODAY = '2026-11-22';
const focused = (el: LocalServicesPicker): Element | null => root(el).activeElement;
const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};
const DIRECTORY = generateServices(3000, 11);
const AREA = ICBS_2023[3]?.odsCode as string;
const CATEGORIES: ServiceCategory[] = ['talking-therapies', 'physio-msk'];

describe('<local-services-picker> suggested for this patient', () => {
  it('lists nothing without suggested categories', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    expect(root(el).querySelector('[part="suggested"]')).to.equal(null);
  });

  it('lists the top five services for the suggested categories, the area’s first, then national, ranked as searchServices ranks them', async () => {
    const el = await mount(html`<local-services-picker icb=${AREA} today=${TODAY} .services=${DIRECTORY} .categories=${CATEGORIES}></local-services-picker>`);
    const section = root(el).querySelector('[part="suggested"]') as HTMLElement;
    expect(text(section.querySelector('h3'))).to.equal('Suggested for this patient');
    const expected = searchServices(createServiceIndex(DIRECTORY), { icb: AREA, categories: CATEGORIES, suggested: CATEGORIES }).slice(0, SUGGESTED_MAX);
    expect(SUGGESTED_MAX).to.equal(5);
    expect(expected).to.have.length(5);
    expect(suggestionNames(el)).to.deep.equal(expected.map((s) => s.name));
    for (const s of expected) expect(CATEGORIES).to.include(s.category);
    // Each is a button with the category and the area on a second line.
    const first = suggestions(el)[0] as HTMLButtonElement;
    expect(first.type).to.equal('button');
    expect(text(first.querySelector('.suggestion__meta'))).to.match(/^(Talking therapies|Physiotherapy and MSK) · /);
  });

  it('puts the area’s services before national ones', async () => {
    const local = hostService({ id: 'local', name: 'Zeta local talking service (fictional)', category: 'talking-therapies', coverage: { icbs: ['QHL'] } });
    const national = hostService({ id: 'national', name: 'Alpha national talking service (fictional)', category: 'talking-therapies', coverage: { national: true } });
    const other = hostService({ id: 'other', name: 'Beta debt service (fictional)', category: 'debt-and-housing', coverage: { national: true } });
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} .services=${[national, other, local]} .categories=${['talking-therapies']}></local-services-picker>`);
    expect(suggestionNames(el)).to.deep.equal(['Zeta local talking service (fictional)', 'Alpha national talking service (fictional)']);
    el.setAttribute('icb', 'QUY');
    await el.updateComplete;
    expect(suggestionNames(el), 'another area: its own services, national ones still').to.deep.equal(['Alpha national talking service (fictional)']);
    el.categories = [];
    await el.updateComplete;
    expect(root(el).querySelector('[part="suggested"]')).to.equal(null);
  });

  it('comes before the search, and stays put while the clinician types', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} .categories=${['workwell', 'talking-therapies']}></local-services-picker>`);
    const section = root(el).querySelector('[part="suggested"]') as HTMLElement;
    expect(section.compareDocumentPosition(combobox(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const before = suggestionNames(el);
    expect(before).to.deep.equal(['WorkWell Birmingham and Solihull', 'NHS Talking Therapies employment advisers']);
    await typeSearch(el, 'debt');
    expect(suggestionNames(el)).to.deep.equal(before);
  });

  it('reaches a referral in two actions: the service, then "Patient agrees: create referral"', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} .categories=${['workwell']} .conditions=${[{ display: 'Low back pain' }]}></local-services-picker>`);
    (suggestions(el)[0] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text(root(el).querySelector('#step-heading'))).to.equal('WorkWell Birmingham and Solihull');
    expect(focused(el)).to.equal(root(el).querySelector('#step-heading'));
    const event = oneEvent(el, 'fit-note-referral');
    button(el, 'Patient agrees: create referral').click();
    const { detail } = (await event) as CustomEvent<ReferralDetail>;
    expect(detail).to.include({ patientConsent: true, signposted: false, reason: 'Low back pain' });
    expect(detail.fhir.note?.at(-1)).to.deep.equal({ text: 'The patient agrees to this referral.' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(['workwell-qhl']);
    // Chosen: it leaves the suggestions.
    expect(root(el).querySelector('[part="suggested"]')).to.equal(null);
  });

  it('leaves out services already chosen', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} multiple .categories=${['workwell', 'talking-therapies']} .value=${['workwell-qhl']}></local-services-picker>`);
    expect(suggestionNames(el)).to.deep.equal(['NHS Talking Therapies employment advisers']);
  });

  it('is one tab stop moved through with the arrow keys; Cancel puts focus back on the service picked', async () => {
    const el = await mount(html`<local-services-picker icb=${AREA} today=${TODAY} .services=${DIRECTORY} .categories=${CATEGORIES}></local-services-picker>`);
    const buttons = suggestions(el);
    expect(root(el).querySelector('[role="toolbar"][aria-labelledby="suggested-heading"]')?.getAttribute('aria-orientation')).to.equal('vertical');
    expect(buttons.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    const area = root(el).querySelector('#area') as HTMLSelectElement;
    area.focus();
    await shiftTab();
    expect(focused(el)).to.equal(buttons[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(buttons[2]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(buttons[4]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el), 'wraps').to.equal(buttons[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'one Tab leaves the list').to.equal(area);
    await shiftTab();
    expect(focused(el)).to.equal(buttons[1]);
    const name = text(buttons[1]?.querySelector('.suggestion__name'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(root(el).querySelector('#step-heading'))).to.equal(name);
    button(el, 'Cancel').click();
    await el.updateComplete;
    expect(text((focused(el) as HTMLElement).querySelector('.suggestion__name'))).to.equal(name);
    expect(suggestions(el).filter((b) => b.tabIndex === 0)).to.deep.equal([focused(el)]);
  });

  it('is disabled with the picker', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} disabled .categories=${['workwell']}></local-services-picker>`);
    expect(suggestions(el).map((b) => b.disabled)).to.deep.equal([true]);
  });

  it('with a provider, asks it once for the suggested categories with no text, and keeps that answer while the clinician types', async () => {
    const queries: { text: string; categories: ServiceCategory[]; icb?: string }[] = [];
    const talking = hostService({ id: 'p-talk', name: 'Provider talking service (fictional)', category: 'talking-therapies', coverage: { icbs: ['QHL'] } });
    const debt = hostService({ id: 'p-debt', name: 'Provider debt service (fictional)', category: 'debt-and-housing', coverage: { national: true } });
    const provider = async (query: { text: string; categories: ServiceCategory[]; icb?: string }): Promise<Service[]> => {
      queries.push(query);
      const all = [talking, debt];
      return all.filter((s) => !query.categories.length || query.categories.includes(s.category));
    };
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} .provider=${provider} .categories=${['talking-therapies']}></local-services-picker>`);
    await waitUntil(() => suggestionNames(el).length === 1, 'suggestions from the provider');
    expect(suggestionNames(el)).to.deep.equal(['Provider talking service (fictional)']);
    expect(queries).to.deep.include({ text: '', categories: ['talking-therapies'], icb: 'QHL' });
    const asked = queries.length;
    await typeSearch(el, 'debt');
    await waitUntil(() => queries.length > asked && queries.at(-1)?.text === 'debt');
    expect(queries.filter((q) => q.categories.length > 0)).to.have.length(1);
    expect(suggestionNames(el)).to.deep.equal(['Provider talking service (fictional)']);
    (suggestions(el)[0] as HTMLButtonElement).click();
    await el.updateComplete;
    const event = oneEvent(el, 'fit-note-referral');
    primary(el).click();
    expect(((await event) as CustomEvent<ReferralDetail>).detail.service.id).to.equal('p-talk');
  });
});
