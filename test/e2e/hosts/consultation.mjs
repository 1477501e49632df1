// What a clinician does in a consultation, step by step through the accessible names of
// CONTRACT.md (Playwright's role and label locators reach into open shadow roots), and what the host
// must then have received. Shared by every host kind's test, so each is held to the same detail.
import assert from 'node:assert/strict';
import { addDays, builtInServices, fitNoteToFhir, referralToServiceRequest, validateFitNote } from '../../../dist/model.js';
import { CONDITIONS, CONTEXT, ISSUER, PATIENT } from './data.js';

export const SERVICE = 'WorkWell Greater Manchester';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * A condition from the record (the first unless named), face to face, two weeks from today, the
 * pre-selected advice, no review, confirmed.
 */
export async function completeNote(form, condition = CONDITIONS[0].display) {
  await form.getByRole('checkbox', { name: condition }).check();
  await form.getByRole('radio', { name: 'Face to face' }).check();
  await form.getByRole('button', { name: '2 weeks', exact: true }).click();
  await form.getByRole('radio', { name: /^I will not need to assess/ }).check();
  await form.getByRole('button', { name: /^Confirm fit note/i }).click();
}

/** Finds the WorkWell service by name and creates the referral with the patient's agreement (one button). */
export async function createReferral(picker, service = SERVICE) {
  await picker.getByRole('combobox', { name: /search services/i }).fill(service);
  await picker.getByRole('option', { name: new RegExp(`^${service}`) }).click();
  await picker.getByRole('button', { name: /^Patient agrees: create referral/i }).click();
}

/** In work, managing with difficulty, a phased return may help; accepts every suggestion; Done. */
export async function answerWorkQuestion(prompt) {
  await prompt.getByRole('radio', { name: 'Employed', exact: true }).check();
  await prompt.getByRole('radio', { name: /^Working, with difficulty/ }).check();
  await prompt.getByRole('checkbox', { name: /^Going back gradually/ }).check();
  const accept = prompt.getByRole('button', { name: /^Accept/, pressed: false });
  while ((await accept.count()) > 0) await accept.first().click();
  await prompt.getByRole('button', { name: /^Done/ }).click();
}

/** The page's local date, as the elements take "today" when the host does not say. */
export function pageToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

const withoutIds = (value) => JSON.parse(JSON.stringify(value).replace(/urn:uuid:[0-9a-f-]{36}/g, 'urn:uuid:…'));

function assertEnvelope(detail, context) {
  assert.equal(detail.specVersion, '1');
  assert.match(detail.messageId, UUID);
  assert.ok(!Number.isNaN(Date.parse(detail.createdAt)), 'createdAt is an ISO instant');
  assert.deepEqual(detail.context, context);
  assert.ok(detail.summary.length > 0 && detail.summary.length <= 140, 'a summary of at most 140 characters');
  assert.ok(detail.narrative.length > 0, 'a narrative for text-only hosts');
}

/** `fit-note-submit` after `completeNote`: the note as entered, valid, with the model's FHIR of it. */
export function assertSubmitDetail(detail, { today, patient = PATIENT, issuer = ISSUER, condition = CONDITIONS[0], context = CONTEXT }) {
  assertEnvelope(detail, context);
  const note = detail.fitNote;
  assert.deepEqual(note.patient, patient);
  assert.deepEqual(note.issuer, issuer);
  assert.deepEqual(note.conditions, [condition]);
  assert.equal(note.fitness, 'may-be-fit');
  assert.deepEqual(note.period, { start: today, end: addDays(today, 13) });
  assert.equal(note.assessmentDate, today);
  assert.equal(note.statementDate, today);
  assert.equal(detail.fitnessChoice, 'default-accepted');
  assert.equal(validateFitNote(note, { today }).valid, true);
  assert.match(detail.narrative, new RegExp(condition.display.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.deepEqual(withoutIds(detail.fhir), withoutIds(fitNoteToFhir(note, context, { now: new Date(detail.fhir.timestamp) })));
  assert.equal(detail.fhir.entry[1].resource.code.coding[0].code, '365524007');
  assert.equal(detail.fhir.entry[1].resource.subject.reference, `Patient/${context.patientId}`);
}

/** `fit-note-referral` after `createReferral`: the service, consent, and the model's ServiceRequest of it. */
export function assertReferralDetail(detail, { service = builtInServices.find((s) => s.name === SERVICE), conditions = CONDITIONS, context = CONTEXT } = {}) {
  assertEnvelope(detail, context);
  assert.deepEqual(detail.service, service);
  assert.equal(detail.reason, conditions.map((c) => c.display).join('; '), 'the reason is prefilled from the conditions');
  assert.equal(detail.patientConsent, true);
  assert.equal(detail.signposted, false);
  assert.equal(detail.notes, '');
  const expected = referralToServiceRequest({ ...detail, conditions, context, now: new Date(detail.fhir.authoredOn) });
  assert.deepEqual(detail.fhir, expected);
  assert.equal(detail.fhir.status, 'draft');
  assert.equal(detail.fhir.intent, 'proposal');
  assert.equal(detail.fhir.subject.reference, `Patient/${context.patientId}`);
}

/** Waits for the host page's record of an event (`window.received`) and returns its detail. */
export async function received(page, type) {
  const handle = await page.waitForFunction((t) => window.received?.find((r) => r.type === t)?.detail, type);
  return handle.jsonValue();
}

/**
 * A whole consultation on a page with `#prompt`, `#form` and `#picker`: the work question, a confirm
 * that fails (error summary), a help popover and the phrase bank (floating panels, focus moves),
 * the note completed and saved, the patient's plan printed (from its own frame), a referral through
 * the results list. Returns the events received.
 */
export async function fullConsultation(page) {
  await answerWorkQuestion(page.locator('#prompt'));
  const form = page.locator('#form');
  await form.getByRole('button', { name: /^Confirm fit note/i }).click();
  await form.getByRole('link', { name: /condition/i }).first().waitFor();
  await form.getByRole('button', { name: /^Help with phased return/ }).click();
  await form.getByRole('dialog').first().waitFor();
  await page.keyboard.press('Escape');
  await form.getByText('Suggested wording for functional effects').click();
  await form.getByRole('button', { name: /Avoid lifting over 10 kg for 4 weeks/ }).click();
  await completeNote(form);
  await form.getByText(/Saved to the record/).waitFor();
  await form.getByRole('button', { name: /^Print your plan/ }).click();
  await createReferral(page.locator('#picker'));
  await received(page, 'fit-note-referral');
  return page.evaluate(() => window.received.map((r) => r.type));
}
