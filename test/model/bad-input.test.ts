import { expect } from '@open-wc/testing';
import { emptyPaths } from '../helpers/json.js';
import { calendarDateFromFields, formatLongDate, isCalendarDate, parseCalendarDate } from '../../src/model/dates.js';
import { cleanConditions, createFitNote, repairFitNote, type CreateFitNoteOptions } from '../../src/model/fit-note.js';
import { fitNoteToFhir, referralToServiceRequest, type FhirOptions, type ReferralInput } from '../../src/model/fhir.js';
import { cleanContext, createEnvelope, type EnvelopeInput } from '../../src/model/envelope.js';
import { fitNoteNarrative, fitNoteSummary } from '../../src/model/narrative.js';
import { formatPeriod, lengthFromPeriod, periodEnd, periodFromLength, type Period, type PeriodLength } from '../../src/model/period.js';
import { validateFitNote, type ValidateOptions } from '../../src/model/rules.js';
import { EnvelopeSchema, FitNoteSchema, type Context, type FitNote } from '../../src/model/schemas.js';

const TODAY = '2026-03-03';
const MARKUP = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert("x")</script>&amp;';
const HUGE = 'A'.repeat(100_000);

/** Values a host might hand over by mistake. */
const GARBAGE: readonly unknown[] = [
  undefined,
  null,
  42,
  0,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  'text',
  '',
  [],
  [1, 'two', null],
  {},
  { foo: 'bar' },
  new Date(2026, 2, 3),
  '2026-02-30',
  '31/02/2026',
  '2026-3-3',
  'not-a-profession',
  HUGE,
  MARKUP,
  () => 'function',
];

