import { expect, oneEvent } from '@open-wc/testing';
import { answerQuestions, byRole, click, confirmButton, errorMessages, fillDate, formFixture, leave, openDate, shadow, summaryLinks, typeInto } from './form-helpers.js';

describe('<fit-note-form> error summary', () => {
  it('confirming with errors shows "There is a problem", moves focus to it and fires fit-note-invalid', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    setTimeout(() => confirmButton(el).click());
    const event = await oneEvent(el, 'fit-note-invalid');
    await el.updateComplete;
    const summary = shadow(el).getElementById('error-summary');
    expect(summary?.querySelector('h2')?.textContent?.trim()).to.equal('There is a problem');
    expect(summary?.getAttribute('role')).to.equal('alert');
    expect(shadow(el).activeElement?.id).to.equal('error-summary');
    expect(summaryLinks(el).map((a) => a.textContent?.trim())).to.deep.equal(['Enter at least one condition', 'Enter how long the advice applies for']);

    const detail = event.detail;
    expect(Object.keys(detail).sort()).to.deep.equal(['context', 'createdAt', 'errors', 'messageId', 'narrative', 'specVersion', 'summary']);
    expect(detail.errors).to.deep.equal(el.validity.errors);
    expect(detail.specVersion).to.equal('1');
    expect(detail.context).to.deep.equal({ patientId: 'patient-1', encounterId: 'encounter-1', userId: 'user-1' });
    expect(detail.summary).to.equal('Fit note not confirmed: 2 problems to put right');
    expect(detail.narrative.split('\n')).to.deep.equal([
      'I assessed your case on: 3 March 2026 (face to face)',
      'and, because of the following condition(s): none given',
      'I advise you that: you may be fit for work taking account of the following advice:',
      'This will be the case for a length not yet chosen.',
      'I will not need to assess your fitness for work again at the end of this period.',
      'Date of statement: 3 March 2026',
    ]);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('fit-note-invalid never describes a date still being typed as some other date', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await fillDate(el, 'Date you assessed the patient', '31', '2', '2026');
    setTimeout(() => confirmButton(el).click());
    const { detail } = await oneEvent(el, 'fit-note-invalid');
    expect(detail.narrative).to.contain('I assessed your case on: a date not yet complete (face to face)');
    expect(detail.summary).to.equal('Fit note not confirmed: 3 problems to put right');
  });

  it('each link focuses its control inside the shadow root, with its legend or label brought into view', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await click(el, confirmButton(el));
    const [conditions, period] = summaryLinks(el);
    conditions?.click();
    expect(shadow(el).activeElement?.id).to.equal(byRole(el, 'checkbox', 'Low back pain').id);
    expect(document.activeElement?.tagName).to.equal('FIT-NOTE-FORM');
    period?.click();
    expect(shadow(el).activeElement?.id).to.equal('period-for');
  });

  it('each field error starts with a visually hidden "Error:" and the control points to it', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await fillDate(el, 'Date you assessed the patient', '31', '2', '2026');
    await click(el, confirmButton(el));
    const prefixes = [...shadow(el).querySelectorAll('.error-message .visually-hidden')].map((n) => n.textContent);
    expect(prefixes).to.deep.equal(['Error:', 'Error:', 'Error:']);
    const day = shadow(el).getElementById('assessment-date-day') as HTMLInputElement;
    expect(day.getAttribute('aria-invalid')).to.equal('true');
    const group = day.closest('fieldset');
    expect(group?.getAttribute('aria-describedby')).to.contain('assessment-date-error');
    expect(shadow(el).getElementById('assessment-date-error')?.textContent).to.contain('must be a real date');
    const conditions = byRole(el, 'group', 'Condition(s)');
    expect(conditions.getAttribute('aria-describedby')).to.contain('conditions-error');
  });

  it('puts the summary in the order of the form', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await fillDate(el, 'Date of statement', '9', '9', '2030');
    await fillDate(el, 'Date you assessed the patient', '9', '9', '2030');
    await click(el, confirmButton(el));
    expect(summaryLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal([
      '#assessment-date-day',
      '#condition-0',
      '#period-for',
      '#statement-date-day',
    ]);
  });
});

describe('<fit-note-form> when errors show', () => {
  it('never while typing: an impossible date shows no error until the clinician leaves the field', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await fillDate(el, 'Date you assessed the patient', '31', '2', '2026');
    expect(errorMessages(el)).to.deep.equal([]);
    await leave(el);
    expect(errorMessages(el)).to.deep.equal(['Error: Date you assessed the patient must be a real date']);
  });

  it('not for a field the clinician only passed through', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    byRole<HTMLInputElement>(el, 'textbox', 'Or type a condition').focus();
    await leave(el);
    expect(errorMessages(el)).to.deep.equal([]);
  });

  it('moving between the day, month and year of one date is not leaving it', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await openDate(el, 'Date you assessed the patient');
    const day = shadow(el).getElementById('assessment-date-day') as HTMLInputElement;
    await typeInto(el, day, '31');
    (shadow(el).getElementById('assessment-date-month') as HTMLInputElement).focus();
    await el.updateComplete;
    expect(errorMessages(el)).to.deep.equal([]);
  });

  it('a shown error stays while the clinician types the fix, and goes once they leave the field', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await fillDate(el, 'Date you assessed the patient', '31', '2', '2026');
    await click(el, confirmButton(el));
    await typeInto(el, shadow(el).getElementById('assessment-date-day') as HTMLInputElement, '28');
    expect(errorMessages(el)).to.include('Error: Date you assessed the patient must be a real date');
    await leave(el);
    expect(errorMessages(el)).to.not.include('Error: Date you assessed the patient must be a real date');
    expect(summaryLinks(el).map((a) => a.textContent?.trim())).to.deep.equal(['Enter at least one condition', 'Enter how long the advice applies for']);
  });

  it('a fixed error elsewhere goes when the clinician leaves the field that fixed it; new errors wait for confirm', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await click(el, confirmButton(el));
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await fillDate(el, 'Date of statement', '1', '1', '2030');
    await leave(el);
    expect(summaryLinks(el).map((a) => a.textContent?.trim())).to.deep.equal(['Enter how long the advice applies for', 'Date of statement must be today or in the past']);
  });

  it('the summary goes once every error is put right', async () => {
    const el = await formFixture();
    await answerQuestions(el);
    await click(el, confirmButton(el));
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await leave(el);
    await click(el, byRole(el, 'button', /^2 weeks$/));
    await leave(el);
    expect(shadow(el).getElementById('error-summary') === null).to.equal(true);
  });
});
