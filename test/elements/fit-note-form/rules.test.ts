import { expect } from '@open-wc/testing';
import { captureWarnings } from '../../helpers/console.js';
import { createFitNote } from '../../../src/model/fit-note.js';
import type { FitNote } from '../../../src/model/schemas.js';
import {
  byRole,
  click,
  confirmButton,
  errorMessages,
  fillDate,
  fillMinimum,
  formFixture,
  leave,
  shadow,
  summaryLinks,
  text,
  TODAY,
  typeInto,
  warningRules,
  ISSUER,
  PATIENT,
  answerQuestions,
} from './form-helpers.js';

function validNote(overrides: Partial<FitNote> = {}): FitNote {
  const note = createFitNote({ today: TODAY, patient: PATIENT, issuer: ISSUER, conditions: [{ display: 'Low back pain' }] });
  note.period = { start: TODAY, end: '2026-03-16' };
  note.comments = 'Avoid lifting over 10 kg for 2 weeks.';
  // A host that knows the appointment sets how the patient was assessed; the review is answered here too.
  note.assessmentMethod = 'face-to-face';
  note.reassessmentNeeded = false;
  return { ...note, ...overrides };
}

const errorIn = (el: HTMLElement & { shadowRoot: ShadowRoot | null }, group: string) =>
  [...(el.shadowRoot?.querySelectorAll(`[data-group="${group}"] .error-message`) ?? [])].map((n) => n.textContent?.replace(/\s+/g, ' ').trim());

