/**
 * The ten-minute consultation through <fit-note-form>, as a GP uses it: the work question folded to
 * one line, advice templates for the condition, the "For" box, a referral in two acts, nothing lost
 * and nothing stale after Confirm.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { expectNoAxeViolations } from '../../helpers/a11y.js';
import type { FitNoteForm, FitNoteSubmitDetail } from '../../../src/fit-note-form.js';
import type { ReferralDetail } from '../../../src/local-services-picker.js';
import { allByRole, answerQuestions, byRole, click, confirmButton, CONTEXT, ISSUER, PATIENT, RECORD, shadow, summaryLinks, text, TODAY, typeInto } from './form-helpers.js';
import { flowFixture, picker, prompt } from './flow-helpers.js';

async function confirm(el: FitNoteForm): Promise<FitNoteSubmitDetail> {
  setTimeout(() => confirmButton(el).click());
  const { detail } = (await oneEvent(el, 'fit-note-submit')) as CustomEvent<FitNoteSubmitDetail>;
  await el.updateComplete;
  await el.updateComplete;
  return detail;
}

const template = (el: FitNoteForm, name: RegExp) => byRole<HTMLButtonElement>(el, 'button', name);
const marks = (el: FitNoteForm) => [...shadow(el).querySelectorAll('.origin')].map((n) => n.textContent?.trim());

describe('<fit-note-form> the work question folded to one line', () => {
  it('starts as one line, "Ask the work question", opens in place, and a skip link takes the keyboard to the note', async () => {
    const el = await flowFixture();
    const toggle = byRole<HTMLButtonElement>(el, 'button', 'Ask the work question');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect((shadow(el).getElementById('work-question-panel') as HTMLElement).hidden).to.equal(true);
    expect(text(el)).to.contain('(optional)');
    await click(el, toggle);
    expect((shadow(el).getElementById('work-question-panel') as HTMLElement).hidden).to.equal(false);
    const skip = byRole<HTMLAnchorElement>(el, 'link', 'Skip to the fit note');
    skip.click();
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('condition-0');
  });
});

describe('<fit-note-form> advice templates for the condition', () => {
  it('offers the chosen condition’s templates first, and applies nothing until one is chosen', async () => {
    const el = await flowFixture();
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    const shown = allByRole(el, 'button', /: /).map((b) => b.textContent?.trim()).filter((t) => t?.includes(':'));
    expect(shown[0]).to.equal('Back pain: lifting and bending');
    expect(el.value.adjustments.amendedDuties).to.equal(false);
    expect(el.value.comments).to.equal('');
    expect(allByRole(el, 'button', /^Show advice for other conditions$/)).to.have.length(1);
  });

  it('one click ticks the adjustments, adds an editable comment draft and the length, each marked, and suggests services', async () => {
    const el = await flowFixture();
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await click(el, template(el, /^Back pain: lifting and bending$/));
    expect(el.value.adjustments.amendedDuties).to.equal(true);
    expect(el.value.comments).to.contain('Avoid heavy lifting and repeated bending for 2 weeks.');
    expect(el.value.period).to.deep.equal({ start: TODAY, end: '2026-03-16' });
    expect(marks(el)).to.deep.equal(['From the advice template', 'From the advice template', 'From the advice template']);
    await picker(el).updateComplete;
    expect(picker(el).categories).to.include('physio-msk');
    await typeInto(el, byRole(el, 'textbox', 'functional effects'), `${el.value.comments} Review in 2 weeks.`);
    expect(marks(el), 'an edited comment is the clinician’s').to.have.length(2);
  });

  it('with “not fit for work”, no template is offered and nothing is ticked (R10)', async () => {
    const el = await flowFixture();
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await click(el, byRole(el, 'radio', 'not fit for work'));
    expect(allByRole(el, 'button', /^Back pain: lifting and bending$/)).to.have.length(0);
  });
});

describe('<fit-note-form> the phrase bank by condition', () => {
  it('shows the chosen condition’s wording first and the rest behind one button', async () => {
    const el = await flowFixture();
    await click(el, byRole(el, 'checkbox', 'Depressive disorder'));
    (shadow(el).querySelector('.phrase-bank') as HTMLDetailsElement).open = true;
    await el.updateComplete;
    const groups = () => [...shadow(el).querySelectorAll('.phrase-bank h3')].map((h) => h.textContent?.trim());
    expect(groups()).to.deep.equal(['Mental health']);
    await click(el, byRole(el, 'button', 'Show wording for other conditions'));
    expect(groups()).to.have.length(5);
    expect(groups()[0]).to.equal('Mental health');
  });
});

describe('<fit-note-form> nothing lost, nothing stale', () => {
  it('a referral begun and not finished stops Confirm, with a summary link that takes the clinician to it', async () => {
    const el = await flowFixture();
    await answerQuestions(el);
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await click(el, byRole(el, 'button', /^2 weeks$/));
    const p = picker(el);
    const input = p.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    input.value = 'workwell';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await p.updateComplete;
    p.shadowRoot!.querySelector<HTMLElement>('[role=option]')!.click();
    await p.updateComplete;
    let submitted = false;
    el.addEventListener('fit-note-submit', () => (submitted = true));
    setTimeout(() => confirmButton(el).click());
    const { detail } = await oneEvent(el, 'fit-note-invalid');
    expect(submitted).to.equal(false);
    expect(detail.errors.map((e: { field: string }) => e.field)).to.deep.equal(['referrals']);
    await el.updateComplete;
    const [link] = summaryLinks(el);
    expect(link?.textContent?.trim()).to.equal('Finish or remove the referral to WorkWell Greater Manchester');
    link!.click();
    expect(p.shadowRoot?.activeElement?.id).to.equal('step-primary');
  });

  it('after Confirm the outcome takes focus; an edit then marks the plan out of date and hides its print button', async () => {
    const el = await flowFixture();
    await answerQuestions(el);
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await click(el, byRole(el, 'button', /^2 weeks$/));
    await confirm(el);
    expect(shadow(el).activeElement?.id).to.equal('outcome');
    expect(allByRole(el, 'button', 'Print your plan')).to.have.length(1);
    await click(el, byRole(el, 'checkbox', 'altered hours'));
    expect(text(el)).to.contain('this plan is out of date');
    expect(allByRole(el, 'button', 'Print your plan')).to.have.length(0);
  });

  it('the plan says the practice will refer until the host says the referral was sent; form.acknowledge reaches the picker', async () => {
    const el = await flowFixture();
    const referrals: ReferralDetail[] = [];
    el.addEventListener('fit-note-referral', (e) => referrals.push(e.detail));
    await answerQuestions(el);
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await click(el, byRole(el, 'button', /^2 weeks$/));
    const p = picker(el);
    const input = p.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    input.value = 'workwell';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await p.updateComplete;
    p.shadowRoot!.querySelector<HTMLElement>('[role=option]')!.click();
    await p.updateComplete;
    p.shadowRoot!.querySelector<HTMLButtonElement>('#step-primary')!.click();
    await p.updateComplete;
    const detail = await confirm(el);
    expect(detail.planText).to.contain('We will ask these services to help you:');
    expect(detail.planText).to.not.contain('They will get in touch');
    el.acknowledge(referrals[0]!.messageId, { status: 'sent' });
    await el.updateComplete;
    await p.updateComplete;
    expect(shadow(el).querySelector('[part=plan]')?.textContent).to.contain('We have sent your details to these services');
    expect(p.referralStatus(referrals[0]!.messageId)).to.equal('sent');
  });

  it('conditions the host sets in value.conditions stay selected', async () => {
    const el = await flowFixture();
    el.value = { ...el.value, conditions: [{ display: 'Tennis elbow' }, RECORD[0]!] };
    await el.updateComplete;
    expect(byRole<HTMLInputElement>(el, 'checkbox', 'Tennis elbow').checked).to.equal(true);
    expect(byRole<HTMLInputElement>(el, 'checkbox', 'Low back pain').checked).to.equal(true);
  });
});

describe('<fit-note-form> density', () => {
  it('compact reaches the work question and the services, and stays free of axe violations', async () => {
    const el = await fixture<FitNoteForm>(
      html`<fit-note-form density="compact" icb="QOP" today=${TODAY} .patient=${PATIENT} .issuer=${ISSUER} .conditions=${RECORD} .context=${CONTEXT}></fit-note-form>`,
    );
    await el.updateComplete;
    expect(prompt(el).getAttribute('density')).to.equal('compact');
    expect(picker(el).getAttribute('density')).to.equal('compact');
    await expectNoAxeViolations(el);
  });

  it('compact keeps every control at least 24 by 24 CSS pixels', async () => {
    const el = await fixture<FitNoteForm>(html`<fit-note-form density="compact" today=${TODAY} .conditions=${RECORD}></fit-note-form>`);
    await el.updateComplete;
    const small = [...shadow(el).querySelectorAll<HTMLElement>('input[type=radio], input[type=checkbox], button, input[type=text], select')]
      .filter((c) => c.checkVisibility())
      .map((c) => ({ id: c.id || c.textContent?.trim(), box: c.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ id, box }) => `${id}: ${Math.round(box.width)}x${Math.round(box.height)}`);
    expect(small).to.deep.equal([]);
  });

  it('compact is shorter than comfortable', async () => {
    const comfortable = await fixture<FitNoteForm>(html`<fit-note-form today=${TODAY} .conditions=${RECORD}></fit-note-form>`);
    const compact = await fixture<FitNoteForm>(html`<fit-note-form density="compact" today=${TODAY} .conditions=${RECORD}></fit-note-form>`);
    expect(compact.getBoundingClientRect().height).to.be.lessThan(comfortable.getBoundingClientRect().height * 0.85);
  });
});
