import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../../helpers/console.js';
import { createFitNote } from '../../../src/model/fit-note.js';
import type { FitNoteForm } from '../../../src/fit-note-form.js';
import { byRole, click, CONTEXT, fillMinimum, formFixture, ISSUER, PATIENT, RECORD, shadow, text, TODAY, typeInto } from './form-helpers.js';

const MARKUP = '<img src=x onerror="window.__fnwInjected = true">';

async function withWarnings(run: () => Promise<void> | void): Promise<string[]> {
  const warnings = captureWarnings();
  try {
    await run();
  } finally {
    warnings.restore();
  }
  return warnings.messages;
}

function noMarkupRendered(el: FitNoteForm): void {
  expect(shadow(el).querySelectorAll('img, script, iframe').length).to.equal(0);
  expect((window as { __fnwInjected?: boolean }).__fnwInjected).to.equal(undefined);
}

describe('<fit-note-form> bad input from the host', () => {
  it('markup in a condition is shown as text, never rendered, and reported once', async () => {
    const el = await formFixture();
    const messages = await withWarnings(async () => {
      el.conditions = [{ display: MARKUP }];
      el.conditions = [{ display: MARKUP }];
      await el.updateComplete;
    });
    noMarkupRendered(el);
    expect(byRole(el, 'checkbox', '<img src=x').tagName).to.equal('INPUT');
    expect(text(el)).to.contain(MARKUP);
    expect(messages).to.deep.equal(['[fit-note-widgets] <fit-note-form> conditions: a condition looks like markup; it is shown as plain text']);
  });

  it('markup in value, patient and issuer is shown as text only', async () => {
    const el = await formFixture();
    await withWarnings(async () => {
      el.patient = { name: MARKUP };
      el.issuer = { name: MARKUP, profession: 'nurse', address: MARKUP };
      el.value = { ...createFitNote({ today: TODAY }), conditions: [{ display: MARKUP }], comments: MARKUP };
      await el.updateComplete;
    });
    noMarkupRendered(el);
    expect(byRole<HTMLTextAreaElement>(el, 'textbox', 'functional effects').value).to.equal(MARKUP);
  });

  it('conditions that are not an array are ignored and reported once; bad items are dropped, good kept', async () => {
    const el = await formFixture();
    const messages = await withWarnings(async () => {
      el.conditions = 'Low back pain' as never;
      el.conditions = 'Low back pain' as never;
      await el.updateComplete;
      el.conditions = [{ display: 'Gout' }, { code: '1' }, null, 7] as never;
      await el.updateComplete;
    });
    expect(messages).to.deep.equal([
      '[fit-note-widgets] <fit-note-form> conditions: expected an array of { display, code?, system? }, got a string of 13 characters; ignored',
      '[fit-note-widgets] <fit-note-form> conditions: 3 item(s) dropped; each needs a non-blank display of at most 1000 characters',
    ]);
    expect(el.conditions).to.deep.equal([{ display: 'Gout' }]);
  });

  it('an unknown profession is kept so that R9 blocks the note, and reported once', async () => {
    const el = await formFixture();
    const messages = await withWarnings(async () => {
      el.issuer = { name: 'Robin Receptionist', profession: 'receptionist' } as never;
      el.issuer = { name: 'Robin Receptionist', profession: 'receptionist' } as never;
      await el.updateComplete;
    });
    expect(messages).to.have.length(1);
    expect(messages[0]).to.equal(
      '[fit-note-widgets] <fit-note-form> issuer.profession: expected one of doctor, nurse, occupational-therapist, pharmacist, physiotherapist, got "receptionist"; the note cannot be confirmed (R9)',
    );
    expect(el.validity.errors.map((e) => e.rule)).to.include('R9');
    expect(shadow(el).getElementById('issuer')?.textContent).to.contain('receptionist');
  });

  it('today="31/02/2026" falls back to the local date and is reported once', async () => {
    let el: FitNoteForm | undefined;
    const messages = await withWarnings(async () => {
      el = await fixture<FitNoteForm>(html`<fit-note-form today="31/02/2026"></fit-note-form>`);
      el.setAttribute('today', '31/02/2026x');
      el.setAttribute('today', '31/02/2026');
    });
    const now = new Date();
    const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(el?.today).to.equal(local);
    expect(el?.value.assessmentDate).to.equal(local);
    expect(messages).to.deep.equal([
      '[fit-note-widgets] <fit-note-form> today="31/02/2026" is not a real date YYYY-MM-DD; using the local date',
      '[fit-note-widgets] <fit-note-form> today="31/02/2026x" is not a real date YYYY-MM-DD; using the local date',
    ]);
  });

  it('a 10,000-character patient name is refused (the header says no patient was given), never thrown on', async () => {
    const el = await formFixture();
    const messages = await withWarnings(async () => {
      el.patient = { name: 'A'.repeat(10_000), nhsNumber: '9434765919' };
      await el.updateComplete;
    });
    expect(el.patient).to.equal(undefined);
    expect(shadow(el).querySelector('[part=patient]')?.textContent).to.contain('No patient details were given');
    expect(messages).to.deep.equal([
      '[fit-note-widgets] <fit-note-form> patient.name: expected non-blank text of at most 500 characters, got a string of 10000 characters; the patient is not shown',
    ]);
  });

  it('a 10,000-character issuer name leaves the issuer nameless, so R9 blocks the note', async () => {
    const el = await formFixture();
    await withWarnings(async () => {
      el.issuer = { name: 'B'.repeat(10_000), profession: 'doctor' };
      await el.updateComplete;
    });
    expect(el.validity.errors.map((e) => `${e.rule} ${e.field}`)).to.include('R9 issuer.name');
  });

  it('garbage in every property never throws and keeps what the clinician entered', async () => {
    const el = await formFixture();
    await fillMinimum(el);
    await typeInto(el, byRole(el, 'textbox', 'functional effects'), 'Typed by the clinician.');
    const garbage: unknown[] = [null, undefined, 42, 'text', [], [1, 2], { name: 7 }, () => 1, Symbol('s'), NaN];
    await withWarnings(async () => {
      for (const g of garbage) {
        el.patient = g as never;
        el.issuer = g as never;
        el.conditions = g as never;
        el.context = { ...CONTEXT, encounterId: g } as never;
        el.today = g as never;
        el.icb = g as never;
        el.name = g as never;
        await el.updateComplete;
      }
    });
    expect(el.value.comments).to.equal('Typed by the clinician.');
    expect(el.value.conditions.map((c) => c.display)).to.deep.equal(['Low back pain']);
    // Each unusable context is ignored whole; the last usable one had encounterId 'text'.
    expect(el.context).to.deep.equal({ patientId: 'patient-1', encounterId: 'text', userId: 'user-1' });
  });

  it('a value that is not a note is reported once and the note on screen is kept', async () => {
    const el = await formFixture();
    await typeInto(el, byRole(el, 'textbox', 'functional effects'), 'Typed by the clinician.');
    const before = el.value;
    const messages = await withWarnings(async () => {
      el.value = 'not a note' as never;
      el.value = 'not a note' as never;
      el.value = null as never;
      await el.updateComplete;
    });
    expect(el.value).to.deep.equal(before);
    expect(byRole<HTMLTextAreaElement>(el, 'textbox', 'functional effects').value).to.equal('Typed by the clinician.');
    expect(messages).to.deep.equal(['[fit-note-widgets] <fit-note-form> value: expected a FitNote object; the note on screen was kept']);
  });

  it('a partly bad value keeps every usable field and names the rest', async () => {
    const el = await formFixture();
    const messages = await withWarnings(async () => {
      el.value = { ...createFitNote({ today: TODAY }), comments: 'Kept.', fitness: 'fit', period: { start: '2026-02-31', end: '2026-03-16' } } as never;
      await el.updateComplete;
    });
    expect(el.value.comments).to.equal('Kept.');
    // Unusable fields keep what was on screen (here the default), never a value the clinician cannot see.
    expect(el.value.fitness).to.equal('may-be-fit');
    expect(el.value.period).to.deep.equal({ start: TODAY, end: TODAY });
    expect(el.validity.errors.map((e) => e.messageId)).to.include('form.period.notChosen');
    expect(messages).to.deep.equal([
      '[fit-note-widgets] <fit-note-form> value.fitness: expected one of may-be-fit, not-fit; the entry on screen was kept',
      '[fit-note-widgets] <fit-note-form> value.period.start: expected a real date YYYY-MM-DD; the entry on screen was kept',
    ]);
  });

  it('acknowledge() with garbage never throws', async () => {
    const el = await formFixture();
    await withWarnings(() => {
      el.acknowledge(undefined as never, undefined as never);
      el.acknowledge({} as never, { status: 'nope' } as never);
    });
    expect(shadow(el).querySelector('[part=status]')?.textContent?.trim()).to.equal('');
  });

  it('a context that is not an object is ignored and reported', async () => {
    const el = await formFixture();
    const messages = await withWarnings(() => {
      el.context = 'patient-9' as never;
    });
    expect(messages).to.deep.equal([
      '[fit-note-widgets] <fit-note-form> context: expected { patientId?, encounterId?, userId? } with ids as text of at most 200 characters, got a string of 9 characters; the context was ignored and nothing was reset',
    ]);
  });

  it('nothing from the host is ever written to an attribute', async () => {
    const el = await formFixture();
    el.value = { ...createFitNote({ today: TODAY, patient: PATIENT, issuer: ISSUER }), conditions: RECORD };
    await el.updateComplete;
    expect(el.getAttributeNames().sort()).to.deep.equal(['today']);
    await click(el, byRole(el, 'checkbox', 'phased return'));
    expect(el.getAttributeNames().sort()).to.deep.equal(['today']);
  });
});
