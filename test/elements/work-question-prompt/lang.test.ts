import { expect, fixture, html } from '@open-wc/testing';
import { createWorkAnswers } from '../../../src/model/work-question.js';
import { registerCatalogue } from '../../../src/messages/index.js';
import type { WorkQuestionPrompt } from '../../../src/work-question-prompt.js';
import { absenceText, acceptButton, button, errors, legends, record, summaryLinks } from './helpers.js';

// A stand-in language: a few words, enough to see each kind of text follow `lang`.
registerCatalogue('x-prompt', {
  'prompt.heading': 'XX work question',
  'prompt.q1.legend': 'XX what work?',
  'prompt.error.status': 'XX choose a status',
  'common.error.prefix': 'XX error:',
  'common.errorSummary.title': 'XX problem',
  'month.12': 'XXDecember',
  'unit.months.other': '{count:number} XXmonths',
  'prompt.absence.moreThan': 'XXmore than {length}',
  'prompt.reason.phasedReturn': 'XX phased return reason',
  'prompt.narrative.heading': 'XX the work question',
  'prompt.summary.answered': 'XX work question: {answers}',
});

const heading = (el: WorkQuestionPrompt) => el.shadowRoot!.querySelector('#heading')?.textContent;

describe('<work-question-prompt lang>', () => {
  it('a lang set on an ancestor after errors showed re-renders the words, errors and dates, losing nothing', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><work-question-prompt today="2026-03-03"></work-question-prompt></div>`);
    const el = wrapper.querySelector('work-question-prompt')!;
    button(el, 'Done').click();
    await el.updateComplete;
    expect(errors(el)).to.deep.equal(['Error: Select what the patient does for work, or skip the work question']);
    wrapper.setAttribute('lang', 'x-prompt');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(heading(el)).to.equal('XX work question');
    expect(legends(el)[0]).to.equal('XX what work?');
    expect(errors(el)).to.deep.equal(['XX error: XX choose a status']);
    expect(summaryLinks(el)).to.deep.equal(['XX choose a status']);
    expect(el.shadowRoot!.querySelector('#error-summary-title')?.textContent).to.equal('XX problem');
    wrapper.removeAttribute('lang');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(heading(el)).to.equal('The work question');
    expect(errors(el)).to.deep.equal(['Error: Select what the patient does for work, or skip the work question']);
  });

  it('the length of absence gives its date in the element\'s language', async () => {
    const el = await fixture<WorkQuestionPrompt>(html`<work-question-prompt today="2026-03-03" lang="x-prompt"></work-question-prompt>`);
    el.value = { ...createWorkAnswers(), status: 'employed', managing: 'off-sick', offSickSince: '2025-12-01' };
    await el.updateComplete;
    expect(absenceText(el)).to.contain('XXmore than 3 XXmonths');
    expect(absenceText(el)).to.contain('1 XXDecember 2025');
  });

  it('the suggestions, and the narrative and summary of the complete event, are in the element\'s language', async () => {
    const el = await fixture<WorkQuestionPrompt>(html`<work-question-prompt today="2026-03-03" lang="x-prompt"></work-question-prompt>`);
    el.value = { ...createWorkAnswers(), status: 'employed', whatMayHelp: ['phased-return'] };
    await el.updateComplete;
    const r = record(el);
    acceptButton(el, 'help-phased-return').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.suggestion__reason')?.textContent).to.equal('XX phased return reason');
    button(el, 'Done').click();
    const detail = r.completes[0]!;
    expect(detail.suggestions.reasons).to.deep.equal(['XX phased return reason']);
    expect(detail.narrative.split('\n')[0]).to.equal('XX the work question');
    expect(detail.narrative).to.contain('- XX phased return reason');
    expect(detail.summary).to.match(/^XX work question: /);
  });
});
