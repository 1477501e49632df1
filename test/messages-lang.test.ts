import { expect } from '@open-wc/testing';
import { en } from '../src/messages/en/index.js';
import { registerCatalogue, type Catalogue, type MessageId } from '../src/messages/index.js';
import { formatLongDate } from '../src/model/dates.js';
import { createFitNote } from '../src/model/fit-note.js';
import { fitNoteNarrative, fitNoteNarrativeLines, fitNoteSummary, joinList } from '../src/model/narrative.js';
import { formatLength, formatPeriod } from '../src/model/period.js';
import { patientPlan, planText, type PlanReferral } from '../src/model/plan.js';
import { ADVICE_TEMPLATES, applyAdviceTemplate } from '../src/model/advice-templates.js';
import { lengthInWords } from '../src/model/period-shorthand.js';
import { issueText, validateFitNote } from '../src/model/rules.js';
import type { FitNote, Issue, Service } from '../src/model/schemas.js';
import { builtInServices } from '../src/data/services.js';

/**
 * Two pseudo-languages prove that `lang` reaches every word. In `x-test` each message is the English
 * one wrapped in [[ ]]. In `x-ids` each message is only its id and its placeholders, so text in
 * `x-ids` that is left once ids and the clinician's own words are taken out is a word that came
 * from English: a function somewhere below did not pass `lang` on.
 */
const ids = Object.keys(en) as MessageId[];
const catalogue = (text: (id: MessageId) => string): Partial<Catalogue> => Object.fromEntries(ids.map((id) => [id, text(id)]));
registerCatalogue('x-test', catalogue((id) => `[[${en[id]}]]`));
registerCatalogue('x-ids', catalogue((id) => `‹${id}›${(en[id].match(/\{\w+(?::\w+)?\}/g) ?? []).join('|')}`));

const TODAY = '2026-03-03';
const USER_TEXT = ['Alex Smith', 'Low back pain', 'Anxiety', 'No heavy lifting', 'Dr Sam Patel', '1 High Street, Leeds'];

function fullNote(overrides: Partial<FitNote> = {}): FitNote {
  return {
    patient: { name: 'Alex Smith', nhsNumber: '9434765919', dateOfBirth: '1980-05-17' },
    issuer: { name: 'Dr Sam Patel', profession: 'occupational-therapist', address: '1 High Street, Leeds' },
    assessmentDate: '2026-03-02',
    assessmentMethod: 'video',
    conditions: [{ code: '279039007', display: 'Low back pain' }, { display: 'Anxiety' }],
    fitness: 'may-be-fit',
    adjustments: { phasedReturn: true, alteredHours: false, amendedDuties: true, workplaceAdaptations: false },
    comments: 'No heavy lifting',
    period: { start: '2026-03-03', end: '2026-03-16' },
    sixMonthsOrMore: true,
    reassessmentNeeded: true,
    statementDate: TODAY,
    ...overrides,
  };
}

/** The English words left in `text` rendered in `x-ids`: none, when `lang` reached every message. */
function englishIn(text: string): string[] {
  // A summary cut at 140 characters may end inside an id.
  let rest = text.replace(/‹[\w.-]+›/g, ' ').replace(/‹[\w.-]*…$/, ' ');
  for (const words of USER_TEXT) rest = rest.split(words).join(' ');
  return rest.match(/[A-Za-z]+/g) ?? [];
}

/** Lines of `x-test` text that are not one wrapped message. */
const unwrapped = (lines: string[]): string[] => lines.filter((line) => !(line.startsWith('[[') && line.endsWith(']]')));

const notes: FitNote[] = [
  fullNote(),
  fullNote({ fitness: 'not-fit', adjustments: { phasedReturn: false, alteredHours: false, amendedDuties: false, workplaceAdaptations: false } }),
  fullNote({ period: { start: TODAY, end: null } }),
  fullNote({ period: { start: TODAY, end: '2026-06-02' }, sixMonthsOrMore: false, reassessmentNeeded: false }),
  { ...fullNote(), assessmentDate: '', statementDate: '2026-02-30', period: { start: 'soon', end: '' }, patient: undefined, issuer: undefined } as FitNote,
  fullNote({ assessmentMethod: null, reassessmentNeeded: null }),
];