describe('<fit-note-form> surfaces every rule', () => {
  it('R1: confirming with no condition shows "Enter at least one condition" at the conditions', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await click(el, byRole(el, 'button', /^2 weeks$/));
    await click(el, confirmButton(el));
    expect(errorIn(el, 'conditions')).to.deep.equal(['Error: Enter at least one condition']);
    expect(summaryLinks(el).map((a) => a.textContent?.trim())).to.deep.equal(['Enter at least one condition']);
  });

  it('R1: a typed condition counts, and goes into the note as text', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await typeInto(el, byRole(el, 'textbox', 'Or type a condition'), 'Fractured left wrist');
    expect(el.value.conditions).to.deep.equal([{ display: 'Fractured left wrist' }]);
    expect(el.validity.errors.map((e) => e.rule)).to.not.include('R1');
  });

  it('R2: an assessment date in the future is an error once the clinician leaves the field', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await fillDate(el, 'Date you assessed the patient', '4', '3', '2026');
    await leave(el);
    expect(errorIn(el, 'assessmentDate')).to.deep.equal(['Error: Date you assessed the patient must be today or in the past']);
  });

  it('R2: an assessment after the date of statement is an error', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await fillMinimum(el);
    await fillDate(el, 'Date of statement', '2', '3', '2026');
    await click(el, confirmButton(el));
    expect(errorIn(el, 'assessmentDate')).to.deep.equal(['Error: Date you assessed the patient must be on or before the date of the statement']);
  });

  it('R2: a date that is not real ("31 2 2026") is an error, and what was typed stays on screen', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await fillDate(el, 'Date you assessed the patient', '31', '2', '2026');
    await leave(el);
    expect(errorIn(el, 'assessmentDate')).to.deep.equal(['Error: Date you assessed the patient must be a real date']);
    const fields = [...shadow(el).querySelectorAll<HTMLInputElement>('[data-group=assessmentDate] input')].map((i) => i.value);
    expect(fields).to.deep.equal(['31', '2', '2026']);
    expect(el.value.assessmentDate).to.equal('');
    expect(text(el)).to.contain('I assessed your case on: a date not yet complete');
  });

  it('R3: an end date before the start date is an error at the end date', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await fillMinimum(el);
    await fillDate(el, 'Until', '2', '3', '2026');
    await click(el, confirmButton(el));
    expect(errorIn(el, 'period.end')).to.deep.equal(['Error: End date must be the same as or after the start date']);
    expect(shadow(el).activeElement?.id).to.equal('error-summary');
  });

  it('R4: a period starting before the assessment warns until a comment explains it, and never blocks', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await fillMinimum(el);
    await fillDate(el, 'Start date', '1', '3', '2026');
    expect(warningRules(el)).to.include('R4');
    expect(el.validity.valid).to.equal(true);
    await typeInto(el, byRole(el, 'textbox', 'functional effects'), 'Backdated: off work since 1 March with back pain.');
    expect(warningRules(el)).to.not.include('R4');
  });

  it('R5: more than 3 months in the first 6 months is an error; ticking "6 months or more" lifts it', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await typeInto(el, byRole(el, 'textbox', /^For/), '4m');
    expect(el.value.period).to.deep.equal({ start: TODAY, end: '2026-07-02' });
    await click(el, confirmButton(el));
    expect(errorIn(el, 'period.end')[0]).to.contain('a fit note can cover up to 3 months').and.contain('2 June 2026');
    await click(el, byRole(el, 'checkbox', '6 months or more'));
    expect(el.validity.valid).to.equal(true);
  });

  it('R6: an indefinite period without "6 months or more" is an error shown at the indefinite option', async () => {
    const el = await formFixture();
    el.value = validNote({ period: { start: TODAY, end: null } });
    await el.updateComplete;
    expect(byRole<HTMLInputElement>(el, 'checkbox', 'indefinite').checked).to.equal(true);
    await click(el, confirmButton(el));
    expect(errorIn(el, 'period.end')[0]).to.contain('An indefinite period is only possible when the patient has been unfit for work for 6 months or more');
    expect(summaryLinks(el)[0]?.getAttribute('href')).to.equal('#period-indefinite');
  });

  it('R7: 7 days or less shows the self-certification warning, which never blocks', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await click(el, byRole(el, 'button', /^1 week$/));
    expect(warningRules(el)).to.include('R7');
    expect(text(el)).to.contain('the patient can self-certify (form SC2)');
    expect(el.validity.valid).to.equal(true);
  });

  it('R8: a short period is always shown with both dates', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await click(el, byRole(el, 'button', /^1 week$/));
    expect(shadow(el).getElementById('period-words')?.textContent?.trim()).to.equal(
      'This will be the case for 1 week (3 March 2026 to 9 March 2026).',
    );
  });

  it('R9: an issuer who may not issue fit notes is an error shown at once, and blocks confirming', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    const warnings = captureWarnings();
    el.issuer = { name: 'Pat Paramedic', profession: 'paramedic' } as never;
    warnings.restore();
    expect(warnings.messages).to.have.length(1);
    await el.updateComplete;
    expect(errorIn(el, 'issuer')[0]).to.contain('A fit note can only be issued by a doctor, nurse, occupational therapist, pharmacist or physiotherapist');
    await fillMinimum(el);
    let submitted = false;
    el.addEventListener('fit-note-submit', () => (submitted = true));
    await click(el, confirmButton(el));
    expect(submitted).to.equal(false);
    expect(summaryLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(['#issuer']);
  });

  it('R10: adjustments with "not fit" (from a host) are an error shown at the adjustments, which stay visible', async () => {
    const el = await formFixture();
    el.value = validNote({ fitness: 'not-fit', adjustments: { phasedReturn: false, alteredHours: false, amendedDuties: true, workplaceAdaptations: false } });
    await el.updateComplete;
    expect(byRole<HTMLInputElement>(el, 'checkbox', 'amended duties').checked).to.equal(true);
    await click(el, confirmButton(el));
    expect(errorIn(el, 'adjustments')[0]).to.contain('Remove the adjustments, or select “may be fit for work”');
    await click(el, byRole(el, 'checkbox', 'amended duties'));
    expect(el.validity.valid).to.equal(true);
  });

  it('R11: "may be fit" with nothing to act on warns, and the warning goes with an adjustment ticked', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await fillMinimum(el);
    expect(warningRules(el)).to.deep.equal(['R11']);
    expect(el.validity.valid).to.equal(true);
    await click(el, byRole(el, 'checkbox', 'altered hours'));
    expect(warningRules(el)).to.deep.equal([]);
  });

  it('R12: "not fit" for more than 4 weeks prompts to consider "may be fit", beside the advice', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await click(el, byRole(el, 'radio', 'not fit for work'));
    await click(el, byRole(el, 'button', /^3 months$/));
    const warning = shadow(el).querySelector('[data-group=fitness] [data-rule=R12]');
    expect(warning?.textContent).to.contain('Consider whether the patient may be fit for some work');
    expect(el.validity.valid).to.equal(true);
  });

  it('comments over 10,000 characters are an error, and the text is kept', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await fillMinimum(el);
    const long = 'x'.repeat(10_001);
    await typeInto(el, byRole(el, 'textbox', 'functional effects'), long);
    await click(el, confirmButton(el));
    expect(errorIn(el, 'comments')).to.deep.equal(['Error: Comments must be 10,000 characters or fewer']);
    expect(byRole<HTMLTextAreaElement>(el, 'textbox', 'functional effects').value).to.equal(long);
  });

  it('warnings never show as errors', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await click(el, byRole(el, 'button', /^1 week$/));
    await click(el, confirmButton(el));
    expect(errorMessages(el)).to.deep.equal([]);
  });
});
