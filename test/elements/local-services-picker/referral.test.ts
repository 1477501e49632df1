import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LocalServicesPicker, ReferralDetail, ServicesChangeDetail } from '../../../src/local-services-picker.js';
import { builtInServices } from '../../../src/data/services.js';
import { referralToServiceRequest } from '../../../src/model/fhir.js';
import { EnvelopeSchema, type Coding, type Context, type Service } from '../../../src/model/schemas.js';
import { captureWarnings } from '../../helpers/console.js';
import { hostService } from './fixtures.js';
import { button, byLabel, chooseService, combobox, mount, notesField, openList, options, primary, refer, root, text, typeInto } from './helpers.js';

const TODAY = '2026-11-22';
const CONTEXT: Context = { patientId: 'pat-1', encounterId: 'enc-9', userId: 'user-7' };
const CONDITIONS: Coding[] = [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }, { display: 'Anxiety' }];
const service = (id: string): Service => builtInServices.find((s) => s.id === id) as Service;
const step = (el: LocalServicesPicker) => root(el).querySelector('[part="referral"]') as HTMLElement;
const stepButtons = (el: LocalServicesPicker) => [...step(el).querySelectorAll('button')].map((b) => text(b));
const moreDetails = (el: LocalServicesPicker) => root(el).querySelector('[part="more-details"]') as HTMLDetailsElement;

const picker = () =>
  mount(html`<local-services-picker icb="QHL" today=${TODAY} .context=${CONTEXT} .conditions=${CONDITIONS}></local-services-picker>`);

