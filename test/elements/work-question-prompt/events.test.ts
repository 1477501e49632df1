import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createWorkAnswers, type WorkAnswers } from '../../../src/model/work-question.js';
import type { WorkQuestionCompleteDetail, WorkQuestionPrompt } from '../../../src/work-question-prompt.js';
import { acceptButton, button, click, control, errors, leave, prompt, record, statusText, type, typeDate, withoutIds } from './helpers.js';

const BACK_PAIN = { system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' };
const CONTEXT = { patientId: 'p-123', encounterId: 'e-9', userId: 'u-1' };

function answers(overrides: Partial<WorkAnswers> = {}): WorkAnswers {
  return { ...createWorkAnswers(), ...overrides };
}

describe('<work-question-prompt> events', () => {
  it('work-question-change after each edit, with the whole value and the context', async () => {
    const el = await prompt();
    el.context = CONTEXT;
    const r = record(el);
    await click(el, 'Employed');
    await type(el, 'Job title (optional)', 'Nurse');
    await click(el, 'Off sick');
    expect(r.changes).to.deep.equal([
      { value: answers({ status: 'employed' }), context: CONTEXT },
      { value: answers({ status: 'employed', jobTitle: 'Nurse' }), context: CONTEXT },
      { value: answers({ status: 'employed', jobTitle: 'Nurse', managing: 'off-sick' }), context: CONTEXT },
    ]);
    expect(r.completes).to.deep.equal([]);
  });

  it('events bubble and cross the shadow boundary to a listener on the document', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('work-question-prompt');
    el.setAttribute('today', '2026-03-03');
    shadow.append(el);
    await el.updateComplete;
    const heard: string[] = [];
    const listen = (e: Event) => heard.push(e.type);
    document.addEventListener('work-question-change', listen);
    document.addEventListener('work-question-complete', listen);
    try {
      (el.shadowRoot!.getElementById('status-retired') as HTMLInputElement).click();
      await el.updateComplete;
      button(el, 'Done').click();
    } finally {
      document.removeEventListener('work-question-change', listen);
      document.removeEventListener('work-question-complete', listen);
    }
    expect(heard).to.deep.equal(['work-question-change', 'work-question-complete']);
  });

  it('Done sends the envelope, the answers, only the accepted suggestions, and everything offered', async () => {
    const el = await fixture<WorkQuestionPrompt>(html`<work-question-prompt today="2026-03-03" icb="QOP"></work-question-prompt>`);
    el.context = CONTEXT;
    el.conditions = [BACK_PAIN];
    const r = record(el);
    await click(el, 'Employed');
    await click(el, 'Manual work or heavy lifting');
    await click(el, 'Driving for work');
    await click(el, 'Working, with difficulty');
    await click(el, 'Going back gradually');
    acceptButton(el, 'help-phased-return').click();
    acceptButton(el, 'heavy-lifting-musculoskeletal').click();
    await el.updateComplete;
    button(el, 'Done').click();
    expect(r.completes).to.have.length(1);
    const expectedAnswers = {
      status: 'employed',
      jobTitle: '',
      pattern: { hoursPerWeek: null, shiftsOrNights: false, activity: 'manual-heavy-lifting', driving: true, safetyCritical: false, publicFacing: false },
      managing: 'working-with-difficulty',
      offSickSince: null,
      whatMayHelp: ['phased-return'],
      freeText: '',
      skipped: false,
    };
    const heavy = 'Heavy lifting + Low back pain → consider amended duties';
    const driving = 'Drives for work → consider amended duties if the condition or its treatment affects driving';
    const phased = 'Going back gradually may help → a phased return to work';
    const workwell = 'Struggling at work or off sick in a WorkWell area → WorkWell support to stay in work';
    expect(withoutIds(r.completes[0]!)).to.deep.equal({
      specVersion: '1',
      context: CONTEXT,
      summary: 'Work question: Employed; Working, with difficulty; 2 suggestions accepted',
      narrative: [
        'The work question (asked as in the 2025 consensus on health and work)',
        'What do you do for work? Employed',
        'Pattern and demands of work: Manual work or heavy lifting; Driving for work',
        'How are you managing in work? Working, with difficulty',
        'What may help you get back to work? Going back gradually',
        'Suggestions accepted by the clinician:',
        `- ${heavy}`,
        `- ${phased}`,
        'To bear in mind:',
        `- ${driving}`,
      ].join('\n'),
      answers: expectedAnswers,
      suggestions: { adjustments: ['phasedReturn', 'amendedDuties'], serviceCategories: [], reasons: [heavy, phased] },
      offered: { adjustments: ['phasedReturn', 'amendedDuties'], serviceCategories: ['workwell'], reasons: [heavy, driving, phased, workwell] },
      acceptedRules: ['heavy-lifting-musculoskeletal', 'help-phased-return'],
    });
    await el.updateComplete;
    expect(statusText(el)).to.equal('Work question answered. You can still change the answers and select Done again.');
  });

  it('the complete event leaves out answers to questions that do not apply; value keeps them', async () => {
    const el = await prompt();
    el.value = answers({ status: 'retired', jobTitle: 'Teacher', managing: 'off-sick', offSickSince: '2026-01-01', whatMayHelp: ['talking-therapy'] });
    const r = record(el);
    await el.updateComplete;
    button(el, 'Done').click();
    expect(r.completes[0]!.answers).to.deep.equal(answers({ status: 'retired' }));
    expect(r.completes[0]!.offered).to.deep.equal({ adjustments: [], serviceCategories: [], reasons: [] });
    expect(el.value.jobTitle).to.equal('Teacher');
  });

  it('nothing accepted: suggestions are empty, offered holds them all', async () => {
    const el = await prompt();
    const r = record(el);
    await click(el, 'Looking for work');
    button(el, 'Done').click();
    const detail = r.completes[0]!;
    expect(detail.suggestions).to.deep.equal({ adjustments: [], serviceCategories: [], reasons: [] });
    expect(detail.offered.serviceCategories).to.deep.equal(['connect-to-work', 'work-coach', 'career-coaching']);
    expect(detail.acceptedRules).to.deep.equal([]);
    expect(detail.summary).to.equal('Work question: Looking for work');
  });

  it('off sick for 7 months: accepting puts sixMonthsOrMore in the suggestions', async () => {
    const el = await prompt();
    const r = record(el);
    await click(el, 'Employed');
    await click(el, 'Off sick');
    await typeDate(el, '4', '8', '2025');
    acceptButton(el, 'off-sick-6-months').click();
    await el.updateComplete;
    button(el, 'Done').click();
    expect(r.completes[0]!.suggestions).to.deep.equal({
      adjustments: [],
      serviceCategories: [],
      sixMonthsOrMore: true,
      reasons: ['Off sick for 7 months → the 3-month limit does not apply (if off sick with this condition)'],
    });
    expect(r.completes[0]!.answers.offSickSince).to.equal('2025-08-04');
  });

  it('each Done is a new message, so a host can tell a repeat from a resend', async () => {
    const el = await prompt();
    const r = record(el);
    await click(el, 'Caring for someone');
    button(el, 'Done').click();
    button(el, 'Done').click();
    expect(r.completes).to.have.length(2);
    expect(r.completes[0]!.messageId).to.not.equal(r.completes[1]!.messageId);
  });
});

