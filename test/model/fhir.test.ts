import { expect } from '@open-wc/testing';
import { emptyPaths } from '../helpers/json.js';
import {
  codingToCodeableConcept,
  fitNoteToFhir,
  referralToServiceRequest,
  type Bundle,
  type Observation,
  type QuestionnaireResponse,
  type ReferralInput,
} from '../../src/model/fhir.js';
import { SERVICE_CATEGORIES, type Context, type FitNote, type Service, type ServiceCategory } from '../../src/model/schemas.js';

const TODAY = '2026-03-03';
const NOW = new Date(Date.UTC(2026, 2, 3, 10, 30, 0));
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CONTEXT: Context = { patientId: 'pat-1', encounterId: 'enc-9', userId: 'user-7' };

function fullNote(overrides: Partial<FitNote> = {}): FitNote {
  return {
    patient: { name: 'Alex Smith', nhsNumber: '943 476 5919', dateOfBirth: '1980-05-17' },
    issuer: { name: 'Dr Sam Patel', profession: 'doctor', address: '1 High Street, Leeds' },
    assessmentDate: '2026-03-02',
    assessmentMethod: 'face-to-face',
    conditions: [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }, { display: 'Anxiety' }],
    fitness: 'may-be-fit',
    adjustments: { phasedReturn: true, alteredHours: false, amendedDuties: true, workplaceAdaptations: false },
    comments: 'No heavy lifting for 4 weeks.',
    period: { start: '2026-03-03', end: '2026-03-16' },
    sixMonthsOrMore: false,
    reassessmentNeeded: true,
    statementDate: TODAY,
    ...overrides,
  };
}

function minimalNote(overrides: Partial<FitNote> = {}): FitNote {
  return {
    assessmentDate: TODAY,
    assessmentMethod: 'telephone',
    conditions: [],
    fitness: 'not-fit',
    adjustments: { phasedReturn: false, alteredHours: false, amendedDuties: false, workplaceAdaptations: false },
    comments: '',
    period: { start: TODAY, end: TODAY },
    sixMonthsOrMore: false,
    reassessmentNeeded: false,
    statementDate: TODAY,
    ...overrides,
  };
}

function service(overrides: Partial<Service> = {}): Service {
  return {
    id: 'workwell-bsol',
    name: 'WorkWell Birmingham and Solihull',
    category: 'workwell',
    referral: { self: true, professional: true, employer: true },
    coverage: { icbs: ['QHL'] },
    odsCode: 'QHL',
    lastReviewed: '2026-01-15',
    ...overrides,
  };
}

function expectNothingEmpty(value: unknown): void {
  expect(emptyPaths(value), 'raw object').to.deep.equal([]);
  expect(emptyPaths(JSON.parse(JSON.stringify(value))), 'as JSON').to.deep.equal([]);
}

function parts(bundle: Bundle): { qr: QuestionnaireResponse; obs: Observation; qrUrl: string; obsUrl: string } {
  const [first, second] = bundle.entry ?? [];
  const qr = first?.resource as QuestionnaireResponse;
  const obs = second?.resource as Observation;
  return { qr, obs, qrUrl: first?.fullUrl ?? '', obsUrl: second?.fullUrl ?? '' };
}

const answersOf = (qr: QuestionnaireResponse, linkId: string) => qr.item?.find((i) => i.linkId === linkId)?.answer;