describe('<local-services-picker> referral step', () => {
  it('shows the chosen service in three lines (name; category · area; who can refer) and the rest behind "More details"', async () => {
    const el = await picker();
    await chooseService(el, 'NHS Talking Therapies employment advisers');
    const heading = root(el).querySelector('#step-heading') as HTMLElement;
    expect(text(heading)).to.equal('NHS Talking Therapies employment advisers');
    // Between the name and "More details": the two lines of key facts, nothing else (no stale warning here).
    const facts: Element[] = [];
    for (let node = heading.nextElementSibling; node && node !== moreDetails(el); node = node.nextElementSibling) facts.push(node);
    expect(facts.map((n) => text(n))).to.deep.equal(['Talking therapies · National', 'Who can refer: Self-referral Professional referral']);
    for (const line of facts) {
      const { height } = line.getBoundingClientRect();
      expect(height, text(line)).to.be.below(parseFloat(getComputedStyle(line).lineHeight) * 1.9 || 40);
    }
    const details = moreDetails(el);
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('More details');
    const dl = details.querySelector('.details') as HTMLElement;
    expect(dl.checkVisibility(), 'closed').to.equal(false);
    expect(text(dl)).to.contain('Who it is for Adults with common mental health problems such as anxiety or depression.');
    expect(text(dl)).to.contain('About this service');
    expect(text(dl)).to.contain('Last reviewed 22 November 2026');
    expect(text(dl)).to.contain('Source');
    expect(dl.querySelector('a')?.getAttribute('href')).to.equal(service('national-talking-therapies-employment-advisers').url);
    (details.querySelector('summary') as HTMLElement).click();
    await el.updateComplete;
    expect(details.open).to.equal(true);
    expect(dl.checkVisibility()).to.equal(true);
  });

  it('keeps a stale entry’s warning in sight, outside "More details"', async () => {
    const old = hostService({ id: 'old', name: 'Old service (fictional)', lastReviewed: '2025-11-21' });
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} .services=${[old]}></local-services-picker>`);
    await chooseService(el, 'Old service (fictional)');
    const warning = step(el).querySelector('.stale') as HTMLElement;
    expect(moreDetails(el).contains(warning)).to.equal(false);
    expect(text(warning)).to.equal('Important: Last reviewed 21 November 2025, more than 12 months ago: check the details are still current.');
  });

  it('prefills the reason from the conditions, and says so', async () => {
    const el = await picker();
    await chooseService(el, 'WorkWell Birmingham and Solihull');
    const reason = byLabel<HTMLTextAreaElement>(el, 'Reason for referral or signposting');
    expect(reason.value).to.equal('Low back pain; Anxiety');
    expect(text(root(el).querySelector('#reason-hint'))).to.equal('Filled in from the conditions on this note. You can change it.');
  });

  it('says when the directory has no contact details, rather than inventing them', async () => {
    const el = await picker();
    await chooseService(el, 'WorkWell Birmingham and Solihull');
    expect(text(moreDetails(el))).to.contain('Contact details No contact details in this directory: use your local directory.');
  });

  it('refers with one button whose label is the patient’s consent: no checkbox, and patientConsent: true in the event and the ServiceRequest', async () => {
    const el = await picker();
    await chooseService(el, 'WorkWell Birmingham and Solihull');
    expect(root(el).querySelector('input[type="checkbox"], input[type="radio"]')).to.equal(null);
    expect(stepButtons(el)).to.deep.equal(['Add notes', 'Patient agrees: create referral', 'Signpost the patient', 'Cancel']);
    const agree = button(el, 'Patient agrees: create referral');
    expect(agree).to.equal(primary(el));
    expect(agree.getAttribute('aria-describedby')).to.equal('agree-hint');
    expect(text(root(el).querySelector('#agree-hint'))).to.equal('Ask the patient first. The service will get their details.');
    await typeInto(el, byLabel<HTMLTextAreaElement>(el, 'Reason for referral or signposting'), 'Low back pain; worried about keeping her job');
    await typeInto(el, await notesField(el), 'Works night shifts. <b>not bold</b>');
    const event = oneEvent(el, 'fit-note-referral');
    agree.click();
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

  it('keeps the notes behind "Add notes", which opens the field and puts the cursor in it', async () => {
    const el = await picker();
    await chooseService(el, 'WorkWell Birmingham and Solihull');
    expect(root(el).querySelector('#notes')).to.equal(null);
    button(el, 'Add notes').click();
    await el.updateComplete;
    const notes = byLabel<HTMLTextAreaElement>(el, 'Notes');
    expect(text(root(el).querySelector('label[for="notes"]'))).to.equal('Notes (optional)');
    expect(root(el).activeElement).to.equal(notes);
    expect(() => button(el, 'Add notes')).to.throw();
    const event = oneEvent(el, 'fit-note-referral');
    primary(el).click();
    expect(((await event) as CustomEvent<ReferralDetail>).detail.notes, 'notes stay optional').to.equal('');
  });

  it('sends one referral for a double click on "Patient agrees: create referral"', async () => {
    const el = await picker();
    await chooseService(el, 'WorkWell Birmingham and Solihull');
    let fired = 0;
    el.addEventListener('fit-note-referral', () => (fired += 1));
    const create = primary(el);
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
    expect(stepButtons(el), 'professional referral only: no signposting').to.deep.equal(['Add notes', 'Patient agrees: create referral', 'Cancel']);
    const event = oneEvent(el, 'fit-note-referral');
    primary(el).click();
    const { detail } = (await event) as CustomEvent<ReferralDetail>;
    expect(detail.patientConsent).to.equal(true);
    expect(detail.fhir.performer).to.deep.equal([{ display: 'Riverside MSK (fictional)', identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'RX1' } }]);
    expect(detail.fhir.code).to.deep.equal({ coding: [{ system: 'http://snomed.info/sct', code: '3457005', display: 'Patient referral' }], text: 'Riverside MSK (fictional)' });
    expect(detail.fhir.reasonCode).to.equal(undefined);
  });
});

describe('<local-services-picker> signposting', () => {
  it('offers one button, "Signpost the patient", for a self-referral service, and records signposted: true without consent', async () => {
    const el = await picker();
    await chooseService(el, 'Access to Work');
    expect(stepButtons(el)).to.deep.equal(['Add notes', 'Signpost the patient', 'Cancel']);
    expect(byLabel(el, 'Reason for signposting')).to.exist;
    const signpost = button(el, 'Signpost the patient');
    expect(signpost).to.equal(primary(el));
    expect(signpost.getAttribute('aria-describedby')).to.equal('signpost-hint');
    expect(text(root(el).querySelector('#signpost-hint'))).to.equal(
      'You cannot refer to this service directly. Recording signposting notes that you gave the patient the details.',
    );
    const event = oneEvent(el, 'fit-note-referral');
    signpost.click();
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

  it('lets the clinician refer or signpost when both routes exist: signposting asks no consent', async () => {
    const el = await picker();
    await chooseService(el, 'NHS Talking Therapies employment advisers');
    expect(stepButtons(el)).to.deep.equal(['Add notes', 'Patient agrees: create referral', 'Signpost the patient', 'Cancel']);
    const event = oneEvent(el, 'fit-note-referral');
    button(el, 'Signpost the patient').click();
    const { detail } = (await event) as CustomEvent<ReferralDetail>;
    expect(detail).to.include({ signposted: true, patientConsent: false });
  });

  it('records signposting for a programme with no published route, saying to ask locally', async () => {
    const el = await mount(html`<local-services-picker icb="QWO" today=${TODAY}></local-services-picker>`);
    await chooseService(el, 'Inactivity Trailblazer');
    expect(text(step(el).querySelector('.badges'))).to.equal('Who can refer: Ask locally how to refer');
    expect(stepButtons(el)).to.deep.equal(['Add notes', 'Signpost the patient', 'Cancel']);
  });
});

describe('<local-services-picker> an unfinished referral', () => {
  it('unfinishedReferral names the service while its step is open, and is null before, after Cancel and once created', async () => {
    const el = await picker();
    expect(el.unfinishedReferral).to.equal(null);
    await chooseService(el, 'WorkWell Birmingham and Solihull');
    expect(el.unfinishedReferral).to.deep.equal({ serviceName: 'WorkWell Birmingham and Solihull' });
    button(el, 'Cancel').click();
    await el.updateComplete;
    expect(el.unfinishedReferral).to.equal(null);
    await chooseService(el, 'Access to Work');
    expect(el.unfinishedReferral).to.deep.equal({ serviceName: 'Access to Work' });
    primary(el).click();
    await el.updateComplete;
    expect(el.unfinishedReferral, 'signposted').to.equal(null);
    await refer(el, 'WorkWell Birmingham and Solihull');
    expect(el.unfinishedReferral, 'referred').to.equal(null);
  });

  it('focusUnfinished() brings the step’s button into view and focuses it; with no step open it does nothing', async () => {
    const el = await mount(html`<div style="height: 3000px"></div><local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`).then(
      (first) => first.parentElement?.querySelector('local-services-picker') as LocalServicesPicker,
    );
    el.focusUnfinished();
    expect(document.activeElement).to.not.equal(el);
    await chooseService(el, 'WorkWell Birmingham and Solihull');
    window.scrollTo(0, 0);
    const agree = primary(el);
    expect(agree.getBoundingClientRect().top, 'out of view').to.be.greaterThan(window.innerHeight);
    el.focusUnfinished();
    expect(root(el).activeElement).to.equal(agree);
    const box = agree.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight);
    window.scrollTo(0, 0);
  });

  it('focusUnfinished() straight after the step opens waits for it to render', async () => {
    const el = await picker();
    await openList(el);
    options(el)[0]?.click();
    el.focusUnfinished();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(primary(el));
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

  it('"Cancel" goes back to the search, focused, without sending anything', async () => {
    const el = await picker();
    let events = 0;
    el.addEventListener('fit-note-referral', () => (events += 1));
    await chooseService(el, 'WorkWell Birmingham and Solihull');
    button(el, 'Cancel').click();
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(combobox(el));
    expect(events).to.equal(0);
    expect(el.value).to.deep.equal([]);
  });

  it('can be completed with the keyboard alone, notes included', async () => {
    const el = await picker();
    combobox(el).focus();
    await sendKeys({ type: 'workwell' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(root(el).activeElement)).to.equal('WorkWell Birmingham and Solihull');
    await sendKeys({ press: 'Tab' });
    expect(text(root(el).activeElement)).to.equal('More details');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('reason');
    await sendKeys({ press: 'Tab' });
    expect(text(root(el).activeElement)).to.equal('Add notes');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('notes');
    await sendKeys({ type: 'Keyboard note' });
    await sendKeys({ press: 'Tab' });
    expect(text(root(el).activeElement)).to.equal('Patient agrees: create referral');
    const event = oneEvent(el, 'fit-note-referral');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await event) as CustomEvent<ReferralDetail>;
    expect(detail).to.include({ patientConsent: true, notes: 'Keyboard note', signposted: false });
  });
});

describe('<local-services-picker> the host’s answer at each referral (acknowledge)', () => {
  const chosenItem = (el: LocalServicesPicker, name: string) =>
    [...root(el).querySelectorAll('[part="chosen"] li')].find((li) => text(li.querySelector('.chosen__name')) === name) as HTMLElement;

  it('shows "Sent to the service", or "Not sent" with the reason as an error, and referralStatus() tells the form', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} multiple></local-services-picker>`);
    const workwell = await refer(el, 'WorkWell Birmingham and Solihull');
    const talking = await chooseService(el, 'NHS Talking Therapies employment advisers').then(async () => {
      const event = oneEvent(el, 'fit-note-referral');
      primary(el).click();
      return ((await event) as CustomEvent<ReferralDetail>).detail;
    });
    await el.updateComplete;
    const status = (name: string) => chosenItem(el, name).querySelector('.chosen__status') as HTMLElement;
    expect(status('WorkWell Birmingham and Solihull').getAttribute('role')).to.equal('status');
    expect(text(status('WorkWell Birmingham and Solihull')), 'pending: nothing said yet').to.equal('');
    expect(el.referralStatus(workwell.messageId)).to.equal('pending');

    el.acknowledge(workwell.messageId, { status: 'sent' });
    el.acknowledge(talking.messageId, { status: 'failed', reason: 'The service’s inbox is full' });
    await el.updateComplete;
    expect(text(chosenItem(el, 'WorkWell Birmingham and Solihull'))).to.equal(
      'WorkWell Birmingham and Solihull Referral created Sent to the service Remove WorkWell Birmingham and Solihull',
    );
    const failed = status('NHS Talking Therapies employment advisers').querySelector('.error-message') as HTMLElement;
    expect(text(failed)).to.equal('Error: Not sent: The service’s inbox is full');
    expect(text(failed.querySelector('.visually-hidden'))).to.equal('Error:');
    expect(getComputedStyle(failed).color).to.equal('rgb(213, 40, 27)');
    expect(el.referralStatus(workwell.messageId)).to.equal('sent');
    expect(el.referralStatus(talking.messageId)).to.equal('failed');

    el.acknowledge(talking.messageId, { status: 'failed' });
    await el.updateComplete;
    expect(text(status('NHS Talking Therapies employment advisers'))).to.equal('Error: Not sent to the service');
  });

  it('referralStatus() is null for anything not waited on: unknown, removed, or not a message id', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY} multiple></local-services-picker>`);
    const workwell = await refer(el, 'WorkWell Birmingham and Solihull');
    expect(el.referralStatus('not-a-referral')).to.equal(null);
    expect((el as unknown as { referralStatus(id: unknown): unknown }).referralStatus(42)).to.equal(null);
    button(el, 'Remove WorkWell').click();
    await el.updateComplete;
    expect(el.referralStatus(workwell.messageId)).to.equal(null);
  });

  it('says nothing of sending at signposting, where nothing is sent', async () => {
    const el = await mount(html`<local-services-picker icb="QHL" today=${TODAY}></local-services-picker>`);
    const signposted = await refer(el, 'Access to Work');
    const warnings = captureWarnings();
    try {
      el.acknowledge(signposted.messageId, { status: 'sent' });
    } finally {
      warnings.restore();
    }
    await el.updateComplete;
    expect(warnings.messages).to.deep.equal([]);
    expect(text(chosenItem(el, 'Access to Work'))).to.equal('Access to Work Signposted Remove Access to Work');
  });
});
