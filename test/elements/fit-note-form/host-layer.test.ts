/**
 * The shared element layer as a host meets it through <fit-note-form>: one reading of `icb`,
 * `context` and `value`, words in the element's language, and the platform's form conventions.
 * Each of the first tests is a defect the previous version had.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../../helpers/console.js';
import { en } from '../../../src/messages/en/index.js';
import { registerCatalogue, type Catalogue, type MessageId } from '../../../src/messages/index.js';
import type { FitNoteForm } from '../../../src/fit-note-form.js';
import { byRole, click, confirmButton, CONTEXT, fillMinimum, formFixture, ISSUER, openDate, PATIENT, RECORD, shadow, TODAY, typeInto } from './form-helpers.js';
import { flowFixture, picker, prompt } from './flow-helpers.js';

const ids = Object.keys(en) as MessageId[];
registerCatalogue('x-test', Object.fromEntries(ids.map((id) => [id, `[[${en[id]}]]`])) as Partial<Catalogue>);

async function quietly<T>(run: () => Promise<T> | T): Promise<{ result: T; messages: string[] }> {
  const warnings = captureWarnings();
  try {
    const result = await run();
    return { result, messages: warnings.messages };
  } finally {
    warnings.restore();
  }
}

const comments = (el: FitNoteForm) => byRole<HTMLTextAreaElement>(el, 'textbox', 'functional effects');

describe('<fit-note-form> reads host input the one way', () => {
  it('icb="qop" (any case, spaces around) reaches the work question and the services as QOP, unreported', async () => {
    const { result: el, messages } = await quietly(() => flowFixture(' qop '));
    await el.updateComplete;
    expect(el.icb).to.equal('QOP');
    expect(prompt(el).icb).to.equal('QOP');
    expect(picker(el).icb).to.equal('QOP');
    expect(messages.filter((m) => m.includes('icb'))).to.deep.equal([]);
  });

  it('with a 2026 code (Z9B2Z, West and North London), the work question suggests WorkWell, as the services offer it', async () => {
    const el = await flowFixture('Z9B2Z');
    const p = prompt(el);
    p.value = { ...p.value, status: 'employed', managing: 'working-with-difficulty' };
    await p.updateComplete;
    const rules = [...p.shadowRoot!.querySelectorAll('[data-rule]')].map((n) => n.getAttribute('data-rule'));
    expect(rules).to.include('at-risk-workwell');
  });

  for (const bad of [42, 'patient-123', { patientId: null }, { patientId: 7 }]) {
    it(`context = ${JSON.stringify(bad)} after the clinician typed keeps everything typed`, async () => {
      const el = await formFixture();
      await typeInto(el, comments(el), 'Typed by the clinician.');
      await quietly(async () => {
        el.context = bad as never;
        await el.updateComplete;
      });
      expect(comments(el).value).to.equal('Typed by the clinician.');
      expect(el.value.comments).to.equal('Typed by the clinician.');
    });
  }

  it('context {} or without a patientId keeps the note, and a later new patientId still starts again', async () => {
    const el = await formFixture();
    await typeInto(el, comments(el), 'Typed by the clinician.');
    el.context = {};
    el.context = { encounterId: 'encounter-2' };
    await el.updateComplete;
    expect(el.value.comments).to.equal('Typed by the clinician.');
    el.context = { patientId: 'patient-2' };
    await el.updateComplete;
    expect(el.value.comments).to.equal('');
    expect(comments(el).value).to.equal('');
  });

  it('the same patientId again, after a context without one, is no switch', async () => {
    const el = await formFixture();
    await typeInto(el, comments(el), 'Kept.');
    el.context = {};
    el.context = { ...CONTEXT };
    await el.updateComplete;
    expect(el.value.comments).to.equal('Kept.');
  });

  for (const bad of ['garbage', {}, [], { comments: 5 }, 42, { unknown: true }]) {
    it(`value = ${JSON.stringify(bad)} is reported and the note on screen kept`, async () => {
      const el = await formFixture();
      await fillMinimum(el);
      await typeInto(el, comments(el), 'Typed by the clinician.');
      const before = el.value;
      const { messages } = await quietly(async () => {
        el.value = bad as never;
        await el.updateComplete;
      });
      expect(el.value).to.deep.equal(before);
      expect(comments(el).value).to.equal('Typed by the clinician.');
      expect(messages).to.have.length(1);
      expect(messages[0]).to.match(/^\[fit-note-widgets\] <fit-note-form> value: .*the note on screen was kept$/);
    });
  }

  it('a partly usable value is taken field by field; a field that cannot be used keeps what is on screen', async () => {
    const el = await formFixture();
    await typeInto(el, comments(el), 'On screen.');
    await quietly(async () => {
      el.value = { ...el.value, fitness: 'not-fit', comments: 5 } as never;
      await el.updateComplete;
    });
    expect(el.value.fitness).to.equal('not-fit');
    expect(el.value.comments).to.equal('On screen.');
  });

  it('setting the same note again changes nothing on screen (a date still being typed stays)', async () => {
    const el = await formFixture();
    await openDate(el, 'Start date');
    const day = shadow(el).querySelector<HTMLInputElement>('#period-start-day')!;
    await typeInto(el, day, '31');
    const same = el.value;
    el.value = same;
    el.value = structuredClone(same);
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLInputElement>('#period-start-day')!.value).to.equal('31');
  });

  it('every attribute-backed property takes any value without throwing', async () => {
    const el = await formFixture();
    const hostile: unknown[] = [undefined, null, 123, {}, [], Symbol('s'), () => 1, new Proxy({}, { get: () => { throw new Error('trap'); } })];
    await quietly(async () => {
      for (const v of hostile) {
        for (const key of ['today', 'icb', 'name', 'disabled', 'lang', 'headingLevel', 'context', 'conditions', 'patient', 'issuer', 'value']) {
          (el as unknown as Record<string, unknown>)[key] = v;
        }
        await el.updateComplete;
      }
    });
    expect(el.shadowRoot?.querySelector('#confirm')).to.exist;
  });
});

describe('<fit-note-form> words in its language', () => {
  it('a lang change on an ancestor re-renders the errors and the note in words, keeping what was typed', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><fit-note-form today=${TODAY} .patient=${PATIENT} .issuer=${ISSUER} .conditions=${RECORD} .context=${CONTEXT}></fit-note-form></div>`,
    );
    const el = wrapper.querySelector('fit-note-form') as FitNoteForm;
    await typeInto(el, comments(el), 'Typed by the clinician.');
    await click(el, shadow(el).querySelector<HTMLButtonElement>('#confirm')!);
    const summary = () => shadow(el).querySelector('#error-summary')?.textContent ?? '';
    expect(summary()).to.contain('There is a problem');
    wrapper.setAttribute('lang', 'x-test');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(summary()).to.contain('[[There is a problem]]');
    const links = [...shadow(el).querySelectorAll('#error-summary a')].map((a) => a.textContent?.trim() ?? '');
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) expect(link).to.match(/^\[\[.*\]\]$/);
    const words = [...shadow(el).querySelectorAll('.words__line')].map((p) => p.textContent?.trim() ?? '');
    for (const line of words) expect(line).to.match(/^\[\[/);
    expect(comments(el).value).to.equal('Typed by the clinician.');
  });

  it('its own lang wins over the page, and reaches the nested elements', async () => {
    const el = await fixture<FitNoteForm>(html`<fit-note-form lang="x-test" today=${TODAY}></fit-note-form>`);
    await el.updateComplete;
    expect(shadow(el).querySelector('.title')?.textContent).to.equal('[[Fit note]]');
    expect(prompt(el).getAttribute('lang')).to.equal('x-test');
    expect(picker(el).getAttribute('lang')).to.equal('x-test');
  });
});

describe('<fit-note-form> platform form conventions', () => {
  it('checkValidity(), validationMessage and willValidate follow the note, before and after it is put right', async () => {
    const el = await formFixture();
    let invalid = 0;
    el.addEventListener('invalid', () => (invalid += 1));
    expect(el.checkValidity()).to.equal(false);
    expect(invalid).to.equal(1);
    expect(el.validationMessage).to.equal(el.validity.errors[0]?.message);
    expect(el.willValidate).to.equal(true);
    await fillMinimum(el);
    await click(el, byRole(el, 'radio', 'not fit for work'));
    expect(el.validity.valid).to.equal(true);
    expect(el.checkValidity()).to.equal(true);
    expect(el.validationMessage).to.equal('');
  });

  it('checkValidity() judges a value set a moment ago, not the last render', async () => {
    const el = await formFixture();
    await fillMinimum(el);
    el.value = { ...el.value, conditions: [] };
    expect(el.checkValidity()).to.equal(false);
  });

  it('reportValidity() shows the error summary and focuses it', async () => {
    const el = await formFixture();
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    await el.updateComplete;
    const summary = shadow(el).querySelector('#error-summary');
    expect(summary).to.exist;
    expect(summary?.getAttribute('role')).to.equal('alert');
  });

  it('a surrounding form reset restores the default note; a surrounding disabled fieldset disables every control', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><fieldset><fit-note-form name="note" today=${TODAY} .patient=${PATIENT} .issuer=${ISSUER} .conditions=${RECORD}></fit-note-form></fieldset></form>`,
    );
    const el = form.querySelector('fit-note-form') as FitNoteForm;
    await typeInto(el, comments(el), 'Typed.');
    form.reset();
    await el.updateComplete;
    expect(el.value.comments).to.equal('');
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(comments(el).matches(':disabled')).to.equal(true);
    expect(el.willValidate).to.equal(false);
  });

  it('fires one input from the element while typing and one change when an edit is committed', async () => {
    const el = await formFixture();
    const heard: string[] = [];
    const outer = (e: Event) => heard.push(`${e.type}:${(e.target as Element).localName}`);
    document.addEventListener('input', outer);
    document.addEventListener('change', outer);
    try {
      await typeInto(el, comments(el), 'A');
      comments(el).dispatchEvent(new Event('change', { bubbles: true }));
      await click(el, byRole(el, 'checkbox', 'altered hours'));
      await click(el, byRole(el, 'button', '2 weeks'));
    } finally {
      document.removeEventListener('input', outer);
      document.removeEventListener('change', outer);
    }
    expect(heard).to.deep.equal([
      'input:fit-note-form',
      'change:fit-note-form',
      'input:fit-note-form',
      'change:fit-note-form',
      'input:fit-note-form',
      'change:fit-note-form',
    ]);
  });

  it('exportparts lets the host style the nested elements through the form', async () => {
    const style = document.createElement('style');
    style.textContent = 'fit-note-form::part(work-question-questions) { outline: 3px solid rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const el = await flowFixture();
      await prompt(el).updateComplete;
      const questions = prompt(el).shadowRoot!.querySelector<HTMLElement>('[part~="questions"]')!;
      expect(getComputedStyle(questions).outlineColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('confirming then acknowledging still works through the shared submission controller', async () => {
    const el = await formFixture();
    await fillMinimum(el);
    let id = '';
    el.addEventListener('fit-note-submit', (e) => (id = e.detail.messageId));
    await click(el, confirmButton(el));
    expect(id).to.match(/^[0-9a-f-]{36}$/);
    el.acknowledge(id, { status: 'saved' });
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=status]')?.textContent).to.contain('Saved to the record');
  });
});
