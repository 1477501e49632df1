import { expect, oneEvent } from '@open-wc/testing';
import type { FitNoteForm, FitNoteSubmitDetail } from '../../../src/fit-note-form.js';
import type { ReferralDetail, ServicesChangeDetail } from '../../../src/local-services-picker.js';
import type { WorkQuestionCompleteDetail } from '../../../src/work-question-prompt.js';
import { planText } from '../../../src/model/plan.js';
import { captureWarnings } from '../../helpers/console.js';
import { answerQuestions, byRole, click, confirmButton, fillMinimum, shadow, text, typeInto
} from './form-helpers.js';
import {
  answerWorkQuestion,
  CONTEXT,
  flowFixture,
  picker,
  prompt,
  promptControl,
  RECORD,
  refer,
  removeService,
  signpost,
  skipWorkQuestion,
  TODAY,
} from './flow-helpers.js';

/** Records every event of `names` that reaches the document, in order. */
function listen(...names: string[]): { events: CustomEvent[]; stop: () => void } {
  const events: CustomEvent[] = [];
  const on = (e: Event) => events.push(e as CustomEvent);
  for (const name of names) document.addEventListener(name, on);
  return { events, stop: () => names.forEach((name) => document.removeEventListener(name, on)) };
}

async function confirm(el: FitNoteForm): Promise<FitNoteSubmitDetail> {
  setTimeout(() => confirmButton(el).click());
  const event = (await oneEvent(el, 'fit-note-submit')) as CustomEvent<FitNoteSubmitDetail>;
  await el.updateComplete;
  return event.detail;
}

const checked = (el: FitNoteForm, name: string) => byRole<HTMLInputElement>(el, 'checkbox', name).checked;
const origin = (el: FitNoteForm) => [...shadow(el).querySelectorAll('.origin')].map((n) => n.id);
const outcome = (el: FitNoteForm) => shadow(el).getElementById('work-question-outcome');
const planSection = (el: FitNoteForm) => shadow(el).querySelector<HTMLElement>('[part=plan]');

describe('<fit-note-form> the consultation flow: one tag', () => {
  it('importing only the fit-note-form entry defines the work question and the services picker too', () => {
    expect(customElements.get('work-question-prompt'), 'work-question-prompt').to.not.equal(undefined);
    expect(customElements.get('local-services-picker'), 'local-services-picker').to.not.equal(undefined);
  });

  it('orders a consultation: patient, the work question, the Med3 fields in Med3 order, refer or signpost after the period, confirm', async () => {
    const el = await flowFixture();
    const order = ['#patient', 'work-question-prompt', '#assessment-date-change', '#condition-0', '#fitness-not-fit', '#comments', '#period-for', '#review-yes', 'local-services-picker', '#statement-date-change', '#confirm'];
    const nodes = order.map((selector) => shadow(el).querySelector(selector));
    nodes.forEach((node, i) => expect(node, order[i]).to.not.equal(null));
    for (let i = 1; i < nodes.length; i += 1) {
      const before = nodes[i - 1] as Node;
      expect(before.compareDocumentPosition(nodes[i] as Node) & Node.DOCUMENT_POSITION_FOLLOWING, `${order[i - 1]} before ${order[i]}`).to.not.equal(0);
    }
  });

  it('gives the work question today, icb, the record’s conditions and context', async () => {
    const el = await flowFixture();
    const p = prompt(el);
    expect(p.today).to.equal(TODAY);
    expect(p.icb).to.equal('QOP');
    expect(p.conditions).to.deep.equal(RECORD);
    expect(p.context).to.deep.equal(CONTEXT);
  });

  it('gives the picker today, icb, the note’s chosen conditions and context, and several services at once', async () => {
    const el = await flowFixture();
    const p = picker(el);
    expect(p.today).to.equal(TODAY);
    expect(p.icb).to.equal('QOP');
    expect(p.multiple).to.equal(true);
    expect(p.conditions).to.deep.equal([]);
    expect(p.context).to.deep.equal(CONTEXT);
    await click(el, byRole(el, 'checkbox', 'Depressive disorder'));
    expect(p.conditions).to.deep.equal([RECORD[1]]);
    el.setAttribute('icb', 'QHL');
    await el.updateComplete;
    expect(p.icb).to.equal('QHL');
  });

  it('nests the work question’s and the picker’s headings under the form’s h2', async () => {
    const el = await flowFixture();
    const level = (node: Element | null | undefined) => node?.getAttribute('aria-level');
    expect(level(prompt(el).shadowRoot?.querySelector('#heading'))).to.equal('3');
    expect(level(prompt(el).shadowRoot?.querySelector('#suggestions-heading'))).to.equal('4');
    expect(level(picker(el).shadowRoot?.querySelector('h2'))).to.equal('3');
  });
});