describe('lang reaches every word', () => {
  describe('fitNoteNarrative and fitNoteNarrativeLines', () => {
    it('in x-test every line is one wrapped message and the month names are the pseudo-language’s', () => {
      const text = fitNoteNarrative(fullNote(), { lang: 'x-test' });
      const lines = text.split('\n');
      expect(lines).to.have.length(fitNoteNarrative(fullNote()).split('\n').length);
      expect(unwrapped(lines)).to.deep.equal([]);
      expect(lines).to.include('[[Date of birth: [[17 [[May]] 1980]]]]');
      expect(lines).to.include('[[I assessed your case on: [[2 [[March]] 2026]] ([[by video call]])]]');
      expect(lines).to.include('[[This will be the case for [[[[2 weeks]] ([[3 [[March]] 2026]] to [[16 [[March]] 2026]])]].]]');
      expect(text).to.not.match(/(?<!\[\[)March/);
    });

    it('in x-ids no English word is left, for any note, finished or in draft', () => {
      for (const note of notes) {
        expect(englishIn(fitNoteNarrative(note, { lang: 'x-ids' })), JSON.stringify(note)).to.deep.equal([]);
        const draft = fitNoteNarrativeLines(note, { lang: 'x-ids', draft: { periodText: formatPeriod(note.period, 'x-ids') } });
        expect(englishIn(draft.join('\n')), JSON.stringify(note)).to.deep.equal([]);
      }
    });

    it('a draft date that is not complete reads in the language', () => {
      const lines = fitNoteNarrativeLines({ ...fullNote(), assessmentDate: '2026-03-' }, { lang: 'x-test', draft: { periodText: 'P' } });
      expect(lines[0]).to.equal('[[I assessed your case on: [[a date not yet complete]] ([[by video call]])]]');
      expect(unwrapped(lines)).to.deep.equal([]);
    });

    it('without lang, and for a language with no catalogue, the narrative is English', () => {
      const english = fitNoteNarrative(fullNote());
      expect(fitNoteNarrative(fullNote(), {})).to.equal(english);
      expect(fitNoteNarrative(fullNote(), { lang: 'en' })).to.equal(english);
      expect(fitNoteNarrative(fullNote(), { lang: 'fr' })).to.equal(english);
      expect(fitNoteNarrative(fullNote(), { lang: 42 } as unknown as { lang: string })).to.equal(english);
      expect(english).to.contain('3 March 2026');
    });
  });

  describe('fitNoteSummary', () => {
    it('in x-test is one wrapped message with the period and adjustments in the language', () => {
      expect(fitNoteSummary(fullNote({ sixMonthsOrMore: false }), { lang: 'x-test' })).to.match(/^\[\[\[\[\[\[May be fit for work\]\], \[\[\[\[2 weeks\]\] \(\[\[3 \[\[March\]\] 2026\]\]/);
      for (const note of notes) expect(englishIn(fitNoteSummary(note, { lang: 'x-ids' })), JSON.stringify(note)).to.deep.equal([]);
    });
  });

  describe('the plan', () => {
    const service = (id: string): Service => builtInServices.find((s) => s.id === id) as Service;
    const referrals: PlanReferral[] = [
      { service: service('workwell-qop'), signposted: false },
      { service: service('national-physiotherapy-msk'), signposted: false, status: 'sent' },
      { service: service('national-social-prescribing'), signposted: false, status: 'failed' },
      { service: service('national-ips'), signposted: true },
      { service: service('national-occupational-health'), signposted: true },
    ];
    const serviceNames = referrals.map((r) => r.service.name);

    it('in x-test every heading, line and item, and every date inside, is in the language', () => {
      const plan = patientPlan(fullNote({ sixMonthsOrMore: false, reassessmentNeeded: false }), referrals, { lang: 'x-test' });
      const all = [
        plan.title,
        ...plan.byline,
        ...plan.sections.flatMap((s) => [s.heading, ...s.lines.filter((l) => l !== 'No heavy lifting'), ...s.after, ...s.lists.flatMap((l) => [l.intro, ...l.items.flatMap((i) => i.lines)])]),
      ];
      expect(unwrapped(all)).to.deep.equal([]);
      expect(plan.byline).to.include('[[Made on [[3 [[March]] 2026]] with Dr Sam Patel.]]');
      expect(all).to.include('[[It lasts for [[2 weeks]], from [[3 [[March]] 2026]] to [[16 [[March]] 2026]].]]');
      expect(all).to.include('[[You do not need to see us again about this note. If you are not better by [[16 [[March]] 2026]], talk to us.]]');
    });

    it('in x-ids planText has no English word, for any note', () => {
      for (const note of notes) {
        let text = planText(note, referrals, { lang: 'x-ids' });
        for (const name of serviceNames) text = text.split(name).join(' ');
        text = text.replace(/https:\/\/\S+/g, ' ');
        expect(englishIn(text), JSON.stringify(note)).to.deep.equal([]);
      }
    });
  });

  describe('advice templates and the period shorthand', () => {
    it('a template’s comment draft is added in the language asked for', () => {
      for (const template of ADVICE_TEMPLATES) {
        const { comment, note } = applyAdviceTemplate(fullNote({ comments: '' }), template, { lang: 'x-test' });
        expect(comment, template.id).to.match(/^\[\[.+\]\]$/);
        expect(note.comments).to.equal(comment);
        expect(applyAdviceTemplate(fullNote({ comments: '' }), template, { lang: 'x-ids' }).comment).to.equal(`‹${template.commentId}›`);
      }
    });

    it('lengthInWords puts the length in the language', () => {
      expect(lengthInWords('2w', 'x-test')).to.equal('[[2 weeks]]');
      expect(lengthInWords({ count: 1, unit: 'days' }, 'x-test')).to.equal('[[1 day]]');
    });
  });

  describe('dates, lengths, periods and lists', () => {
    it('formatLongDate, formatLength, formatPeriod and joinList take lang', () => {
      expect(formatLongDate('2026-03-03', 'x-test')).to.equal('[[3 [[March]] 2026]]');
      expect(formatLongDate('2026-02-30', 'x-test')).to.equal('[[date not known]]');
      expect(formatLength({ count: 2, unit: 'weeks' }, 'x-test')).to.equal('[[2 weeks]]');
      expect(formatLength({ count: 1, unit: 'days' }, 'x-test')).to.equal('[[1 day]]');
      expect(formatLength({ count: 1000, unit: 'days' }, 'x-test')).to.equal('[[1[[,]]000 days]]');
      expect(formatPeriod({ start: TODAY, end: '2026-03-16' }, 'x-test')).to.equal('[[[[2 weeks]] ([[3 [[March]] 2026]] to [[16 [[March]] 2026]])]]');
      expect(formatPeriod({ start: TODAY, end: null }, 'x-test')).to.equal('[[an indefinite period from [[3 [[March]] 2026]]]]');
      expect(formatPeriod({ start: 'soon', end: null }, 'x-test')).to.equal('[[a period not yet given]]');
      expect(joinList(['a', 'b', 'c'], 'x-test')).to.equal('[[a, b and c]]');
    });
  });

  describe('issueText', () => {
    const fired = (): Issue[] => {
      const bad: unknown[] = [
        ...notes,
        createFitNote({ today: TODAY }),
        fullNote({ period: { start: TODAY, end: null }, sixMonthsOrMore: false }),
        fullNote({ period: { start: '2026-03-01', end: '2026-03-05' }, comments: '', sixMonthsOrMore: false }),
        fullNote({ fitness: 'not-fit', period: { start: TODAY, end: '2026-04-13' }, sixMonthsOrMore: false }),
        fullNote({ period: { start: TODAY, end: '2026-07-01' }, sixMonthsOrMore: false }),
        { ...fullNote(), issuer: { name: ' ', profession: 'paramedic' }, comments: 5, assessmentMethod: 'x', statementDate: '2026-03-04' },
        'not a note',
      ];
      return bad.flatMap((note) => {
        const v = validateFitNote(note, { today: TODAY });
        return [...v.errors, ...v.warnings];
      });
    };

    it('renders every fired issue in the language from its id and raw params', () => {
      const issues = fired();
      expect([...new Set(issues.map((i) => i.rule))]).to.include.members(['FORMAT', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R9', 'R11', 'R12']);
      for (const issue of issues) {
        const text = issueText(issue, 'x-test');
        expect(text.startsWith('[[') && text.endsWith(']]'), text).to.equal(true);
        expect(englishIn(issueText(issue, 'x-ids')), issue.messageId).to.deep.equal([]);
      }
      const r12 = issues.find((i) => i.rule === 'R12') as Issue;
      expect(issueText(r12, 'x-test')).to.contain('for [[6 weeks]]. ');
      const r4 = issues.find((i) => i.rule === 'R4') as Issue;
      expect(issueText(r4, 'x-test')).to.contain('[[1 [[March]] 2026]]').and.contain('[[2 [[March]] 2026]]');
    });
  });
});
