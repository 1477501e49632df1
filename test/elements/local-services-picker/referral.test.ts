import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LocalServicesPicker, ReferralDetail, ServicesChangeDetail } from '../../../src/local-services-picker.js';
import { builtInServices } from '../../../src/data/services.js';
import { referralToServiceRequest } from '../../../src/model/fhir.js';
import { EnvelopeSchema, type Coding, type Context, type Service } from '../../../src/model/schemas.js';
import { expectNoAxeViolations } from '../../helpers/a11y.js';
import { captureWarnings } from '../../helpers/console.js';
import { hostService } from './fixtures.js';
import { button, byLabel, chooseService, combobox, mount, openList, optionNames, options, refer, root, text, typeInto } from './helpers.js';

const TODAY = '2026-11-22';
const CONTEXT: Context = { patientId: 'pat-1', encounterId: 'enc-9', userId: 'user-7' };
const CONDITIONS: Coding[] = [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }, { display: 'Anxiety' }];
const service = (id: string): Service => builtInServices.find((s) => s.id === id) as Service;

async function tick(el: LocalServicesPicker, label: string): Promise<void> {
  byLabel(el, label).click();
  await el.updateComplete;
}

const picker = () =>
  mount(html`<local-services-picker icb="QHL" today=${TODAY} .context=${CONTEXT} .conditions=${CONDITIONS}></local-services-picker>`);

