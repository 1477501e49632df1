import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FitNoteForm, FitNoteSubmitDetail } from '../../../src/fit-note-form.js';
import { formFixture, shadow, TODAY } from './form-helpers.js';

const active = (el: FitNoteForm) => shadow(el).activeElement as HTMLElement | null;

/** The focused control, inside the embedded work question or services picker when focus is there. */
function deepActive(el: FitNoteForm): HTMLElement | null {
  let node = active(el);
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement as HTMLElement;
  return node;
}

/** Presses Tab until `match` holds for the focused control, checking each stop shows its focus. */
async function tabTo(el: FitNoteForm, match: (node: HTMLElement) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    const node = deepActive(el);
    if (!node) continue;
    const style = getComputedStyle(node);
    expect(style.outlineStyle !== 'none' || style.boxShadow !== 'none', `focus visible on #${node.id || node.tagName}`).to.equal(true);
    if (match(node)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

const byId = (id: string) => (node: HTMLElement) => node.id === id;
const byText = (text: string) => (node: HTMLElement) => node.textContent?.trim() === text;

describe('<fit-note-form> keyboard only', () => {
  it('the whole note can be completed and confirmed with the keyboard alone', async () => {
    const el = await formFixture();
    (document.activeElement as HTMLElement | null)?.blur();

    // The work question is one line, folded away: the note is a few Tabs from the top.
    await tabTo(el, byId('method-face-to-face'), 'how the patient was assessed');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.assessmentMethod).to.equal('face-to-face');
    await tabTo(el, byId('condition-0'), 'the first condition');
    await sendKeys({ press: 'Space' });
    await tabTo(el, byId('fitness-may-be-fit'), 'the advice');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.value.fitness).to.equal('not-fit');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value.fitness).to.equal('may-be-fit');
    await tabTo(el, byId('adjustment-amendedDuties'), 'amended duties');
    await sendKeys({ press: 'Space' });
    await tabTo(el, byId('help-amendedDuties-toggle'), 'its help');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)?.id).to.equal('help-amendedDuties');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(active(el)?.id).to.equal('help-amendedDuties-toggle');
    await tabTo(el, byId('comments'), 'the comments');
    await sendKeys({ type: 'No heavy lifting for 2 weeks.' });
    // The quick lengths are one tab stop (a toolbar): arrow to the one wanted.
    await tabTo(el, byText('1 week'), 'the quick lengths');
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)?.textContent?.trim()).to.equal('2 weeks');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabTo(el, byId('review-yes'), 'the review, neither answer chosen');
    await sendKeys({ press: 'Space' });
    await tabTo(el, byId('confirm'), 'the confirm button');
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const { detail } = (await oneEvent(el, 'fit-note-submit')) as CustomEvent<FitNoteSubmitDetail>;
    expect(detail.fitNote.conditions.map((c) => c.display)).to.deep.equal(['Low back pain']);
    expect(detail.fitNote.adjustments.amendedDuties).to.equal(true);
    expect(detail.fitNote.comments).to.equal('No heavy lifting for 2 weeks.');
    expect(detail.fitNote.period).to.deep.equal({ start: TODAY, end: '2026-03-16' });
    expect(detail.fitNote.reassessmentNeeded).to.equal(true);
    expect(detail.fitnessChoice).to.equal('clinician-selected');
    expect(detail.assessmentMethodChoice).to.equal('clinician-selected');
    expect(detail.reassessmentChoice).to.equal('clinician-selected');
  });

  it('from the error summary, Enter on a link puts the keyboard in the field', async () => {
    const el = await formFixture();
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(el, byId('confirm'), 'the confirm button');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)?.id).to.equal('error-summary');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(active(el)?.id, 'the first error: how the patient was assessed').to.equal('method-face-to-face');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.assessmentMethod).to.equal('face-to-face');
  });

  it('typing a date keeps every keystroke, and the phrase bank opens with Enter', async () => {
    const el = await formFixture();
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(el, byId('period-start-change'), 'the start date, in words');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)?.id).to.equal('period-start-day');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '4' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '3' });
    await el.updateComplete;
    expect(el.value.period.start).to.equal('2026-03-04');
    const summary = shadow(el).querySelector('.phrase-bank summary') as HTMLElement;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.comments).to.equal('Avoid lifting over 10 kg for 4 weeks.');
  });
});
