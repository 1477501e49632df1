import { expect } from '@open-wc/testing';
import { message } from '../../src/messages/index.js';
import { FIELD_ORDER, fieldGroup, sortByField, validateDraft } from '../../src/model/draft.js';
import { createFitNote } from '../../src/model/fit-note.js';
import * as model from '../../src/model/index.js';
import { periodDraftFromNote, setLength, setShorthand, setStart, type PeriodDraft } from '../../src/model/period-editor.js';
import { validateFitNote } from '../../src/model/rules.js';
import type { FitNote, Issue } from '../../src/model/schemas.js';

const TODAY = '2026-03-03';
const NOT_CHOSEN: PeriodDraft = Object.freeze({ basis: 'length', count: '', unit: 'weeks', indefinite: false, chosen: false, endText: '' });

/** A note the rules accept: two weeks from today, with a condition and advice, both questions answered. */
function goodNote(overrides: Partial<FitNote> = {}): FitNote {
  return {
    ...createFitNote({ today: TODAY, conditions: [{ display: 'Low back pain' }] }),
    assessmentMethod: 'telephone',
    reassessmentNeeded: false,
    comments: 'Avoid heavy lifting.',
    period: { start: TODAY, end: '2026-03-16' },
    ...overrides,
  };
}
const hostDraft = (note: FitNote) => periodDraftFromNote(note.period, 'host');
const summary = (issues: readonly Issue[]) => issues.map((i) => `${i.rule} ${i.field}`);

