import { expect } from '@open-wc/testing';
import { createFitNote } from '../../../src/model/fit-note.js';
import { allByRole, byRole, click, confirmButton, errorMessages, formFixture, ISSUER, PATIENT, shadow, text, TODAY, warningRules } from './form-helpers.js';

describe('<fit-note-form> default state', () => {
  it('shows the patient: name, NHS number as 3-3-4 and date of birth, so a wrong patient is visible', async () => {
    const el = await formFixture();
    const banner = shadow(el).querySelector('[part=patient]');
    expect(banner?.textContent?.replace(/\s+/g, ' ')).to.contain('Alex Example').and.contain('943 476 5919').and.contain('3 March 1980');
  });

  it('warns when the NHS number fails its check digit, or when no patient was given', async () => {
    const el = await formFixture();
    el.patient = { name: 'Alex Example', nhsNumber: '9434765910' };
    await el.updateComplete;
    const banner = () => shadow(el).querySelector('[part=patient]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(banner()).to.contain('Important: This NHS number is not valid. Check you have the right patient.');
    el.patient = undefined;
    await el.updateComplete;
    expect(banner()).to.contain('No patient details were given.');
  });

  it('starts from the default note: may be fit, assessed today, stated today; how assessed and the review left for the clinician', async () => {
    const el = await formFixture();
    expect(el.value).to.deep.equal(createFitNote({ today: TODAY, patient: PATIENT, issuer: ISSUER }));
    expect(el.value.assessmentMethod).to.equal(null);
    expect(el.value.reassessmentNeeded).to.equal(null);
    expect(byRole<HTMLInputElement>(el, 'radio', 'may be fit for work').checked).to.equal(true);
    expect(byRole<HTMLInputElement>(el, 'radio', 'face to face').checked).to.equal(false);
    expect(byRole<HTMLInputElement>(el, 'radio', 'I will not need to assess').checked).to.equal(false);
    expect(byRole<HTMLInputElement>(el, 'radio', 'I will need to assess').checked).to.equal(false);
    expect(text(el), 'a date that is today shows in words, with Change').to.contain('Date you assessed the patient Today, 3 March 2026 Change');
    expect(text(el)).to.contain('Date of statement Today, 3 March 2026 Change');
  });

  it('Change opens a date that is today into its three fields, focused on the day', async () => {
    const el = await formFixture();
    await click(el, shadow(el).querySelector<HTMLButtonElement>('#assessment-date-change')!);
    expect(shadow(el).activeElement?.id).to.equal('assessment-date-day');
    expect(text(el)).to.contain('That is 3 March 2026.');
  });

  it('offers exactly the two Med3 options, "not fit" one click away, and never "fit for work"', async () => {
    const el = await formFixture();
    const notFit = byRole<HTMLInputElement>(el, 'radio', 'not fit for work');
    const mayBeFit = byRole<HTMLInputElement>(el, 'radio', 'may be fit for work');
    expect(notFit.checked).to.equal(false);
    expect(notFit.name).to.equal(mayBeFit.name);
    expect(allByRole(el, 'radio', 'fit for work')).to.have.length(2);
    expect(allByRole(el, 'radio', /^(you are )?fit for work/i)).to.have.length(0);
    expect(notFit.className).to.equal(mayBeFit.className);
  });

  it('says plainly that "may be fit" is selected to start with', async () => {
    const el = await formFixture();
    const fitness = byRole<HTMLFieldSetElement>(el, 'group', 'I advise you that');
    expect(fitness.getAttribute('aria-describedby')).to.contain('fitness-hint');
    expect(shadow(el).getElementById('fitness-hint')?.textContent).to.contain('“May be fit for work” is selected to start with');
  });

  it('has the accessible names hosts rely on (CONTRACT.md)', async () => {
    const el = await formFixture();
    for (const name of ['phased return', 'altered hours', 'amended duties', 'workplace adaptations']) {
      expect(byRole<HTMLInputElement>(el, 'checkbox', name).checked, name).to.equal(false);
    }
    expect(byRole(el, 'textbox', 'functional effects').tagName).to.equal('TEXTAREA');
    expect(confirmButton(el).textContent?.trim()).to.equal('Confirm fit note');
    expect(allByRole(el, 'button', /^confirm fit note/i)).to.have.length(1);
  });

  it('shows no errors before the clinician does anything, but the note is not yet valid', async () => {
    const el = await formFixture();
    expect(errorMessages(el)).to.deep.equal([]);
    expect(shadow(el).getElementById('error-summary') === null).to.equal(true);
    expect(el.validity.valid).to.equal(false);
    expect(el.validity.errors.map((e) => [e.rule, e.field])).to.deep.equal([
      ['FORMAT', 'assessmentMethod'],
      ['R1', 'conditions'],
      ['R3', 'period.end'],
      ['FORMAT', 'reassessmentNeeded'],
    ]);
    expect(el.validity.errors.map((e) => e.message)).to.include('Select whether you will need to assess the patient again');
  });

  it('asks for a length rather than pre-choosing one, and offers "indefinite" only after 6 months', async () => {
    const el = await formFixture();
    expect(text(el)).to.contain('This will be the case for a length not yet chosen.');
    expect(allByRole(el, 'button', /week|month/).every((b) => b.getAttribute('aria-pressed') === 'false')).to.equal(true);
    expect(allByRole(el, 'checkbox', 'indefinite')).to.have.length(0);
    expect(byRole<HTMLInputElement>(el, 'textbox', /^For/).value).to.equal('');
  });

  it('shows the issuer read-only, and the R11 prompt that the employer has nothing to act on yet', async () => {
    const el = await formFixture();
    const issuer = shadow(el).getElementById('issuer');
    expect(issuer?.textContent?.replace(/\s+/g, ' ')).to.contain('Dr Sam Sample').and.contain('Doctor').and.contain('Example Surgery');
    expect(issuer?.querySelectorAll('input, textarea, select').length).to.equal(0);
    expect(warningRules(el)).to.deep.equal(['R11']);
  });

  it('defaults today to the local date when no today attribute is given', async () => {
    const el = document.createElement('fit-note-form');
    document.body.append(el);
    try {
      await el.updateComplete;
      const now = new Date();
      const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      expect(el.today).to.equal(local);
      expect(el.value.assessmentDate).to.equal(local);
      expect(el.value.statementDate).to.equal(local);
    } finally {
      el.remove();
    }
  });
});
