// The consultation flow on the built demo EHR (dist/demo), driven as a clinician would with the mouse,
// counting every click and key press: the common "may be fit" path with a referral, the same path with
// the work question answered, and the "not fit" path. Each asserts the events the host received.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser } from './browser.mjs';

const TODAY = '2026-03-03';
const CONTEXT = { patientId: 'demo-patient-1', encounterId: 'demo-encounter-1', userId: 'demo-user-1' };
const EVENTS = ['fit-note-change', 'fit-note-submit', 'fit-note-invalid', 'fit-note-referral', 'work-question-complete', 'local-services-change', 'local-services-error'];

/** The demo with today set to 3 March 2026 and every event recorded in `window.__events`. */
async function openDemo(env) {
  const page = await env.page();
  await page.goto(env.url('/dist/demo/index.html'));
  await page.getByRole('button', { name: /^Confirm fit note/ }).waitFor();
  await page.fill('#today-input', TODAY);
  await page.evaluate((names) => {
    window.__events = [];
    for (const name of names) document.addEventListener(name, (e) => window.__events.push({ type: e.type, detail: JSON.parse(JSON.stringify(e.detail)) }));
  }, EVENTS);
  return page;
}

const events = (page) => page.evaluate(() => window.__events);

/** Clicks and key presses, counted as the clinician makes them. */
function counter(page) {
  const count = { clicks: 0, keys: 0 };
  return {
    count,
    total: () => count.clicks + count.keys,
    click: async (locator) => {
      await locator.click();
      count.clicks += 1;
    },
    type: async (text) => {
      await page.keyboard.type(text);
      count.keys += text.length;
    },
  };
}

/** The plan as the patient reads it for this demo patient, with the lines given in between. */
function plan(middle) {
  return ['Your plan', 'For Alex Taylor', 'Made on 3 March 2026 with Dr Morgan Reed.', '', ...middle].join('\n');
}

const REFERRAL_PLAN = [
  'Who can help you',
  'We have asked these services to contact you:',
  '- WorkWell Greater Manchester',
  '  Help to stay in work, or to get back to work, when your health makes work hard.',
  '  They will get in touch with you. If you do not hear from them, tell us.',
  '',
];
const COME_BACK = [
  'When to come back',
  'You do not need to see us again about this note. If you are not better by 16 March 2026, talk to us.',
  'If you feel worse at any time, contact us.',
];

/** Refers to the first service in the list: WorkWell Greater Manchester comes first in the demo's area. */
async function referToWorkWell(page, act) {
  await act.click(page.getByRole('combobox', { name: 'Search services' }));
  await act.click(page.getByRole('option', { name: /^WorkWell Greater Manchester/ }));
  await act.click(page.getByRole('checkbox', { name: 'The patient agrees to this referral' }));
  await act.click(page.getByRole('button', { name: 'Create referral' }));
}