describe('<work-question-prompt> skipping', () => {
  it('Skip records skipped: true and completes with no suggestions; the envelope says it was skipped', async () => {
    const el = await prompt();
    el.context = { patientId: 'p-7' };
    const r = record(el);
    await click(el, 'Employed');
    await click(el, 'Going back gradually');
    acceptButton(el, 'help-phased-return').click();
    await el.updateComplete;
    r.changes.length = 0;
    button(el, 'Skip the work question').click();
    await el.updateComplete;
    expect(r.changes).to.deep.equal([]);
    expect(r.completes).to.have.length(1);
    const detail: WorkQuestionCompleteDetail = r.completes[0]!;
    expect(withoutIds(detail)).to.deep.equal({
      specVersion: '1',
      context: { patientId: 'p-7' },
      summary: 'Work question skipped',
      narrative: 'The work question (asked as in the 2025 consensus on health and work)\nThe work question was skipped.',
      answers: answers({ status: 'employed', whatMayHelp: ['phased-return'], skipped: true }),
      suggestions: { adjustments: [], serviceCategories: [], reasons: [] },
      offered: { adjustments: [], serviceCategories: [], reasons: [] },
      acceptedRules: [],
    });
    expect(el.value.skipped).to.equal(true);
    expect(statusText(el)).to.equal('Work question skipped. You can still answer it and select Done.');
  });

  it('Skip works with errors on screen and clears them', async () => {
    const el = await prompt();
    const r = record(el);
    await click(el, 'Employed');
    await click(el, 'Off sick');
    await typeDate(el, '99', '1', '2026');
    await leave(el);
    expect(errors(el)).to.have.length(1);
    button(el, 'Skip the work question').click();
    await el.updateComplete;
    expect(errors(el)).to.deep.equal([]);
    expect(r.completes).to.have.length(1);
    expect(r.completes[0]!.answers.skipped).to.equal(true);
  });

  it('an edit after skipping reopens the question: skipped is false again', async () => {
    const el = await prompt();
    const r = record(el);
    button(el, 'Skip the work question').click();
    await el.updateComplete;
    await click(el, 'Retired');
    expect(r.changes.at(-1)?.value.skipped).to.equal(false);
    expect(statusText(el)).to.equal('');
    button(el, 'Done').click();
    expect(r.completes.at(-1)?.answers).to.deep.equal(answers({ status: 'retired' }));
  });
});

