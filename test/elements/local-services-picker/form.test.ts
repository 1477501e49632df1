/**
 * The platform's form conventions on the picker: value and validity, reset, disabled,
 * state restore, the `input`/`change` events framework bindings listen for, and `acknowledge`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LocalServicesPicker } from '../../../src/local-services-picker.js';
import { expectNoAxeViolations } from '../../helpers/a11y.js';
import { captureWarnings } from '../../helpers/console.js';
import { button, byLabel, chooseArea, chooseService, combobox, mount, notesField, openFilters, openList, refer, root, text, typeInto, typeSearch } from './helpers.js';

const TODAY = '2026-11-22';

async function inForm(template = html`<form><local-services-picker name="services" multiple icb="QHL" today=${TODAY}></local-services-picker></form>`) {
  const form = await fixture<HTMLFormElement>(template);
  const el = form.querySelector('local-services-picker') as LocalServicesPicker;
  await el.updateComplete;
  return { form, el };
}

/** Every event a host could bind to, in order. */
function record(el: LocalServicesPicker): string[] {
  const seen: string[] = [];
  for (const type of ['fit-note-referral', 'local-services-change', 'input', 'change']) el.addEventListener(type, () => seen.push(type));
  return seen;
}

/** The browser tells a form-associated element it is disabled or enabled after the update that reflected it. */
async function settled(el: LocalServicesPicker): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

const controls = (el: LocalServicesPicker) => [...root(el).querySelectorAll<HTMLInputElement>('input, select, textarea, button')];

describe('<local-services-picker> in a form', () => {
  it('submits the chosen service ids under its name and is always valid, with a referral step open or not', async () => {
    const { form, el } = await inForm();
    expect(el.form === form, 'the surrounding form').to.equal(true);
    expect(el.willValidate).to.equal(true);
    expect(el.checkValidity()).to.equal(true);
    await refer(el, 'WorkWell Birmingham and Solihull');
    await refer(el, 'Access to Work');
    expect(new FormData(form).getAll('services')).to.deep.equal(['workwell-qhl', 'national-access-to-work']);
    await chooseService(el, 'NHS Talking Therapies employment advisers');
    // A draft outside the value: the step left open is for the host to ask about (unfinishedReferral), not a form error.
    expect(el.unfinishedReferral).to.deep.equal({ serviceName: 'NHS Talking Therapies employment advisers' });
    expect(el.checkValidity()).to.equal(true);
    expect(el.reportValidity()).to.equal(true);
    expect(el.validationMessage).to.equal('');
    expect(form.checkValidity()).to.equal(true);
  });

  it('on form reset, clears the chosen services, the referral step and the search, and fires no event', async () => {
    const { form, el } = await inForm();
    await refer(el, 'WorkWell Birmingham and Solihull');
    await typeSearch(el, 'talking');
    await chooseService(el, 'NHS Talking Therapies employment advisers');
    await typeInto(el, await notesField(el), 'Half written');
    const seen = record(el);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal([]);
    expect(text(root(el).querySelector('#step-heading')), 'no referral step').to.equal('');
    expect(text(root(el).querySelector('[part="chosen"]')), 'nothing chosen').to.equal('');
    expect(combobox(el).value).to.equal('');
    expect(byLabel<HTMLSelectElement>(el, 'Area').value).to.equal('QHL');
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    expect(seen).to.deep.equal([]);
  });

  it('restores the chosen ids the browser kept (back/forward, autofill), from FormData or text, firing nothing', async () => {
    const { el } = await inForm();
    const seen = record(el);
    const data = new FormData();
    data.append('services', 'workwell-qhl');
    data.append('services', 'gone-1');
    el.formStateRestoreCallback(data, 'restore');
    await el.updateComplete;
    expect(el.value).to.deep.equal(['workwell-qhl', 'gone-1']);
    expect(text(root(el).querySelector('[part="chosen"] ul'))).to.contain('WorkWell Birmingham and Solihull Chosen earlier');
    el.formStateRestoreCallback('national-access-to-work', 'autocomplete');
    await el.updateComplete;
    expect(el.value).to.deep.equal(['national-access-to-work']);
    el.formStateRestoreCallback(42, 'restore');
    await el.updateComplete;
    expect(el.value).to.deep.equal(['national-access-to-work']);
    expect(seen).to.deep.equal([]);
  });
});

