import { expect } from '@open-wc/testing';
import { builtInServices } from '../../src/data/services.js';
import { plan as planWording } from '../../src/messages/en/plan.js';
import { patientPlan, planText, type PlanReferral } from '../../src/model/plan.js';
import type { FitNote, Service } from '../../src/model/schemas.js';

const TODAY = '2026-03-03';

function note(overrides: Partial<FitNote> = {}): FitNote {
  return {
    patient: { name: 'Alex Smith', nhsNumber: '9434765919', dateOfBirth: '1980-05-17' },
    issuer: { name: 'Dr Sam Patel', profession: 'doctor' },
    assessmentDate: TODAY,
    assessmentMethod: 'face-to-face',
    conditions: [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }],
    fitness: 'may-be-fit',
    adjustments: { phasedReturn: false, alteredHours: true, amendedDuties: false, workplaceAdaptations: false },
    comments: '',
    period: { start: TODAY, end: '2026-03-16' },
    sixMonthsOrMore: false,
    reassessmentNeeded: false,
    statementDate: TODAY,
    ...overrides,
  };
}

const service = (id: string): Service => {
  const found = builtInServices.find((s) => s.id === id);
  if (!found) throw new Error(`no service ${id}`);
  return found;
};

/** A rough syllable count: vowel groups, less a silent final e; enough to rank wording, as readability checkers do. */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]+/g)?.length ?? 1);
}

/** Flesch–Kincaid grade of `sentences`; a UK reading age is about the US grade plus 5. */
function gradeLevel(sentences: string[]): number {
  const words = sentences.flatMap((s) => s.split(/\s+/).filter((w) => /[a-z]/i.test(w)));
  const syllableCount = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllableCount / words.length) - 15.59;
}