describe('<fit-note-form> the work question fills in the note', () => {
  it('accepted suggestions tick their adjustments, each marked “From the work question”; nothing un-accepted is ticked', async () => {
    const el = await flowFixture();
    const changes: FitNoteForm['value'][] = [];
    el.addEventListener('fit-note-change', (e) => changes.push(e.detail.value));
    await answerWorkQuestion(el, {
      status: 'Employed',
      managing: 'Working, with difficulty',
      help: ['Going back gradually', 'Fewer or different hours', 'Talking therapy'],
      accept: ['help-phased-return', 'help-talking-therapy'],
    });
    expect(checked(el, 'phased return')).to.equal(true);
    expect(checked(el, 'altered hours'), 'offered but not accepted').to.equal(false);
    expect(origin(el)).to.deep.equal(['adjustment-phasedReturn-origin']);
    const box = byRole<HTMLInputElement>(el, 'checkbox', 'phased return');
    expect(box.getAttribute('aria-describedby')).to.equal('adjustment-phasedReturn-origin');
    expect(shadow(el).getElementById('adjustment-phasedReturn-origin')?.textContent).to.equal('From the work question');
    expect(changes, 'one fit-note-change for the whole pre-fill').to.have.length(1);
    expect(changes[0]?.adjustments).to.deep.equal({ phasedReturn: true, alteredHours: false, amendedDuties: false, workplaceAdaptations: false });
    expect(picker(el).categories, 'only the accepted categories').to.deep.equal(['employment-advice', 'talking-therapies']);
    expect(text(el)).to.contain('From the work question: Employment support and Talking therapies. These services are shown first, marked “Suggested”.');
  });

  it('folds the work question away once answered, focuses what it filled in, and shows it again on request with the answers kept', async () => {
    const el = await flowFixture();
    await answerWorkQuestion(el, { status: 'Employed', help: ['Fewer or different hours'], accept: ['help-different-hours'] });
    const panel = shadow(el).getElementById('work-question-panel') as HTMLElement;
    expect(panel.hidden).to.equal(true);
    expect(shadow(el).activeElement).to.equal(outcome(el));
    expect(outcome(el)?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'The work question The work question was answered. Added to the note from the work question: altered hours. You can change them below. Change the answers',
    );
    const show = byRole<HTMLButtonElement>(el, 'button', 'Change the answers');
    expect(show.getAttribute('aria-expanded')).to.equal('false');
    await click(el, show);
    expect(panel.hidden).to.equal(false);
    expect(byRole(el, 'button', 'Hide the work question').getAttribute('aria-expanded')).to.equal('true');
    expect(promptControl<HTMLInputElement>(prompt(el), 'Employed').checked).to.equal(true);
  });

  it('a pre-filled item stays editable: unticking it removes it and its mark, and the submit detail says what came from the work question', async () => {
    const el = await flowFixture();
    await answerWorkQuestion(el, {
      status: 'Employed',
      help: ['Going back gradually', 'Lighter or different duties'],
      accept: ['help-phased-return', 'help-different-duties'],
    });
    expect(origin(el)).to.deep.equal(['adjustment-phasedReturn-origin', 'adjustment-amendedDuties-origin']);
    await click(el, byRole(el, 'checkbox', 'phased return'));
    expect(checked(el, 'phased return')).to.equal(false);
    expect(origin(el)).to.deep.equal(['adjustment-amendedDuties-origin']);
    await click(el, byRole(el, 'checkbox', 'phased return'));
    expect(origin(el), 'ticked again by the clinician: theirs, not the work question’s').to.deep.equal(['adjustment-amendedDuties-origin']);
    await fillMinimum(el);
    const detail = await confirm(el);
    expect(detail.fitNote.adjustments).to.deep.equal({ phasedReturn: true, alteredHours: false, amendedDuties: true, workplaceAdaptations: false });
    expect(detail.fromWorkQuestion).to.deep.equal(['amendedDuties']);
  });

  it('off sick for 7 months: accepting sets “6 months or more”, marked, so an indefinite period is possible', async () => {
    const el = await flowFixture();
    const p = prompt(el);
    promptControl(p, 'Employed').click();
    promptControl(p, 'Off sick').click();
    await p.updateComplete;
    const fields: [string, string][] = [
      ['off-sick-since-day', '4'],
      ['off-sick-since-month', '8'],
      ['off-sick-since-year', '2025'],
    ];
    for (const [id, value] of fields) {
      const input = p.shadowRoot?.getElementById(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await p.updateComplete;
    }
    await answerWorkQuestion(el, { accept: ['off-sick-6-months'] });
    expect(checked(el, '6 months or more')).to.equal(true);
    expect(origin(el)).to.deep.equal(['six-months-origin']);
    expect(byRole(el, 'checkbox', '6 months or more').getAttribute('aria-describedby')).to.equal('six-months-hint six-months-origin');
    expect(byRole(el, 'checkbox', 'indefinite')).to.not.equal(null);
    expect(el.value.sixMonthsOrMore).to.equal(true);
  });

  it('a later Done takes back what the work question no longer suggests, but never what the clinician ticked', async () => {
    const el = await flowFixture();
    await click(el, byRole(el, 'checkbox', 'workplace adaptations'));
    await answerWorkQuestion(el, { status: 'Employed', help: ['Going back gradually', 'Fewer or different hours'], accept: ['help-phased-return', 'help-different-hours'] });
    expect([checked(el, 'phased return'), checked(el, 'altered hours'), checked(el, 'workplace adaptations')]).to.deep.equal([true, true, true]);
    await click(el, byRole(el, 'button', 'Change the answers'));
    const accepted = prompt(el).shadowRoot?.querySelector<HTMLButtonElement>('.suggestion[data-rule="help-different-hours"] button');
    accepted?.click();
    await answerWorkQuestion(el, {});
    expect([checked(el, 'phased return'), checked(el, 'altered hours'), checked(el, 'workplace adaptations')]).to.deep.equal([true, false, true]);
    await click(el, byRole(el, 'button', 'Change the answers'));
    await skipWorkQuestion(el);
    expect([checked(el, 'phased return'), checked(el, 'workplace adaptations')], 'skipping takes back every pre-fill').to.deep.equal([false, true]);
    expect(picker(el).categories).to.deep.equal([]);
  });

  it('with “not fit for work” selected, accepted adjustments are not ticked, and the summary says so', async () => {
    const el = await flowFixture();
    await click(el, byRole(el, 'radio', 'not fit for work'));
    await answerWorkQuestion(el, { status: 'Employed', help: ['Going back gradually'], accept: ['help-phased-return'] });
    expect(el.value.fitness).to.equal('not-fit');
    expect(el.value.adjustments.phasedReturn).to.equal(false);
    expect(outcome(el)?.textContent).to.contain('Not added, because “not fit for work” is selected: a phased return to work.');
    expect(outcome(el)?.textContent).to.contain('Nothing was added to the note from the work question.');
  });

  it('skipping folds the work question away and fills in nothing', async () => {
    const el = await flowFixture();
    const before = el.value;
    await skipWorkQuestion(el);
    expect(outcome(el)?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('The work question The work question was skipped. Change the answers');
    expect(el.value).to.deep.equal(before);
  });
});

describe('<fit-note-form> the services step', () => {
  it('the nested elements’ events reach the host once each, unchanged: the form re-emits and stops nothing', async () => {
    const el = await flowFixture();
    const heard = listen('work-question-complete', 'fit-note-referral', 'local-services-change');
    const fromPrompt: Event[] = [];
    prompt(el).addEventListener('work-question-complete', (e) => fromPrompt.push(e));
    const fromPicker: Event[] = [];
    picker(el).addEventListener('fit-note-referral', (e) => fromPicker.push(e));
    try {
      await answerWorkQuestion(el, { status: 'Employed' });
      await refer(el, 'workwell', 'WorkWell Greater Manchester');
    } finally {
      heard.stop();
    }
    expect(heard.events.map((e) => e.type)).to.deep.equal(['work-question-complete', 'fit-note-referral', 'local-services-change']);
    expect(heard.events[0]).to.equal(fromPrompt[0]);
    expect(heard.events[1]).to.equal(fromPicker[0]);
    expect(heard.events.every((e) => e.composed && e.bubbles)).to.equal(true);
    const complete = heard.events[0] as CustomEvent<WorkQuestionCompleteDetail>;
    expect(complete.detail.context).to.deep.equal(CONTEXT);
    const referral = heard.events[1] as CustomEvent<ReferralDetail>;
    expect(referral.detail.service.id).to.equal('workwell-qop');
    expect(referral.detail.patientConsent).to.equal(true);
    expect(referral.detail.signposted).to.equal(false);
    expect(referral.detail.context).to.deep.equal(CONTEXT);
  });

  it('referrals appear under the note in words and in fit-note-submit’s referrals, as received; removed ones are left out', async () => {
    const el = await flowFixture();
    const received: ReferralDetail[] = [];
    const changes: ServicesChangeDetail[] = [];
    el.addEventListener('fit-note-referral', (e) => received.push(e.detail));
    el.addEventListener('local-services-change', (e) => changes.push(e.detail));
    await click(el, byRole(el, 'checkbox', 'Low back pain'));
    await refer(el, 'workwell', 'WorkWell Greater Manchester');
    await signpost(el, 'access to work', 'Access to Work');
    await refer(el, 'physiotherapy', 'Physiotherapy and musculoskeletal (MSK) services');
    const summary = shadow(el).querySelector('[part=summary]');
    expect([...(summary?.querySelectorAll('.words__services li') ?? [])].map((li) => li.textContent?.trim())).to.deep.equal([
      'Referral to WorkWell Greater Manchester',
      'Signposted to Access to Work',
      'Referral to Physiotherapy and musculoskeletal (MSK) services',
    ]);
    expect(received[0]?.reason, 'the reason comes from the note’s conditions').to.equal('Low back pain');
    await removeService(el, 'Physiotherapy and musculoskeletal (MSK) services');
    expect(changes.at(-1)?.removed.map((r) => r.serviceId)).to.deep.equal(['national-physiotherapy-msk']);
    expect([...(summary?.querySelectorAll('.words__services li') ?? [])].map((li) => li.textContent?.trim())).to.deep.equal([
      'Referral to WorkWell Greater Manchester',
      'Signposted to Access to Work',
    ]);
    await click(el, byRole(el, 'button', /^2 weeks$/));
    await answerQuestions(el);
    const detail = await confirm(el);
    expect(detail.referrals).to.deep.equal([received[0], received[1]]);
    expect(detail.referrals[0]).to.not.equal(received[0], 'a copy: the host cannot change the form’s list through it');
  });
});

describe('<fit-note-form> the patient’s plan', () => {
  async function confirmed(): Promise<{ el: FitNoteForm; detail: FitNoteSubmitDetail; referrals: ReferralDetail[] }> {
    const el = await flowFixture();
    const referrals: ReferralDetail[] = [];
    el.addEventListener('fit-note-referral', (e) => referrals.push(e.detail));
    await answerWorkQuestion(el, { status: 'Employed', help: ['Lighter or different duties'], accept: ['help-different-duties'] });
    await fillMinimum(el);
    await click(el, byRole(el, 'checkbox', 'Depressive disorder'));
    await typeInto(el, byRole(el, 'textbox', 'functional effects'), 'Avoid lifting over 10 kg for 2 weeks.');
    await refer(el, 'workwell', 'WorkWell Greater Manchester');
    await signpost(el, 'talking therapies', 'NHS Talking Therapies employment advisers');
    await click(el, byRole(el, 'radio', 'I will need to assess'));
    const detail = await confirm(el);
    return { el, detail, referrals };
  }

  it('is not there before confirming', async () => {
    const el = await flowFixture();
    expect(planSection(el)).to.equal(null);
    expect(allButtons(el)).to.not.include('Print your plan');
  });

  it('fit-note-submit carries planText: the confirmed note and the referrals in plain English', async () => {
    const { detail, referrals } = await confirmed();
    expect(detail.planText).to.equal(planText(detail.fitNote, referrals));
    expect(detail.planText).to.equal(
      [
        'Your plan',
        'For Alex Example',
        'Made on 3 March 2026 with Dr Sam Sample.',
        '',
        'What your fit note says',
        'You may be fit for work. This means you can do some work, if your employer can follow the advice in your note.',
        'Your note is about: Low back pain and Depressive disorder.',
        'It lasts for 2 weeks, from 3 March 2026 to 16 March 2026.',
        'Your note also says:',
        'Avoid lifting over 10 kg for 2 weeks.',
        'Show your fit note to your employer, or to the Jobcentre if you get benefits.',
        '',
        'Changes at work that may help you',
        'Your note asks your employer to think about:',
        '- Amended duties',
        '  This means doing different tasks for a while, not the ones that are too hard for you now.',
        'Talk to your employer about these changes.',
        'If your employer cannot make them, your note counts as “not fit for work”. You do not need a new note.',
        '',
        'Who can help you',
        'We will ask these services to help you:',
        '- WorkWell Greater Manchester',
        '  Help to stay in work, or to get back to work, when your health makes work hard.',
        '  We will send them your details. If you do not hear anything, tell us.',
        'You can contact these services yourself:',
        '- NHS Talking Therapies employment advisers',
        '  You talk with a trained person about your feelings and worries.',
        '  Website: https://www.nhs.uk/mental-health/talking-therapies-medicine-treatments/talking-therapies-and-counselling/nhs-talking-therapies/',
        '',
        'When to come back',
        'Book a time to see us before your note ends on 16 March 2026.',
        'If you feel worse at any time, contact us.',
      ].join('\n'),
    );
    expect(detail.fromWorkQuestion).to.deep.equal(['amendedDuties']);
  });

  it('shows “Your plan” after confirming, with the same words as planText', async () => {
    const { el, detail } = await confirmed();
    const plan = planSection(el);
    expect(plan?.querySelector('h2')?.textContent).to.equal('Your plan');
    const onScreen = (plan?.textContent ?? '').replace(/\s+/g, ' ');
    const lines = detail.planText.split('\n').map((l) => l.replace(/^[-\s]+/, '').trim()).filter(Boolean);
    for (const line of lines) expect(onScreen, line).to.contain(line);
  });

  it('“Print your plan” prints the plan alone, from its own frame, as text', async () => {
    const { el, detail } = await confirmed();
    const frame = shadow(el).querySelector<HTMLIFrameElement>('#print-frame');
    expect(frame, 'the print frame').to.not.equal(null);
    const win = frame?.contentWindow as Window;
    let printed = '';
    win.print = () => (printed = win.document.body.innerText);
    let pagePrinted = false;
    const pagePrint = window.print;
    window.print = () => (pagePrinted = true);
    try {
      await click(el, byRole(el, 'button', 'Print your plan'));
    } finally {
      window.print = pagePrint;
    }
    expect(pagePrinted, 'the host page is not printed').to.equal(false);
    const doc = win.document;
    expect(doc.title).to.equal('Your plan');
    expect(doc.documentElement.lang).to.equal('en');
    expect(printed.replace(/\s+/g, ' ').trim()).to.equal(detail.planText.replace(/^- /gm, '').replace(/\s+/g, ' ').trim());
    expect(doc.querySelectorAll('script, style, link, img, iframe, button, input').length, 'text and headings only').to.equal(0);
    expect(doc.adoptedStyleSheets.length).to.equal(1);
    expect(frame?.getAttribute('aria-hidden')).to.equal('true');
    expect(frame?.getAttribute('tabindex')).to.equal('-1');
  });

  it('a service name that looks like markup is printed and shown as text', async () => {
    const el = await flowFixture();
    const hostile = {
      id: 'x-1',
      name: '<img src=x onerror="window.__pwned=1">Service',
      category: 'employment-advice',
      referral: { self: true, professional: false, employer: false },
      coverage: { national: true },
      lastReviewed: '2026-01-01',
    } as const;
    picker(el).services = [hostile];
    await signpost(el, 'service', hostile.name);
    await fillMinimum(el);
    await click(el, byRole(el, 'checkbox', 'amended duties'));
    await confirm(el);
    const frame = shadow(el).querySelector<HTMLIFrameElement>('#print-frame') as HTMLIFrameElement;
    (frame.contentWindow as Window).print = () => undefined;
    await click(el, byRole(el, 'button', 'Print your plan'));
    expect(frame.contentDocument?.querySelector('img')).to.equal(null);
    expect(frame.contentDocument?.body.textContent).to.contain(hostile.name);
    expect(planSection(el)?.querySelector('img')).to.equal(null);
    expect(planSection(el)?.textContent).to.contain(hostile.name);
  });

  it('follows referrals made after confirming, and leaves when the host says saving failed', async () => {
    const { el, detail } = await confirmed();
    await signpost(el, 'access to work', 'Access to Work');
    expect(planSection(el)?.textContent).to.contain('Access to Work');
    el.acknowledge(detail.messageId, { status: 'failed' });
    await el.updateComplete;
    expect(planSection(el)).to.equal(null);
  });

  it('when the page itself is printed, the form prints only the plan', async () => {
    const { el } = await confirmed();
    const rules = (shadow(el).adoptedStyleSheets ?? []).flatMap((sheet) => [...sheet.cssRules]);
    const print = rules.find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print');
    expect(print, 'a print stylesheet').to.not.equal(undefined);
    const hidden = [...(print as CSSMediaRule).cssRules].filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.style.display === 'none');
    const form = shadow(el).querySelector('.form') as HTMLElement;
    const hiddenInPrint = [...form.children].filter((child) => hidden.some((r) => child.matches(r.selectorText)));
    const printed = [...form.children].filter((child) => !hiddenInPrint.includes(child));
    expect(printed.map((c) => c.id)).to.deep.equal(['outcome']);
    const inOutcome = [...printed[0]!.children].filter((child) => !hidden.some((r) => child.matches(r.selectorText)));
    expect(inOutcome.map((c) => c.getAttribute('part')), 'of the outcome, only the plan prints').to.deep.equal(['plan']);
    const button = byRole(el, 'button', 'Print your plan');
    expect(hidden.some((r) => button.matches(r.selectorText)), 'the print button does not print').to.equal(true);
  });
});

describe('<fit-note-form> nothing carries across patients', () => {
  it('a new patient clears the work question, its pre-fills, the chosen services, the referrals and the plan, with no warning from the nested elements', async () => {
    const warnings = captureWarnings();
    try {
      const el = await flowFixture();
      await answerWorkQuestion(el, { status: 'Employed', help: ['Going back gradually'], accept: ['help-phased-return'] });
      await fillMinimum(el);
      await refer(el, 'workwell', 'WorkWell Greater Manchester');
      await confirm(el);
      expect(planSection(el)).to.not.equal(null);

      el.context = { patientId: 'patient-2' };
      el.patient = { name: 'Sam Second' };
      await el.updateComplete;
      await prompt(el).updateComplete;
      await picker(el).updateComplete;
      await el.updateComplete;
      expect(planSection(el)).to.equal(null);
      expect(el.value.adjustments.phasedReturn).to.equal(false);
      expect(origin(el)).to.deep.equal([]);
      expect(outcome(el)).to.equal(null);
      expect((shadow(el).getElementById('work-question-panel') as HTMLElement).hidden, 'folded to its one line again').to.equal(true);
      expect(shadow(el).querySelector('.work-question__toggle')?.textContent?.trim()).to.equal('Ask the work question');
      expect(prompt(el).value.status).to.equal(null);
      expect(picker(el).value).to.deep.equal([]);
      expect(picker(el).categories).to.deep.equal([]);
      expect(shadow(el).querySelector('.words__services')).to.equal(null);
      await fillMinimum(el);
      const detail = await confirm(el);
      expect(detail.referrals).to.deep.equal([]);
      expect(detail.planText).to.contain('For Sam Second');
      expect(detail.planText).to.not.contain('WorkWell');
      expect(warnings.messages.filter((m) => m.includes('work-question-prompt') || m.includes('local-services-picker'))).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('reset() starts the whole flow again', async () => {
    const el = await flowFixture();
    await answerWorkQuestion(el, { status: 'Employed', help: ['Going back gradually'], accept: ['help-phased-return'] });
    await refer(el, 'workwell', 'WorkWell Greater Manchester');
    el.reset();
    await el.updateComplete;
    await picker(el).updateComplete;
    expect(el.value.adjustments.phasedReturn).to.equal(false);
    expect(outcome(el)).to.equal(null);
    expect(picker(el).value).to.deep.equal([]);
    expect(shadow(el).querySelector('.words__services')).to.equal(null);
  });

  it('a disabled form makes the work question and the picker inert too, and enabling it frees them all', async () => {
    const el = await flowFixture();
    el.disabled = true;
    await el.updateComplete;
    expect((shadow(el).getElementById('work-question-panel') as HTMLElement).inert).to.equal(true);
    expect(picker(el).inert).to.equal(true);
    el.disabled = false;
    await el.updateComplete;
    // The form-disabled callback that follows the reflected attribute asks for one more update.
    await el.updateComplete;
    expect(picker(el).inert).to.equal(false);
    expect(confirmButton(el).disabled, 'the form itself is enabled again').to.equal(false);
  });
});

function allButtons(el: FitNoteForm): string[] {
  return [...shadow(el).querySelectorAll('button')].map((b) => b.textContent?.trim() ?? '');
}