describe('<work-question-prompt> input and change, for Vue v-model and Angular forms', () => {
  /** The plain `input` and `change` events a framework hears on the element, with the value it would read then. */
  function heard(el: WorkQuestionPrompt): { type: string; status: string | null; freeText: string }[] {
    const log: { type: string; status: string | null; freeText: string }[] = [];
    for (const type of ['input', 'change']) {
      el.parentElement!.addEventListener(type, (e) => {
        if (e.target === el) log.push({ type, status: el.value.status, freeText: el.value.freeText });
      });
    }
    return log;
  }

  it('a choice says change once, with the new value already readable', async () => {
    const el = await prompt();
    const log = heard(el);
    await click(el, 'Employed');
    await click(el, 'Going back gradually');
    expect(log).to.deep.equal([
      { type: 'change', status: 'employed', freeText: '' },
      { type: 'change', status: 'employed', freeText: '' },
    ]);
  });

  it('typing says input at each keystroke, and change once the field is left', async () => {
    const el = await prompt();
    const log = heard(el);
    control(el, 'Anything else about work (optional)').focus();
    await sendKeys({ type: 'Ok' });
    await el.updateComplete;
    expect(log).to.deep.equal([
      { type: 'input', status: null, freeText: 'O' },
      { type: 'input', status: null, freeText: 'Ok' },
    ]);
    await leave(el);
    expect(log.at(-1)).to.deep.equal({ type: 'change', status: null, freeText: 'Ok' });
    expect(log).to.have.length(3);
  });

  it('Skip, and Done after a skip, change value.skipped: each says input and change; accepting a suggestion says nothing', async () => {
    const el = await prompt();
    await click(el, 'Retired');
    await click(el, 'Employed');
    await click(el, 'Going back gradually');
    const log = heard(el);
    acceptButton(el, 'help-phased-return').click();
    await el.updateComplete;
    expect(log).to.deep.equal([]);
    button(el, 'Skip the work question').click();
    expect(log.map((e) => e.type)).to.deep.equal(['input', 'change']);
    expect(el.value.skipped).to.equal(true);
    button(el, 'Done').click();
    expect(log.map((e) => e.type)).to.deep.equal(['input', 'change', 'input', 'change']);
    expect(el.value.skipped).to.equal(false);
    button(el, 'Done').click();
    expect(log, 'a second Done changes nothing').to.have.length(4);
  });
});