describe('the patient’s plan', () => {
  it('says what the note says, what the changes mean, and when to come back', () => {
    expect(planText(note())).to.equal(
      [
        'Your plan',
        'For Alex Smith',
        'Made on 3 March 2026 with Dr Sam Patel.',
        '',
        'What your fit note says',
        'You may be fit for work. This means you can do some work, if your employer can follow the advice in your note.',
        'Your note is about: Low back pain.',
        'It lasts for 2 weeks, from 3 March 2026 to 16 March 2026.',
        'Show your fit note to your employer, or to the Jobcentre if you get benefits.',
        '',
        'Changes at work that may help you',
        'Your note asks your employer to think about:',
        '- Altered hours',
        '  This means working fewer hours, or starting and finishing at different times.',
        'Talk to your employer about these changes.',
        'If your employer cannot make them, your note counts as “not fit for work”. You do not need a new note.',
        '',
        'When to come back',
        'You do not need to see us again about this note. If you are not better by 16 March 2026, talk to us.',
        'If you feel worse at any time, contact us.',
      ].join('\n'),
    );
  });

  it('“not fit for work”: no changes at work, even if the note still has adjustments ticked', () => {
    const text = planText(note({ fitness: 'not-fit', reassessmentNeeded: true }));
    expect(text).to.contain('You are not fit for work. This means you are not well enough to work for now.');
    expect(text).to.not.contain('Changes at work');
    expect(text).to.contain('Book a time to see us before your note ends on 16 March 2026.');
  });

  it('an indefinite note has no end date to come back by', () => {
    const plan = patientPlan(note({ period: { start: TODAY, end: null }, sixMonthsOrMore: true, reassessmentNeeded: true }));
    const lines = plan.sections.flatMap((s) => s.lines);
    expect(lines).to.include('It starts on 3 March 2026. It has no end date.');
    expect(lines).to.include('We will need to see you again to check how you are.');
  });

  it('puts the clinician’s comments in, as written', () => {
    const text = planText(note({ comments: '  Avoid lifting over 10 kg for 4 weeks.  ' }));
    expect(text).to.contain('Your note also says:\nAvoid lifting over 10 kg for 4 weeks.\n');
  });

  it('sorts services into those the practice refers the patient to, those to contact, and those to ask the employer about', () => {
    const referrals: PlanReferral[] = [
      { service: service('national-talking-therapies-employment-advisers'), signposted: true },
      { service: service('workwell-qop'), signposted: false },
      { service: service('national-occupational-health'), signposted: true },
      { service: service('national-ips'), signposted: true },
    ];
    const section = patientPlan(note(), referrals).sections.find((s) => s.id === 'services');
    expect(section?.heading).to.equal('Who can help you');
    expect(section?.lists.map((l) => [l.intro, l.items.map((i) => i.name)])).to.deep.equal([
      ['We will ask these services to help you:', ['WorkWell Greater Manchester']],
      ['You can contact these services yourself:', ['NHS Talking Therapies employment advisers', 'Individual Placement and Support (IPS)']],
      ['Ask your employer about:', ['Occupational health through the employer']],
    ]);
    const [referred, self] = section?.lists ?? [];
    expect(referred?.items[0]?.lines).to.deep.equal([
      'Help to stay in work, or to get back to work, when your health makes work hard.',
      'We will send them your details. If you do not hear anything, tell us.',
    ]);
    expect(self?.items[0]?.lines.at(-1)).to.match(/^Website: https:\/\/www\.nhs\.uk\//);
    expect(self?.items[1]?.lines.at(-1), 'no contact details are ever made up').to.equal('Ask us how to contact them.');
  });

  describe('a referral’s status, as the host acknowledged it', () => {
    const workwell = service('workwell-qop');
    const referredLists = (referrals: PlanReferral[]) =>
      patientPlan(note(), referrals).sections.find((s) => s.id === 'services')?.lists.map((l) => [l.intro, l.items.map((i) => [i.name, ...i.lines.slice(1)])]);

    it('until the host says it was sent, the practice will refer the patient, and nothing promises the service will get in touch', () => {
      for (const status of [undefined, 'pending', 'unknown', 42, null] as unknown as PlanReferral['status'][]) {
        expect(referredLists([{ service: workwell, signposted: false, status }]), String(status)).to.deep.equal([
          ['We will ask these services to help you:', [['WorkWell Greater Manchester', 'We will send them your details. If you do not hear anything, tell us.']]],
        ]);
      }
      const text = planText(note(), [{ service: workwell, signposted: false }]);
      expect(text).to.not.match(/get in touch|will contact you|have asked/i);
    });

    it('when sent: the service has the patient’s details', () => {
      expect(referredLists([{ service: workwell, signposted: false, status: 'sent' }])).to.deep.equal([
        ['We have sent your details to these services:', [['WorkWell Greater Manchester', 'They have your details now. If you do not hear from them, tell us.']]],
      ]);
    });

    it('when it failed: not sent yet, and the practice will sort it out', () => {
      expect(referredLists([{ service: workwell, signposted: false, status: 'failed' }])).to.deep.equal([
        ['We have not sent your details to these services yet:', [['WorkWell Greater Manchester', 'We will sort this out. If you do not hear from us, contact us.']]],
      ]);
    });

    it('lists sent, then waiting, then failed referrals, then those to contact; signposting ignores the status', () => {
      const talking = service('national-talking-therapies-employment-advisers');
      const referrals: PlanReferral[] = [
        { service: { ...workwell, id: 'a', name: 'Failed service' }, signposted: false, status: 'failed' },
        { service: { ...workwell, id: 'b', name: 'Waiting service' }, signposted: false },
        { service: { ...workwell, id: 'c', name: 'Sent service' }, signposted: false, status: 'sent' },
        { service: talking, signposted: true, status: 'failed' },
      ];
      const lists = patientPlan(note(), referrals).sections.find((s) => s.id === 'services')?.lists ?? [];
      expect(lists.map((l) => [l.intro, l.items.map((i) => i.name)])).to.deep.equal([
        ['We have sent your details to these services:', ['Sent service']],
        ['We will ask these services to help you:', ['Waiting service']],
        ['We have not sent your details to these services yet:', ['Failed service']],
        ['You can contact these services yourself:', ['NHS Talking Therapies employment advisers']],
      ]);
    });

    it('a built-in entry without contact details is never promised to contact the patient, whatever its status', () => {
      const bare: Service[] = builtInServices.filter((s: Service) => !s.url && !s.telephone && !s.email);
      expect(bare.length).to.be.at.least(1);
      for (const status of [undefined, 'pending', 'sent', 'failed'] as const) {
        const text = planText(note(), bare.map((s) => ({ service: s, signposted: false, status })));
        expect(text, String(status)).to.not.match(/get in touch|will contact you|they will call|will ring/i);
      }
    });
  });

  it('when the review question is not yet answered, says neither “book a time” nor “you do not need to see us”', () => {
    for (const period of [{ start: TODAY, end: '2026-03-16' }, { start: TODAY, end: null }, { start: TODAY, end: 'later' }]) {
      const next = patientPlan(note({ reassessmentNeeded: null, period } as Partial<FitNote>)).sections.find((s) => s.id === 'next');
      expect(next?.lines, JSON.stringify(period)).to.deep.equal(['Ask us if you need to see us again about this note.', 'If you feel worse at any time, contact us.']);
    }
    expect(planText(note({ reassessmentNeeded: true }))).to.contain('Book a time to see us before your note ends on 16 March 2026.');
  });

  it('gives every contact detail a service has, and only those', () => {
    const local: Service = {
      ...service('workwell-qop'),
      id: 'local',
      telephone: '0161 000 0000',
      email: 'help@example.org',
      address: '1 Example Street',
      postcode: 'M1 1AA',
    };
    const item = patientPlan(note(), [{ service: local, signposted: true }]).sections.find((s) => s.id === 'services')?.lists[0]?.items[0];
    expect(item?.lines.slice(1)).to.deep.equal(['Phone: 0161 000 0000', 'Email: help@example.org', 'Address: 1 Example Street, M1 1AA']);
  });

  it('reads any input without throwing: garbage referrals are left out, unknown dates are never guessed', () => {
    const broken = { ...note(), period: { start: 'soon', end: 'later' }, statementDate: '2026-02-30' } as unknown as FitNote;
    const referrals = [null, 7, { service: { name: 'No id' } }, { service: service('workwell-qop') }] as unknown as PlanReferral[];
    const plan = patientPlan(broken, referrals);
    expect(plan.byline).to.deep.equal(['For Alex Smith']);
    expect(plan.sections.flatMap((s) => s.lines)).to.include('Ask us how long your note lasts.');
    const services = plan.sections.find((s) => s.id === 'services');
    expect(services?.lists.map((l) => l.items.map((i) => i.name))).to.deep.equal([['WorkWell Greater Manchester']]);
    expect(() => planText(null as unknown as FitNote, 'x' as unknown as PlanReferral[])).to.not.throw();
    expect(planText(null as unknown as FitNote)).to.contain('Your plan');
  });

  it('takes a language, English by default: old calls and { lang: "en" } read the same', () => {
    const referrals = [{ service: service('workwell-qop'), signposted: false }];
    expect(planText(note(), referrals, { lang: 'en' })).to.equal(planText(note(), referrals));
    expect(planText(note(), referrals, { lang: 'zz' })).to.equal(planText(note(), referrals));
    expect(planText(note(), referrals, null as never)).to.equal(planText(note(), referrals));
    expect(patientPlan(note(), [], { lang: 'en' }).byline).to.deep.equal(['For Alex Smith', 'Made on 3 March 2026 with Dr Sam Patel.']);
  });

  it('has no codes and no jargon: no SNOMED codes, rule ids, ICB codes or clinical abbreviations', () => {
    const referrals = builtInServices.map((s) => ({ service: s, signposted: false }));
    const text = planText(note({ adjustments: { phasedReturn: true, alteredHours: true, amendedDuties: true, workplaceAdaptations: true } }), referrals);
    const wording = Object.values(planWording).join('\n');
    expect(text).to.not.match(/\b\d{6,}\b/, 'no SNOMED codes');
    expect(text).to.not.match(/\bR\d{1,2}\b/, 'no rule ids');
    expect(text).to.not.match(/\bQ[A-Z0-9]{2}\b/, 'no ICB codes');
    for (const jargon of ['MSK', 'ICB', 'SNOMED', 'FHIR', 'referral', 'functional', 'Med3', 'SC2', 'certif', 'assess', 'clinician']) {
      expect(wording.toLowerCase(), jargon).to.not.contain(jargon.toLowerCase());
    }
  });

  it('is written for a reading age of about 9: short sentences, everyday words', () => {
    const sentences = Object.values(planWording)
      .map((text) => text.replace(/\{\w+(?::\w+)?\}/g, 'it'))
      .flatMap((text) => text.split(/(?<=[.:])\s+/))
      .filter((s) => /[a-z]/i.test(s));
    const long = sentences.filter((s) => s.split(/\s+/).length > 20);
    expect(long, 'sentences of more than 20 words').to.deep.equal([]);
    const grade = gradeLevel(sentences);
    expect(grade, 'Flesch–Kincaid grade (reading age is about grade + 5)').to.be.at.most(4.5);
  });

  it('a readability check this strict does fail on clinical wording', () => {
    const clinical = [
      'Musculoskeletal symptoms necessitate occupational modification incorporating graduated reintegration.',
      'Consideration of workplace adaptations is recommended following occupational health assessment.',
    ];
    expect(gradeLevel(clinical)).to.be.above(4.5);
  });
});