describe('<local-services-picker disabled>', () => {
  it('disables every control, closes the search and reopens nothing until enabled', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} .value=${['workwell-qhl']}></local-services-picker>`);
    await openList(el);
    expect(combobox(el).getAttribute('aria-expanded')).to.equal('true');
    el.disabled = true;
    await el.updateComplete;
    expect(el.hasAttribute('disabled')).to.equal(true);
    expect(controls(el).filter((c) => !c.disabled).map((c) => c.id || text(c))).to.deep.equal([]);
    expect(combobox(el).getAttribute('aria-expanded')).to.equal('false');
    expect((root(el).querySelector('#panel') as HTMLElement).hidden).to.equal(true);
    combobox(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await el.updateComplete;
    expect(combobox(el).getAttribute('aria-expanded')).to.equal('false');
    await expectNoAxeViolations(el);
    el.disabled = false;
    await settled(el);
    expect(controls(el).filter((c) => c.disabled).map((c) => c.id || text(c))).to.deep.equal([]);
    expect(el.value).to.deep.equal(['workwell-qhl']);
  });

  it('disables the referral step too, keeping what was written, and follows a disabled fieldset around it', async () => {
    const { form, el } = await inForm(
      html`<form><fieldset><local-services-picker name="services" icb="QHL" today=${TODAY}></local-services-picker></fieldset></form>`,
    );
    await chooseService(el, 'WorkWell Birmingham and Solihull');
    await typeInto(el, await notesField(el), 'Half written');
    const fieldset = form.querySelector('fieldset') as HTMLFieldSetElement;
    fieldset.disabled = true;
    await settled(el);
    expect(controls(el).filter((c) => !c.disabled).map((c) => c.id || text(c))).to.deep.equal([]);
    expect(byLabel<HTMLTextAreaElement>(el, 'Notes').value).to.equal('Half written');
    fieldset.disabled = false;
    await settled(el);
    expect(byLabel<HTMLTextAreaElement>(el, 'Notes').disabled).to.equal(false);
    expect(text(root(el).querySelector('#step-heading'))).to.equal('WorkWell Birmingham and Solihull');
  });
});

describe('<local-services-picker> input and change (Vue v-model, Angular forms)', () => {
  it('dispatches input and change from itself after the clinician’s choice changes the value, after its own events', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} multiple></local-services-picker>`);
    const seen = record(el);
    await refer(el, 'WorkWell Birmingham and Solihull');
    expect(seen).to.deep.equal(['fit-note-referral', 'local-services-change', 'input', 'change']);
    seen.length = 0;
    button(el, 'Remove WorkWell').click();
    await el.updateComplete;
    expect(seen).to.deep.equal(['local-services-change', 'input', 'change']);
  });

  it('dispatches nothing for the search, the area, the filters or the referral step’s fields, which are not the value', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    const seen = record(el);
    combobox(el).focus();
    await sendKeys({ type: 'work' });
    await chooseArea(el, 'QUY');
    const [first] = await openFilters(el);
    first?.click();
    first?.click();
    await el.updateComplete;
    await chooseService(el, 'WorkWell Bristol, North Somerset and South Gloucestershire');
    const reason = byLabel<HTMLTextAreaElement>(el, 'Reason for referral');
    reason.focus();
    await sendKeys({ type: 'Back pain' });
    await typeInto(el, await notesField(el), 'A note');
    root(el).querySelector<HTMLElement>('[part="more-details"] summary')?.click();
    await el.updateComplete;
    button(el, 'Cancel').click();
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
  });
});

describe('<local-services-picker> acknowledge()', () => {
  it('takes the host’s answer for a referral it received, and reports one for anything else once', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} multiple></local-services-picker>`);
    const first = await refer(el, 'WorkWell Birmingham and Solihull');
    const second = await refer(el, 'Access to Work');
    const warnings = captureWarnings();
    try {
      el.acknowledge(first.messageId, { status: 'sent' });
      el.acknowledge(second.messageId, { status: 'failed', reason: 'The service’s inbox is full' });
      expect(warnings.messages).to.deep.equal([]);
      el.acknowledge('not-a-referral', { status: 'sent' });
      el.acknowledge('not-a-referral', { status: 'sent' });
      el.acknowledge(first.messageId, { status: 'saved' as never });
      (el as unknown as { acknowledge(a: unknown, b: unknown): void }).acknowledge(Symbol('id'), null);
      expect(warnings.messages).to.have.length(3);
      expect(warnings.messages[0]).to.equal(
        `[fit-note-widgets] <local-services-picker> acknowledge("not-a-referral") ignored: waiting on ${first.messageId}, ${second.messageId}`,
      );
      expect(warnings.messages[1]).to.equal("[fit-note-widgets] <local-services-picker> acknowledge(): status must be 'sent' or 'failed'; ignored");
      expect(warnings.messages[2]).to.contain('acknowledge(a symbol) ignored');

      button(el, 'Remove WorkWell').click();
      await el.updateComplete;
      el.acknowledge(first.messageId, { status: 'sent' });
      expect(warnings.messages).to.have.length(4);
      expect(warnings.messages[3]).to.equal(`[fit-note-widgets] <local-services-picker> acknowledge(${JSON.stringify(first.messageId)}) ignored: waiting on ${second.messageId}`);
    } finally {
      warnings.restore();
    }
  });

  it('forgets a referral replaced by a new choice without multiple', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    const first = await refer(el, 'WorkWell Birmingham and Solihull');
    const second = await refer(el, 'Access to Work');
    const warnings = captureWarnings();
    try {
      el.acknowledge(second.messageId, { status: 'sent' });
      el.acknowledge(first.messageId, { status: 'sent' });
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([`[fit-note-widgets] <local-services-picker> acknowledge(${JSON.stringify(first.messageId)}) ignored: waiting on ${second.messageId}`]);
  });
});
