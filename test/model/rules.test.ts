import { expect } from '@open-wc/testing';
import { addDays, todayLocal } from '../../src/model/dates.js';
import { createFitNote } from '../../src/model/fit-note.js';
import { R12_DAYS, SELF_CERTIFICATION_DAYS, issueText, latestEndInFirstSixMonths, validateFitNote } from '../../src/model/rules.js';
import { isMessageId, message } from '../../src/messages/index.js';
import { PROFESSIONS, type FitNote, type Issue, type Validity } from '../../src/model/schemas.js';

const TODAY = '2026-03-03';
const opts = { today: TODAY };

/** A valid note: one condition, assessed by telephone, 2 weeks from today, no review, a comment, no issuer. */
function validNote(overrides: Partial<FitNote> = {}): FitNote {
  const note = createFitNote({ today: TODAY, conditions: [{ display: 'Low back pain', code: '279039007' }] });
  note.assessmentMethod = 'telephone';
  note.reassessmentNeeded = false;
  note.period = { start: TODAY, end: '2026-03-16' };
  note.comments = 'Avoid lifting more than 5 kg for 2 weeks.';
  return { ...note, ...overrides };
}

const check = (note: unknown, options = opts): Validity => validateFitNote(note, options);
const ruleIds = (issues: Issue[]): string[] => issues.map((i) => i.rule);
const find = (issues: Issue[], rule: string): Issue[] => issues.filter((i) => i.rule === rule);

function expectOnly(issues: Issue[], rule: string, field: string): Issue {
  const found = find(issues, rule);
  expect(found, `${rule} in ${JSON.stringify(issues)}`).to.have.length(1);
  const [issue] = found as [Issue];
  expect(issue.field).to.equal(field);
  expect(isMessageId(issue.messageId), issue.messageId).to.equal(true);
  expect(issue.message).to.be.a('string').and.not.equal('');
  expect(issue.message).to.not.match(/\{\w+(?::\w+)?\}/);
  expect(issue.message).to.equal(message(issue.messageId, issue.params));
  return issue;
}

function expectValidWith(v: Validity, warnings: string[] = []): void {
  expect(v.errors, JSON.stringify(v.errors)).to.deep.equal([]);
  expect(v.valid).to.equal(true);
  expect(ruleIds(v.warnings)).to.deep.equal(warnings);
}

