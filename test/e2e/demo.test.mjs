// The two built demo pages as a host would serve them (dist/demo): the mock EHR, whose log shows every
// event and can acknowledge a note as saved, and the script-tag page with no build step. Both are
// checked with axe, the whole page, in their first state and with the patient's plan shown.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startBrowser } from './browser.mjs';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const TODAY = '2026-03-03';

/** Every WCAG 2.0–2.2 A/AA rule and axe's best practices over the whole page, shadow roots included. */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

function record(page, names) {
  return page.evaluate((list) => {
    window.__events = [];
    for (const name of list) document.addEventListener(name, (e) => window.__events.push({ type: e.type, detail: JSON.parse(JSON.stringify(e.detail)) }));
  }, names);
}

async function openDemo(env) {
  const page = await env.page();
  await page.goto(env.url('/dist/demo/index.html'));
  await page.getByRole('button', { name: /^Confirm fit note/ }).waitFor();
  await page.fill('#today-input', TODAY);
  return page;
}

const logNames = (page) => page.locator('#log .log-entry strong').allInnerTexts();

describe('the demo EHR page (dist/demo/index.html)', () => {
  let env;
  before(async () => (env = await startBrowser()));
  after(async () => env?.close());

  it('shows the whole flow for the sample patient, and the log shows every event with its detail', async () => {
    const page = await openDemo(env);
    assert.equal(await page.locator('#banner-name').innerText(), 'Alex Taylor');
    assert.equal(await page.getByRole('button', { name: 'Ask the work question' }).isVisible(), true, 'the work question is one line, optional');
    assert.equal(await page.getByRole('radio', { name: 'Face to face' }).isChecked(), true, 'the demo EHR passes the appointment type');
    assert.equal(await page.getByRole('heading', { name: 'Work and health services' }).isVisible(), true);
    assert.equal(await page.locator('local-services-picker').evaluate((p) => p.icb), 'QOP', 'the picker has the ICB the page set');

    await page.getByRole('button', { name: 'Ask the work question' }).click();
    await page.getByRole('radio', { name: 'Employed', exact: true }).click();
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Low back pain' }).click();
    await page.getByRole('button', { name: '2 weeks', exact: true }).click();
    await page.getByRole('radio', { name: /^I will not need to assess/ }).click();
    await page.getByRole('combobox', { name: 'Search services' }).fill('access to work');
    await page.getByRole('option', { name: /^Access to Work/ }).click();
    await page.getByRole('button', { name: 'Signpost the patient' }).click();
    await page.getByRole('button', { name: /^Remove\W+Access to Work/ }).click();
    await page.getByRole('button', { name: /^Confirm fit note/ }).click();
    await page.getByRole('heading', { name: 'Your plan' }).waitFor();

    const names = await logNames(page);
    for (const name of ['work-question-complete', 'fit-note-referral', 'fit-note-submit']) {
      assert.ok(names.includes(name), `${name} in the log: ${names.join(', ')}`);
    }
    for (const name of ['work-question-change', 'fit-note-change', 'local-services-change']) {
      assert.ok(names.includes(name) || names.some((n) => n.startsWith(`${name} ×`)), `${name} in the log (change events share one line): ${names.join(', ')}`);
    }
    const submitted = JSON.parse(await page.locator('#log .log-entry', { hasText: 'fit-note-submit' }).locator('pre').textContent());
    assert.equal(submitted.fhir.resourceType, 'Bundle', 'the FHIR Bundle is in the log');
    assert.deepEqual(submitted.referrals, [], 'the removed signposting is not sent with the note');
    assert.match(submitted.planText, /^Your plan\nFor Alex Taylor\n/);
    const change = JSON.parse(await page.locator('#log .log-entry', { hasText: 'local-services-change' }).first().locator('pre').textContent());
    assert.deepEqual(change.removed.map((r) => r.serviceId), ['national-access-to-work']);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('“Acknowledge as saved” in the log tells the form the note is saved', async () => {
    const page = await openDemo(env);
    await page.getByRole('checkbox', { name: 'Low back pain' }).click();
    await page.getByRole('button', { name: '2 weeks', exact: true }).click();
    await page.getByRole('radio', { name: /^I will not need to assess/ }).click();
    await page.getByRole('button', { name: /^Confirm fit note/ }).click();
    const status = page.locator('fit-note-form [part=status]');
    assert.equal((await status.innerText()).trim(), 'Not yet saved to the record');
    await page.getByRole('button', { name: 'Acknowledge as saved' }).click();
    assert.match((await status.innerText()).trim(), /^Saved to the record: Consultation record, \d{2}:\d{2}:\d{2}$/);
    assert.equal(await page.getByRole('heading', { name: 'Your plan' }).isVisible(), true, 'the plan stays once saved');
    await page.close();
  });

  it('switching patient starts the whole flow again: nothing of the last patient is left', async () => {
    const page = await openDemo(env);
    await record(page, ['fit-note-change']);
    await page.getByRole('button', { name: 'Ask the work question' }).click();
    await page.getByRole('radio', { name: 'Employed', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Going back gradually', exact: true }).click();
    await page.getByRole('button', { name: /^Accept\W+Going back gradually may help/ }).click();
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Low back pain' }).click();
    await page.getByRole('button', { name: '2 weeks', exact: true }).click();
    await page.getByRole('radio', { name: /^I will not need to assess/ }).click();
    await page.getByRole('combobox', { name: 'Search services' }).click();
    await page.getByRole('option', { name: /^WorkWell Greater Manchester/ }).click();
    await page.getByRole('button', { name: 'Patient agrees: create referral' }).click();
    await page.getByRole('button', { name: /^Confirm fit note/ }).click();
    await page.getByRole('heading', { name: 'Your plan' }).waitFor();

    await page.selectOption('#patient-select', { label: 'Sam Patel: depression, off sick for months' });
    const form = page.locator('fit-note-form');
    assert.equal(await form.locator('.patient__name').innerText(), 'Sam Patel');
    assert.equal(await page.getByRole('heading', { name: 'Your plan' }).count(), 0, 'the last patient’s plan is gone');
    assert.equal(await page.getByRole('button', { name: 'Ask the work question' }).isVisible(), true, 'the work question is asked again, from its one line');
    await page.getByRole('button', { name: 'Ask the work question' }).click();
    assert.equal(await page.getByRole('radio', { name: 'Employed', exact: true }).isChecked(), false, 'with no answers carried over');
    assert.equal(await page.getByRole('radio', { name: 'Telephone' }).isChecked(), true, 'this patient’s appointment is by telephone');
    assert.equal(await page.locator('local-services-picker').evaluate((p) => p.value.length), 0, 'no chosen services carried over');
    assert.equal(await page.locator('local-services-picker').evaluate((p) => p.icb), 'Z9B2Z');
    assert.equal(await form.evaluate((f) => f.value.adjustments.phasedReturn), false);
    const last = (await page.evaluate(() => window.__events)).at(-1);
    assert.equal(last.type, 'fit-note-change');
    assert.equal(last.detail.context.patientId, 'demo-patient-2');
    assert.equal(last.detail.value.patient.name, 'Sam Patel');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('has no axe violations, as loaded and with the plan shown', async () => {
    const page = await openDemo(env);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('checkbox', { name: 'Low back pain' }).click();
    await page.getByRole('checkbox', { name: 'amended duties' }).click();
    await page.getByRole('button', { name: '2 weeks', exact: true }).click();
    await page.getByRole('radio', { name: /^I will not need to assess/ }).click();
    await page.getByRole('button', { name: /^Confirm fit note/ }).click();
    await page.getByRole('heading', { name: 'Your plan' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });
});

describe('the script-tag page (dist/demo/script-tag.html)', () => {
  let env;
  before(async () => (env = await startBrowser()));
  after(async () => env?.close());

  it('one classic script gives the whole flow: work question, referral, confirmed note with its plan, and nothing fetched', async () => {
    const page = await env.page();
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(env.url('/dist/demo/script-tag.html'));
    await page.getByRole('button', { name: /^Confirm fit note/ }).waitFor();
    await record(page, ['work-question-complete', 'fit-note-referral', 'fit-note-submit']);
    await page.getByRole('button', { name: 'Ask the work question' }).click();
    await page.getByRole('button', { name: 'Skip the work question' }).click();
    await page.getByRole('checkbox', { name: 'Low back pain' }).click();
    await page.getByRole('radio', { name: 'Face to face' }).click();
    await page.getByRole('checkbox', { name: 'phased return' }).click();
    await page.getByRole('button', { name: '2 weeks', exact: true }).click();
    await page.getByRole('radio', { name: /^I will not need to assess/ }).click();
    await page.getByRole('combobox', { name: 'Search services' }).click();
    await page.getByRole('option', { name: /^WorkWell Greater Manchester/ }).click();
    await page.getByRole('button', { name: 'Patient agrees: create referral' }).click();
    await page.getByRole('button', { name: /^Confirm fit note/ }).click();
    await page.getByRole('heading', { name: 'Your plan' }).waitFor();

    const received = await page.evaluate(() => window.__events);
    assert.deepEqual(received.map((e) => e.type), ['work-question-complete', 'fit-note-referral', 'fit-note-submit']);
    const [, referral, submit] = received;
    assert.equal(referral.detail.service.id, 'workwell-qop');
    assert.equal(referral.detail.patientConsent, true);
    assert.deepEqual(referral.detail.context, { patientId: 'example-patient', userId: 'example-user' });
    assert.equal(submit.detail.fitNote.patient.name, 'Chris Example');
    assert.equal(submit.detail.fitNote.issuer.profession, 'nurse');
    assert.deepEqual(submit.detail.fitNote.adjustments, { phasedReturn: true, alteredHours: false, amendedDuties: false, workplaceAdaptations: false });
    assert.deepEqual(submit.detail.referrals, [referral.detail]);
    assert.match(submit.detail.planText, /^Your plan\nFor Chris Example\n/);
    assert.match(submit.detail.planText, /- A phased return to work\n/);
    assert.match(submit.detail.planText, /We will ask these services to help you:\n- WorkWell Greater Manchester\n/);
    assert.match(await page.locator('#received').innerText(), /^fit-note-submit\n\nStatement of fitness for work/);
    assert.equal((await page.locator('fit-note-form [part=status]').innerText()).trim(), 'Saved to the record', 'the page acknowledged it');
    assert.deepEqual(requests, ['/dist/demo/script-tag.html', '/dist/demo/fit-note-widgets.js'], 'nothing fetched beyond the page and its one script');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('has no axe violations, as loaded and with the plan shown', async () => {
    const page = await env.page();
    await page.goto(env.url('/dist/demo/script-tag.html'));
    await page.getByRole('button', { name: /^Confirm fit note/ }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('checkbox', { name: 'Low back pain' }).click();
    await page.getByRole('radio', { name: 'Telephone' }).click();
    await page.getByRole('radio', { name: 'not fit for work' }).click();
    await page.getByRole('button', { name: '2 weeks', exact: true }).click();
    await page.getByRole('radio', { name: /^I will need to assess/ }).click();

    await page.getByRole('button', { name: /^Confirm fit note/ }).click();
    await page.getByRole('heading', { name: 'Your plan' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });
});
