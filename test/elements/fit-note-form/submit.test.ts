import { expect, oneEvent } from '@open-wc/testing';
import { captureWarnings } from '../../helpers/console.js';
import { fitNoteToFhir } from '../../../src/model/fhir.js';
import { createFitNote } from '../../../src/model/fit-note.js';
import { fitNoteNarrative, fitNoteSummary } from '../../../src/model/narrative.js';
import type { FitNoteSubmitDetail } from '../../../src/fit-note-form.js';
import type { FitNoteForm } from '../../../src/fit-note-form.js';
import { byRole, click, confirmButton, CONTEXT, fillMinimum, formFixture, ISSUER, PATIENT, shadow, summaryLinks, text, TODAY, typeInto } from './form-helpers.js';

async function fill(el: FitNoteForm): Promise<void> {
  await fillMinimum(el);
  await click(el, byRole(el, 'checkbox', 'amended duties'));
  await typeInto(el, byRole(el, 'textbox', 'functional effects'), 'Avoid lifting over 10 kg for 2 weeks.');
}

async function confirm(el: FitNoteForm): Promise<CustomEvent<FitNoteSubmitDetail>> {
  setTimeout(() => confirmButton(el).click());
  const event = (await oneEvent(el, 'fit-note-submit')) as CustomEvent<FitNoteSubmitDetail>;
  await el.updateComplete;
  return event;
}

/** Ids and instants differ from run to run; everything else must match exactly. */
function stable(bundle: unknown): unknown {
  return JSON.parse(
    JSON.stringify(bundle)
      .replace(/urn:uuid:[0-9a-f-]{36}/g, 'urn:uuid:ID')
      .replace(/"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z"/g, '"INSTANT"'),
  );
}

const status = (el: FitNoteForm) => shadow(el).querySelector('[part=status]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('<fit-note-form> confirming', () => {
  it('fires fit-note-submit with the envelope, the note, its FHIR Bundle and how the advice was chosen', async () => {
    const el = await formFixture();
    await fill(el);
    const expected = createFitNote({ today: TODAY, patient: PATIENT, issuer: ISSUER, conditions: [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }] });
    expected.period = { start: TODAY, end: '2026-03-16' };
    expected.adjustments.amendedDuties = true;
    expected.comments = 'Avoid lifting over 10 kg for 2 weeks.';
    expected.assessmentMethod = 'face-to-face';
    expected.reassessmentNeeded = false;

    const before = Date.now();
    const event = await confirm(el);
    const detail = event.detail;
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(Object.keys(detail).sort()).to.deep.equal([
      'assessmentMethodChoice',
      'context',
      'createdAt',
      'fhir',
      'fitNote',
      'fitnessChoice',
      'fromWorkQuestion',
      'messageId',
      'narrative',
      'planText',
      'reassessmentChoice',
      'referrals',
      'specVersion',
      'summary',
    ]);
    expect(detail.specVersion).to.equal('1');
    expect(detail.messageId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const created = new Date(detail.createdAt).getTime();
    expect(created >= before - 1 && created <= Date.now()).to.equal(true);
    expect(detail.context).to.deep.equal(CONTEXT);
    expect(detail.fitNote).to.deep.equal(expected);
    expect(detail.summary).to.equal(fitNoteSummary(expected));
    expect(detail.summary).to.equal('May be fit for work, 2 weeks (3 March 2026 to 16 March 2026): amended duties');
    expect(detail.narrative).to.equal(fitNoteNarrative(expected));
    expect(detail.fitnessChoice).to.equal('default-accepted');
    expect(detail.assessmentMethodChoice, 'the clinician chose how the patient was assessed').to.equal('clinician-selected');
    expect(detail.reassessmentChoice).to.equal('clinician-selected');
    expect(stable(detail.fhir)).to.deep.equal(stable(fitNoteToFhir(expected, CONTEXT)));
    expect(detail.fhir.type).to.equal('collection');
    expect(detail.fhir.entry?.map((e) => e.resource?.resourceType)).to.deep.equal(['QuestionnaireResponse', 'Observation']);
    expect(detail.fhir.timestamp).to.equal(detail.createdAt);
  });

  it('then says "Not yet saved to the record"', async () => {
    const el = await formFixture();
    await fill(el);
    expect(status(el)).to.equal('');
    await confirm(el);
    expect(status(el)).to.equal('Not yet saved to the record');
  });

  it('a cancelled fit-note-submit leaves the form exactly as it was', async () => {
    const el = await formFixture();
    await fill(el);
    const value = el.value;
    const screen = shadow(el).innerHTML;
    el.addEventListener('fit-note-submit', (e) => e.preventDefault(), { once: true });
    const event = await confirm(el);
    expect(event.defaultPrevented).to.equal(true);
    expect(el.value).to.deep.equal(value);
    expect(shadow(el).innerHTML).to.equal(screen);
    expect(status(el)).to.equal('');
  });

  it('records that the clinician chose the advice, even when they went back to "may be fit"', async () => {
    const el = await formFixture();
    await fill(el);
    await click(el, byRole(el, 'radio', 'not fit for work'));
    await click(el, byRole(el, 'radio', 'may be fit for work'));
    await click(el, byRole(el, 'checkbox', 'amended duties'));
    expect((await confirm(el)).detail.fitnessChoice).to.equal('clinician-selected');
  });

  it('records that the advice came from the host when a value the host set changed it, and not when it left it as it was', async () => {
    const el = await formFixture();
    await fill(el);
    const echoed = el.value;
    el.value = echoed;
    const event = await confirm(el);
    expect(event.detail.fitnessChoice).to.equal('default-accepted');
    const note = el.value;
    note.comments = 'From the draft.';
    el.value = note;
    expect((await confirm(el)).detail.fitnessChoice, 'the host changed the comments, not the advice').to.equal('default-accepted');
    el.value = { ...el.value, fitness: 'not-fit', adjustments: { phasedReturn: false, alteredHours: false, amendedDuties: false, workplaceAdaptations: false } };
    expect((await confirm(el)).detail.fitnessChoice).to.equal('host-set');
  });

  it('the same note confirmed again keeps its messageId; a changed note gets a new one', async () => {
    const el = await formFixture();
    await fill(el);
    const first = (await confirm(el)).detail.messageId;
    expect((await confirm(el)).detail.messageId).to.equal(first);
    await typeInto(el, byRole(el, 'textbox', 'functional effects'), 'Avoid lifting over 10 kg for 3 weeks.');
    expect(text(el)).to.contain('You have changed the fit note since you confirmed it. Confirm it again to send the changes.');
    expect((await confirm(el)).detail.messageId).to.not.equal(first);
  });
});