describe('validateFitNote (rules R1–R12)', () => {
  it('a note with one condition, a 2-week period and a comment is valid with no warnings', () => {
    expectValidWith(check(validNote()));
  });

  it('the same note without a comment is valid with only the R11 warning', () => {
    expectValidWith(check(validNote({ comments: '' })), ['R11']);
  });

  it('valid is false if and only if there are errors', () => {
    const notes: unknown[] = [
      validNote(),
      validNote({ conditions: [] }),
      validNote({ comments: '' }),
      validNote({ period: { start: TODAY, end: '2026-03-05' } }),
      validNote({ fitness: 'not-fit', adjustments: { phasedReturn: true, alteredHours: false, amendedDuties: false, workplaceAdaptations: false } }),
      null,
    ];
    for (const note of notes) {
      const v = check(note);
      expect(v.valid, JSON.stringify(v)).to.equal(v.errors.length === 0);
    }
  });

  it('never changes the note it checks', () => {
    const note = validNote({ conditions: [], period: { start: TODAY, end: null } });
    const copy = structuredClone(note);
    check(note);
    expect(note).to.deep.equal(copy);
  });

  describe('R1: at least one condition', () => {
    it('R1: no conditions is an error "Enter at least one condition"', () => {
      const v = check(validNote({ conditions: [] }));
      expect(v.valid).to.equal(false);
      const issue = expectOnly(v.errors, 'R1', 'conditions');
      expect(issue.message).to.equal('Enter at least one condition');
    });

    it('R1: a condition with a blank display is an error', () => {
      expectOnly(check(validNote({ conditions: [{ display: '   ' }] })).errors, 'R1', 'conditions');
      expectOnly(check(validNote({ conditions: [{ display: '' }] })).errors, 'R1', 'conditions');
    });

    it('R1: conditions that are not an array, or items that are not codings, are an error', () => {
      for (const conditions of [undefined, null, 'Low back pain', { display: 'Low back pain' }, [null], [42], [{ code: '279039007' }]]) {
        expectOnly(check({ ...validNote(), conditions }).errors, 'R1', 'conditions');
      }
    });

    it('R1: one readable condition among unreadable ones is enough', () => {
      const v = check({ ...validNote(), conditions: [null, { display: '' }, { display: 'Anxiety' }] });
      expect(ruleIds(v.errors)).to.not.include('R1');
    });
  });

  describe('R2: assessment date ≤ date of statement; neither in the future', () => {
    it('R2: assessment and statement on the same day (today) are fine', () => {
      expectValidWith(check(validNote({ assessmentDate: TODAY, statementDate: TODAY })));
    });

    it('R2: assessment before the statement is fine', () => {
      expectValidWith(
        check(validNote({ assessmentDate: '2026-03-01', statementDate: TODAY, period: { start: '2026-03-01', end: '2026-03-14' } })),
      );
    });

    it('R2: assessment one day after the statement is an error on assessmentDate', () => {
      const v = check(validNote({ assessmentDate: TODAY, statementDate: '2026-03-02' }));
      const issue = expectOnly(v.errors, 'R2', 'assessmentDate');
      expect(issue.message).to.equal('Date you assessed the patient must be on or before the date of the statement');
    });

    it('R2: an assessment date one day in the future is an error; today is not', () => {
      const v = check(validNote({ assessmentDate: '2026-03-04' }));
      const issue = expectOnly(v.errors, 'R2', 'assessmentDate');
      expect(issue.message).to.equal('Date you assessed the patient must be today or in the past');
    });

    it('R2: a statement date one day in the future is an error; today is not', () => {
      const v = check(validNote({ statementDate: '2026-03-04' }));
      const issue = expectOnly(v.errors, 'R2', 'statementDate');
      expect(issue.message).to.equal('Date of statement must be today or in the past');
    });

    it('R2: invalid assessment and statement dates are errors on their fields', () => {
      const v = check({ ...validNote(), assessmentDate: '2026-02-30', statementDate: '03/03/2026' });
      expect(find(v.errors, 'R2').map((i) => i.field)).to.deep.equal(['assessmentDate', 'statementDate']);
      expect(find(v.errors, 'R2').map((i) => i.message)).to.deep.equal([
        'Date you assessed the patient must be a real date',
        'Date of statement must be a real date',
      ]);
    });

    it('R2: missing dates are errors', () => {
      const note: Record<string, unknown> = { ...validNote() };
      delete note.assessmentDate;
      delete note.statementDate;
      expect(find(check(note).errors, 'R2')).to.have.length(2);
    });
  });

  describe('R3: period end ≥ period start', () => {
    it('R3: end one day before the start is an error on period.end', () => {
      const v = check(validNote({ period: { start: TODAY, end: '2026-03-02' } }));
      const issue = expectOnly(v.errors, 'R3', 'period.end');
      expect(issue.message).to.equal('End date must be the same as or after the start date');
    });

    it('R3: end on the same day as the start is allowed (only the R7 warning)', () => {
      const v = check(validNote({ period: { start: TODAY, end: TODAY } }));
      expectValidWith(v, ['R7']);
    });

    it('R3: an invalid end date is an error', () => {
      for (const end of ['2026-02-30', '16/03/2026', '', undefined, 42]) {
        const v = check({ ...validNote(), period: { start: TODAY, end } });
        const issue = expectOnly(v.errors, 'R3', 'period.end');
        expect(issue.message, String(end)).to.equal('End date must be a real date');
      }
    });

    it('R3: an invalid start date is an error on period.start', () => {
      const v = check({ ...validNote(), period: { start: '2026-02-30', end: '2026-03-16' } });
      const issue = expectOnly(v.errors, 'R3', 'period.start');
      expect(issue.message).to.equal('Start date must be a real date');
    });

    it('R3: a missing period is an error on both dates', () => {
      const v = check({ ...validNote(), period: undefined });
      expect(find(v.errors, 'R3').map((i) => i.field)).to.deep.equal(['period.start', 'period.end']);
    });
  });

  describe('R4: backdating needs a comment', () => {
    const backdated = { start: '2026-03-02', end: '2026-03-15' };

    it('R4: a start one day before the assessment without a comment is a warning on period.start', () => {
      const v = check(validNote({ period: backdated, comments: '', adjustments: { phasedReturn: true, alteredHours: false, amendedDuties: false, workplaceAdaptations: false } }));
      expect(v.valid).to.equal(true);
      const issue = expectOnly(v.warnings, 'R4', 'period.start');
      expect(issue.message).to.contain('2 March 2026').and.contain('3 March 2026');
      expect(issue).to.deep.include({ messageId: 'rule.R4.backdated', params: { start: '2026-03-02', assessed: TODAY } });
    });

    it('R4: a blank comment does not explain the backdating', () => {
      const v = check(validNote({ period: backdated, comments: '   \n ' }));
      expectOnly(v.warnings, 'R4', 'period.start');
    });

    it('R4: with a comment there is no warning', () => {
      expectValidWith(check(validNote({ period: backdated, comments: 'Off work since 2 March with acute back pain.' })));
    });

    it('R4: a start on the assessment day is not backdated', () => {
      const v = check(validNote({ period: { start: TODAY, end: '2026-03-16' }, comments: '' }));
      expect(ruleIds(v.warnings)).to.not.include('R4');
    });

    it('R4: a start after the assessment is not backdated', () => {
      const v = check(validNote({ period: { start: '2026-03-05', end: '2026-03-18' } }));
      expectValidWith(v);
    });
  });

  describe('R5: in the first 6 months a note covers at most 3 calendar months', () => {
    const r5 = (start: string, end: string, extra: Partial<FitNote> = {}): Validity =>
      check(validNote({ assessmentDate: TODAY, period: { start, end }, comments: 'Back dated: explained.', ...extra }), { today: '2027-12-31' });

    it('R5: a note of exactly 3 calendar months in the first 6 months is allowed; one day more is an error', () => {
      expect(latestEndInFirstSixMonths(TODAY)).to.equal('2026-06-02');
      expectValidWith(r5(TODAY, '2026-06-02'));
      const issue = expectOnly(r5(TODAY, '2026-06-03').errors, 'R5', 'period.end');
      expect(issue.message).to.contain('2 June 2026');
      expect(issue).to.deep.include({ messageId: 'rule.R5.tooLong', params: { latest: '2026-06-02' } });
    });

    it('R5: at a month end, 3 months from 2026-11-30 end on 2027-02-27 (30 Feb clamps to 28 Feb, minus a day)', () => {
      expect(latestEndInFirstSixMonths('2026-11-30')).to.equal('2027-02-27');
      expectValidWith(r5('2026-11-30', '2027-02-27'));
      expectOnly(r5('2026-11-30', '2027-02-28').errors, 'R5', 'period.end');
    });

    it('R5: leap years: from 2023-11-30 the latest end is 2024-02-28; from 2024-11-30 it is 2025-02-27', () => {
      expect(latestEndInFirstSixMonths('2023-11-30')).to.equal('2024-02-28');
      expectValidWith(r5('2023-11-30', '2024-02-28'));
      expectOnly(r5('2023-11-30', '2024-02-29').errors, 'R5', 'period.end');
      expect(latestEndInFirstSixMonths('2024-11-30')).to.equal('2025-02-27');
      expectValidWith(r5('2024-11-30', '2025-02-27'));
      expectOnly(r5('2024-11-30', '2025-02-28').errors, 'R5', 'period.end');
    });

    it('R5: a start on 1 December allows up to the last day of February', () => {
      expectValidWith(r5('2026-12-01', '2027-02-28'));
      expectOnly(r5('2026-12-01', '2027-03-01').errors, 'R5', 'period.end');
      expectValidWith(r5('2023-12-01', '2024-02-29'));
      expectOnly(r5('2023-12-01', '2024-03-01').errors, 'R5', 'period.end');
    });

    it('R5: the limit holds for every start day of a year, at the boundary and one day past it', () => {
      for (let i = 0; i < 366; i += 1) {
        const start = addDays('2027-01-01', i);
        const latest = latestEndInFirstSixMonths(start);
        const ok = check(validNote({ assessmentDate: '2026-12-31', statementDate: '2026-12-31', period: { start, end: latest } }), { today: '2029-01-01' });
        if (ruleIds(ok.errors).includes('R5')) expect.fail(`R5 at the boundary for ${start}..${latest}`);
        const over = check(validNote({ assessmentDate: '2026-12-31', statementDate: '2026-12-31', period: { start, end: addDays(latest, 1) } }), { today: '2029-01-01' });
        if (!ruleIds(over.errors).includes('R5')) expect.fail(`no R5 one day past the boundary for ${start}`);
      }
    });

    it('R5: not applied when the patient has been unfit for 6 months or more', () => {
      expectValidWith(r5(TODAY, '2026-12-31', { sixMonthsOrMore: true }));
    });
  });

  describe('R6: indefinite only after 6 months or more', () => {
    it('R6: an end of null without sixMonthsOrMore is an error on period.end', () => {
      const v = check(validNote({ period: { start: TODAY, end: null } }));
      const issue = expectOnly(v.errors, 'R6', 'period.end');
      expect(issue.message).to.match(/^Enter an end date/);
      expect(ruleIds(v.errors)).to.not.include('R3');
    });

    it('R6: an end of null with sixMonthsOrMore is valid', () => {
      expectValidWith(check(validNote({ period: { start: TODAY, end: null }, sixMonthsOrMore: true })));
    });

    it('R6: a not-fit indefinite note after 6 months has no R12 or R7 warning', () => {
      expectValidWith(check(validNote({ period: { start: TODAY, end: null }, sixMonthsOrMore: true, fitness: 'not-fit' })));
    });
  });

  describe('R7: 7 days or less are self-certified', () => {
    it('R7: a 7-day period is a warning on period.end', () => {
      const v = check(validNote({ period: { start: TODAY, end: '2026-03-09' } }));
      expect(v.valid).to.equal(true);
      const issue = expectOnly(v.warnings, 'R7', 'period.end');
      expect(issue.message).to.contain('7 days').and.contain('SC2');
      expect(issue).to.deep.include({ messageId: 'rule.R7.selfCertify', params: { days: 7 } });
    });

    it('R7: a 1-day period is a warning with singular wording', () => {
      const issue = expectOnly(check(validNote({ period: { start: TODAY, end: TODAY } })).warnings, 'R7', 'period.end');
      expect(issue.message).to.contain('1 day.');
    });

    it('R7: an 8-day period has no warning', () => {
      expectValidWith(check(validNote({ period: { start: TODAY, end: '2026-03-10' } })));
    });

    it('R7: the threshold is 7 days', () => {
      expect(SELF_CERTIFICATION_DAYS).to.equal(7);
    });
  });

  describe('R9: the issuer is one of the five professions', () => {
    for (const profession of PROFESSIONS) {
      it(`R9: a ${profession} may issue`, () => {
        expectValidWith(check(validNote({ issuer: { name: 'Sam Patel', profession } })));
      });
    }

    it('R9: a paramedic, a blank or a missing profession is an error on issuer.profession', () => {
      for (const profession of ['paramedic', '', undefined, 'Doctor', null, 1]) {
        const v = check({ ...validNote(), issuer: { name: 'Sam Patel', profession } });
        const issue = expectOnly(v.errors, 'R9', 'issuer.profession');
        expect(issue.message, String(profession)).to.contain('doctor, nurse, occupational therapist, pharmacist or physiotherapist');
      }
    });

    it('R9: a blank issuer name is an error on issuer.name', () => {
      for (const name of ['', '   ', undefined, 42]) {
        const v = check({ ...validNote(), issuer: { name, profession: 'doctor' } });
        expectOnly(v.errors, 'R9', 'issuer.name');
      }
    });

    it('R9: an issuer that is not an object is an error on both name and profession', () => {
      const v = check({ ...validNote(), issuer: null });
      expect(find(v.errors, 'R9').map((i) => i.field)).to.deep.equal(['issuer.name', 'issuer.profession']);
    });

    it('R9: a note with no issuer at all has no R9 error (the host adds the signed-in clinician)', () => {
      const note = validNote();
      expect(note).to.not.have.property('issuer');
      expect(ruleIds(check(note).errors)).to.not.include('R9');
    });
  });

  describe('R10: adjustments only with "may be fit"', () => {
    it('R10: "not fit" with one adjustment ticked is an error on adjustments', () => {
      for (const key of ['phasedReturn', 'alteredHours', 'amendedDuties', 'workplaceAdaptations'] as const) {
        const adjustments = { phasedReturn: false, alteredHours: false, amendedDuties: false, workplaceAdaptations: false, [key]: true };
        const v = check(validNote({ fitness: 'not-fit', adjustments }));
        const issue = expectOnly(v.errors, 'R10', 'adjustments');
        expect(issue.message, key).to.contain('may be fit for work');
      }
    });

    it('R10: "not fit" with nothing ticked is fine', () => {
      expectValidWith(check(validNote({ fitness: 'not-fit' })));
    });

    it('R10: "may be fit" with every adjustment ticked is fine', () => {
      const adjustments = { phasedReturn: true, alteredHours: true, amendedDuties: true, workplaceAdaptations: true };
      expectValidWith(check(validNote({ adjustments })));
    });
  });

  describe('R11: "may be fit" needs an adjustment or a comment', () => {
    it('R11: "may be fit" with no adjustment and no comment is a warning on comments', () => {
      const v = check(validNote({ comments: '' }));
      expect(v.valid).to.equal(true);
      const issue = expectOnly(v.warnings, 'R11', 'comments');
      expect(issue.message).to.match(/^The employer has nothing to act on/);
    });

    it('R11: a blank comment counts as no comment', () => {
      expectOnly(check(validNote({ comments: ' \t\n' })).warnings, 'R11', 'comments');
    });

    it('R11: one adjustment is enough', () => {
      const adjustments = { phasedReturn: false, alteredHours: true, amendedDuties: false, workplaceAdaptations: false };
      expectValidWith(check(validNote({ comments: '', adjustments })));
    });

    it('R11: a comment is enough', () => {
      expectValidWith(check(validNote({ comments: 'Can do desk work.' })));
    });

    it('R11: not applied to "not fit"', () => {
      expectValidWith(check(validNote({ comments: '', fitness: 'not-fit' })));
    });
  });

  describe('R12: a long "not fit" note in the first 6 months prompts "may be fit"', () => {
    it('R12: "not fit" for 28 days (4 weeks) has no warning', () => {
      expect(R12_DAYS).to.equal(28);
      expectValidWith(check(validNote({ fitness: 'not-fit', period: { start: TODAY, end: '2026-03-30' } })));
    });

    it('R12: "not fit" for 29 days is a warning on fitness, never an error', () => {
      const v = check(validNote({ fitness: 'not-fit', period: { start: TODAY, end: '2026-03-31' } }));
      expect(v.valid).to.equal(true);
      const issue = expectOnly(v.warnings, 'R12', 'fitness');
      expect(issue.message).to.contain('29 days').and.contain('not fit for work');
      expect(issue).to.deep.include({ messageId: 'rule.R12.considerMayBeFit', params: { days: 29, length: 'P29D' } });
    });

    it('R12: the warning names the length in months when it is whole months', () => {
      const v = check(validNote({ fitness: 'not-fit', period: { start: TODAY, end: '2026-06-02' } }));
      const issue = expectOnly(v.warnings, 'R12', 'fitness');
      expect(issue.message).to.contain('for 3 months.');
      expect(issue.params).to.deep.equal({ days: 92, length: 'P3M' });
    });

    it('R12: the warning names the length in weeks when it is whole weeks ("6 weeks")', () => {
      const v = check(validNote({ fitness: 'not-fit', period: { start: TODAY, end: '2026-04-13' } }));
      const issue = expectOnly(v.warnings, 'R12', 'fitness');
      expect(issue.message).to.contain('for 6 weeks.');
      expect(issue.params).to.deep.equal({ days: 42, length: 'P6W' });
    });

    it('R12: not applied when the patient has been unfit for 6 months or more', () => {
      expectValidWith(check(validNote({ fitness: 'not-fit', sixMonthsOrMore: true, period: { start: TODAY, end: '2026-03-31' } })));
    });

    it('R12: not applied to "may be fit"', () => {
      expectValidWith(check(validNote({ fitness: 'may-be-fit', period: { start: TODAY, end: '2026-05-31' } })));
    });
  });

  describe('FORMAT: shapes no rule names', () => {
    it('FORMAT: an unknown assessment method, fitness or flags are errors on their fields', () => {
      const v = check({ ...validNote(), assessmentMethod: 'carrier pigeon', fitness: 'fit', sixMonthsOrMore: 'no', reassessmentNeeded: 1 });
      expect(find(v.errors, 'FORMAT').map((i) => i.field)).to.deep.equal(['assessmentMethod', 'fitness', 'sixMonthsOrMore', 'reassessmentNeeded']);
    });

    it('FORMAT: a question not yet answered (null) is an error on its field that says what to select; every answer is accepted', () => {
      const v = check(validNote({ assessmentMethod: null, reassessmentNeeded: null }));
      expect(v.valid).to.equal(false);
      expect(v.errors).to.deep.equal([
        { rule: 'FORMAT', field: 'assessmentMethod', messageId: 'rule.FORMAT.assessmentMethod', message: 'Select how you assessed the patient' },
        { rule: 'FORMAT', field: 'reassessmentNeeded', messageId: 'rule.FORMAT.reassessmentNeeded', message: 'Select whether you will need to assess the patient again' },
      ]);
      for (const assessmentMethod of ['face-to-face', 'telephone', 'video', 'written-report'] as const) {
        for (const reassessmentNeeded of [true, false]) expectValidWith(check(validNote({ assessmentMethod, reassessmentNeeded })));
      }
      expectOnly(check(validNote({ reassessmentNeeded: null })).errors, 'FORMAT', 'reassessmentNeeded');
      expectOnly(check(validNote({ assessmentMethod: null })).errors, 'FORMAT', 'assessmentMethod');
      const { assessmentMethod: _m, reassessmentNeeded: _r, ...missing } = validNote();
      expect(find(check(missing).errors, 'FORMAT').map((i) => i.field)).to.deep.equal(['assessmentMethod', 'reassessmentNeeded']);
    });

    it('FORMAT: the default note answers neither question for the clinician', () => {
      const v = check({ ...createFitNote({ today: TODAY, conditions: [{ display: 'Flu' }] }), comments: 'Rest.', period: { start: TODAY, end: '2026-03-16' } });
      expect(find(v.errors, 'FORMAT').map((i) => i.field)).to.deep.equal(['assessmentMethod', 'reassessmentNeeded']);
      expect(v.errors).to.have.length(2);
    });

    it('FORMAT: comments that are not text and adjustments that are not booleans are errors', () => {
      const v = check({ ...validNote(), comments: 42, adjustments: { phasedReturn: 'yes' } });
      expect(find(v.errors, 'FORMAT').map((i) => i.field)).to.deep.equal(['comments', 'adjustments']);
    });

    it('FORMAT: a patient without a name is an error on patient; a named patient is fine', () => {
      expectOnly(check({ ...validNote(), patient: { name: ' ' } }).errors, 'FORMAT', 'patient');
      expectValidWith(check(validNote({ patient: { name: 'Alex Smith' } })));
    });

    it('FORMAT: something that is not a note is one error', () => {
      const v = check('not a note');
      expect(v.valid).to.equal(false);
      expect(v.errors).to.have.length(1);
      expect(v.errors[0]).to.deep.equal({ rule: 'FORMAT', field: '', messageId: 'rule.FORMAT.note', message: message('rule.FORMAT.note') });
      expect(v.warnings).to.deep.equal([]);
    });
  });

  describe('options.today', () => {
    it('decides what is in the future', () => {
      const note = validNote({ assessmentDate: '2026-03-04', statementDate: '2026-03-04', period: { start: '2026-03-04', end: '2026-03-17' } });
      expect(check(note, { today: TODAY }).valid).to.equal(false);
      expect(check(note, { today: '2026-03-04' }).valid).to.equal(true);
    });

    it('an invalid today falls back to the local date without throwing', () => {
      const today = todayLocal();
      const future = addDays(today, 1);
      const note = validNote({ assessmentDate: today, statementDate: today, period: { start: today, end: addDays(today, 13) } });
      const futureNote = validNote({ assessmentDate: future, statementDate: today, period: { start: future, end: addDays(future, 13) } });
      for (const bad of ['2026-02-30', 'tomorrow', '', undefined]) {
        expect(validateFitNote(note, { today: bad }).valid, String(bad)).to.equal(true);
        expect(ruleIds(validateFitNote(futureNote, { today: bad }).errors), String(bad)).to.include('R2');
      }
      expect(validateFitNote(note).valid).to.equal(true);
      expect(validateFitNote(note, null as unknown as { today?: string }).valid).to.equal(true);
      expect(validateFitNote(note, { today: 20260303 } as unknown as { today?: string }).valid).to.equal(true);
    });
  });

  describe('issues carry a message id and raw params', () => {
    const notes: unknown[] = [
      validNote({ conditions: [] }),
      validNote({ comments: '' }),
      validNote({ period: { start: '2026-03-02', end: '2026-03-05' }, comments: '' }),
      validNote({ period: { start: TODAY, end: null } }),
      validNote({ period: { start: TODAY, end: '2026-07-01' } }),
      validNote({ fitness: 'not-fit', period: { start: TODAY, end: '2026-04-13' }, adjustments: { phasedReturn: true, alteredHours: false, amendedDuties: false, workplaceAdaptations: false } }),
      { ...validNote(), assessmentDate: '2026-03-04', statementDate: '2026-02-30', period: { start: TODAY, end: '2026-03-01' } },
      { ...validNote(), issuer: { name: '', profession: 'paramedic' }, patient: { name: '' }, comments: 1, assessmentMethod: 'x', fitness: 'x', sixMonthsOrMore: 0, reassessmentNeeded: 0, adjustments: null },
      { ...validNote(), period: 'soon' },
      'not a note',
    ];
    const all = notes.flatMap((note) => {
      const v = check(note);
      return [...v.errors, ...v.warnings];
    });

    it('the notes fire every rule R1–R12 that can fire, and FORMAT', () => {
      expect([...new Set(all.map((i) => i.rule))].sort()).to.deep.equal(['FORMAT', 'R1', 'R10', 'R11', 'R12', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R9']);
    });

    it('every issue has rule, field, messageId and message, and issueText(issue, "en") is its message', () => {
      for (const issue of all) {
        expect(Object.keys(issue).sort(), issue.messageId).to.deep.equal(issue.params ? ['field', 'message', 'messageId', 'params', 'rule'] : ['field', 'message', 'messageId', 'rule']);
        expect(isMessageId(issue.messageId), issue.messageId).to.equal(true);
        expect(issue.messageId.startsWith(`rule.${issue.rule}.`), issue.messageId).to.equal(true);
        expect(issueText(issue, 'en')).to.equal(issue.message);
        expect(issueText(issue)).to.equal(issue.message);
      }
    });

    it('params are raw values: dates written YYYY-MM-DD and counts as numbers, never English', () => {
      const params = all.flatMap((i) => Object.values(i.params ?? {}));
      expect(params.length).to.be.at.least(5);
      for (const value of params) {
        if (typeof value === 'number') expect(Number.isInteger(value)).to.equal(true);
        else expect(value).to.match(/^(\d{4}-\d{2}-\d{2}|P\d+[DWM])$/);
      }
    });

    it('the params belong to the issue: changing them does not change the next validation', () => {
      const note = validNote({ period: { start: TODAY, end: TODAY } });
      const first = expectOnly(check(note).warnings, 'R7', 'period.end');
      (first.params as Record<string, number>).days = 99;
      expect(expectOnly(check(note).warnings, 'R7', 'period.end').params).to.deep.equal({ days: 1 });
    });
  });

  describe('issueText', () => {
    it('renders from messageId and params, so a copy with only those reads the same', () => {
      const issue = expectOnly(check(validNote({ period: { start: TODAY, end: '2026-03-05' } })).warnings, 'R7', 'period.end');
      expect(issueText({ messageId: issue.messageId, params: issue.params, message: '' })).to.equal(issue.message);
      expect(issueText({ messageId: 'rule.R7.selfCertify', params: { days: 2 }, message: 'old text' })).to.match(/^This covers 2 days\./);
    });

    it('an unknown id falls back to the issue’s own message', () => {
      expect(issueText({ messageId: 'rule.R99.newer' as never, message: 'From a newer version' })).to.equal('From a newer version');
      expect(issueText({ messageId: undefined as never, message: 'No id' })).to.equal('No id');
    });

    it('a known id without the params it needs falls back to the message rather than show a placeholder', () => {
      expect(issueText({ messageId: 'rule.R7.selfCertify', message: 'Seven days or less' })).to.equal('Seven days or less');
      expect(issueText({ messageId: 'rule.R7.selfCertify', params: { days: { n: 1 } } as never, message: 'Seven days or less' })).to.equal('Seven days or less');
      expect(issueText({ messageId: 'rule.R1.missing', message: 'ignored' })).to.equal('Enter at least one condition');
    });

    it('never throws on something that is not an issue', () => {
      for (const bad of [null, undefined, 42, 'R1', [], { messageId: 42 }, { message: 7 }]) {
        expect(() => issueText(bad as never), String(bad)).to.not.throw();
        expect(issueText(bad as never), String(bad)).to.equal('');
      }
    });
  });
});