describe('fhir', () => {
  it('the walker finds undefined, blank strings, empty arrays and empty objects', () => {
    expect(emptyPaths({ a: undefined, b: ' ', c: [], d: {}, e: [{ f: '' }], g: 0, h: false, i: 'x' })).to.deep.equal([
      '$.a',
      '$.b',
      '$.c',
      '$.d',
      '$.e[0].f',
    ]);
  });

  describe('fitNoteToFhir', () => {
    it('is a collection Bundle of two entries with distinct urn:uuid fullUrls', () => {
      const bundle = fitNoteToFhir(fullNote(), CONTEXT, { now: NOW });
      expect(bundle.resourceType).to.equal('Bundle');
      expect(bundle.type).to.equal('collection');
      expect(bundle.timestamp).to.equal('2026-03-03T10:30:00.000Z');
      expect(bundle.entry).to.have.length(2);
      const { qr, obs, qrUrl, obsUrl } = parts(bundle);
      expect(qrUrl).to.match(UUID_URN);
      expect(obsUrl).to.match(UUID_URN);
      expect(qrUrl).to.not.equal(obsUrl);
      expect(qr.resourceType).to.equal('QuestionnaireResponse');
      expect(obs.resourceType).to.equal('Observation');
      const again = parts(fitNoteToFhir(fullNote(), CONTEXT, { now: NOW }));
      expect(again.qrUrl).to.not.equal(qrUrl);
    });

    it('a question not yet answered has no item and no false answer (no face to face, no false)', () => {
      const bundle = fitNoteToFhir(fullNote({ assessmentMethod: null, reassessmentNeeded: null }), CONTEXT, { now: NOW });
      const { qr } = parts(bundle);
      const ids = qr.item?.map((i) => i.linkId) ?? [];
      expect(ids).to.not.include('assessment-method');
      expect(ids).to.not.include('reassessment-needed');
      expect(ids).to.include.members(['assessment-date', 'six-months-or-more']);
      expectNothingEmpty(bundle);
      expect(JSON.stringify(bundle)).to.not.contain('null');
      expect(answersOf(parts(fitNoteToFhir(fullNote({ reassessmentNeeded: false }), CONTEXT, { now: NOW })).qr, 'reassessment-needed')).to.deep.equal([{ valueBoolean: false }]);
      expect(answersOf(parts(fitNoteToFhir(fullNote({ assessmentMethod: 'video' }), CONTEXT, { now: NOW })).qr, 'assessment-method')).to.deep.equal([{ valueString: 'video' }]);
    });

    it('the QuestionnaireResponse is completed, authored on the statement date, with items in Med3 order', () => {
      const { qr } = parts(fitNoteToFhir(fullNote(), CONTEXT, { now: NOW }));
      expect(qr.status).to.equal('completed');
      expect(qr.authored).to.equal(TODAY);
      expect(qr.item?.map((i) => i.linkId)).to.deep.equal([
        'patient-name',
        'nhs-number',
        'assessment-date',
        'assessment-method',
        'conditions',
        'fitness',
        'adjustments',
        'comments',
        'period-start',
        'period-end',
        'six-months-or-more',
        'reassessment-needed',
        'issuer-name',
        'issuer-profession',
        'issuer-address',
        'statement-date',
      ]);
      expect(answersOf(qr, 'nhs-number')).to.deep.equal([{ valueString: '9434765919' }]);
      expect(answersOf(qr, 'assessment-date')).to.deep.equal([{ valueDate: '2026-03-02' }]);
      expect(answersOf(qr, 'conditions')).to.deep.equal([
        { valueCoding: { system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' } },
        { valueString: 'Anxiety' },
      ]);
      expect(answersOf(qr, 'adjustments')).to.deep.equal([{ valueString: 'a phased return to work' }, { valueString: 'amended duties' }]);
      expect(answersOf(qr, 'period-start')).to.deep.equal([{ valueDate: '2026-03-03' }]);
      expect(answersOf(qr, 'period-end')).to.deep.equal([{ valueDate: '2026-03-16' }]);
      expect(answersOf(qr, 'reassessment-needed')).to.deep.equal([{ valueBoolean: true }]);
      expect(answersOf(qr, 'six-months-or-more')).to.deep.equal([{ valueBoolean: false }]);
      expect(answersOf(qr, 'issuer-profession')).to.deep.equal([{ valueString: 'doctor' }]);
      for (const i of qr.item ?? []) expect(i.text, i.linkId).to.be.a('string').and.not.equal('');
    });

    it('the Observation is 365524007 (SNOMED) with value 225891002 "may be fit for work" for "may be fit"', () => {
      const { obs, qr } = parts(fitNoteToFhir(fullNote(), CONTEXT, { now: NOW }));
      expect(obs.status).to.equal('final');
      expect(obs.code.coding).to.have.length(1);
      expect(obs.code.coding?.[0]).to.include({ system: 'http://snomed.info/sct', code: '365524007' });
      expect(obs.valueCodeableConcept?.coding?.[0]).to.include({ system: 'http://snomed.info/sct', code: '225891002' });
      expect(obs.valueCodeableConcept?.text).to.equal('may be fit for work');
      expect(answersOf(qr, 'fitness')?.[0]?.valueCoding).to.include({ code: '225891002', display: 'may be fit for work' });
      expect(obs.issued).to.equal('2026-03-03T10:30:00.000Z');
      expect(obs.note).to.deep.equal([{ text: 'No heavy lifting for 4 weeks.' }]);
    });

    it('the Observation value is 160910001 "not fit for work" for "not fit", and no adjustments item is written', () => {
      const { obs, qr } = parts(fitNoteToFhir(fullNote({ fitness: 'not-fit' }), CONTEXT, { now: NOW }));
      expect(obs.valueCodeableConcept?.coding?.[0]).to.include({ system: 'http://snomed.info/sct', code: '160910001' });
      expect(obs.valueCodeableConcept?.text).to.equal('not fit for work');
      expect(qr.item?.some((i) => i.linkId === 'adjustments')).to.equal(false);
    });

    it('effectivePeriod is the note period; an indefinite period has no end', () => {
      expect(parts(fitNoteToFhir(fullNote(), CONTEXT, { now: NOW })).obs.effectivePeriod).to.deep.equal({ start: '2026-03-03', end: '2026-03-16' });
      const { obs, qr } = parts(fitNoteToFhir(fullNote({ period: { start: '2026-03-03', end: null }, sixMonthsOrMore: true }), CONTEXT, { now: NOW }));
      expect(obs.effectivePeriod).to.deep.equal({ start: '2026-03-03' });
      expect(obs.effectivePeriod).to.not.have.property('end');
      expect(answersOf(qr, 'period-indefinite')).to.deep.equal([{ valueBoolean: true }]);
      expect(qr.item?.some((i) => i.linkId === 'period-end')).to.equal(false);
    });

    it('subject is Patient/<patientId> with the NHS number identifier; author and performer are Practitioner/<userId>; encounter is set', () => {
      const { qr, obs } = parts(fitNoteToFhir(fullNote(), CONTEXT, { now: NOW }));
      const subject = { reference: 'Patient/pat-1', identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9434765919' }, display: 'Alex Smith' };
      expect(qr.subject).to.deep.equal(subject);
      expect(obs.subject).to.deep.equal(subject);
      expect(qr.author).to.deep.equal({ reference: 'Practitioner/user-7' });
      expect(obs.performer).to.deep.equal([{ reference: 'Practitioner/user-7' }]);
      expect(qr.encounter).to.deep.equal({ reference: 'Encounter/enc-9' });
      expect(obs.encounter).to.deep.equal({ reference: 'Encounter/enc-9' });
    });

    it('derivedFrom points at the QuestionnaireResponse fullUrl', () => {
      const bundle = fitNoteToFhir(fullNote(), CONTEXT, { now: NOW });
      const { obs, qrUrl } = parts(bundle);
      expect(obs.derivedFrom).to.deep.equal([{ reference: qrUrl }]);
    });

    it('without context or patient the subject still says who it is about, and no author, performer or encounter is written', () => {
      const { qr, obs } = parts(fitNoteToFhir(minimalNote(), undefined, { now: NOW }));
      expect(qr.subject).to.deep.equal({ display: 'Patient (not identified by the clinical system)' });
      expect(qr).to.not.have.property('author');
      expect(qr).to.not.have.property('encounter');
      expect(obs).to.not.have.property('performer');
      expect(obs).to.not.have.property('encounter');
      expect(obs).to.not.have.property('note');
    });

    it('a blank context id is left out, not written as "Patient/"', () => {
      const { qr, obs } = parts(fitNoteToFhir(fullNote(), { patientId: '', userId: ' ', encounterId: '' }, { now: NOW }));
      expect(qr.subject).to.not.have.property('reference');
      expect(qr).to.not.have.property('author');
      expect(obs).to.not.have.property('encounter');
    });

    it('writes nothing empty: no undefined, blank strings, empty arrays or empty objects', () => {
      const notes: FitNote[] = [
        fullNote(),
        fullNote({ fitness: 'not-fit' }),
        fullNote({ period: { start: TODAY, end: null }, sixMonthsOrMore: true }),
        fullNote({ patient: { name: 'Alex', nhsNumber: '   ' }, issuer: { name: 'Sam', profession: 'nurse', address: ' ' }, comments: '  ' }),
        minimalNote(),
        minimalNote({ fitness: 'may-be-fit' }),
      ];
      const contexts: (Context | undefined)[] = [CONTEXT, undefined, {}, { patientId: '', userId: '', encounterId: '' }];
      for (const note of notes) {
        for (const context of contexts) {
          const bundle = fitNoteToFhir(note, context, { now: NOW });
          expectNothingEmpty(bundle);
        }
      }
    });

    it('an invalid options.now falls back to the current time', () => {
      const before = Date.now();
      const bundle = fitNoteToFhir(fullNote(), CONTEXT, { now: new Date(Number.NaN) });
      expect(new Date(bundle.timestamp ?? '').getTime()).to.be.at.least(before - 1);
    });
  });

  describe('codingToCodeableConcept', () => {
    it('defaults the system to SNOMED when a code has none; text only when there is no code', () => {
      expect(codingToCodeableConcept({ code: '48694002', display: 'Anxiety' })).to.deep.equal({
        text: 'Anxiety',
        coding: [{ system: 'http://snomed.info/sct', code: '48694002', display: 'Anxiety' }],
      });
      expect(codingToCodeableConcept({ system: 'http://read.info/ctv3', code: 'XE1Y8', display: 'Anxiety' }).coding?.[0]?.system).to.equal(
        'http://read.info/ctv3',
      );
      expect(codingToCodeableConcept({ display: ' Anxiety ' })).to.deep.equal({ text: 'Anxiety' });
      expect(codingToCodeableConcept({ code: '  ', display: 'Anxiety' })).to.deep.equal({ text: 'Anxiety' });
      expect(codingToCodeableConcept({ system: '', code: '48694002', display: 'Anxiety' }).coding?.[0]?.system).to.equal('http://snomed.info/sct');
    });
  });

  describe('referralToServiceRequest', () => {
    const input = (overrides: Partial<ReferralInput> = {}): ReferralInput => ({
      service: service(),
      reason: 'Low back pain affecting work',
      patientConsent: true,
      notes: 'Prefers morning calls',
      conditions: [{ code: '279039007', display: 'Low back pain' }, { display: 'Anxiety' }],
      context: CONTEXT,
      patient: { name: 'Alex Smith', nhsNumber: '9434765919' },
      now: NOW,
      ...overrides,
    });

    it('is a draft proposal with category 3457005 (Patient referral)', () => {
      const sr = referralToServiceRequest(input());
      expect(sr.resourceType).to.equal('ServiceRequest');
      expect(sr.status).to.equal('draft');
      expect(sr.intent).to.equal('proposal');
      expect(sr.category).to.deep.equal([{ coding: [{ system: 'http://snomed.info/sct', code: '3457005', display: 'Patient referral' }] }]);
      expect(sr.authoredOn).to.equal('2026-03-03T10:30:00.000Z');
    });

    it('code is 18781004 (vocational rehabilitation) for a vocational category such as WorkWell, named by the service', () => {
      const sr = referralToServiceRequest(input());
      expect(sr.code?.coding?.[0]).to.include({ system: 'http://snomed.info/sct', code: '18781004' });
      expect(sr.code?.text).to.equal('WorkWell Birmingham and Solihull');
    });

    it('code is 3457005 for a category that is not vocational', () => {
      const vocational: ServiceCategory[] = ['workwell', 'connect-to-work', 'access-to-work', 'work-coach', 'employment-advice', 'ips', 'career-coaching', 'youth-employment'];
      for (const category of SERVICE_CATEGORIES) {
        const code = referralToServiceRequest(input({ service: service({ category }) })).code?.coding?.[0]?.code;
        expect(code, category).to.equal(vocational.includes(category) ? '18781004' : '3457005');
      }
      expect(referralToServiceRequest(input({ service: service({ category: 'talking-therapies' }) })).code?.coding?.[0]?.code).to.equal('3457005');
    });

    it('subject, requester and encounter come from the context', () => {
      const sr = referralToServiceRequest(input());
      expect(sr.subject).to.deep.equal({
        reference: 'Patient/pat-1',
        identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9434765919' },
        display: 'Alex Smith',
      });
      expect(sr.requester).to.deep.equal({ reference: 'Practitioner/user-7' });
      expect(sr.encounter).to.deep.equal({ reference: 'Encounter/enc-9' });
    });

    it('reasonCode comes from the conditions: SNOMED by default when coded, text only when not', () => {
      const sr = referralToServiceRequest(input());
      expect(sr.reasonCode).to.deep.equal([
        { text: 'Low back pain', coding: [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }] },
        { text: 'Anxiety' },
      ]);
      expect(referralToServiceRequest(input({ conditions: [] }))).to.not.have.property('reasonCode');
    });

    it('performer is named by the service with its ODS code when known', () => {
      expect(referralToServiceRequest(input()).performer).to.deep.equal([
        { display: 'WorkWell Birmingham and Solihull', identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'QHL' } },
      ]);
      const noOds = service();
      delete noOds.odsCode;
      expect(referralToServiceRequest(input({ service: noOds })).performer).to.deep.equal([{ display: 'WorkWell Birmingham and Solihull' }]);
      expect(referralToServiceRequest(input({ service: service({ odsCode: '  ' }) })).performer).to.deep.equal([{ display: 'WorkWell Birmingham and Solihull' }]);
    });

    it('notes carry the reason, the notes and the consent wording', () => {
      expect(referralToServiceRequest(input()).note).to.deep.equal([
        { text: 'Reason for referral: Low back pain affecting work' },
        { text: 'Notes: Prefers morning calls' },
        { text: 'The patient agrees to this referral.' },
      ]);
      expect(referralToServiceRequest(input({ reason: ' ', notes: '', patientConsent: false })).note).to.deep.equal([
        { text: 'Patient consent to this referral is not recorded.' },
      ]);
    });

    it('consent is recorded only when it is exactly true', () => {
      for (const patientConsent of [false, undefined, 'yes' as unknown as boolean, 1 as unknown as boolean]) {
        const texts = referralToServiceRequest(input({ patientConsent })).note?.map((n) => n.text);
        expect(texts, String(patientConsent)).to.include('Patient consent to this referral is not recorded.');
      }
    });

    it('writes nothing empty, with or without optional parts', () => {
      const variants: ReferralInput[] = [
        input(),
        { service: service() },
        input({ context: {}, patient: undefined, conditions: undefined, reason: '', notes: '' }),
        input({ context: { patientId: '', userId: '', encounterId: '' }, conditions: [{ system: '', code: '', display: 'Flu' }] }),
        input({ service: service({ odsCode: '' }) }),
      ];
      for (const v of variants) expectNothingEmpty(referralToServiceRequest(v));
    });

    it('without a usable service there is no performer and the code is the plain patient referral', () => {
      const sr = referralToServiceRequest(input({ service: { name: 'No id' } as unknown as Service }));
      expect(sr).to.not.have.property('performer');
      expect(sr.code).to.deep.equal({ coding: [{ system: 'http://snomed.info/sct', code: '3457005', display: 'Patient referral' }] });
      expectNothingEmpty(sr);
    });
  });
});

describe('fitNoteToFhir with dates that are not real', () => {
  it('leaves each unreal date out instead of inventing one', () => {
    const note = { ...fullNote(), assessmentDate: '2026-02-30', statementDate: '', period: { start: '2026-03-03', end: 'soon' } };
    const { qr, obs } = parts(fitNoteToFhir(note, CONTEXT, { now: NOW }));
    expect(answersOf(qr, 'assessment-date')).to.equal(undefined);
    expect(answersOf(qr, 'statement-date')).to.equal(undefined);
    expect(answersOf(qr, 'period-end')).to.equal(undefined);
    expect(answersOf(qr, 'period-start')).to.deep.equal([{ valueDate: '2026-03-03' }]);
    expect(qr.authored).to.equal(undefined);
    expect(obs.effectivePeriod).to.deep.equal({ start: '2026-03-03' });
    expectNothingEmpty(fitNoteToFhir(note, CONTEXT, { now: NOW }));
  });

  it('has no effectivePeriod at all when neither date is real', () => {
    const note = { ...fullNote(), period: { start: 'x', end: 'y' } };
    const { obs } = parts(fitNoteToFhir(note, CONTEXT, { now: NOW }));
    expect(obs.effectivePeriod).to.equal(undefined);
    expectNothingEmpty(fitNoteToFhir(note, CONTEXT, { now: NOW }));
  });
});
