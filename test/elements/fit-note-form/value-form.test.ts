import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../../helpers/console.js';
import { createFitNote } from '../../../src/model/fit-note.js';
import type { FitNote } from '../../../src/model/schemas.js';
import type { FitNoteChangeDetail, FitNoteForm } from '../../../src/fit-note-form.js';
import { byRole, click, CONTEXT, fillDate, fillMinimum, formFixture, ISSUER, PATIENT, RECORD, shadow, text, TODAY, typeInto } from './form-helpers.js';

const FULL: FitNote = {
  patient: { name: 'Alex Example', nhsNumber: '9434765919', dateOfBirth: '1980-03-03' },
  issuer: { name: 'Dr Sam Sample', profession: 'doctor', address: 'Example Surgery' },
  assessmentDate: '2026-03-02',
  assessmentMethod: 'telephone',
  conditions: [{ display: 'Tennis elbow' }, { system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }],
  fitness: 'may-be-fit',
  adjustments: { phasedReturn: true, alteredHours: false, amendedDuties: true, workplaceAdaptations: false },
  comments: 'Avoid lifting over 10 kg for 4 weeks.',
  period: { start: '2026-03-02', end: '2026-03-29' },
  sixMonthsOrMore: false,
  reassessmentNeeded: true,
  statementDate: '2026-03-03',
};

function changes(el: FitNoteForm): FitNoteChangeDetail[] {
  const seen: FitNoteChangeDetail[] = [];
  el.addEventListener('fit-note-change', (e) => seen.push(e.detail));
  return seen;
}

describe('<fit-note-form> value', () => {
  it('round-trips exactly, fires no event when set, and shows what it holds', async () => {
    const el = await formFixture();
    const seen = changes(el);
    el.value = structuredClone(FULL);
    await el.updateComplete;
    expect(el.value).to.deep.equal(FULL);
    expect(seen).to.have.length(0);
    expect(byRole<HTMLInputElement>(el, 'radio', 'Telephone').checked).to.equal(true);
    expect(byRole<HTMLInputElement>(el, 'checkbox', 'Tennis elbow').checked).to.equal(true);
    expect(byRole<HTMLInputElement>(el, 'checkbox', 'Low back pain').checked).to.equal(true);
    expect(byRole<HTMLInputElement>(el, 'checkbox', 'Depressive disorder').checked).to.equal(false);
    expect(byRole<HTMLInputElement>(el, 'checkbox', 'phased return').checked).to.equal(true);
    expect(byRole<HTMLInputElement>(el, 'radio', 'I will need to assess').checked).to.equal(true);
    expect(byRole<HTMLTextAreaElement>(el, 'textbox', 'functional effects').value).to.equal(FULL.comments);
    expect(text(el)).to.contain('This will be the case for 4 weeks (2 March 2026 to 29 March 2026).');
    expect(el.validity).to.deep.equal({ valid: true, errors: [], warnings: [] });
  });

  it('round-trips an indefinite note and a "not fit" note', async () => {
    const el = await formFixture();
    const indefinite: FitNote = { ...structuredClone(FULL), sixMonthsOrMore: true, period: { start: '2026-03-02', end: null } };
    el.value = structuredClone(indefinite);
    expect(el.value).to.deep.equal(indefinite);
    const notFit: FitNote = { ...structuredClone(FULL), fitness: 'not-fit', adjustments: { phasedReturn: false, alteredHours: false, amendedDuties: false, workplaceAdaptations: false } };
    el.value = structuredClone(notFit);
    await el.updateComplete;
    expect(el.value).to.deep.equal(notFit);
  });

  it('hands out copies: changing what `value` returned changes nothing in the form', async () => {
    const el = await formFixture();
    const value = el.value;
    value.comments = 'changed outside';
    value.conditions.push({ display: 'outside' });
    expect(el.value.comments).to.equal('');
    expect(el.value.conditions).to.deep.equal([]);
  });

  it('fit-note-change carries { value, validity, context } after each edit', async () => {
    const el = await formFixture();
    const seen = changes(el);
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await typeInto(el, byRole(el, 'textbox', 'functional effects'), 'A');
    expect(seen).to.have.length(2);
    const last = seen[1] as FitNoteChangeDetail;
    expect(Object.keys(last).sort()).to.deep.equal(['context', 'validity', 'value']);
    expect(last.value).to.deep.equal(el.value);
    expect(last.validity).to.deep.equal(el.validity);
    expect(last.context).to.deep.equal(CONTEXT);
  });

  it('a host echoing each change back into `value` keeps what the clinician is typing', async () => {
    const el = await formFixture();
    el.addEventListener('fit-note-change', (e) => (el.value = e.detail.value));
    await fillDate(el, 'Date you assessed the patient', '31', '2', '2026');
    const fields = [...shadow(el).querySelectorAll<HTMLInputElement>('[data-group=assessmentDate] input')].map((i) => i.value);
    expect(fields).to.deep.equal(['31', '2', '2026']);
  });

  it('a value of undefined or null (a framework binding nothing) keeps what the clinician entered', async () => {
    const el = await formFixture();
    await fillMinimum(el);
    const value = el.value;
    el.value = undefined as never;
    el.value = null as never;
    await el.updateComplete;
    expect(el.value).to.deep.equal(value);
  });

  it('keeps the entered data when moved in the DOM or re-rendered', async () => {
    const el = await formFixture();
    await fillMinimum(el);
    await typeInto(el, byRole(el, 'textbox', 'Or type a condition'), 'Insomnia');
    const value = el.value;
    const other = await fixture<HTMLDivElement>(html`<div></div>`);
    other.append(el);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.value).to.deep.equal(value);
    expect(byRole<HTMLInputElement>(el, 'textbox', 'Or type a condition').value).to.equal('Insomnia');
  });
});