describe('validateDraft (draft.ts)', () => {
  it('is exported from the model with FIELD_ORDER and fieldGroup', () => {
    expect(model.validateDraft).to.equal(validateDraft);
    expect(model.FIELD_ORDER).to.equal(FIELD_ORDER);
    expect(model.fieldGroup).to.equal(fieldGroup);
  });

  it('is validateFitNote for a note whose period is chosen', () => {
    const note = goodNote();
    expect(validateDraft(note, hostDraft(note), { today: TODAY })).to.deep.equal({ valid: true, errors: [], warnings: [] });
    const short = goodNote({ period: { start: TODAY, end: '2026-03-05' }, comments: '' });
    expect(validateDraft(short, hostDraft(short), { today: TODAY })).to.deep.equal(validateFitNote(short, { today: TODAY }));
  });

  describe('R3: a period not yet chosen', () => {
    it('the default note: "Enter how long the advice applies for" on period.end, not the placeholder’s R7 warning, between the two questions not yet answered', () => {
      const note = createFitNote({ today: TODAY, conditions: [{ display: 'Low back pain' }] });
      expect(summary(validateFitNote(note, { today: TODAY }).warnings)).to.include('R7 period.end');
      const validity = validateDraft(note, NOT_CHOSEN, { today: TODAY });
      expect(validity.valid).to.equal(false);
      expect(validity.errors).to.deep.equal([
        { rule: 'FORMAT', field: 'assessmentMethod', messageId: 'rule.FORMAT.assessmentMethod', message: 'Select how you assessed the patient' },
        { rule: 'R3', field: 'period.end', messageId: 'form.period.notChosen', message: 'Enter how long the advice applies for' },
        { rule: 'FORMAT', field: 'reassessmentNeeded', messageId: 'rule.FORMAT.reassessmentNeeded', message: 'Select whether you will need to assess the patient again' },
      ]);
      expect(summary(validity.warnings)).to.deep.equal(['R11 comments']);
    });

    it('a chosen length left blank is not chosen either; one that is not a whole number in range is invalid', () => {
      const note = goodNote({ period: { start: TODAY, end: '' } });
      const blank = validateDraft(note, { ...NOT_CHOSEN, chosen: true, count: '  ' }, { today: TODAY });
      expect(blank.errors.map((e) => e.messageId)).to.deep.equal(['form.period.notChosen']);
      const invalid = validateDraft(note, { ...NOT_CHOSEN, chosen: true, count: '2.5' }, { today: TODAY });
      expect(invalid.errors).to.deep.equal([
        { rule: 'R3', field: 'period.end', messageId: 'form.period.lengthInvalid', message: message('form.period.lengthInvalid') },
      ]);
    });

    it('a "For" box text that gives no length (a bare number) is the same R3 error, never a length of the unit shown', () => {
      const note = goodNote();
      const edit = setShorthand(hostDraft(note), note.period, '2');
      const validity = validateDraft({ ...note, period: edit.period }, edit.draft, { today: TODAY });
      expect(validity.errors.map((e) => `${e.rule} ${e.field} ${e.messageId}`)).to.deep.equal(['R3 period.end form.period.lengthInvalid']);
      const fixed = setShorthand(edit.draft, edit.period, '2w');
      expect(validateDraft({ ...note, period: fixed.period }, fixed.draft, { today: TODAY }).valid).to.equal(true);
    });

    it('replaces every other error on the period’s end (R3, R5), and drops the R7 and R12 warnings', () => {
      const tooLong = goodNote({ fitness: 'not-fit', adjustments: { ...goodNote().adjustments }, period: { start: TODAY, end: '2026-12-31' } });
      const base = validateFitNote(tooLong, { today: TODAY });
      expect(summary(base.errors)).to.include('R5 period.end');
      expect(summary(base.warnings)).to.include('R12 fitness');
      const validity = validateDraft(tooLong, { ...NOT_CHOSEN, chosen: true, count: 'x' }, { today: TODAY });
      expect(summary(validity.errors)).to.deep.equal(['R3 period.end']);
      expect(summary(validity.warnings)).to.not.include('R12 fitness');
      const reversed = goodNote({ period: { start: TODAY, end: '2026-03-01' } });
      expect(summary(validateDraft(reversed, NOT_CHOSEN, { today: TODAY }).errors)).to.deep.equal(['R3 period.end']);
    });

    it('keeps the warnings of other rules (R4 backdating)', () => {
      const backdated = goodNote({ comments: '', adjustments: { ...goodNote().adjustments, phasedReturn: true }, period: { start: '2026-03-01', end: '2026-03-01' } });
      expect(summary(validateDraft(backdated, NOT_CHOSEN, { today: TODAY }).warnings)).to.deep.equal(['R4 period.start']);
    });

    it('an indefinite period is never "not chosen": its own rules apply (R6 without 6 months or more)', () => {
      const note = goodNote({ period: { start: TODAY, end: null } });
      expect(summary(validateDraft(note, { ...NOT_CHOSEN, indefinite: true }, { today: TODAY }).errors)).to.deep.equal(['R6 period.end']);
    });
  });

  describe('a length with a start that is not a real date', () => {
    it('gives the start’s error alone: the end cannot be worked out, so no R3 error on it as well', () => {
      const start = setStart(hostDraft(goodNote()), goodNote().period, null);
      const note = goodNote({ period: start.period });
      expect(summary(validateFitNote(note, { today: TODAY }).errors)).to.deep.equal(['R3 period.start', 'R3 period.end']);
      expect(summary(validateDraft(note, start.draft, { today: TODAY }).errors)).to.deep.equal(['R3 period.start']);
    });

    it('keeps the end’s R3 error when the end date leads, or when the period is indefinite', () => {
      const note = goodNote({ period: { start: '', end: '' } });
      expect(summary(validateDraft(note, { ...NOT_CHOSEN, basis: 'dates', chosen: true }, { today: TODAY }).errors)).to.deep.equal(['R3 period.start', 'R3 period.end']);
      const indefinite = goodNote({ period: { start: '', end: null }, sixMonthsOrMore: true });
      expect(summary(validateDraft(indefinite, { ...NOT_CHOSEN, indefinite: true, chosen: true }, { today: TODAY }).errors)).to.deep.equal(['R3 period.start']);
    });

    it('the same after a length is typed over a start that is not a date', () => {
      const note = { ...goodNote(), period: { start: 'x', end: '2026-03-16' } } as FitNote;
      const edit = setLength(hostDraft(goodNote()), note.period, '2', 'weeks');
      expect(summary(validateDraft({ ...note, period: edit.period }, edit.draft, { today: TODAY }).errors)).to.deep.equal(['R3 period.start']);
    });
  });

  describe('order', () => {
    it('FIELD_ORDER is the form’s order of fields', () => {
      expect([...FIELD_ORDER]).to.deep.equal([
        'patient', 'assessmentDate', 'assessmentMethod', 'conditions', 'fitness', 'adjustments', 'comments',
        'period.start', 'sixMonthsOrMore', 'period.end', 'reassessmentNeeded', 'referrals', 'issuer', 'statementDate',
      ]);
    });

    it('fieldGroup puts every issuer field under issuer and every period field but the start under period.end', () => {
      expect(fieldGroup('issuer.name')).to.equal('issuer');
      expect(fieldGroup('issuer.profession')).to.equal('issuer');
      expect(fieldGroup('period.end')).to.equal('period.end');
      expect(fieldGroup('period.length')).to.equal('period.end');
      expect(fieldGroup('period.start')).to.equal('period.start');
      for (const field of FIELD_ORDER) expect(fieldGroup(field)).to.equal(field);
      for (const field of ['', 'period', 'nope', 'patient.name', 42 as never]) expect(fieldGroup(field), String(field)).to.equal(null);
    });

    it('errors come in field order, the form’s R3 among them, each field’s errors in the order found', () => {
      const note = {
        ...goodNote(),
        patient: { name: ' ' },
        issuer: { name: '', profession: 'astronaut' },
        assessmentDate: '2026-04-01',
        statementDate: '2026-04-02',
        conditions: [],
        fitness: 'not-fit',
        adjustments: { ...goodNote().adjustments, alteredHours: true },
        reassessmentNeeded: 'yes',
      } as unknown as FitNote;
      const validity = validateDraft(note, NOT_CHOSEN, { today: TODAY });
      expect(summary(validity.errors)).to.deep.equal([
        'FORMAT patient',
        'R2 assessmentDate',
        'R1 conditions',
        'R10 adjustments',
        'R3 period.end',
        'FORMAT reassessmentNeeded',
        'R9 issuer.name',
        'R9 issuer.profession',
        'R2 statementDate',
      ]);
    });

    it('sortByField is stable and puts issues on no field of the form first', () => {
      const issue = (field: string, rule: string): Issue => ({ rule, field, messageId: 'rule.R1.missing', message: '' });
      expect(summary(sortByField([issue('statementDate', 'a'), issue('', 'b'), issue('conditions', 'c'), issue('odd', 'd'), issue('patient', 'e')]))).to.deep.equal([
        'b ', 'd odd', 'e patient', 'c conditions', 'a statementDate',
      ]);
    });
  });

  it('every issue has the catalogue shape: rule, field, messageId, and message in English', () => {
    const note = { ...createFitNote({ today: TODAY }), comments: 5 } as unknown as FitNote;
    const validity = validateDraft(note, { ...NOT_CHOSEN, chosen: true, count: 'x' }, { today: TODAY });
    for (const issue of [...validity.errors, ...validity.warnings]) {
      expect(issue.messageId, issue.rule).to.be.a('string');
      expect(issue.message, issue.rule).to.equal(message(issue.messageId, issue.params));
    }
  });

  it('uses options.today like validateFitNote (R2: no assessment in the future)', () => {
    const note = goodNote({ assessmentDate: '2026-03-04', statementDate: '2026-03-04' });
    expect(validateDraft(note, hostDraft(note), { today: TODAY }).valid).to.equal(false);
    expect(validateDraft(note, hostDraft(note), { today: '2026-03-04' }).valid).to.equal(true);
  });

  it('never throws on garbage', () => {
    for (const bad of [undefined, null, 42, 'x', {}, []]) {
      const validity = validateDraft(bad, bad as never, bad as never);
      expect(validity.valid, String(bad)).to.equal(false);
      expect(validity.errors.map((e) => e.messageId)).to.include('form.period.notChosen');
    }
  });
});