describe('<fit-note-form> acknowledge()', () => {
  it('"saved" for the current submission shows "Saved to the record", with the location when given', async () => {
    const el = await formFixture();
    await fill(el);
    const { messageId } = (await confirm(el)).detail;
    el.acknowledge(messageId, { status: 'saved' });
    await el.updateComplete;
    expect(status(el)).to.equal('Saved to the record');
    el.acknowledge(messageId, { status: 'saved', location: 'Consultation of 3 March 2026' });
    await el.updateComplete;
    expect(status(el)).to.equal('Saved to the record: Consultation of 3 March 2026');
  });

  it('a host that saves and acknowledges inside its fit-note-submit listener is heard', async () => {
    const el = await formFixture();
    await fill(el);
    const warnings = captureWarnings();
    try {
      el.addEventListener('fit-note-submit', (e) => el.acknowledge(e.detail.messageId, { status: 'saved' }), { once: true });
      await confirm(el);
    } finally {
      warnings.restore();
    }
    expect(status(el)).to.equal('Saved to the record');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('"failed" shows an error and keeps everything editable, and the note can be confirmed again', async () => {
    const el = await formFixture();
    await fill(el);
    const { messageId } = (await confirm(el)).detail;
    el.acknowledge(messageId, { status: 'failed' });
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role=alert] .error-message');
    expect(alert?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: The fit note could not be saved to the record. Nothing you entered has been lost. Check the note and confirm it again.',
    );
    const comments = byRole<HTMLTextAreaElement>(el, 'textbox', 'functional effects');
    expect(comments.disabled).to.equal(false);
    expect(comments.value).to.equal('Avoid lifting over 10 kg for 2 weeks.');
    const retry = await confirm(el);
    expect(retry.detail.messageId).to.equal(messageId);
    expect(status(el)).to.equal('Not yet saved to the record');
    expect(shadow(el).querySelector('[role=alert] .error-message') === null).to.equal(true);
  });

  it('ignores any other messageId, reporting it once', async () => {
    const el = await formFixture();
    await fill(el);
    await confirm(el);
    const warnings = captureWarnings();
    try {
      el.acknowledge('not-this-one', { status: 'saved' });
      el.acknowledge('not-this-one', { status: 'saved' });
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(status(el)).to.equal('Not yet saved to the record');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(/^\[fit-note-widgets\] <fit-note-form> acknowledge\("not-this-one"\) ignored: waiting on [0-9a-f-]{36}$/);
  });

  it('an earlier submission cannot be acknowledged once a changed note is confirmed', async () => {
    const el = await formFixture();
    await fill(el);
    const first = (await confirm(el)).detail.messageId;
    await click(el, byRole(el, 'checkbox', 'altered hours'));
    await confirm(el);
    const warnings = captureWarnings();
    try {
      el.acknowledge(first, { status: 'saved' });
    } finally {
      warnings.restore();
    }
    await el.updateComplete;
    expect(status(el)).to.equal('Not yet saved to the record');
    expect(warnings.messages).to.have.length(1);
  });

  it('fires the events on the document too: they bubble and are composed', async () => {
    const el = await formFixture();
    await fill(el);
    const heard: string[] = [];
    const listen = (e: Event) => heard.push(e.type);
    for (const type of ['fit-note-change', 'fit-note-submit', 'fit-note-invalid']) document.addEventListener(type, listen);
    try {
      await click(el, byRole(el, 'checkbox', 'altered hours'));
      await confirm(el);
      await typeInto(el, byRole(el, 'textbox', /^For/), '');
      await click(el, confirmButton(el));
    } finally {
      for (const type of ['fit-note-change', 'fit-note-submit', 'fit-note-invalid']) document.removeEventListener(type, listen);
    }
    expect(heard).to.deep.equal(['fit-note-change', 'fit-note-submit', 'fit-note-change', 'fit-note-invalid']);
  });

  it('records an assessment method the host set as host-set, and never pre-selects the review', async () => {
    const el = await formFixture();
    el.value = { ...el.value, assessmentMethod: 'telephone' };
    await el.updateComplete;
    expect(byRole<HTMLInputElement>(el, 'radio', 'Telephone').checked).to.equal(true);
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await click(el, byRole(el, 'button', /^2 weeks$/));
    await click(el, confirmButton(el));
    expect(summaryLinks(el).map((a) => a.textContent?.trim())).to.deep.equal(['Select whether you will need to assess the patient again']);
    await click(el, byRole(el, 'radio', 'I will need to assess'));
    const { detail } = await confirm(el);
    expect(detail.fitNote.assessmentMethod).to.equal('telephone');
    expect(detail.assessmentMethodChoice).to.equal('host-set');
    expect(detail.reassessmentChoice).to.equal('clinician-selected');
  });
});