describe('<fit-note-form> patient switch', () => {
  it('a new context.patientId resets the form and fires fit-note-change', async () => {
    const el = await formFixture();
    await fillMinimum(el);
    await typeInto(el, byRole(el, 'textbox', 'functional effects'), 'About the first patient.');
    const seen = changes(el);
    el.context = { ...CONTEXT, patientId: 'patient-2' };
    el.patient = { name: 'Blair Other', nhsNumber: '4010232137' };
    await el.updateComplete;
    await el.updateComplete;
    const expected = createFitNote({ today: TODAY, patient: { name: 'Blair Other', nhsNumber: '4010232137' }, issuer: ISSUER });
    expect(el.value).to.deep.equal(expected);
    expect(text(el)).to.not.contain('About the first patient.');
    expect(byRole<HTMLTextAreaElement>(el, 'textbox', 'functional effects').value).to.equal('');
    expect(seen).to.have.length(1);
    expect(seen[0]?.value).to.deep.equal(expected);
    expect(seen[0]?.context.patientId).to.equal('patient-2');
    expect(shadow(el).querySelector('[part=patient]')?.textContent).to.contain('Blair Other');
  });

  it('other changes of patient keep what was entered', async () => {
    const el = await formFixture();
    await fillMinimum(el);
    el.patient = { ...PATIENT, name: 'Alex Example-Smith' };
    el.context = { ...CONTEXT, encounterId: 'encounter-2' };
    await el.updateComplete;
    expect(el.value.conditions).to.have.length(1);
    expect(el.value.patient?.name).to.equal('Alex Example-Smith');
  });

  it('a new NHS number without a new patientId keeps the data but tells the host once', async () => {
    const el = await formFixture();
    await fillMinimum(el);
    const warnings = captureWarnings();
    try {
      el.patient = { name: 'Blair Other', nhsNumber: '4010232137' };
      el.patient = { name: 'Blair Other', nhsNumber: '4010232137' };
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('[fit-note-widgets]').and.contain('context.patientId');
  });

  it('a value set together with the new patientId is kept (a draft for the new patient), in either order', async () => {
    const el = await formFixture();
    await fillMinimum(el);
    el.value = structuredClone(FULL);
    el.context = { ...CONTEXT, patientId: 'patient-2' };
    await el.updateComplete;
    expect(el.value).to.deep.equal(FULL);
    el.context = { ...CONTEXT, patientId: 'patient-3' };
    el.value = { ...structuredClone(FULL), comments: 'Draft for patient 3.' };
    await el.updateComplete;
    expect(el.value.comments).to.equal('Draft for patient 3.');
  });

  it('a value set in an earlier task does not protect the note from a later patient switch', async () => {
    const el = await formFixture();
    el.value = structuredClone(FULL);
    await Promise.resolve();
    el.context = { ...CONTEXT, patientId: 'patient-2' };
    expect(el.value).to.deep.equal(createFitNote({ today: TODAY, patient: FULL.patient, issuer: FULL.issuer }));
  });
});

describe('<fit-note-form> in a form', () => {
  it('submits the note as JSON under its name, reports validity, and resets to the default', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fit-note-form name="fitNote" today=${TODAY} .patient=${PATIENT} .issuer=${ISSUER} .conditions=${RECORD}></fit-note-form>
    </form>`);
    const el = form.querySelector('fit-note-form') as FitNoteForm;
    await el.updateComplete;
    expect(JSON.parse(String(new FormData(form).get('fitNote')))).to.deep.equal(el.value);
    expect(form.checkValidity()).to.equal(false);
    await fillMinimum(el);
    expect(form.checkValidity()).to.equal(true);
    expect(JSON.parse(String(new FormData(form).get('fitNote'))).period).to.deep.equal({ start: TODAY, end: '2026-03-16' });
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal(createFitNote({ today: TODAY, patient: PATIENT, issuer: ISSUER }));
    expect(byRole<HTMLInputElement>(el, 'checkbox', 'Low back pain').checked).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
  });

  it('anchors its validity message to the first field in error', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fit-note-form name="n" today=${TODAY} .conditions=${RECORD}></fit-note-form></form>`);
    const el = form.querySelector('fit-note-form') as FitNoteForm;
    await el.updateComplete;
    expect(form.reportValidity()).to.equal(false);
    expect(shadow(el).activeElement?.id, 'the first field in error: how the patient was assessed').to.equal('method-face-to-face');
  });

  it('submits nothing without a name, and under a name set as a property', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fit-note-form today=${TODAY}></fit-note-form></form>`);
    const el = form.querySelector('fit-note-form') as FitNoteForm;
    await el.updateComplete;
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    el.name = 'note';
    await el.updateComplete;
    expect([...new FormData(form).keys()]).to.deep.equal(['note']);
  });

  it('a disabled fieldset around it, or its own disabled attribute, disables every control', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><fit-note-form name="n" today=${TODAY}></fit-note-form></fieldset></form>`);
    const el = form.querySelector('fit-note-form') as FitNoteForm;
    const fieldset = form.querySelector('fieldset') as HTMLFieldSetElement;
    fieldset.disabled = true;
    await el.updateComplete;
    await el.updateComplete;
    expect(byRole<HTMLTextAreaElement>(el, 'textbox', 'functional effects').matches(':disabled')).to.equal(true);
    expect(byRole<HTMLButtonElement>(el, 'button', 'Confirm fit note').disabled).to.equal(true);
    fieldset.disabled = false;
    await el.updateComplete;
    expect(byRole<HTMLTextAreaElement>(el, 'textbox', 'functional effects').matches(':disabled')).to.equal(false);
    el.disabled = true;
    await el.updateComplete;
    expect(byRole<HTMLInputElement>(el, 'radio', 'not fit for work').matches(':disabled')).to.equal(true);
  });

  it('reset() restores the default without an event', async () => {
    const el = await formFixture();
    await fillMinimum(el);
    const seen = changes(el);
    el.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal(createFitNote({ today: TODAY, patient: PATIENT, issuer: ISSUER }));
    expect(seen).to.have.length(0);
    expect(el.validate()).to.deep.equal(el.validity);
  });
});

describe('<fit-note-form> today', () => {
  it('a new today moves the default dates while the form is untouched, and never after an edit', async () => {
    const el = await formFixture();
    el.setAttribute('today', '2026-04-01');
    expect(el.value.assessmentDate).to.equal('2026-04-01');
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    el.setAttribute('today', '2026-04-02');
    expect(el.value.assessmentDate).to.equal('2026-04-01');
  });
});
