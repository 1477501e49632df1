import { expect } from '@open-wc/testing';
import { builtInServices } from '../../src/data/services.js';
import { message, registerCatalogue } from '../../src/messages/index.js';
import { createServiceIndex, icbChoices, searchServices } from '../../src/model/services.js';
import { todayLocal } from '../../src/model/dates.js';
import {
  WORKWELL_ICB_CODES,
  WORK_RULES,
  WORK_STATUSES,
  WorkAnswersSchema,
  WorkSuggestionsSchema,
  absenceLength,
  applicableWorkAnswers,
  combineSuggestions,
  createWorkAnswers,
  evaluateWorkRules,
  findMusculoskeletalCondition,
  formatAbsence,
  isNote,
  isWorkWellIcb,
  questionsThatApply,
  repairWorkAnswers,
  suggestFromAnswers,
  workAnswersNarrative,
  workAnswersSummary,
  type SuggestOptions,
  type WhatMayHelp,
  type WorkAnswers,
} from '../../src/model/work-question.js';

const TODAY = '2026-03-03';
const BACK_PAIN = { system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' };

/** Answers built on the empty ones; `pattern` is merged, not replaced. */
function answers(overrides: Partial<Omit<WorkAnswers, 'pattern'>> & { pattern?: Partial<WorkAnswers['pattern']> } = {}): WorkAnswers {
  const base = createWorkAnswers();
  return { ...base, ...overrides, pattern: { ...base.pattern, ...overrides.pattern } };
}

const employed = (overrides: Parameters<typeof answers>[0] = {}) => answers({ status: 'employed', ...overrides });
const firedIds = (a: unknown, options: SuggestOptions = {}) => evaluateWorkRules(a, { today: TODAY, ...options }).map((r) => r.id);

function fullAnswers(): WorkAnswers {
  return {
    status: 'employed',
    jobTitle: 'Warehouse operative',
    pattern: { hoursPerWeek: 37.5, shiftsOrNights: true, activity: 'manual-heavy-lifting', driving: true, safetyCritical: false, publicFacing: true },
    managing: 'off-sick',
    offSickSince: '2025-07-20',
    whatMayHelp: ['phased-return', 'talking-therapy'],
    freeText: 'Keen to go back.',
    skipped: false,
  };
}

/** The rule table as markdown, exactly as docs/work-question-rules.md must show it. */
function rulesTable(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const list = (items: readonly string[]) => (items.length ? items.map((i) => `\`${i}\``).join(', ') : '—');
  return [
    '| id | applies when | adjustments | service categories | 6 months or more | reason shown |',
    '|---|---|---|---|---|---|',
    ...WORK_RULES.map(
      (r) =>
        `| \`${r.id}\` | ${cell(r.when)} | ${list(r.adjustments)} | ${list(r.serviceCategories)} | ${r.sixMonthsOrMore ? 'yes' : '—'} | ${cell(message(r.reasonId))} |`,
    ),
  ].join('\n');
}

/** Rows with a test of their own below; the last test checks this covers the whole table. */
const rowsTested = new Set<string>();
function row(id: string, title: string, fn: () => void) {
  rowsTested.add(id);
  it(`row ${id}: ${title}`, fn);
}

describe('work-question model', () => {
  describe('createWorkAnswers and the schema', () => {
    it('starts with nothing answered, and that passes the schema', () => {
      const a = createWorkAnswers();
      expect(a).to.deep.equal({
        status: null,
        jobTitle: '',
        pattern: { hoursPerWeek: null, shiftsOrNights: false, activity: null, driving: false, safetyCritical: false, publicFacing: false },
        managing: null,
        offSickSince: null,
        whatMayHelp: [],
        freeText: '',
        skipped: false,
      });
      expect(WorkAnswersSchema.safeParse(a).success).to.equal(true);
      expect(createWorkAnswers()).to.not.equal(createWorkAnswers());
    });

    it('refuses a repeated choice, an hour count over 168 and a date that is not real', () => {
      expect(WorkAnswersSchema.safeParse({ ...fullAnswers(), whatMayHelp: ['phased-return', 'phased-return'] }).success).to.equal(false);
      expect(WorkAnswersSchema.safeParse({ ...fullAnswers(), pattern: { ...fullAnswers().pattern, hoursPerWeek: 169 } }).success).to.equal(false);
      expect(WorkAnswersSchema.safeParse({ ...fullAnswers(), offSickSince: '2026-02-30' }).success).to.equal(false);
      expect(WorkAnswersSchema.safeParse(fullAnswers()).success).to.equal(true);
    });
  });

  describe('repairWorkAnswers', () => {
    it('gives valid answers back deep-equal, with no problems', () => {
      const samples: WorkAnswers[] = [
        fullAnswers(),
        createWorkAnswers(),
        answers({ status: 'retired', jobTitle: 'kept though it does not apply', skipped: true }),
        answers({ status: 'looking-for-work', whatMayHelp: ['not-ready', 'finding-work'], freeText: '<b>bold</b>' }),
      ];
      for (const sample of samples) {
        const { answers: repaired, problems } = repairWorkAnswers(sample);
        expect(repaired).to.deep.equal(sample);
        expect(problems).to.deep.equal([]);
        expect(repaired).to.not.equal(sample);
      }
    });

    it('treats undefined and null as nothing answered, without a problem', () => {
      expect(repairWorkAnswers(undefined)).to.deep.equal({ answers: createWorkAnswers(), problems: [] });
      expect(repairWorkAnswers(null)).to.deep.equal({ answers: createWorkAnswers(), problems: [] });
    });

    it('names a value that is not an object', () => {
      for (const garbage of ['employed', 42, true, [], [fullAnswers()], () => 1]) {
        const { answers: repaired, problems } = repairWorkAnswers(garbage);
        expect(repaired).to.deep.equal(createWorkAnswers());
        expect(problems).to.have.length(1);
        expect(problems[0]).to.match(/^value: expected an object/);
      }
    });

    it('keeps every usable field and names each unusable one', () => {
      const { answers: repaired, problems } = repairWorkAnswers({
        status: 'astronaut',
        jobTitle: 'x'.repeat(201),
        pattern: { hoursPerWeek: -1, activity: 'flying', shiftsOrNights: 'yes', driving: true, safetyCritical: 1, publicFacing: false },
        managing: 'off-sick',
        offSickSince: '03/03/2026',
        whatMayHelp: ['phased-return', 'magic', 'phased-return', 7, 'talking-therapy'],
        freeText: 'y'.repeat(10_001),
        skipped: 'no',
        unknownKey: 'ignored',
      });
      expect(repaired).to.deep.equal(
        answers({ managing: 'off-sick', pattern: { driving: true }, whatMayHelp: ['phased-return', 'talking-therapy'] }),
      );
      expect(problems.map((p) => p.split(':')[0])).to.deep.equal([
        'value.status',
        'value.jobTitle',
        'value.freeText',
        'value.offSickSince',
        'value.skipped',
        'value.pattern.hoursPerWeek',
        'value.pattern.activity',
        'value.pattern.shiftsOrNights',
        'value.pattern.safetyCritical',
        'value.whatMayHelp',
        'value.whatMayHelp',
      ]);
      expect(problems[9]).to.contain('2 unknown choice(s) dropped');
      expect(problems[10]).to.contain('1 repeated choice(s) dropped');
      expect(WorkAnswersSchema.safeParse(repaired).success).to.equal(true);
    });

    it('names a pattern or list of the wrong shape; NaN and Infinity are not hours', () => {
      expect(repairWorkAnswers({ pattern: 'heavy', whatMayHelp: 'phased-return' }).problems).to.deep.equal([
        'value.pattern: expected an object; ignored',
        'value.whatMayHelp: expected a list of choices; ignored',
      ]);
      for (const hours of [Number.NaN, Number.POSITIVE_INFINITY, '37']) {
        const { answers: repaired, problems } = repairWorkAnswers({ pattern: { hoursPerWeek: hours } });
        expect(repaired.pattern.hoursPerWeek).to.equal(null);
        expect(problems).to.have.length(1);
      }
    });

    it('keeps markup and script in text exactly as text', () => {
      const text = '<img src=x onerror=alert(1)><script>alert(2)</script>';
      const { answers: repaired } = repairWorkAnswers({ jobTitle: text, freeText: text });
      expect(repaired.jobTitle).to.equal(text);
      expect(repaired.freeText).to.equal(text);
    });
  });

  describe('which questions apply', () => {
    it('asks job details only of those in work, and nothing more of the retired or those who prefer not to say', () => {
      const table = Object.fromEntries(WORK_STATUSES.map((s) => [s, questionsThatApply(s)]));
      const all = { jobDetails: true, managing: true, whatMayHelp: true };
      const helpOnly = { jobDetails: false, managing: false, whatMayHelp: true };
      const none = { jobDetails: false, managing: false, whatMayHelp: false };
      expect(table).to.deep.equal({
        employed: all,
        'self-employed': all,
        'looking-for-work': helpOnly,
        'not-working': helpOnly,
        'in-education': helpOnly,
        caring: helpOnly,
        retired: none,
        'prefers-not-to-say': none,
      });
      expect(questionsThatApply(null)).to.deep.equal({ jobDetails: false, managing: true, whatMayHelp: true });
    });

    it('applicableWorkAnswers resets answers to questions that do not apply, and keeps free text', () => {
      const retired = applicableWorkAnswers({ ...fullAnswers(), status: 'retired' });
      expect(retired).to.deep.equal(answers({ status: 'retired', freeText: 'Keen to go back.' }));
      const looking = applicableWorkAnswers({ ...fullAnswers(), status: 'looking-for-work' });
      expect(looking).to.deep.equal(answers({ status: 'looking-for-work', whatMayHelp: ['phased-return', 'talking-therapy'], freeText: 'Keen to go back.' }));
      expect(applicableWorkAnswers({ ...fullAnswers(), managing: 'working-normally' }).offSickSince).to.equal(null);
      expect(applicableWorkAnswers(fullAnswers())).to.deep.equal(fullAnswers());
    });
  });

  describe('absence', () => {
    it('counts the first day and today', () => {
      expect(absenceLength(TODAY, TODAY)?.days).to.equal(1);
      expect(absenceLength('2026-02-25', TODAY)?.days).to.equal(7);
      expect(absenceLength('2026-02-24', TODAY)?.days).to.equal(8);
    });

    it('counts whole calendar months as fit-note periods do', () => {
      expect(absenceLength('2025-09-03', '2026-03-02')?.months).to.equal(6);
      expect(absenceLength('2025-09-03', '2026-03-01')?.months).to.equal(5);
      expect(absenceLength('2026-01-31', '2026-02-27')?.months).to.equal(1);
      expect(absenceLength('2026-01-31', '2026-02-26')?.months).to.equal(0);
      expect(absenceLength('1900-01-01', '2199-12-31')?.months).to.equal(300 * 12);
    });

    it('is null for a date in the future or not real', () => {
      expect(absenceLength('2026-03-04', TODAY)).to.equal(null);
      expect(absenceLength('2026-02-30', TODAY)).to.equal(null);
      expect(absenceLength(TODAY, 'today')).to.equal(null);
      expect(absenceLength(20260303, TODAY)).to.equal(null);
    });

    it('reads in words: days, weeks and days, months, more than months', () => {
      const words = (since: string) => formatAbsence(absenceLength(since, TODAY)!);
      expect(words(TODAY)).to.equal('1 day');
      expect(words('2026-02-19')).to.equal('13 days');
      expect(words('2026-02-18')).to.equal('2 weeks');
      expect(words('2026-02-15')).to.equal('2 weeks and 3 days');
      expect(words('2025-08-04')).to.equal('7 months');
      expect(words('2025-07-20')).to.equal('more than 7 months');
    });
  });

  describe('the rule table', () => {
    const offSick = (since: string) => employed({ managing: 'off-sick', offSickSince: since });

    row('off-sick-6-months', 'off sick for 6 calendar months or more sets sixMonthsOrMore, one day less does not', () => {
      const at = suggestFromAnswers(offSick('2025-09-04'), { today: TODAY });
      expect(at).to.deep.equal({
        adjustments: [],
        serviceCategories: [],
        sixMonthsOrMore: true,
        reasons: ['Off sick for 6 months → the 3-month limit does not apply (if off sick with this condition)'],
      });
      expect(suggestFromAnswers(offSick('2025-08-04'), { today: TODAY }).reasons).to.deep.equal([
        'Off sick for 7 months → the 3-month limit does not apply (if off sick with this condition)',
      ]);
      const dayLess = suggestFromAnswers(offSick('2025-09-05'), { today: TODAY });
      expect(dayLess).to.deep.equal({ adjustments: [], serviceCategories: [], reasons: [] });
      expect(dayLess).to.not.have.property('sixMonthsOrMore');
    });

    row('off-sick-7-days-or-less', 'off sick for 7 days or less is a note citing R7; 8 days is not', () => {
      const seven = evaluateWorkRules(offSick('2026-02-25'), { today: TODAY });
      expect(seven).to.deep.equal([
        {
          id: 'off-sick-7-days-or-less',
          reason: 'Off sick for 7 days → for the first 7 days they can self-certify (form SC2); a fit note is needed only after that (rule R7)',
          adjustments: [],
          serviceCategories: [],
          sixMonthsOrMore: false,
        },
      ]);
      expect(isNote(seven[0]!)).to.equal(true);
      expect(firedIds(offSick(TODAY))).to.deep.equal(['off-sick-7-days-or-less']);
      expect(firedIds(offSick('2026-02-24'))).to.deep.equal([]);
    });

    it('off sick with no date, a future date, or without being in work applies no time rule', () => {
      expect(firedIds(employed({ managing: 'off-sick' }))).to.deep.equal([]);
      expect(firedIds(offSick('2026-03-04'))).to.deep.equal([]);
      expect(firedIds({ ...offSick('2025-01-01'), status: 'retired' })).to.deep.equal([]);
      expect(firedIds({ ...offSick('2025-01-01'), managing: 'working-normally' })).to.deep.equal([]);
    });

    row('heavy-lifting-musculoskeletal', 'heavy lifting with a musculoskeletal condition suggests amended duties', () => {
      const lifting = employed({ pattern: { activity: 'manual-heavy-lifting' } });
      expect(suggestFromAnswers(lifting, { today: TODAY, conditions: [BACK_PAIN] })).to.deep.equal({
        adjustments: ['amendedDuties'],
        serviceCategories: [],
        reasons: ['Heavy lifting + Low back pain → consider amended duties'],
      });
      expect(firedIds(lifting, { conditions: [{ display: 'Sciatica, left leg' }] })).to.deep.equal(['heavy-lifting-musculoskeletal']);
      expect(firedIds(lifting, { conditions: [{ system: 'http://snomed.info/sct', code: '23056005', display: 'Nerve pain' }] })).to.deep.equal([
        'heavy-lifting-musculoskeletal',
      ]);
      expect(firedIds(lifting, { conditions: [{ display: 'Anxiety' }, { display: 'Eye strain' }] })).to.deep.equal([]);
      expect(firedIds(lifting)).to.deep.equal([]);
      expect(firedIds(employed({ pattern: { activity: 'mostly-sitting' } }), { conditions: [BACK_PAIN] })).to.deep.equal([]);
      expect(firedIds({ ...lifting, status: 'looking-for-work' }, { conditions: [BACK_PAIN] })).to.deep.equal(['looking-for-work']);
    });

    it('finds a musculoskeletal condition by SNOMED code only in the SNOMED system, and by words', () => {
      expect(findMusculoskeletalCondition([{ system: 'http://example.org/local', code: '279039007', display: 'Local code 1' }])).to.equal(null);
      expect(findMusculoskeletalCondition([{ code: ' 279039007 ', display: 'Code only' }])).to.equal('Code only');
      expect(findMusculoskeletalCondition([{ display: 'Anxiety' }, { display: 'Osteoarthritis of knee' }])).to.equal('Osteoarthritis of knee');
      expect(findMusculoskeletalCondition([{ display: 'Feedback needed' }, { display: 'Hipster' }])).to.equal(null);
      expect(findMusculoskeletalCondition('back pain')).to.equal(null);
      expect(findMusculoskeletalCondition([{ display: `Back pain ${'x'.repeat(200)}` }])).to.have.length(60);
    });

    row('safety-critical', 'safety-critical duties give a note to consider amended duties', () => {
      const fired = evaluateWorkRules(employed({ pattern: { safetyCritical: true } }), { today: TODAY });
      expect(fired.map((r) => [r.id, r.reason, isNote(r)])).to.deep.equal([
        ['safety-critical', 'Safety-critical duties → consider amended duties if the condition or its treatment affects safety', true],
      ]);
      expect(firedIds(answers({ status: 'caring', pattern: { safetyCritical: true } }))).to.deep.equal([]);
    });

    row('driving', 'driving for work gives a note to consider amended duties', () => {
      const fired = evaluateWorkRules(answers({ status: 'self-employed', pattern: { driving: true } }), { today: TODAY });
      expect(fired.map((r) => [r.id, r.reason, isNote(r)])).to.deep.equal([
        ['driving', 'Drives for work → consider amended duties if the condition or its treatment affects driving', true],
      ]);
    });

    const helpCases: [string, WhatMayHelp, { adjustments: string[]; serviceCategories: string[]; reason: string }][] = [
      ['help-phased-return', 'phased-return', { adjustments: ['phasedReturn'], serviceCategories: [], reason: 'Going back gradually may help → a phased return to work' }],
      ['help-different-hours', 'different-hours', { adjustments: ['alteredHours'], serviceCategories: [], reason: 'Fewer or different hours may help → altered hours' }],
      ['help-different-duties', 'different-duties', { adjustments: ['amendedDuties'], serviceCategories: [], reason: 'Lighter or different duties may help → amended duties' }],
      [
        'help-workplace-changes',
        'workplace-changes',
        {
          adjustments: ['workplaceAdaptations'],
          serviceCategories: ['access-to-work'],
          reason: 'Changes to the workplace or working from home may help → workplace adaptations; Access to Work can help pay for them',
        },
      ],
      [
        'help-talking-therapy',
        'talking-therapy',
        { adjustments: [], serviceCategories: ['employment-advice', 'talking-therapies'], reason: 'Talking therapy may help → NHS Talking Therapies, with an employment adviser' },
      ],
      [
        'help-physio-pain',
        'physio-pain',
        {
          adjustments: [],
          serviceCategories: ['physio-msk', 'physical-activity'],
          reason: 'Physiotherapy or help with pain may help → physiotherapy or MSK services, and physical activity',
        },
      ],
      [
        'help-physical-activity',
        'physical-activity',
        { adjustments: [], serviceCategories: ['physical-activity'], reason: 'More physical activity may help → a physical activity or exercise referral' },
      ],
      ['help-finding-work', 'finding-work', { adjustments: [], serviceCategories: ['career-coaching'], reason: 'Help finding work → career coaching, CV and interview help' }],
      [
        'help-money-debt-housing',
        'money-debt-housing',
        {
          adjustments: [],
          serviceCategories: ['social-prescribing', 'debt-and-housing'],
          reason: 'Help with money, debt or housing → a social prescribing link worker, and debt and housing advice',
        },
      ],
      [
        'help-employer-advice',
        'employer-advice',
        {
          adjustments: [],
          serviceCategories: ['occupational-health'],
          reason: 'Advice for the employer → occupational health, through the employer with the patient’s consent',
        },
      ],
    ];
    for (const [id, choice, expected] of helpCases) {
      row(id, `'${choice}' gives ${[...expected.adjustments, ...expected.serviceCategories].join(', ')}`, () => {
        expect(suggestFromAnswers(employed({ whatMayHelp: [choice] }), { today: TODAY })).to.deep.equal({
          adjustments: expected.adjustments,
          serviceCategories: expected.serviceCategories,
          reasons: [expected.reason],
        });
        expect(firedIds(answers({ whatMayHelp: [choice] }))).to.deep.equal([id]);
        expect(firedIds(answers({ status: 'retired', whatMayHelp: [choice] }))).to.deep.equal([]);
        const withNotReady = suggestFromAnswers(employed({ whatMayHelp: [choice, 'not-ready'] }), { today: TODAY });
        expect(withNotReady.serviceCategories).to.deep.equal([]);
      });
    }

    row('looking-for-work', 'looking for work suggests a work coach, Connect to Work and career coaching', () => {
      expect(suggestFromAnswers(answers({ status: 'looking-for-work' }), { today: TODAY, icb: 'QMM' })).to.deep.equal({
        adjustments: [],
        serviceCategories: ['connect-to-work', 'work-coach', 'career-coaching'],
        reasons: ['Looking for work → a Jobcentre work coach, Connect to Work and career coaching'],
      });
      expect(firedIds(answers({ status: 'not-working' }))).to.deep.equal([]);
    });

    row('looking-for-work-workwell', 'looking for work in a WorkWell area adds WorkWell; elsewhere it does not', () => {
      expect(suggestFromAnswers(answers({ status: 'looking-for-work' }), { today: TODAY, icb: 'QOP' })).to.deep.equal({
        adjustments: [],
        serviceCategories: ['workwell', 'connect-to-work', 'work-coach', 'career-coaching'],
        reasons: [
          'Looking for work → a Jobcentre work coach, Connect to Work and career coaching',
          'Looking for work in a WorkWell area → WorkWell work and health support',
        ],
      });
      expect(firedIds(answers({ status: 'looking-for-work' }), { icb: 'QMM' })).to.not.include('looking-for-work-workwell');
      expect(firedIds(answers({ status: 'looking-for-work' }))).to.not.include('looking-for-work-workwell');
      expect(firedIds(answers({ status: 'looking-for-work' }), { icb: ' qop ' })).to.include('looking-for-work-workwell');
    });

    row('at-risk-workwell', 'working with difficulty or off sick in a WorkWell area suggests WorkWell', () => {
      expect(suggestFromAnswers(employed({ managing: 'working-with-difficulty' }), { today: TODAY, icb: 'QHL' })).to.deep.equal({
        adjustments: [],
        serviceCategories: ['workwell'],
        reasons: ['Struggling at work or off sick in a WorkWell area → WorkWell support to stay in work'],
      });
      expect(firedIds(employed({ managing: 'off-sick' }), { icb: 'QXU' })).to.deep.equal(['at-risk-workwell']);
      expect(firedIds(employed({ managing: 'working-normally' }), { icb: 'QXU' })).to.deep.equal([]);
      expect(firedIds(employed({ managing: 'working-with-difficulty' }), { icb: 'QMM' })).to.deep.equal([]);
    });

    row('not-ready', 'not ready to think about work is a gentle note and no service is pushed', () => {
      const a = answers({ status: 'looking-for-work', whatMayHelp: ['not-ready'] });
      expect(suggestFromAnswers(a, { today: TODAY, icb: 'QOP' })).to.deep.equal({
        adjustments: [],
        serviceCategories: [],
        reasons: ['Not ready to think about work yet → no services suggested for now; ask again at the next review'],
      });
      expect(firedIds(employed({ managing: 'working-with-difficulty', whatMayHelp: ['not-ready', 'phased-return'] }), { icb: 'QOP' })).to.deep.equal([
        'help-phased-return',
        'not-ready',
      ]);
    });

    it('every row of the table has a test of its own', () => {
      expect([...rowsTested].sort()).to.deep.equal(WORK_RULES.map((r) => r.id).sort());
    });

    it('row ids are unique and every reason is a message of the catalogue', () => {
      const ids = WORK_RULES.map((r) => r.id);
      expect(new Set(ids).size).to.equal(ids.length);
      for (const r of WORK_RULES) expect(message(r.reasonId), r.id).to.not.equal(r.reasonId);
    });

    it('docs/work-question-rules.md shows the table exactly as the code has it', async () => {
      const response = await fetch('/docs/work-question-rules.md');
      expect(response.ok).to.equal(true);
      const doc = await response.text();
      for (const r of WORK_RULES) expect(doc, r.id).to.contain(`\`${r.id}\``);
      expect(doc, `the doc's table should be:\n${rulesTable()}`).to.contain(rulesTable());
    });
  });

  describe('suggestFromAnswers as a whole', () => {
    it('de-duplicates and gives a stable order whatever the order of the choices', () => {
      const options = { today: TODAY, icb: 'QOP', conditions: [BACK_PAIN] };
      const a = employed({
        pattern: { activity: 'manual-heavy-lifting' },
        managing: 'working-with-difficulty',
        whatMayHelp: ['physical-activity', 'different-duties', 'physio-pain', 'phased-return'],
      });
      const expected = {
        adjustments: ['phasedReturn', 'amendedDuties'],
        serviceCategories: ['workwell', 'physio-msk', 'physical-activity'],
        reasons: [
          'Heavy lifting + Low back pain → consider amended duties',
          'Going back gradually may help → a phased return to work',
          'Lighter or different duties may help → amended duties',
          'Physiotherapy or help with pain may help → physiotherapy or MSK services, and physical activity',
          'More physical activity may help → a physical activity or exercise referral',
          'Struggling at work or off sick in a WorkWell area → WorkWell support to stay in work',
        ],
      };
      expect(suggestFromAnswers(a, options)).to.deep.equal(expected);
      expect(suggestFromAnswers({ ...a, whatMayHelp: [...a.whatMayHelp].reverse() }, options)).to.deep.equal(expected);
      expect(suggestFromAnswers(a, options)).to.deep.equal(suggestFromAnswers(a, options));
      expect(WorkSuggestionsSchema.safeParse(suggestFromAnswers(a, options)).success).to.equal(true);
    });

    it('suggests nothing for skipped answers', () => {
      expect(suggestFromAnswers({ ...fullAnswers(), skipped: true }, { today: TODAY, icb: 'QOP', conditions: [BACK_PAIN] })).to.deep.equal({
        adjustments: [],
        serviceCategories: [],
        reasons: [],
      });
    });

    it('never throws on garbage answers or options', () => {
      const garbage: unknown[] = [undefined, null, 0, 'employed', [], {}, { whatMayHelp: 'x' }, { pattern: null }, { status: {} }, Object.create(null)];
      const options: unknown[] = [undefined, null, 'x', 42, { today: 'garbage', conditions: 'x', icb: 7 }, { isWorkWellArea: 'yes', icb: 'QOP' }];
      for (const a of garbage) {
        for (const o of options) {
          const result = suggestFromAnswers(a, o as SuggestOptions);
          expect(WorkSuggestionsSchema.safeParse(result).success).to.equal(true);
        }
      }
    });

    it('takes the WorkWell areas from the host when given, and survives a host function that throws', () => {
      const looking = answers({ status: 'looking-for-work' });
      expect(firedIds(looking, { icb: 'Z9B2Z', isWorkWellArea: (icb) => icb === 'Z9B2Z' })).to.include('looking-for-work-workwell');
      expect(firedIds(looking, { icb: 'QOP', isWorkWellArea: () => false })).to.not.include('looking-for-work-workwell');
      expect(
        firedIds(looking, {
          icb: 'QOP',
          isWorkWellArea: () => {
            throw new Error('host bug');
          },
        }),
      ).to.not.include('looking-for-work-workwell');
    });

    it('uses the local today when today is missing or not a real date', () => {
      const since = todayLocal();
      expect(firedIds(employed({ managing: 'off-sick', offSickSince: since }), { today: 'not a date' })).to.deep.equal(['off-sick-7-days-or-less']);
    });

    it('knows the 15 WorkWell areas by their 2023 ICB codes, and the 2026 codes that took them over', () => {
      expect(WORKWELL_ICB_CODES).to.have.length(15);
      expect(new Set(WORKWELL_ICB_CODES).size).to.equal(15);
      expect(isWorkWellIcb('QE1')).to.equal(true);
      expect(isWorkWellIcb('Z9B2Z')).to.equal(true);
      expect(isWorkWellIcb('QMM')).to.equal(false);
      expect(isWorkWellIcb(null)).to.equal(false);
    });

    it('reads the icb in any case and with spaces, 2023 and 2026 codes alike', () => {
      const looking = answers({ status: 'looking-for-work' });
      for (const icb of ['QOP', 'qop', ' QoP ', 'Z9B2Z', ' z9b2z ', 's9b9j']) expect(firedIds(looking, { icb }), icb).to.include('looking-for-work-workwell');
      for (const icb of ['QMM', 'd7t5g', 'not an ICB', '', '   ']) expect(firedIds(looking, { icb }), icb).to.not.include('looking-for-work-workwell');
    });

    it('gives a host isWorkWellArea the code in capitals, trimmed', () => {
      const seen: string[] = [];
      firedIds(answers({ status: 'looking-for-work' }), { icb: ' z9b2z ', isWorkWellArea: (icb) => (seen.push(icb), true) });
      expect(seen).to.deep.equal(['Z9B2Z']);
    });

    describe('suggests WorkWell exactly where the built-in directory offers a WorkWell service', () => {
      const directory = createServiceIndex(builtInServices);
      const { current, former } = icbChoices();
      const codes = [...current, ...former].map((a) => a.code);
      const offered = (icb: string) => searchServices(directory, { icb }).some((s) => s.category === 'workwell');
      const firing = [
        answers({ status: 'looking-for-work' }),
        employed({ managing: 'working-with-difficulty' }),
        employed({ managing: 'off-sick', offSickSince: '2026-02-01' }),
      ];
      const WORKWELL_ROWS = ['looking-for-work-workwell', 'at-risk-workwell'];

      it(`checks all ${codes.length} ICB codes, current and former, some WorkWell and some not`, () => {
        expect(codes).to.have.length(48);
        expect(codes.filter(offered).length).to.be.within(16, 47);
      });

      for (const code of codes) {
        for (const icb of [code, code.toLowerCase(), ` ${code.toLowerCase()} `]) {
          it(`${JSON.stringify(icb)} (${offered(code) ? 'offered' : 'not offered'})`, () => {
            expect(offered(icb), 'the picker reads the code the same way').to.equal(offered(code));
            expect(isWorkWellIcb(icb)).to.equal(offered(code));
            for (const a of firing) {
              const fired = firedIds(a, { icb }).filter((id) => WORKWELL_ROWS.includes(id));
              expect(fired.length > 0, `${a.status} / ${a.managing}`).to.equal(offered(code));
              expect(suggestFromAnswers(a, { today: TODAY, icb }).serviceCategories.includes('workwell')).to.equal(offered(code));
            }
          });
        }
      }
    });

    it('combineSuggestions reads garbage as nothing', () => {
      expect(combineSuggestions('x' as never)).to.deep.equal({ adjustments: [], serviceCategories: [], reasons: [] });
    });
  });

  describe('the answers in words', () => {
    it('the narrative gives each question that applies, the accepted suggestions and the notes', () => {
      const text = workAnswersNarrative(fullAnswers(), {
        today: TODAY,
        accepted: { adjustments: ['phasedReturn'], serviceCategories: [], reasons: ['Going back gradually may help → a phased return to work'] },
        notes: ['Drives for work → consider amended duties if the condition or its treatment affects driving'],
      });
      expect(text.split('\n')).to.deep.equal([
        'The work question (asked as in the 2025 consensus on health and work)',
        'What do you do for work? Employed',
        'Job title: Warehouse operative',
        'Pattern and demands of work: 37.5 hours a week; Manual work or heavy lifting; Shifts or nights; Driving for work; Working with the public',
        'How are you managing in work? Off sick since 20 July 2025 (more than 7 months)',
        'What may help you get back to work? Going back gradually; Talking therapy',
        'Anything else about work: Keen to go back.',
        'Suggestions accepted by the clinician:',
        '- Going back gradually may help → a phased return to work',
        'To bear in mind:',
        '- Drives for work → consider amended duties if the condition or its treatment affects driving',
      ]);
    });

    it('leaves out what does not apply and says what was not answered', () => {
      expect(workAnswersNarrative({ ...fullAnswers(), status: 'retired', freeText: '' }, { today: TODAY }).split('\n')).to.deep.equal([
        'The work question (asked as in the 2025 consensus on health and work)',
        'What do you do for work? Retired',
      ]);
      expect(workAnswersNarrative(createWorkAnswers(), { today: TODAY }).split('\n').slice(1)).to.deep.equal([
        'What do you do for work? not answered',
        'How are you managing in work? not answered',
        'What may help you get back to work? not answered',
      ]);
      expect(workAnswersNarrative(employed({ managing: 'off-sick' }), { today: TODAY })).to.contain('How are you managing in work? Off sick (date not given)');
      expect(workAnswersNarrative(employed({ managing: 'off-sick', offSickSince: '2026-04-01' }), { today: TODAY })).to.contain('Off sick from 1 April 2026');
    });

    it('says when the question was skipped', () => {
      expect(workAnswersNarrative({ ...fullAnswers(), skipped: true, freeText: '' }, { today: TODAY }).split('\n')).to.deep.equal([
        'The work question (asked as in the 2025 consensus on health and work)',
        'The work question was skipped.',
      ]);
      expect(workAnswersSummary({ ...fullAnswers(), skipped: true })).to.equal('Work question skipped');
    });

    it('the summary is one line of at most 140 characters', () => {
      expect(workAnswersSummary(fullAnswers(), { today: TODAY, accepted: { adjustments: [], serviceCategories: ['workwell'], reasons: ['a', 'b'] } })).to.equal(
        'Work question: Employed; Warehouse operative; Off sick for more than 7 months; 2 suggestions accepted',
      );
      const long = workAnswersSummary({ ...fullAnswers(), jobTitle: `Senior\n${'very '.repeat(40)}long title` }, { today: TODAY });
      expect(long.length).to.be.at.most(140);
      expect(long).to.not.contain('\n');
      expect(workAnswersSummary(answers({ status: 'caring' }))).to.equal('Work question: Caring for someone');
    });

    it('keeps markup in typed text as plain text, and reads garbage without throwing', () => {
      const text = '<img src=x onerror=alert(1)>';
      expect(workAnswersNarrative({ ...fullAnswers(), freeText: text }, { today: TODAY })).to.contain(`Anything else about work: ${text}`);
      for (const garbage of [null, 'x', 42, { status: 'astronaut' }]) {
        expect(workAnswersNarrative(garbage, null as never)).to.be.a('string');
        expect(workAnswersSummary(garbage, 'x' as never)).to.be.a('string');
      }
    });
  });

  describe('in another language', () => {
    // A stand-in catalogue: what matters is that every word comes from it, whichever language it is.
    registerCatalogue('x-wq', {
      'prompt.narrative.heading': 'WQ',
      'prompt.narrative.q1': 'Q1 {answer}',
      'prompt.narrative.q2': 'Q2 {answer}',
      'prompt.narrative.q3': 'Q3 {answer}',
      'prompt.narrative.offSickSince': 'since {date} ({length})',
      'prompt.narrative.hours': '{hours:number} h',
      'prompt.narrative.pattern': 'P {pattern}',
      'prompt.status.employed': 'EMPLOYED',
      'prompt.summary.answered': 'S: {answers}',
      'prompt.summary.offSick': 'off {length}',
      'prompt.summary.accepted.other': '{count} ok',
      'prompt.absence.moreThan': '> {length}',
      'prompt.reason.sixMonths': 'six {length}',
      'unit.months.other': '{count} mo',
      'month.7': 'Jul',
      'common.number.decimal': ',',
    });

    it('formatAbsence takes its words from the language', () => {
      const absence = absenceLength('2025-07-20', TODAY);
      expect(absence && formatAbsence(absence, 'x-wq')).to.equal('> 7 mo');
      expect(absence && formatAbsence(absence)).to.equal('more than 7 months');
    });

    it('the reasons follow options.lang; English without it', () => {
      const off = employed({ managing: 'off-sick', offSickSince: '2025-07-20' });
      expect(evaluateWorkRules(off, { today: TODAY, lang: 'x-wq' })[0]?.reason).to.equal('six > 7 mo');
      expect(evaluateWorkRules(off, { today: TODAY })[0]?.reason).to.equal(message('prompt.reason.sixMonths', { length: 'more than 7 months' }));
    });

    it('the narrative and the summary follow options.lang, dates and numbers included', () => {
      const lines = workAnswersNarrative({ ...fullAnswers(), whatMayHelp: [], freeText: '' }, { today: TODAY, lang: 'x-wq' }).split('\n');
      expect(lines.slice(0, 2)).to.deep.equal(['WQ', 'Q1 EMPLOYED']);
      expect(lines[3]).to.match(/^P 37,5 h; /);
      expect(lines[4]).to.equal('Q2 since 20 Jul 2025 (> 7 mo)');
      expect(workAnswersSummary(fullAnswers(), { today: TODAY, lang: 'x-wq', accepted: { adjustments: [], serviceCategories: [], reasons: ['a', 'b'] } })).to.equal(
        'S: EMPLOYED; Warehouse operative; off > 7 mo; 2 ok',
      );
    });
  });
});
