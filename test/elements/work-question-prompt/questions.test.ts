import { expect } from '@open-wc/testing';
import { absenceText, button, click, control, errors, has, leave, legends, prompt, record, summaryLinks, type, typeDate } from './helpers.js';

const Q1 = 'What do you do for work?';
const Q2 = 'How are you managing in work?';
const Q3 = 'What may help you get back to work?';
const JOB_DETAILS = ['Job title (optional)', 'Hours a week (optional)', 'Manual work or heavy lifting', 'Driving for work', 'Safety-critical duties'];

describe('<work-question-prompt> questions', () => {
  it('a new patient sees the three questions, with no answer chosen and no job details yet', async () => {
    const el = await prompt();
    expect(legends(el)).to.deep.equal([Q1, Q2, Q3]);
    for (const status of ['Employed', 'Self-employed', 'Looking for work', 'Not working and not looking for work', 'In education or training', 'Caring for someone', 'Retired', 'Prefers not to say']) {
      expect(control(el, status).checked, status).to.equal(false);
    }
    for (const name of JOB_DETAILS) expect(has(el, name), name).to.equal(false);
    expect(has(el, 'Anything else about work (optional)')).to.equal(true);
  });

  for (const status of ['Employed', 'Self-employed']) {
    it(`"${status}" reveals the job title, hours, what the work is like and its demands, then asks how they are managing`, async () => {
      const el = await prompt();
      await click(el, status);
      for (const name of JOB_DETAILS) expect(has(el, name), name).to.equal(true);
      expect(legends(el)).to.deep.equal([Q1, 'What is the work mostly like? (optional)', 'Does the work involve any of these? (optional)', Q2, Q3]);
      const details = el.shadowRoot!.querySelector('.conditional')!;
      expect(details.previousElementSibling?.querySelector('label')?.textContent).to.equal(status);
    });
  }

  for (const status of ['Looking for work', 'Not working and not looking for work', 'In education or training', 'Caring for someone']) {
    it(`"${status}" asks no job questions and not how they are managing, but asks what may help`, async () => {
      const el = await prompt();
      await click(el, status);
      expect(legends(el)).to.deep.equal([Q1, Q3]);
      for (const name of JOB_DETAILS) expect(has(el, name), name).to.equal(false);
    });
  }

  for (const status of ['Retired', 'Prefers not to say']) {
    it(`"${status}" asks nothing more; the free text stays`, async () => {
      const el = await prompt();
      await click(el, status);
      expect(legends(el)).to.deep.equal([Q1]);
      expect(has(el, 'Anything else about work (optional)')).to.equal(true);
    });
  }

  it('recording the job details puts them in the value', async () => {
    const el = await prompt();
    await click(el, 'Employed');
    await type(el, 'Job title (optional)', 'Bus driver');
    await type(el, 'Hours a week (optional)', '37.5');
    await click(el, 'Mostly sitting');
    await click(el, 'Shifts or nights');
    await click(el, 'Driving for work');
    await click(el, 'Working with the public');
    await click(el, 'Working, with difficulty');
    await click(el, 'Talking therapy');
    await type(el, 'Anything else about work (optional)', 'Early shifts are hardest.');
    expect(el.value).to.deep.equal({
      status: 'employed',
      jobTitle: 'Bus driver',
      pattern: { hoursPerWeek: 37.5, shiftsOrNights: true, activity: 'mostly-sitting', driving: true, safetyCritical: false, publicFacing: true },
      managing: 'working-with-difficulty',
      offSickSince: null,
      whatMayHelp: ['talking-therapy'],
      freeText: 'Early shifts are hardest.',
      skipped: false,
    });
  });

  it('changing the status and back loses nothing the clinician typed', async () => {
    const el = await prompt();
    await click(el, 'Employed');
    await type(el, 'Job title (optional)', 'Chef');
    await click(el, 'Retired');
    expect(has(el, 'Job title (optional)')).to.equal(false);
    expect(el.value.jobTitle).to.equal('Chef');
    await click(el, 'Employed');
    expect(control(el, 'Job title (optional)').value).to.equal('Chef');
  });

  it('"Off sick" reveals the three-field date; a real date shows the length of absence in words', async () => {
    const el = await prompt();
    await click(el, 'Employed');
    expect(legends(el)).to.not.include('Off sick since');
    await click(el, 'Off sick');
    expect(legends(el)).to.include('Off sick since');
    expect(absenceText(el)).to.equal('');
    await typeDate(el, '20', '7', '2025');
    expect(absenceText(el)).to.equal('Off sick for more than 7 months, since 20 July 2025.');
    expect(el.value.offSickSince).to.equal('2025-07-20');
    await typeDate(el, '1', '3', '2026');
    expect(absenceText(el)).to.equal('Off sick for 3 days, since 1 March 2026.');
  });

  it('"Not ready to think about work yet" excludes the other choices, and they exclude it', async () => {
    const el = await prompt();
    await click(el, 'Going back gradually');
    await click(el, 'Talking therapy');
    await click(el, 'Not ready to think about work yet');
    expect(el.value.whatMayHelp).to.deep.equal(['not-ready']);
    expect(control(el, 'Going back gradually').checked).to.equal(false);
    await click(el, 'More physical activity');
    expect(el.value.whatMayHelp).to.deep.equal(['physical-activity']);
    expect(control(el, 'Not ready to think about work yet').checked).to.equal(false);
    await click(el, 'More physical activity');
    expect(el.value.whatMayHelp).to.deep.equal([]);
  });
});