const describeValue = (v: unknown): string => {
  if (typeof v === 'string') return v.length > 40 ? `string(${v.length})` : JSON.stringify(v);
  if (typeof v === 'function') return 'function';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

function validNote(): FitNote {
  return {
    patient: { name: 'Alex Smith', nhsNumber: '9434765919', dateOfBirth: '1980-05-17' },
    issuer: { name: 'Dr Sam Patel', profession: 'doctor', address: '1 High Street' },
    assessmentDate: TODAY,
    assessmentMethod: 'face-to-face',
    conditions: [{ code: '279039007', display: 'Low back pain' }],
    fitness: 'may-be-fit',
    adjustments: { phasedReturn: true, alteredHours: false, amendedDuties: false, workplaceAdaptations: false },
    comments: 'Light duties.',
    period: { start: TODAY, end: '2026-03-16' },
    sixMonthsOrMore: false,
    reassessmentNeeded: false,
    statementDate: TODAY,
  };
}

const FIELDS = Object.keys(validNote()) as (keyof FitNote)[];

/** Each field of a valid note replaced by each garbage value, plus garbage in nested fields. */
function garbageNotes(): { label: string; note: unknown }[] {
  const out: { label: string; note: unknown }[] = GARBAGE.map((g) => ({ label: `note = ${describeValue(g)}`, note: g }));
  for (const field of FIELDS) {
    for (const g of GARBAGE) out.push({ label: `${field} = ${describeValue(g)}`, note: { ...validNote(), [field]: g } });
  }
  const nested: [string, unknown][] = [
    ['period.start', { start: '2026-02-30', end: '2026-03-16' }],
    ['period.end', { start: TODAY, end: '31/02/2026' }],
    ['period dates as Date', { start: new Date(), end: new Date() }],
    ['period numbers', { start: 20260303, end: 20260316 }],
    ['period huge', { start: HUGE, end: HUGE }],
    ['patient.name markup', { name: MARKUP, nhsNumber: MARKUP }],
    ['patient.name huge', { name: HUGE }],
    ['patient.dateOfBirth invalid', { name: 'Alex', dateOfBirth: '2026-02-30' }],
    ['issuer.profession unknown', { name: 'Sam', profession: 'paramedic' }],
    ['issuer.name number', { name: 42, profession: 'doctor' }],
    ['conditions of garbage', [null, 42, 'Flu', { display: 42 }, { display: HUGE }, { code: '1' }]],
    ['adjustments strings', { phasedReturn: 'yes', alteredHours: 'no', amendedDuties: 1, workplaceAdaptations: null }],
  ];
  for (const [label, value] of nested) {
    const key = label.split(/[ .]/)[0] as keyof FitNote;
    out.push({ label, note: { ...validNote(), [key]: value } });
  }
  return out;
}

describe('bad input to every public model function', () => {
  describe('validateFitNote', () => {
    it('never throws and returns clear FORMAT or R-id errors for every garbage note', () => {
      for (const { label, note } of garbageNotes()) {
        let v;
        try {
          v = validateFitNote(note, { today: TODAY });
        } catch (e) {
          expect.fail(`threw for ${label}: ${String(e)}`);
        }
        expect(v.valid, label).to.equal(v.errors.length === 0);
        for (const issue of [...v.errors, ...v.warnings]) {
          expect(issue.rule, label).to.match(/^(FORMAT|R([1-9]|1[0-2]))$/);
          expect(issue.field, label).to.be.a('string');
          expect(issue.message.trim(), label).to.not.equal('');
          expect(issue.message, label).to.not.match(/\{\w+\}/);
          expect(issue.message.length, label).to.be.below(400);
        }
      }
    });

    it('a note that is not an object is one FORMAT error', () => {
      for (const g of [undefined, null, 42, 'text', [], true]) {
        const v = validateFitNote(g, { today: TODAY });
        expect(v.valid, describeValue(g)).to.equal(false);
        expect(v.errors.map((e) => e.rule), describeValue(g)).to.deep.equal(['FORMAT']);
      }
    });

    it('{} is invalid with an error for each missing part, named by rule and field', () => {
      const v = validateFitNote({}, { today: TODAY });
      const pairs = v.errors.map((e) => `${e.rule}:${e.field}`);
      expect(pairs).to.include.members([
        'R1:conditions',
        'R2:assessmentDate',
        'R2:statementDate',
        'FORMAT:assessmentMethod',
        'FORMAT:fitness',
        'FORMAT:sixMonthsOrMore',
        'FORMAT:reassessmentNeeded',
        'R3:period.start',
        'R3:period.end',
        'FORMAT:adjustments',
      ]);
      expect(pairs).to.not.include('R9:issuer.name');
    });

    it('unknown enums are FORMAT errors on their fields', () => {
      const v = validateFitNote({ ...validNote(), assessmentMethod: 'email', fitness: 'fit-for-work' }, { today: TODAY });
      expect(v.errors.map((e) => `${e.rule}:${e.field}`)).to.include.members(['FORMAT:assessmentMethod', 'FORMAT:fitness']);
    });

    it('invalid dates are R2 and R3 errors', () => {
      const v = validateFitNote(
        { ...validNote(), assessmentDate: '2026-02-30', statementDate: '31/02/2026', period: { start: '2026-02-30', end: '31/02/2026' } },
        { today: TODAY },
      );
      expect(v.errors.map((e) => `${e.rule}:${e.field}`)).to.include.members([
        'R2:assessmentDate',
        'R2:statementDate',
        'R3:period.start',
        'R3:period.end',
      ]);
    });

    it('garbage options fall back to the local date', () => {
      for (const options of GARBAGE) {
        expect(() => validateFitNote(validNote(), options as ValidateOptions), describeValue(options)).to.not.throw();
      }
    });

    it('markup and huge text in a note are taken as plain text', () => {
      const v = validateFitNote({ ...validNote(), comments: MARKUP, conditions: [{ display: MARKUP }] }, { today: TODAY });
      expect(v.errors).to.deep.equal([]);
      const huge = validateFitNote({ ...validNote(), comments: HUGE }, { today: TODAY });
      expect(huge.errors.every((e) => !e.message.includes(HUGE))).to.equal(true);
    });
  });

  describe('createFitNote and repairFitNote', () => {
    it('createFitNote never throws and always returns a well-shaped note (conditions may be empty)', () => {
      const options: unknown[] = [
        ...GARBAGE,
        { today: '2026-02-30', patient: 42, issuer: 'doctor', conditions: 'Flu' },
        { today: HUGE, patient: { name: HUGE }, issuer: { name: MARKUP, profession: 'paramedic' }, conditions: [{ display: HUGE }] },
        { today: null, patient: null, issuer: null, conditions: null },
      ];
      for (const o of options) {
        let note: FitNote | undefined;
        expect(() => {
          note = createFitNote(o as CreateFitNoteOptions);
        }, describeValue(o)).to.not.throw();
        const withCondition = { ...note, conditions: [{ display: 'Flu' }] };
        expect(FitNoteSchema.safeParse(withCondition).success, describeValue(o)).to.equal(true);
        expect(note).to.not.have.property('issuer');
      }
    });

    it('repairFitNote never throws, returns a note that passes the schema (once given a condition), and names each problem', () => {
      for (const { label, note } of garbageNotes()) {
        let result: ReturnType<typeof repairFitNote> | undefined;
        expect(() => {
          result = repairFitNote(note, { today: TODAY });
        }, label).to.not.throw();
        if (!result) expect.fail(label);
        const repaired = result.note.conditions.length ? result.note : { ...result.note, conditions: [{ display: 'Flu' }] };
        const parsed = FitNoteSchema.safeParse(repaired);
        expect(parsed.success, `${label}: ${JSON.stringify(parsed.error?.issues)}`).to.equal(true);
        for (const p of result.problems) {
          expect(p, label).to.match(/^value(\.[\w.]+)?: /);
          expect(p.length, label).to.be.below(300);
        }
      }
    });

    it('repairFitNote names the field of each garbage value it replaces', () => {
      for (const field of FIELDS) {
        const { problems } = repairFitNote({ ...validNote(), [field]: 42 }, { today: TODAY });
        expect(problems.some((p) => p.startsWith(`value.${field}`)), `${field}: ${JSON.stringify(problems)}`).to.equal(true);
      }
    });

    it('repairFitNote keeps markup as plain text, unchanged', () => {
      const { note, problems } = repairFitNote({ ...validNote(), comments: MARKUP, patient: { name: SCRIPT }, conditions: [{ display: MARKUP }] });
      expect(problems).to.deep.equal([]);
      expect(note.comments).to.equal(MARKUP);
      expect(note.patient?.name).to.equal(SCRIPT);
      expect(note.conditions[0]?.display).to.equal(MARKUP);
    });

    it('garbage options to repairFitNote are ignored', () => {
      for (const o of GARBAGE) {
        expect(() => repairFitNote(validNote(), o as { today?: string }), describeValue(o)).to.not.throw();
      }
    });
  });

  describe('fitNoteNarrative and fitNoteSummary', () => {
    it('never throw; the narrative is text and the summary at most 140 characters on one line', () => {
      for (const { label, note } of garbageNotes()) {
        let narrative = '';
        let summary = '';
        expect(() => {
          narrative = fitNoteNarrative(note as FitNote);
          summary = fitNoteSummary(note as FitNote);
        }, label).to.not.throw();
        expect(narrative, label).to.be.a('string').and.contain('Statement of fitness for work');
        expect(narrative, label).to.not.contain('undefined');
        expect(narrative, label).to.not.contain('[object Object]');
        expect(narrative, label).to.not.match(/\{\w+\}/);
        expect(summary.length, label).to.be.at.most(140);
        expect(summary, label).to.not.contain('\n');
        expect(summary, label).to.not.contain('undefined');
      }
    });

    it('markup is returned as plain text, unchanged (no escaping, no HTML generated)', () => {
      const note = { ...validNote(), patient: { name: MARKUP }, comments: SCRIPT, conditions: [{ display: MARKUP }] };
      const narrative = fitNoteNarrative(note);
      expect(narrative).to.contain(`Patient: ${MARKUP}`);
      expect(narrative).to.contain(`Comments, including functional effects of your condition(s): ${SCRIPT}`);
      expect(narrative).to.contain(`condition(s): ${MARKUP}`);
      expect(narrative).to.not.contain('&lt;');
      expect(narrative.replace(MARKUP, '').replace(MARKUP, '').replace(SCRIPT, '')).to.not.match(/<[a-z]/i);
    });

    it('huge text is refused rather than copied into the narrative', () => {
      const narrative = fitNoteNarrative({ ...validNote(), comments: HUGE, patient: { name: HUGE } } as FitNote);
      expect(narrative).to.not.contain(HUGE);
      expect(narrative.length).to.be.below(5000);
    });
  });

  describe('fitNoteToFhir and referralToServiceRequest', () => {
    it('fitNoteToFhir never throws and writes nothing empty for any garbage note or context', () => {
      const contexts: unknown[] = [undefined, null, 42, 'ctx', [], {}, { patientId: 42, userId: null, encounterId: {} }, { patientId: HUGE }, { patientId: MARKUP }];
      for (const { label, note } of garbageNotes()) {
        for (const context of contexts) {
          let bundle: unknown;
          expect(() => {
            bundle = fitNoteToFhir(note as FitNote, context as Context);
          }, `${label} / ${describeValue(context)}`).to.not.throw();
          expect(emptyPaths(bundle), `${label} / ${describeValue(context)}`).to.deep.equal([]);
          expect(emptyPaths(JSON.parse(JSON.stringify(bundle))), label).to.deep.equal([]);
        }
      }
    });

    it('fitNoteToFhir does not throw when options is null', () => {
      expect(() => fitNoteToFhir(validNote(), {}, null as unknown as FhirOptions)).to.not.throw();
    });

    it('fitNoteToFhir ignores other garbage options', () => {
      for (const options of [...GARBAGE.filter((g) => g !== null), { now: 'yesterday' }, { now: new Date(Number.NaN) }]) {
        expect(() => fitNoteToFhir(validNote(), {}, options as FhirOptions), describeValue(options)).to.not.throw();
      }
    });

    it('fitNoteToFhir keeps markup as plain text, unchanged', () => {
      const bundle = fitNoteToFhir({ ...validNote(), comments: MARKUP }, { patientId: 'p' });
      expect(JSON.stringify(bundle)).to.contain(JSON.stringify(MARKUP).slice(1, -1));
    });

    it('referralToServiceRequest never throws, stays a draft proposal and writes nothing empty', () => {
      const inputs: unknown[] = [
        ...GARBAGE,
        { service: 42, context: 'x', conditions: 'Flu', patient: [], reason: 42, notes: {}, patientConsent: 'yes', now: 'now' },
        { service: { id: '', name: '', category: 'unknown' }, conditions: [null, { display: '' }] },
        { service: { id: 'x', name: MARKUP, category: 'workwell', referral: { self: true, professional: true, employer: true }, coverage: { national: true }, lastReviewed: '2026-02-30' } },
        { reason: HUGE, notes: MARKUP, conditions: [{ display: HUGE }, { display: MARKUP }] },
      ];
      for (const input of inputs) {
        let sr: ReturnType<typeof referralToServiceRequest> | undefined;
        expect(() => {
          sr = referralToServiceRequest(input as ReferralInput);
        }, describeValue(input)).to.not.throw();
        if (!sr) expect.fail(describeValue(input));
        expect(sr.status).to.equal('draft');
        expect(sr.intent).to.equal('proposal');
        expect(emptyPaths(sr), describeValue(input)).to.deep.equal([]);
        expect(emptyPaths(JSON.parse(JSON.stringify(sr))), describeValue(input)).to.deep.equal([]);
      }
    });

    it('referralToServiceRequest keeps markup in notes as plain text', () => {
      const sr = referralToServiceRequest({ notes: MARKUP } as unknown as ReferralInput);
      expect(sr.note?.map((n) => n.text)).to.include(`Notes: ${MARKUP}`);
    });
  });

  describe('createEnvelope, cleanContext and cleanConditions', () => {
    it('createEnvelope never throws for garbage fields and always parses with EnvelopeSchema', () => {
      for (const g of GARBAGE) {
        const input = { context: g, summary: g, narrative: g, now: g } as unknown as EnvelopeInput;
        let env: ReturnType<typeof createEnvelope> | undefined;
        expect(() => {
          env = createEnvelope(input);
        }, describeValue(g)).to.not.throw();
        const parsed = EnvelopeSchema.safeParse(env);
        expect(parsed.success, `${describeValue(g)}: ${JSON.stringify(parsed.error?.issues)}`).to.equal(true);
      }
    });

    it('createEnvelope never throws for a summary or narrative that has no prototype (String() of it throws)', () => {
      const bare = Object.create(null) as unknown;
      expect(() => createEnvelope({ summary: bare, narrative: 'n' } as unknown as EnvelopeInput), 'summary').to.not.throw();
      expect(() => createEnvelope({ summary: 's', narrative: bare } as unknown as EnvelopeInput), 'narrative').to.not.throw();
    });

    it('null-prototype objects elsewhere are handled', () => {
      const bare = Object.create(null) as unknown;
      expect(() => validateFitNote(bare, { today: TODAY })).to.not.throw();
      expect(() => validateFitNote({ ...validNote(), patient: bare, issuer: bare, adjustments: bare, period: bare }, { today: TODAY })).to.not.throw();
      expect(() => repairFitNote({ ...validNote(), patient: bare, adjustments: bare, period: bare })).to.not.throw();
      expect(() => fitNoteNarrative(bare as FitNote)).to.not.throw();
      expect(() => fitNoteToFhir(validNote(), bare as Context)).to.not.throw();
      expect(cleanContext(bare)).to.deep.equal({});
      expect(createEnvelope({ context: bare, summary: 's', narrative: 'n' }).context).to.deep.equal({});
      expect(formatPeriod(bare as Period)).to.equal('a period not yet given');
    });

    it('createEnvelope never throws when called with no input object at all', () => {
      for (const g of [undefined, null, 42, 'text', []]) {
        expect(() => createEnvelope(g as unknown as EnvelopeInput), describeValue(g)).to.not.throw();
      }
    });

    it('createEnvelope keeps markup as plain text', () => {
      const env = createEnvelope({ summary: MARKUP, narrative: SCRIPT });
      expect(env.summary).to.equal(MARKUP);
      expect(env.narrative).to.equal(SCRIPT);
    });

    it('cleanContext returns only string ids, whatever it is given', () => {
      for (const g of GARBAGE) {
        for (const input of [g, { patientId: g, encounterId: g, userId: g }]) {
          let out: Context = {};
          expect(() => {
            out = cleanContext(input);
          }, describeValue(input)).to.not.throw();
          for (const [key, value] of Object.entries(out)) {
            expect(['patientId', 'encounterId', 'userId']).to.include(key);
            expect(value).to.be.a('string');
            expect((value as string).length).to.be.at.most(200);
          }
        }
      }
    });

    it('cleanConditions keeps only codings with a non-blank display', () => {
      for (const g of GARBAGE) {
        for (const input of [g, [g], [g, { display: 'Flu' }]]) {
          let out: ReturnType<typeof cleanConditions> = { kept: [], dropped: 0 };
          expect(() => {
            out = cleanConditions(input);
          }, describeValue(input)).to.not.throw();
          for (const c of out.kept) expect(c.display.trim()).to.not.equal('');
          expect(out.dropped).to.be.at.least(0);
        }
      }
      expect(cleanConditions([{ display: HUGE }])).to.deep.equal({ kept: [], dropped: 1 });
      expect(cleanConditions([{ display: MARKUP }]).kept).to.deep.equal([{ display: MARKUP }]);
    });
  });

  describe('period and date helpers', () => {
    it('periodFromLength, periodEnd, lengthFromPeriod and formatPeriod never throw', () => {
      const lengths: unknown[] = [...GARBAGE, { count: 2, unit: 'weeks' }, { count: -2, unit: 'weeks' }, { count: 2, unit: 'years' }, { count: '2', unit: 'weeks' }];
      const starts: unknown[] = [...GARBAGE, TODAY];
      for (const start of starts) {
        for (const length of lengths) {
          let p: Period | null = null;
          expect(() => {
            p = periodFromLength(start as string, length as PeriodLength);
            periodEnd(start as string, length as PeriodLength);
          }, `${describeValue(start)} / ${describeValue(length)}`).to.not.throw();
          if (start !== TODAY) expect(p, describeValue(start)).to.equal(null);
        }
      }
      for (const g of GARBAGE) {
        for (const input of [g, { start: g, end: g }, { start: TODAY, end: g }, { start: g, end: null }]) {
          expect(() => lengthFromPeriod(input as Period), describeValue(input)).to.not.throw();
          let text = '';
          expect(() => {
            text = formatPeriod(input as Period);
          }, describeValue(input)).to.not.throw();
          expect(text, describeValue(input)).to.be.a('string').and.not.contain('undefined');
          expect(text).to.not.contain(HUGE);
        }
      }
    });

    it('formatLongDate, parseCalendarDate and calendarDateFromFields never throw and refuse garbage', () => {
      for (const g of GARBAGE) {
        expect(formatLongDate(g as string), describeValue(g)).to.equal('date not known');
        expect(parseCalendarDate(g), describeValue(g)).to.equal(null);
        expect(calendarDateFromFields(g, g, g), describeValue(g)).to.equal(null);
        expect(calendarDateFromFields(g, '3', '2026'), describeValue(g)).to.equal(null);
      }
      expect(calendarDateFromFields('30', '2', '2026')).to.equal(null);
      expect(calendarDateFromFields(MARKUP, '3', '2026')).to.equal(null);
      expect(calendarDateFromFields('3', '3', HUGE)).to.equal(null);
    });
  });

  describe('dates at the edge of the calendar (year 9999, outside the supported years)', () => {
    const lateStart = '9999-12-01';
    const lateEnd = '9999-12-31';
    const late = (): FitNote => ({ ...validNote(), period: { start: lateStart, end: lateEnd } });

    /** Runs `fn`, returning what it threw (as text) or null. */
    const thrown = (fn: () => unknown): string | null => {
      try {
        fn();
        return null;
      } catch (e) {
        return String(e);
      }
    };

    it('periodEnd and periodFromLength do not throw when the end would pass 9999-12-31', () => {
      expect(thrown(() => periodEnd(lateStart, { count: 1, unit: 'months' })), '9999-12-01 + 1 month').to.equal(null);
      expect(thrown(() => periodFromLength('9999-10-15', { count: 3, unit: 'months' })), '9999-10-15 + 3 months').to.equal(null);
    });

    it('periodEnd returns null or a real date, never a 5-digit year', () => {
      for (const [start, length] of [
        [lateEnd, { count: 2, unit: 'days' }],
        [lateEnd, { count: 1, unit: 'weeks' }],
        ['9999-12-25', { count: 2, unit: 'weeks' }],
      ] as [string, PeriodLength][]) {
        const end = periodEnd(start, length);
        if (end !== null) expect(isCalendarDate(end), `${start} + ${length.count} ${length.unit} gave ${end}`).to.equal(true);
        const period = periodFromLength(start, length);
        if (period !== null) expect(isCalendarDate(period.end), `${start} + ${length.count} ${length.unit} gave ${String(period.end)}`).to.equal(true);
      }
    });

    it('lengthFromPeriod does not throw for a period ending 9999-12-31', () => {
      expect(thrown(() => lengthFromPeriod({ start: lateStart, end: lateEnd }))).to.equal(null);
    });

    it('formatPeriod does not throw for a period ending 9999-12-31', () => {
      expect(thrown(() => formatPeriod({ start: lateStart, end: lateEnd }))).to.equal(null);
    });

    it('validateFitNote does not throw for a period starting 9999-12-01 (R5 looks 3 months ahead)', () => {
      expect(thrown(() => validateFitNote(late(), { today: TODAY }))).to.equal(null);
      expect(thrown(() => validateFitNote({ ...validNote(), period: { start: '9999-10-01', end: '9999-10-14' } }, { today: TODAY }))).to.equal(null);
    });

    it('validateFitNote does not throw for a "not fit" period ending 9999-12-31 after 6 months or more (R5 and R12 not applied)', () => {
      const note = { ...validNote(), fitness: 'not-fit' as const, sixMonthsOrMore: true, period: { start: '9999-11-01', end: lateEnd } };
      expect(thrown(() => validateFitNote(note, { today: TODAY }))).to.equal(null);
    });

    it('fitNoteNarrative does not throw for a period ending 9999-12-31', () => {
      expect(thrown(() => fitNoteNarrative(late()))).to.equal(null);
    });

    it('fitNoteSummary does not throw for a period ending 9999-12-31', () => {
      expect(thrown(() => fitNoteSummary(late()))).to.equal(null);
    });

    it('fitNoteToFhir does not throw for a period ending 9999-12-31', () => {
      expect(thrown(() => fitNoteToFhir(late()))).to.equal(null);
    });

    it('dates outside the supported years (1900 to 2199) are refused as not real, without throwing', () => {
      const note = { ...validNote(), assessmentDate: '0001-01-01', statementDate: '1899-12-31', period: { start: '2200-01-01', end: '2200-01-14' } };
      expect(() => validateFitNote(note, { today: TODAY })).to.not.throw();
      const fields = validateFitNote(note, { today: TODAY }).errors.map((e) => `${e.rule} ${e.field}`);
      expect(fields).to.include.members(['R2 assessmentDate', 'R2 statementDate', 'R3 period.start', 'R3 period.end']);
      expect(isCalendarDate('1900-01-01')).to.equal(true);
      expect(isCalendarDate('2199-12-31')).to.equal(true);
      expect(isCalendarDate('1899-12-31')).to.equal(false);
      expect(isCalendarDate('2200-01-01')).to.equal(false);
      expect(periodEnd('2199-12-15', { count: 1, unit: 'months' })).to.equal(null);
    });
  });
});