describe('the consultation flow on the built demo', () => {
  let env;
  const figures = {};
  before(async () => (env = await startBrowser()));
  after(async () => {
    await env?.close();
    console.log(`interactions (clicks + key presses): ${JSON.stringify(figures)}`);
  });

  it('the common path, may be fit: one adjustment, a phrase, 2 weeks, one referral, confirm, in 11 clicks and no typing', async (t) => {
    const page = await openDemo(env);
    const act = counter(page);
    await act.click(page.getByRole('button', { name: 'Skip the work question' }));
    await act.click(page.getByRole('checkbox', { name: 'Low back pain' }));
    await act.click(page.getByRole('checkbox', { name: 'amended duties' }));
    await act.click(page.getByText('Suggested wording for functional effects'));
    await act.click(page.getByRole('button', { name: 'Avoid lifting over 10 kg for 4 weeks.' }));
    await act.click(page.getByRole('button', { name: '2 weeks', exact: true }));
    await referToWorkWell(page, act);
    await act.click(page.getByRole('button', { name: /^Confirm fit note/ }));
    await page.getByRole('heading', { name: 'Your plan' }).waitFor();

    figures.mayBeFitWithReferral = { ...act.count, total: act.total() };
    t.diagnostic(`may be fit + referral: ${act.count.clicks} clicks, ${act.count.keys} key presses`);
    assert.deepEqual(act.count, { clicks: 11, keys: 0 });

    const received = await events(page);
    assert.deepEqual(
      received.filter((e) => e.type !== 'fit-note-change').map((e) => e.type),
      ['work-question-complete', 'fit-note-referral', 'local-services-change', 'fit-note-submit'],
    );
    assert.equal(received.filter((e) => e.type === 'fit-note-change').length, 4, 'one change per edit of the note: condition, adjustment, phrase, length');
    const skipped = received.find((e) => e.type === 'work-question-complete').detail;
    assert.equal(skipped.answers.skipped, true);
    assert.deepEqual(skipped.suggestions, { adjustments: [], serviceCategories: [], reasons: [] });
    assert.deepEqual(skipped.context, CONTEXT);

    const referral = received.find((e) => e.type === 'fit-note-referral').detail;
    assert.equal(referral.service.id, 'workwell-qop');
    assert.equal(referral.reason, 'Low back pain', 'the reason comes from the note’s condition');
    assert.equal(referral.patientConsent, true);
    assert.equal(referral.signposted, false);
    assert.equal(referral.summary, 'Referral to WorkWell Greater Manchester');
    assert.deepEqual(referral.context, CONTEXT);
    assert.equal(referral.fhir.resourceType, 'ServiceRequest');
    assert.equal(referral.fhir.status, 'draft');
    assert.equal(referral.fhir.intent, 'proposal');
    assert.deepEqual(referral.fhir.reasonCode.map((c) => c.coding?.[0]?.code), ['279039007']);

    const change = received.find((e) => e.type === 'local-services-change').detail;
    assert.deepEqual(change.value, ['workwell-qop']);
    assert.deepEqual(change.removed, []);
    assert.equal(change.chosen[0].messageId, referral.messageId);

    const submit = received.find((e) => e.type === 'fit-note-submit').detail;
    assert.equal(submit.specVersion, '1');
    assert.deepEqual(submit.context, CONTEXT);
    assert.equal(submit.summary, 'May be fit for work, 2 weeks (3 March 2026 to 16 March 2026): amended duties');
    assert.equal(submit.fitnessChoice, 'default-accepted');
    assert.deepEqual(submit.fromWorkQuestion, []);
    assert.deepEqual(submit.fitNote, {
      patient: { name: 'Alex Taylor', nhsNumber: '9990000018', dateOfBirth: '1984-05-12' },
      issuer: { name: 'Dr Morgan Reed', profession: 'doctor', address: 'Example Surgery, 1 Example Street, Exampletown' },
      assessmentDate: TODAY,
      assessmentMethod: 'face-to-face',
      conditions: [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }],
      fitness: 'may-be-fit',
      adjustments: { phasedReturn: false, alteredHours: false, amendedDuties: true, workplaceAdaptations: false },
      comments: 'Avoid lifting over 10 kg for 4 weeks.',
      period: { start: TODAY, end: '2026-03-16' },
      sixMonthsOrMore: false,
      reassessmentNeeded: false,
      statementDate: TODAY,
    });
    assert.deepEqual(submit.referrals, [referral], 'the referral as the host received it');
    assert.deepEqual(submit.fhir.entry.map((e) => e.resource.resourceType), ['QuestionnaireResponse', 'Observation']);
    assert.equal(
      submit.planText,
      plan([
        'What your fit note says',
        'You may be fit for work. This means you can do some work, if your employer can follow the advice in your note.',
        'Your note is about: Low back pain.',
        'It lasts for 2 weeks, from 3 March 2026 to 16 March 2026.',
        'Your note also says:',
        'Avoid lifting over 10 kg for 4 weeks.',
        'Show your fit note to your employer, or to the Jobcentre if you get benefits.',
        '',
        'Changes at work that may help you',
        'Your note asks your employer to think about:',
        '- Amended duties',
        '  This means doing different tasks for a while, not the ones that are too hard for you now.',
        'Talk to your employer about these changes.',
        'If your employer cannot make them, your note counts as “not fit for work”. You do not need a new note.',
        '',
        ...REFERRAL_PLAN,
        ...COME_BACK,
      ]),
    );
    const onScreen = (await page.locator('fit-note-form [part=plan]').innerText()).replace(/\s+/g, ' ');
    for (const line of submit.planText.split('\n').map((l) => l.replace(/^[-\s]+/, '').trim()).filter(Boolean)) assert.ok(onScreen.includes(line), `on screen: ${line}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('the same path with the work question answered: its accepted suggestions save the adjustment click and mark WorkWell as suggested', async (t) => {
    const page = await openDemo(env);
    const act = counter(page);
    await act.click(page.getByRole('radio', { name: 'Employed', exact: true }));
    await act.click(page.getByRole('radio', { name: 'Working, with difficulty' }));
    await act.click(page.getByRole('checkbox', { name: 'Lighter or different duties' }));
    await act.click(page.getByRole('button', { name: /^Accept\W+Lighter or different duties/ }));
    await act.click(page.getByRole('button', { name: /^Accept\W+Struggling at work or off sick in a WorkWell area/ }));
    await act.click(page.getByRole('button', { name: 'Done', exact: true }));
    assert.equal(await page.getByRole('checkbox', { name: 'amended duties' }).isChecked(), true, 'ticked from the work question');
    assert.equal(await page.locator('fit-note-form #adjustment-amendedDuties-origin').innerText(), 'From the work question');
    assert.equal(await page.locator('local-services-picker [data-category=workwell] .tag').innerText(), 'Suggested');
    await act.click(page.getByRole('checkbox', { name: 'Low back pain' }));
    await act.click(page.getByText('Suggested wording for functional effects'));
    await act.click(page.getByRole('button', { name: 'Avoid lifting over 10 kg for 4 weeks.' }));
    await act.click(page.getByRole('button', { name: '2 weeks', exact: true }));
    await referToWorkWell(page, act);
    await act.click(page.getByRole('button', { name: /^Confirm fit note/ }));
    await page.getByRole('heading', { name: 'Your plan' }).waitFor();

    figures.mayBeFitWithWorkQuestionAndReferral = { ...act.count, total: act.total() };
    t.diagnostic(`with the work question: ${act.count.clicks} clicks, ${act.count.keys} key presses`);
    assert.deepEqual(act.count, { clicks: 15, keys: 0 });

    const received = await events(page);
    const complete = received.find((e) => e.type === 'work-question-complete').detail;
    assert.deepEqual(complete.acceptedRules, ['help-different-duties', 'at-risk-workwell']);
    assert.deepEqual(complete.suggestions.adjustments, ['amendedDuties']);
    assert.deepEqual(complete.suggestions.serviceCategories, ['workwell']);
    const submit = received.find((e) => e.type === 'fit-note-submit').detail;
    assert.deepEqual(submit.fromWorkQuestion, ['amendedDuties']);
    assert.deepEqual(submit.fitNote.adjustments, { phasedReturn: false, alteredHours: false, amendedDuties: true, workplaceAdaptations: false });
    assert.deepEqual(submit.referrals.map((r) => r.service.id), ['workwell-qop']);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('the not-fit path: not fit, 2 weeks, confirm, in 5 clicks, no longer than the common path and never blocked', async (t) => {
    const page = await openDemo(env);
    const act = counter(page);
    await act.click(page.getByRole('button', { name: 'Skip the work question' }));
    await act.click(page.getByRole('checkbox', { name: 'Low back pain' }));
    await act.click(page.getByRole('radio', { name: 'not fit for work' }));
    await act.click(page.getByRole('button', { name: '2 weeks', exact: true }));
    await act.click(page.getByRole('button', { name: /^Confirm fit note/ }));
    await page.getByRole('heading', { name: 'Your plan' }).waitFor();

    figures.notFit = { ...act.count, total: act.total() };
    t.diagnostic(`not fit: ${act.count.clicks} clicks, ${act.count.keys} key presses`);
    assert.deepEqual(act.count, { clicks: 5, keys: 0 });
    assert.ok(act.total() <= (figures.mayBeFitWithReferral?.total ?? Infinity), 'not fit takes no more than the common path');

    const submit = (await events(page)).find((e) => e.type === 'fit-note-submit').detail;
    assert.equal(submit.summary, 'Not fit for work, 2 weeks (3 March 2026 to 16 March 2026)');
    assert.equal(submit.fitNote.fitness, 'not-fit');
    assert.equal(submit.fitnessChoice, 'clinician-selected');
    assert.deepEqual(submit.fitNote.adjustments, { phasedReturn: false, alteredHours: false, amendedDuties: false, workplaceAdaptations: false });
    assert.deepEqual(submit.referrals, []);
    assert.equal(
      submit.planText,
      plan([
        'What your fit note says',
        'You are not fit for work. This means you are not well enough to work for now.',
        'Your note is about: Low back pain.',
        'It lasts for 2 weeks, from 3 March 2026 to 16 March 2026.',
        'Show your fit note to your employer, or to the Jobcentre if you get benefits.',
        '',
        ...COME_BACK,
      ]),
    );
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('“Print your plan” prints the plan alone from its own frame; printing the page shows only the plan', async () => {
    const page = await openDemo(env);
    await page.getByRole('button', { name: 'Skip the work question' }).click();
    await page.getByRole('checkbox', { name: 'Low back pain' }).click();
    await page.getByRole('button', { name: '2 weeks', exact: true }).click();
    await referToWorkWell(page, counter(page));
    await page.getByRole('button', { name: /^Confirm fit note/ }).click();
    await page.getByRole('heading', { name: 'Your plan' }).waitFor();
    await page.evaluate(() => {
      window.__printed = [];
      window.print = () => window.__printed.push('page');
      const frame = document.querySelector('fit-note-form').shadowRoot.querySelector('#print-frame');
      frame.contentWindow.print = () => window.__printed.push(frame.contentDocument.body.innerText);
    });
    await page.getByRole('button', { name: 'Print your plan' }).click();
    const printed = await page.evaluate(() => window.__printed);
    const submit = (await events(page)).find((e) => e.type === 'fit-note-submit').detail;
    assert.equal(printed.length, 1, 'printed once, and not the page');
    const words = (text) => text.replace(/^- /gm, '').replace(/\s+/g, ' ').trim();
    assert.equal(words(printed[0]), words(submit.planText));

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('heading', { name: 'Your plan' }).isVisible(), true);
    assert.equal(await page.getByRole('heading', { name: 'What your fit note says' }).isVisible(), true);
    for (const hidden of [
      page.getByRole('button', { name: /^Confirm fit note/ }),
      page.getByRole('button', { name: 'Print your plan' }),
      page.getByRole('checkbox', { name: 'Low back pain' }),
      page.getByRole('heading', { name: 'Events the EHR received' }),
      page.getByRole('heading', { name: 'Consultation' }),
    ]) {
      assert.equal(await hidden.isVisible(), false, `${hidden} is not printed`);
    }
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('“Print your plan” works styled under a strict Content Security Policy: no inline style, no violation', async () => {
    const page = await env.page();
    const policy = "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
    const setUp = `
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
      const form = document.querySelector('fit-note-form');
      form.context = { patientId: 'csp-patient' };
      form.patient = { name: 'Chris Example' };
      form.conditions = [{ display: 'Low back pain' }];
    `;
    await page.route('**/csp-plan.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': policy },
        body: '<!doctype html><html lang="en"><title>Plan under CSP</title><main><fit-note-form today="2026-03-03"></fit-note-form></main><script src="/dist/cdn/fit-note-widgets.js"></script><script src="/csp-plan.js"></script></html>',
      }),
    );
    await page.route('**/csp-plan.js', (route) => route.fulfill({ contentType: 'text/javascript', body: setUp }));
    await page.goto(env.url('/csp-plan.html'));
    await page.getByRole('button', { name: 'Skip the work question' }).click();
    await page.getByRole('checkbox', { name: 'Low back pain' }).click();
    await page.getByRole('button', { name: '2 weeks', exact: true }).click();
    await page.getByRole('button', { name: /^Confirm fit note/ }).click();
    await page.getByRole('heading', { name: 'Your plan' }).waitFor();
    await page.evaluate(() => {
      const frame = document.querySelector('fit-note-form').shadowRoot.querySelector('#print-frame');
      frame.contentDocument.addEventListener('securitypolicyviolation', (e) => window.violations.push(`frame: ${e.violatedDirective}`));
      frame.contentWindow.print = () => (window.printedTitleSize = frame.contentWindow.getComputedStyle(frame.contentDocument.querySelector('h1')).fontSize);
    });
    await page.getByRole('button', { name: 'Print your plan' }).click();
    assert.equal(await page.evaluate(() => window.printedTitleSize), '26.6667px', 'the print stylesheet (20pt title) applies in the frame');
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