describe('<work-question-prompt> errors', () => {
  async function offSick() {
    const el = await prompt();
    await click(el, 'Employed');
    await click(el, 'Off sick');
    return el;
  }

  it('a date in the future: no error while typing; a clear error on leaving the date', async () => {
    const el = await offSick();
    await typeDate(el, '4', '3', '2026');
    expect(errors(el)).to.deep.equal([]);
    await leave(el);
    expect(errors(el)).to.deep.equal(['Error: Off sick since must be today or in the past']);
    expect(absenceText(el)).to.equal('');
    expect(control(el, 'Day').getAttribute('aria-invalid')).to.equal('true');
  });

  it('a date that is not real keeps what was typed, errs on leaving, and the error goes once it is fixed', async () => {
    const el = await offSick();
    await typeDate(el, '31', '2', '2026');
    expect(errors(el)).to.deep.equal([]);
    await leave(el);
    expect(errors(el)).to.deep.equal(['Error: Off sick since must be a real date, for example 3 3 2026']);
    expect([control(el, 'Day').value, control(el, 'Month').value, control(el, 'Year').value]).to.deep.equal(['31', '2', '2026']);
    expect(el.value.offSickSince).to.equal(null);
    await type(el, 'Day', '28');
    expect(errors(el)).to.deep.equal([]);
    expect(el.value.offSickSince).to.equal('2026-02-28');
  });

  it('moving between the day, month and year fields is not leaving the date', async () => {
    const el = await offSick();
    await type(el, 'Day', '9');
    control(el, 'Month').focus();
    await el.updateComplete;
    expect(errors(el)).to.deep.equal([]);
  });

  it('a blank date is allowed; leaving an untouched date shows nothing', async () => {
    const el = await offSick();
    control(el, 'Day').focus();
    await leave(el);
    expect(errors(el)).to.deep.equal([]);
    const r = record(el);
    button(el, 'Done').click();
    await el.updateComplete;
    expect(r.completes).to.have.length(1);
  });

  it('Done with a bad date shows "There is a problem", focused, and its link focuses the day field; nothing is completed', async () => {
    const el = await offSick();
    const r = record(el);
    await typeDate(el, '10', '13', '2025');
    button(el, 'Done').click();
    await el.updateComplete;
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
    const title = summary.querySelector('#error-summary-title');
    expect(title?.textContent).to.equal('There is a problem');
    expect(title?.getAttribute('aria-level'), 'one level below the prompt heading').to.equal('3');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summaryLinks(el)).to.deep.equal(['Off sick since must be a real date, for example 3 3 2026']);
    summary.querySelector('a')!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('off-sick-since-day');
    expect(r.completes).to.deep.equal([]);
  });

  it('the error summary is announced (role="alert"); its link brings the question into view, then focuses without scrolling again', async () => {
    const el = await prompt();
    button(el, 'Done').click();
    await el.updateComplete;
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    const radio = control(el, 'Employed');
    const legend = radio.closest('fieldset')!.querySelector('legend')!;
    const scrolled: Element[] = [];
    const focusedWith: (FocusOptions | undefined)[] = [];
    legend.scrollIntoView = () => scrolled.push(legend);
    const focus = radio.focus.bind(radio);
    radio.focus = (options?: FocusOptions) => {
      focusedWith.push(options);
      focus(options);
    };
    summary.querySelector('a')!.click();
    expect(scrolled).to.deep.equal([legend]);
    expect(focusedWith).to.deep.equal([{ preventScroll: true }]);
    expect(el.shadowRoot!.activeElement).to.equal(radio);
  });

  it('Done with no work status asks for one, and the link focuses the first status', async () => {
    const el = await prompt();
    const r = record(el);
    button(el, 'Done').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(summaryLinks(el)).to.deep.equal(['Select what the patient does for work, or skip the work question']);
    expect(errors(el)).to.deep.equal(['Error: Select what the patient does for work, or skip the work question']);
    el.shadowRoot!.querySelector<HTMLElement>('.error-summary a')!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('status-employed');
    await click(el, 'Caring for someone');
    expect(errors(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.error-summary')).to.equal(null);
    expect(r.completes).to.deep.equal([]);
  });

  it('hours that are not a number from 0 to 168 err on leaving the field, and the typed text stays', async () => {
    for (const bad of ['forty', '169', '-3', '37,5']) {
      const el = await prompt();
      await click(el, 'Self-employed');
      await type(el, 'Hours a week (optional)', bad);
      expect(errors(el), bad).to.deep.equal([]);
      await leave(el);
      expect(errors(el), bad).to.deep.equal(['Error: Hours a week must be a number from 0 to 168']);
      expect(control(el, 'Hours a week (optional)').value).to.equal(bad);
      expect(el.value.pattern.hoursPerWeek).to.equal(null);
      await type(el, 'Hours a week (optional)', '0');
      expect(errors(el), 'fixed').to.deep.equal([]);
      expect(el.value.pattern.hoursPerWeek).to.equal(0);
    }
  });

  it('text over the limits errs on Done, keeping every character typed', async () => {
    const el = await prompt();
    await click(el, 'Employed');
    const title = 't'.repeat(201);
    const notes = 'n'.repeat(10_001);
    await type(el, 'Job title (optional)', title);
    await type(el, 'Anything else about work (optional)', notes);
    button(el, 'Done').click();
    await el.updateComplete;
    expect(summaryLinks(el)).to.deep.equal(['Job title must be 200 characters or fewer', 'Anything else about work must be 10,000 characters or fewer']);
    expect(control(el, 'Job title (optional)').value).to.equal(title);
    expect(control<HTMLTextAreaElement>(el, 'Anything else about work (optional)').value).to.equal(notes);
  });

  it('the summary never links to a field that is no longer on screen', async () => {
    const el = await prompt();
    await click(el, 'Employed');
    await click(el, 'Off sick');
    await typeDate(el, '40', '1', '2026');
    button(el, 'Done').click();
    await el.updateComplete;
    expect(summaryLinks(el)).to.have.length(1);
    await click(el, 'Working normally');
    expect(el.shadowRoot!.querySelector('.error-summary')).to.equal(null);
    await click(el, 'Off sick');
    expect(summaryLinks(el)).to.deep.equal(['Off sick since must be a real date, for example 3 3 2026']);
  });

  it('a field with an error on a question that no longer applies does not block Done', async () => {
    const el = await prompt();
    await click(el, 'Employed');
    await click(el, 'Off sick');
    await typeDate(el, '40', '1', '2026');
    await leave(el);
    expect(errors(el)).to.have.length(1);
    await click(el, 'Retired');
    const r = record(el);
    button(el, 'Done').click();
    await el.updateComplete;
    expect(r.completes).to.have.length(1);
    expect(r.completes[0]!.answers.offSickSince).to.equal(null);
  });
});

describe('<work-question-prompt disabled>', () => {
  it('disabled makes every control and button unusable for the moment; the answers stay', async () => {
    const el = await prompt();
    await click(el, 'Employed');
    await click(el, 'Going back gradually');
    const controls = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLTextAreaElement>('input, textarea, button')];
    el.setAttribute('disabled', '');
    await el.updateComplete;
    expect(controls().filter((c) => !c.disabled).map((c) => c.id || c.textContent)).to.deep.equal([]);
    el.removeAttribute('disabled');
    await el.updateComplete;
    expect(controls().filter((c) => c.disabled)).to.deep.equal([]);
    expect(control(el, 'Employed').checked).to.equal(true);
    expect(el.value.whatMayHelp).to.deep.equal(['phased-return']);
  });
});
