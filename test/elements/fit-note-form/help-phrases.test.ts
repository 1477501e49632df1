import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { insertPhrase, PHRASE_GROUPS, phraseIds } from '../../../src/elements/fit-note-form/phrase-bank.js';
import { en } from '../../../src/messages/en/index.js';
import type { FitNoteChangeDetail } from '../../../src/fit-note-form.js';
import { allByRole, byRole, click, formFixture, shadow } from './form-helpers.js';

describe('<fit-note-form> help popovers', () => {
  it('a "Help with …" button beside each adjustment and the comments', async () => {
    const el = await formFixture();
    for (const topic of ['phased return', 'altered hours', 'amended duties', 'workplace adaptations', 'comments']) {
      const toggle = byRole(el, 'button', `Help with ${topic}`);
      expect(toggle.getAttribute('aria-expanded'), topic).to.equal('false');
      const panel = shadow(el).getElementById(toggle.getAttribute('aria-controls') ?? '');
      expect(panel?.hidden, topic).to.equal(true);
    }
  });

  it('opens a non-modal dialog, positioned beside the button, with focus moved into it', async () => {
    const el = await formFixture();
    const toggle = byRole(el, 'button', 'Help with phased return');
    await click(el, toggle);
    await el.updateComplete;
    const dialog = byRole(el, 'dialog', 'Building work up gradually');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.getAttribute('aria-controls')).to.equal(dialog.id);
    expect(dialog.hasAttribute('aria-modal')).to.equal(false);
    expect(shadow(el).activeElement?.id).to.equal(dialog.id);
    expect(dialog.textContent).to.contain('build').and.contain('From DWP guidance');
    expect(dialog.style.position).to.equal('fixed');
    await new Promise((r) => requestAnimationFrame(r));
    expect(dialog.style.transform).to.match(/^translate\(/);
    expect(allByRole(el, 'dialog', '')).to.have.length(1);
  });

  it('Escape closes it and returns focus to its button', async () => {
    const el = await formFixture();
    const toggle = byRole(el, 'button', 'Help with amended duties');
    await click(el, toggle);
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(allByRole(el, 'dialog', '')).to.have.length(0);
    expect(shadow(el).activeElement?.id).to.equal(toggle.id);
  });

  it('a click outside closes it; opening another closes the first', async () => {
    const el = await formFixture();
    await click(el, byRole(el, 'button', 'Help with altered hours'));
    await el.updateComplete;
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(allByRole(el, 'dialog', '')).to.have.length(0);
    await click(el, byRole(el, 'button', 'Help with altered hours'));
    await el.updateComplete;
    await click(el, byRole(el, 'button', 'Help with comments'));
    await el.updateComplete;
    expect(allByRole(el, 'dialog', '').map((d) => d.id)).to.deep.equal(['help-comments']);
  });

  it('closes when focus moves on to another control, so it never hides the field being filled in', async () => {
    const el = await formFixture();
    await click(el, byRole(el, 'button', 'Help with phased return'));
    await el.updateComplete;
    byRole(el, 'checkbox', 'altered hours').focus();
    await el.updateComplete;
    expect(allByRole(el, 'dialog', '')).to.have.length(0);
    expect(byRole(el, 'button', 'Help with phased return').getAttribute('aria-expanded')).to.equal('false');
  });

  it('the comments help gives the Fit for Work Scotland prompts for functional effects', async () => {
    const el = await formFixture();
    await click(el, byRole(el, 'button', 'Help with comments'));
    await el.updateComplete;
    const items = [...byRole(el, 'dialog', 'Writing useful comments').querySelectorAll('li')].map((li) => li.textContent?.trim());
    expect(items).to.deep.equal([
      'what the patient cannot do, or finds hard, because of the condition',
      'what to avoid or change at work',
      'how long the effects are likely to last',
      'whether the condition fluctuates',
      'side effects of treatment, and time off for appointments',
    ]);
  });
});

