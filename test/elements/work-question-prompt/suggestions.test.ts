import { expect, fixture, html } from '@open-wc/testing';
import { builtInServices, createServiceIndex, icbChoices, searchServices } from '../../../src/model/services.js';
import type { WorkQuestionPrompt } from '../../../src/work-question-prompt.js';
import { acceptButton, button, click, notes, prompt, record, suggestions, typeDate } from './helpers.js';

const panel = (el: WorkQuestionPrompt) => el.shadowRoot!.querySelector<HTMLElement>('.suggestions')!;

describe('<work-question-prompt> suggestions', () => {
  it('start empty and appear as the answers change, each with its reason and an Accept button not pressed', async () => {
    const el = await prompt();
    expect(panel(el).textContent).to.contain('No suggestions yet. They appear here as you answer.');
    await click(el, 'Talking therapy');
    await click(el, 'Help with money, debt or housing');
    expect(suggestions(el)).to.deep.equal([
      { rule: 'help-talking-therapy', reason: 'Talking therapy may help → NHS Talking Therapies, with an employment adviser', pressed: 'false' },
      {
        rule: 'help-money-debt-housing',
        reason: 'Help with money, debt or housing → a social prescribing link worker, and debt and housing advice',
        pressed: 'false',
      },
    ]);
    expect(panel(el).textContent).to.contain('Nothing is added to the fit note unless you accept it.');
  });

  it('Accept is a toggle button whose name says what it accepts', async () => {
    const el = await prompt();
    await click(el, 'Going back gradually');
    const accept = acceptButton(el, 'help-phased-return');
    expect(accept.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Accept: Going back gradually may help → a phased return to work');
    expect(accept.type).to.equal('button');
    accept.click();
    await el.updateComplete;
    expect(suggestions(el)[0]!.pressed).to.equal('true');
    expect(el.shadowRoot!.querySelector('.suggestion .tag')?.textContent).to.equal('Accepted');
    accept.click();
    await el.updateComplete;
    expect(suggestions(el)[0]!.pressed).to.equal('false');
    expect(el.shadowRoot!.querySelector('.suggestion .tag')).to.equal(null);
  });

  it('accepting fires no change event: the answers did not change', async () => {
    const el = await prompt();
    await click(el, 'Going back gradually');
    const r = record(el);
    acceptButton(el, 'help-phased-return').click();
    await el.updateComplete;
    expect(r.changes).to.deep.equal([]);
  });

  it('a suggestion that stops applying loses its acceptance, so it comes back not accepted', async () => {
    const el = await prompt();
    await click(el, 'Going back gradually');
    acceptButton(el, 'help-phased-return').click();
    await el.updateComplete;
    await click(el, 'Going back gradually');
    expect(suggestions(el)).to.deep.equal([]);
    await click(el, 'Going back gradually');
    expect(suggestions(el)[0]!.pressed).to.equal('false');
    const r = record(el);
    button(el, 'Skip the work question').click();
    await click(el, 'Employed');
    button(el, 'Done').click();
    expect(r.completes.at(-1)?.suggestions.adjustments).to.deep.equal([]);
  });

  it('notes (R7, driving, safety-critical) are listed to bear in mind, with nothing to accept', async () => {
    const el = await prompt();
    await click(el, 'Employed');
    await click(el, 'Driving for work');
    await click(el, 'Safety-critical duties');
    await click(el, 'Off sick');
    await typeDate(el, '1', '3', '2026');
    expect(suggestions(el)).to.deep.equal([]);
    expect(notes(el)).to.deep.equal([
      'Off sick for 3 days → for the first 7 days they can self-certify (form SC2); a fit note is needed only after that (rule R7)',
      'Safety-critical duties → consider amended duties if the condition or its treatment affects safety',
      'Drives for work → consider amended duties if the condition or its treatment affects driving',
    ]);
    expect(panel(el).querySelectorAll('.note-list button')).to.have.length(0);
    expect(panel(el).querySelector('h4')?.textContent).to.equal('To bear in mind');
  });

  it('someone off sick for 7 months is offered "the 3-month limit does not apply"', async () => {
    const el = await prompt();
    await click(el, 'Employed');
    await click(el, 'Off sick');
    await typeDate(el, '4', '8', '2025');
    expect(suggestions(el).map((s) => s.reason)).to.deep.equal(['Off sick for 7 months → the 3-month limit does not apply (if off sick with this condition)']);
  });

  it('not ready to think about work: a gentle note and no services', async () => {
    const el = await fixture<WorkQuestionPrompt>(html`<work-question-prompt today="2026-03-03" icb="QOP"></work-question-prompt>`);
    await click(el, 'Looking for work');
    expect(suggestions(el).map((s) => s.rule)).to.deep.equal(['looking-for-work', 'looking-for-work-workwell']);
    await click(el, 'Not ready to think about work yet');
    expect(suggestions(el)).to.deep.equal([]);
    expect(notes(el)).to.deep.equal(['Not ready to think about work yet → no services suggested for now; ask again at the next review']);
  });

  it('WorkWell is suggested only when the icb attribute is a WorkWell area', async () => {
    const el = await fixture<WorkQuestionPrompt>(html`<work-question-prompt today="2026-03-03" icb="QMM"></work-question-prompt>`);
    await click(el, 'Looking for work');
    expect(suggestions(el).map((s) => s.rule)).to.deep.equal(['looking-for-work']);
    el.setAttribute('icb', 'QUY');
    await el.updateComplete;
    expect(suggestions(el).map((s) => s.rule)).to.deep.equal(['looking-for-work', 'looking-for-work-workwell']);
  });

  it('heavy lifting with a musculoskeletal condition from the conditions property suggests amended duties', async () => {
    const el = await prompt();
    el.conditions = [{ display: 'Anxiety' }, { display: 'Mechanical low back pain' }];
    await click(el, 'Employed');
    await click(el, 'Manual work or heavy lifting');
    expect(suggestions(el)).to.deep.equal([
      { rule: 'heavy-lifting-musculoskeletal', reason: 'Heavy lifting + Mechanical low back pain → consider amended duties', pressed: 'false' },
    ]);
    el.conditions = [{ display: 'Anxiety' }];
    await el.updateComplete;
    expect(suggestions(el)).to.deep.equal([]);
  });

  for (const icb of ['Z9B2Z', 'qop', ' QOP ']) {
    it(`with icb="${icb}" (any case, spaces around, 2023 or 2026 code) someone struggling at work or off sick is offered WorkWell`, async () => {
      const el = await fixture<WorkQuestionPrompt>(html`<work-question-prompt today="2026-03-03" icb=${icb}></work-question-prompt>`);
      const r = record(el);
      await click(el, 'Employed');
      await click(el, 'Working, with difficulty');
      expect(suggestions(el).map((s) => s.rule)).to.deep.equal(['at-risk-workwell']);
      await click(el, 'Off sick');
      expect(suggestions(el).map((s) => s.rule)).to.deep.equal(['at-risk-workwell']);
      acceptButton(el, 'at-risk-workwell').click();
      await el.updateComplete;
      button(el, 'Done').click();
      expect(r.completes[0]!.suggestions.serviceCategories).to.deep.equal(['workwell']);
    });
  }

  it('for every ICB code, 2026 and dissolved 2023, WorkWell is suggested exactly where the built-in directory offers a WorkWell service', async () => {
    const index = createServiceIndex(builtInServices);
    const el = await prompt();
    await click(el, 'Looking for work');
    const { current, former } = icbChoices();
    const codes = [...current, ...former].map((area) => area.code);
    expect(codes).to.include('Z9B2Z');
    const disagree: string[] = [];
    let workWellAreas = 0;
    for (const code of codes) {
      el.icb = code;
      await el.updateComplete;
      const offered = searchServices(index, { icb: code, categories: ['workwell'] }).length > 0;
      const suggested = suggestions(el).some((s) => s.rule === 'looking-for-work-workwell');
      if (offered !== suggested) disagree.push(`${code}: directory ${String(offered)}, prompt ${String(suggested)}`);
      if (suggested) workWellAreas += 1;
    }
    expect(disagree).to.deep.equal([]);
    expect(workWellAreas).to.be.greaterThan(15);
  });
});