describe('<local-services-picker> referral step', () => {
  it('shows the service in full and prefills the reason from the conditions', async () => {
    const el = await picker();
    await chooseService(el, 'NHS Talking Therapies employment advisers');
    const details = text(root(el).querySelector('.details'));
    expect(details).to.contain('Category Talking therapies');
    expect(details).to.contain('Who it is for Adults with common mental health problems such as anxiety or depression.');
    expect(details).to.contain('Last reviewed 22 November 2026');
    expect(root(el).querySelector('.details a')?.getAttribute('href')).to.equal(service('national-talking-therapies-employment-advisers').url);
    expect(byLabel<HTMLTextAreaElement>(el, 'Reason for referral').value).to.equal('Low back pain; Anxiety');
  });

  it('says when the directory has no contact details, rather than inventing them', async () => {
    const el = await picker();
    await chooseService(el, 'WorkWell Birmingham and Solihull');
    expect(text(root(el).querySelector('.details'))).to.contain('Contact details No contact details in this directory: use your local directory.');
  });

  it('requires the patient’s consent for a professional referral: error summary, message, and no event', async () => {
    const el = await picker();
    await chooseService(el, 'WorkWell Birmingham and Solihull');
    let fired = 0;
    el.addEventListener('fit-note-referral', () => (fired += 1));
    button(el, 'Create referral').click();
    await el.updateComplete;
    const summary = root(el).querySelector('#error-summary') as HTMLElement;
    expect(text(summary)).to.equal('There is a problem Confirm that the patient agrees to this referral');
    expect(root(el).activeElement).to.equal(summary);
    expect(text(root(el).querySelector('#consent-error'))).to.equal('Error: Confirm that the patient agrees to this referral');
    const consent = byLabel(el, 'The patient agrees to this referral');
    expect(consent.getAttribute('aria-invalid')).to.equal('true');
    expect(consent.getAttribute('aria-describedby')).to.equal('consent-hint consent-error');
    expect(fired).to.equal(0);

    (summary.querySelector('a') as HTMLAnchorElement).click();
    expect(root(el).activeElement).to.equal(consent);
    await tick(el, 'The patient agrees to this referral');
    expect(root(el).querySelector('#consent-error')).to.equal(null);
    expect(root(el).querySelector('#error-summary')).to.equal(null);
    button(el, 'Create referral').click();
    expect(fired).to.equal(1);
  });

  it('sends fit-note-referral: envelope, service, reason, consent, notes and its FHIR ServiceRequest', async () => {
    const el = await picker();
    await chooseService(el, 'WorkWell Birmingham and Solihull');
    await typeInto(el, byLabel<HTMLTextAreaElement>(el, 'Reason for referral'), 'Low back pain; worried about keeping her job');
    await tick(el, 'The patient agrees to this referral');
    await typeInto(el, byLabel<HTMLTextAreaElement>(el, 'Notes'), 'Works night shifts. <b>not bold</b>');
    const event = oneEvent(el, 'fit-note-referral');
    button(el, 'Create referral').click();
    const { detail, bubbles, composed } = (await event) as CustomEvent<ReferralDetail>;
    expect(bubbles && composed).to.equal(true);

    const envelope = EnvelopeSchema.parse(detail);
    const workwell = service('workwell-qhl');
    const expectedFhir = referralToServiceRequest({
      service: workwell,
      reason: 'Low back pain; worried about keeping her job',
      patientConsent: true,
      notes: 'Works night shifts. <b>not bold</b>',
      conditions: CONDITIONS,
      context: CONTEXT,
      now: new Date(detail.createdAt),
    });
    expect(detail).to.deep.equal({
      ...envelope,
      specVersion: '1',
      context: CONTEXT,
      summary: 'Referral to WorkWell Birmingham and Solihull',
      narrative: [
        'Referral to WorkWell Birmingham and Solihull (WorkWell).',
        'Area: Birmingham and Solihull.',
        'Reason: Low back pain; worried about keeping her job',
        'The patient agrees to this referral.',
        'Notes: Works night shifts. <b>not bold</b>',
      ].join('\n'),
      service: workwell,
      reason: 'Low back pain; worried about keeping her job',
      patientConsent: true,
      notes: 'Works night shifts. <b>not bold</b>',
      signposted: false,
      fhir: expectedFhir,
    });
    expect(detail.fhir).to.deep.equal({
      resourceType: 'ServiceRequest',
      status: 'draft',
      intent: 'proposal',
      category: [{ coding: [{ system: 'http://snomed.info/sct', code: '3457005', display: 'Patient referral' }] }],
      code: { coding: [{ system: 'http://snomed.info/sct', code: '18781004', display: 'Patient referral for vocational rehabilitation' }], text: 'WorkWell Birmingham and Solihull' },
      subject: { reference: 'Patient/pat-1' },
      authoredOn: detail.createdAt,
      encounter: { reference: 'Encounter/enc-9' },
      requester: { reference: 'Practitioner/user-7' },
      reasonCode: [
        { text: 'Low back pain', coding: [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }] },
        { text: 'Anxiety' },
      ],
      performer: [{ display: 'WorkWell Birmingham and Solihull' }],
      note: [
        { text: 'Reason for referral: Low back pain; worried about keeping her job' },
        { text: 'Notes: Works night shifts. <b>not bold</b>' },
        { text: 'The patient agrees to this referral.' },
      ],
    });
  });

  it('sends one referral for a double click on "Create referral"', async () => {
    const el = await picker();
    await chooseService(el, 'WorkWell Birmingham and Solihull');
    await tick(el, 'The patient agrees to this referral');
    let fired = 0;
    el.addEventListener('fit-note-referral', () => (fired += 1));
    const create = button(el, 'Create referral');
    create.click();
    create.click();
    await el.updateComplete;
    expect(fired).to.equal(1);
    expect(el.value).to.deep.equal(['workwell-qhl']);
  });

  it('names the performer by ODS code when the host’s service has one', async () => {
    const host = hostService({ id: 'physio-1', name: 'Riverside MSK (fictional)', category: 'physio-msk', odsCode: 'RX1' });
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} .services=${[host]}></local-services-picker>`);
    await chooseService(el, 'Riverside MSK (fictional)');
    await tick(el, 'The patient agrees to this referral');
    const event = oneEvent(el, 'fit-note-referral');
    button(el, 'Create referral').click();
    const { detail } = (await event) as CustomEvent<ReferralDetail>;
    expect(detail.fhir.performer).to.deep.equal([{ display: 'Riverside MSK (fictional)', identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'RX1' } }]);
    expect(detail.fhir.code).to.deep.equal({ coding: [{ system: 'http://snomed.info/sct', code: '3457005', display: 'Patient referral' }], text: 'Riverside MSK (fictional)' });
    expect(detail.fhir.reasonCode).to.equal(undefined);
  });
});

describe('<local-services-picker> signposting', () => {
  it('records signposting to a self-referral service as fit-note-referral with signposted: true', async () => {
    const el = await picker();
    await chooseService(el, 'Access to Work');
    expect(text(root(el).querySelector('.inset'))).to.equal(
      'You cannot refer to this service directly. Recording signposting notes that you gave the patient the details.',
    );
    expect(root(el).querySelector('#consent')).to.equal(null);
    expect(() => button(el, 'Create referral')).to.throw();
    const event = oneEvent(el, 'fit-note-referral');
    button(el, 'Record signposting').click();
    const { detail } = (await event) as CustomEvent<ReferralDetail>;
    const expectedFhir = referralToServiceRequest({
      service: service('national-access-to-work'),
      reason: 'Low back pain; Anxiety',
      patientConsent: false,
      notes: '',
      conditions: CONDITIONS,
      context: CONTEXT,
      now: new Date(detail.createdAt),
    });
    expect(detail).to.include({ signposted: true, patientConsent: false, reason: 'Low back pain; Anxiety', notes: '', summary: 'Signposted to Access to Work' });
    expect(detail.narrative).to.equal(
      [
        'Signposted to Access to Work (Access to Work): the patient was given the details to refer themselves.',
        'Area: National.',
        'Reason: Low back pain; Anxiety',
        'Website: https://www.gov.uk/access-to-work',
      ].join('\n'),
    );
    expect(detail.fhir).to.deep.equal({
      ...expectedFhir,
      note: [...(expectedFhir.note ?? []), { text: 'Signposted: the patient was given the details to refer themselves; no referral was sent to the service.' }],
    });
    expect(text(root(el).querySelector('[part="chosen"]'))).to.contain('Access to Work Signposted');
  });

  it('lets the clinician refer or signpost when both routes exist, asking consent only to refer', async () => {
    const el = await picker();
    await chooseService(el, 'NHS Talking Therapies employment advisers');
    expect(byLabel(el, 'Refer the patient').checked).to.equal(true);
    expect(root(el).querySelector('#consent')).to.not.equal(null);
    await tick(el, 'Signpost');
    expect(root(el).querySelector('#consent')).to.equal(null);
    expect(byLabel(el, 'Reason for signposting')).to.exist;
    const event = oneEvent(el, 'fit-note-referral');
    button(el, 'Record signposting').click();
    expect(((await event) as CustomEvent<ReferralDetail>).detail.signposted).to.equal(true);
  });

  it('records signposting for a programme with no published route, saying to ask locally', async () => {
    const el = await mount(html`<local-services-picker icb="QWO" today=${TODAY}></local-services-picker>`);
    await chooseService(el, 'Inactivity Trailblazer');
    expect(text(root(el).querySelector('.details'))).to.contain('Who can refer Ask locally how to refer');
    expect(button(el, 'Record signposting')).to.exist;
  });
});

describe('<local-services-picker> chosen services', () => {
  it('with multiple, lists several referrals with Remove, and tells the host what was removed', async () => {
    const el = await mount(html`<form><local-services-picker name="services" multiple icb="QHL" today=${TODAY}></local-services-picker></form>`).then(
      (form) => form.querySelector('local-services-picker') as LocalServicesPicker,
    );
    const first = await refer(el, 'WorkWell Birmingham and Solihull');
    expect(root(el).activeElement).to.equal(root(el).querySelector('#chosen-heading'));
    const changed = oneEvent(el, 'local-services-change');
    const second = await refer(el, 'Access to Work');
    expect(((await changed) as CustomEvent<ServicesChangeDetail>).detail).to.deep.equal({
      value: ['workwell-qhl', 'national-access-to-work'],
      chosen: [
        { serviceId: 'workwell-qhl', kind: 'referral', messageId: first.messageId },
        { serviceId: 'national-access-to-work', kind: 'signposted', messageId: second.messageId },
      ],
      removed: [],
    });
    expect(el.value).to.deep.equal(['workwell-qhl', 'national-access-to-work']);
    expect(text(root(el).querySelector('#chosen-heading'))).to.equal('2 services chosen');
    expect(new FormData(el.closest('form') as HTMLFormElement).getAll('services')).to.deep.equal(['workwell-qhl', 'national-access-to-work']);

    await openList(el);
    const chosenOption = options(el).find((o) => text(o.querySelector('.option__name')) === 'Access to Work') as HTMLElement;
    expect(text(chosenOption.querySelector('.tag--chosen'))).to.equal('Chosen');
    chosenOption.click();
    await el.updateComplete;
    expect(root(el).querySelector('#step-heading')).to.equal(null);
    expect(text(root(el).querySelector('.notice'))).to.equal('Access to Work is already chosen.');

    const removed = oneEvent(el, 'local-services-change');
    button(el, 'Remove WorkWell').click();
    expect(((await removed) as CustomEvent<ServicesChangeDetail>).detail).to.deep.equal({
      value: ['national-access-to-work'],
      chosen: [{ serviceId: 'national-access-to-work', kind: 'signposted', messageId: second.messageId }],
      removed: [{ serviceId: 'workwell-qhl', kind: 'referral', messageId: first.messageId }],
    });
    await el.updateComplete;
    expect(el.value).to.deep.equal(['national-access-to-work']);
    expect(text(root(el).querySelector('.notice'))).to.equal('WorkWell Birmingham and Solihull removed.');
    expect(new FormData(el.closest('form') as HTMLFormElement).getAll('services')).to.deep.equal(['national-access-to-work']);
  });

  it('without multiple, a new referral replaces the previous one and says which was replaced', async () => {
    const el = await picker();
    const first = await refer(el, 'WorkWell Birmingham and Solihull');
    expect(text(root(el).querySelector('[part="chosen"]'))).to.contain('Choosing another service replaces this one.');
    const changed = oneEvent(el, 'local-services-change');
    const second = await refer(el, 'Access to Work');
    expect(((await changed) as CustomEvent<ServicesChangeDetail>).detail).to.deep.equal({
      value: ['national-access-to-work'],
      chosen: [{ serviceId: 'national-access-to-work', kind: 'signposted', messageId: second.messageId }],
      removed: [{ serviceId: 'workwell-qhl', kind: 'referral', messageId: first.messageId }],
    });
  });

  it('shows services set through value as chosen earlier, keeps unknown ids, and fires nothing', async () => {
    const el = await picker();
    let events = 0;
    el.addEventListener('local-services-change', () => (events += 1));
    el.multiple = true;
    const warnings = captureWarnings();
    try {
      el.value = ['workwell-qhl', 'gone-1', 42, 'workwell-qhl'];
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal(['[fit-note-widgets] <local-services-picker> value: expected an array of service ids; other items ignored']);
    await el.updateComplete;
    expect(el.value).to.deep.equal(['workwell-qhl', 'gone-1']);
    expect(text(root(el).querySelector('[part="chosen"] ul'))).to.equal(
      'WorkWell Birmingham and Solihull Chosen earlier Remove WorkWell Birmingham and Solihull Service gone-1 (not in this directory) Chosen earlier Remove gone-1',
    );
    expect(events).to.equal(0);
  });

  it('names services set through value whichever of value and services the host sets first', async () => {
    const host = [hostService({ id: 'h1', name: 'Host service one (fictional)' })];
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} .value=${['h1']} .services=${host}></local-services-picker>`);
    expect(text(root(el).querySelector('.chosen__name'))).to.equal('Host service one (fictional)');
  });

  it('goes back to the search, focused, without sending anything', async () => {
    const el = await picker();
    let events = 0;
    el.addEventListener('fit-note-referral', () => (events += 1));
    await chooseService(el, 'WorkWell Birmingham and Solihull');
    button(el, 'Back to search').click();
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(combobox(el));
    expect(events).to.equal(0);
    expect(el.value).to.deep.equal([]);
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await picker();
    combobox(el).focus();
    await sendKeys({ type: 'workwell' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(root(el).activeElement)).to.equal('WorkWell Birmingham and Solihull');
    await sendKeys({ press: 'Tab' }); // no website link in this entry: the first control is the choice to refer
    expect(root(el).activeElement?.id).to.equal('mode-refer');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('reason');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('consent');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Keyboard note' });
    await sendKeys({ press: 'Tab' });
    expect(text(root(el).activeElement)).to.equal('Create referral');
    const event = oneEvent(el, 'fit-note-referral');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await event) as CustomEvent<ReferralDetail>;
    expect(detail).to.include({ patientConsent: true, notes: 'Keyboard note', signposted: false });
  });
});

describe('<local-services-picker> accessibility (axe)', () => {
  it('has no violations with the listbox open', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today="2027-12-01" .categories=${['workwell']}></local-services-picker>`);
    await openList(el);
    combobox(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(optionNames(el).length).to.be.greaterThan(1);
    expect(root(el).querySelector('.stale')).to.not.equal(null);
    await expectNoAxeViolations(el);
  });

  it('has no violations in the referral step, with its error, and with chosen services', async () => {
    const el = await picker();
    el.multiple = true;
    await chooseService(el, 'NHS Talking Therapies employment advisers');
    await expectNoAxeViolations(el);
    button(el, 'Create referral').click();
    await el.updateComplete;
    await expectNoAxeViolations(el);
    await tick(el, 'The patient agrees to this referral');
    button(el, 'Create referral').click();
    await el.updateComplete;
    expect(text(root(el).querySelector('#chosen-heading'))).to.equal('1 service chosen');
    await expectNoAxeViolations(el);
  });
});