describe('<fit-note-form> phrase bank', () => {
  it('groups suggestions by condition type, mental health, musculoskeletal and cardiovascular first', async () => {
    const el = await formFixture();
    const headings = [...shadow(el).querySelectorAll('.phrase-bank h3')].map((h) => h.textContent?.trim());
    expect(headings).to.deep.equal(['Musculoskeletal', 'Mental health', 'Cardiovascular', 'After an operation', 'General']);
    for (const group of PHRASE_GROUPS) expect(phraseIds(group).length, group).to.be.greaterThan(3);
  });

  it('adds nothing without a click: opening the suggestions leaves the comments empty', async () => {
    const el = await formFixture();
    await click(el, shadow(el).querySelector('.phrase-bank summary') as HTMLElement);
    expect(el.value.comments).to.equal('');
  });

  it('inserts the chosen phrase where the cursor was, fires fit-note-change, and stays editable', async () => {
    const el = await formFixture();
    const comments = byRole<HTMLTextAreaElement>(el, 'textbox', 'functional effects');
    comments.focus();
    comments.value = 'Back pain. Review in clinic.';
    comments.dispatchEvent(new Event('input'));
    comments.setSelectionRange(10, 10);
    comments.dispatchEvent(new Event('select'));
    comments.blur();
    await click(el, shadow(el).querySelector('.phrase-bank summary') as HTMLElement);
    const seen: FitNoteChangeDetail[] = [];
    el.addEventListener('fit-note-change', (e) => seen.push(e.detail));
    await click(el, byRole(el, 'button', 'Avoid lifting over 10 kg for 4 weeks.'));
    expect(el.value.comments).to.equal('Back pain. Avoid lifting over 10 kg for 4 weeks. Review in clinic.');
    expect(comments.value).to.equal(el.value.comments);
    expect(seen).to.have.length(1);
    expect(seen[0]?.value.comments).to.equal(el.value.comments);
    expect(shadow(el).querySelector('.phrase-bank [role=status]')?.textContent?.trim()).to.equal('Added to comments: Avoid lifting over 10 kg for 4 weeks.');
    await click(el, byRole(el, 'button', 'May need time off for physiotherapy appointments.'));
    expect(el.value.comments).to.equal('Back pain. Avoid lifting over 10 kg for 4 weeks. May need time off for physiotherapy appointments. Review in clinic.');
    comments.value = comments.value.replace('10 kg', '5 kg');
    comments.dispatchEvent(new Event('input'));
    expect(el.value.comments).to.contain('Avoid lifting over 5 kg for 4 weeks.');
  });

  it('with no cursor position yet, a phrase goes at the end', async () => {
    const el = await formFixture();
    await click(el, shadow(el).querySelector('.phrase-bank summary') as HTMLElement);
    await click(el, byRole(el, 'button', 'Regular short meetings with a manager'));
    expect(el.value.comments).to.equal('Regular short meetings with a manager to review workload would help.');
  });

  it('insertPhrase replaces a selection and spaces words apart', () => {
    expect(insertPhrase('ab', { start: 1, end: 1 }, 'X.')).to.deep.equal({ text: 'a X. b', caret: 4 });
    expect(insertPhrase('one two three', { start: 4, end: 7 }, 'TWO')).to.deep.equal({ text: 'one TWO three', caret: 7 });
    expect(insertPhrase('', { start: 5, end: 9 }, 'P.')).to.deep.equal({ text: 'P.', caret: 2 });
    expect(insertPhrase('end ', { start: 4, end: 4 }, 'P.')).to.deep.equal({ text: 'end P.', caret: 6 });
  });

  it('every phrase reads as advice, with no percentages or invented figures', () => {
    const phrases = PHRASE_GROUPS.flatMap(phraseIds).map((id) => en[id]);
    expect(phrases.length).to.equal(Object.keys(en).filter((k) => k.startsWith('form.phrase.')).length);
    for (const phrase of phrases) {
      expect(phrase, phrase).to.match(/^[A-Z].*\.$/);
      expect(phrase, phrase).to.not.match(/%|per cent|\bin \d+ (people|patients)/i);
    }
  });
});
