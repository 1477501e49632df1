import { expect } from '@open-wc/testing';
import { todayLocal } from '../../src/model/dates.js';
import { NO_ADJUSTMENTS, cleanConditions, createFitNote, repairFitNote, type CreateFitNoteOptions } from '../../src/model/fit-note.js';
import { validateFitNote } from '../../src/model/rules.js';
import { FitNoteSchema, type FitNote } from '../../src/model/schemas.js';

const TODAY = '2026-03-03';

function fullNote(): FitNote {
  return {
    patient: { name: 'Alex Smith', nhsNumber: '9434765919', dateOfBirth: '1980-05-17' },
    issuer: { name: 'Dr Sam Patel', profession: 'doctor', address: '1 High Street, Leeds' },
    assessmentDate: '2026-03-02',
    assessmentMethod: 'telephone',
    conditions: [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }, { display: 'Anxiety' }],
    fitness: 'may-be-fit',
    adjustments: { phasedReturn: true, alteredHours: false, amendedDuties: true, workplaceAdaptations: false },
    comments: 'No heavy lifting for 4 weeks.',
    period: { start: '2026-03-02', end: '2026-03-29' },
    sixMonthsOrMore: false,
    reassessmentNeeded: true,
    statementDate: TODAY,
  };
}

describe('fit-note', () => {
  describe('createFitNote', () => {
    it('defaults: may be fit, every date today, nothing ticked, no comment, not 6 months or more, and neither question answered for the clinician', () => {
      const note = createFitNote({ today: TODAY });
      expect(note).to.deep.equal({
        assessmentDate: TODAY,
        assessmentMethod: null,
        conditions: [],
        fitness: 'may-be-fit',
        adjustments: { phasedReturn: false, alteredHours: false, amendedDuties: false, workplaceAdaptations: false },
        comments: '',
        period: { start: TODAY, end: TODAY },
        sixMonthsOrMore: false,
        reassessmentNeeded: null,
        statementDate: TODAY,
      });
      expect(FitNoteSchema.safeParse({ ...note, conditions: [{ display: 'Flu' }] }).success, 'null answers are part of the schema').to.equal(true);
      expect(FitNoteSchema.safeParse({ ...note, conditions: [{ display: 'Flu' }], reassessmentNeeded: 'no' }).success).to.equal(false);
    });

    it('defaults today to the local date', () => {
      const before = todayLocal();
      const note = createFitNote();
      expect([before, todayLocal()]).to.include(note.assessmentDate);
      expect(note.statementDate).to.equal(note.assessmentDate);
      expect(note.period).to.deep.equal({ start: note.assessmentDate, end: note.assessmentDate });
    });

    it('an invalid today falls back to the local date', () => {
      const note = createFitNote({ today: '2026-02-30' });
      expect([todayLocal()]).to.include(note.assessmentDate);
    });

    it('copies usable patient, issuer and conditions', () => {
      const note = createFitNote({
        today: TODAY,
        patient: { name: 'Alex Smith', nhsNumber: '9434765919' },
        issuer: { name: 'Sam Patel', profession: 'nurse' },
        conditions: [{ display: 'Low back pain', code: '279039007' }],
      });
      expect(note.patient).to.deep.equal({ name: 'Alex Smith', nhsNumber: '9434765919' });
      expect(note.issuer).to.deep.equal({ name: 'Sam Patel', profession: 'nurse' });
      expect(note.conditions).to.deep.equal([{ display: 'Low back pain', code: '279039007' }]);
    });

    it('leaves out an unusable patient, issuer and conditions', () => {
      const note = createFitNote({
        today: TODAY,
        patient: { name: '  ' },
        issuer: { name: 'Sam Patel', profession: 'paramedic' },
        conditions: [{ display: '' }, { code: '1' }, null, { display: 'Anxiety' }],
      } as unknown as CreateFitNoteOptions);
      expect(note).to.not.have.property('patient');
      expect(note).to.not.have.property('issuer');
      expect(note.conditions).to.deep.equal([{ display: 'Anxiety' }]);
    });

    it('does not share the adjustments object between notes, nor with NO_ADJUSTMENTS', () => {
      const a = createFitNote({ today: TODAY });
      const b = createFitNote({ today: TODAY });
      a.adjustments.phasedReturn = true;
      expect(b.adjustments.phasedReturn).to.equal(false);
      expect(NO_ADJUSTMENTS.phasedReturn).to.equal(false);
      expect(Object.isFrozen(NO_ADJUSTMENTS)).to.equal(true);
    });

    it('with one condition, a comment and both questions answered the default note passes every rule except R7 (one day)', () => {
      const note = createFitNote({ today: TODAY, conditions: [{ display: 'Flu' }] });
      note.comments = 'Rest.';
      expect(validateFitNote(note, { today: TODAY }).errors.map((e) => e.field)).to.deep.equal(['assessmentMethod', 'reassessmentNeeded']);
      note.assessmentMethod = 'video';
      note.reassessmentNeeded = true;
      const v = validateFitNote(note, { today: TODAY });
      expect(v.errors).to.deep.equal([]);
      expect(v.warnings.map((w) => w.rule)).to.deep.equal(['R7']);
    });
  });

  describe('cleanConditions', () => {
    it('keeps usable codings and counts the others', () => {
      const result = cleanConditions([{ display: 'Flu' }, { display: ' ' }, 42, { display: 'Anxiety', code: '48694002', system: 'http://snomed.info/sct' }]);
      expect(result.kept).to.deep.equal([{ display: 'Flu' }, { display: 'Anxiety', code: '48694002', system: 'http://snomed.info/sct' }]);
      expect(result.dropped).to.equal(2);
    });

    it('a missing list is empty with nothing dropped; a non-list drops one', () => {
      expect(cleanConditions(undefined)).to.deep.equal({ kept: [], dropped: 0 });
      expect(cleanConditions(null)).to.deep.equal({ kept: [], dropped: 0 });
      expect(cleanConditions('Flu')).to.deep.equal({ kept: [], dropped: 1 });
    });
  });

  describe('repairFitNote', () => {
    it('a valid note comes back deep-equal with no problems', () => {
      for (const note of [fullNote(), { ...fullNote(), fitness: 'not-fit' as const, period: { start: '2026-03-02', end: null } }]) {
        expect(FitNoteSchema.safeParse(note).success).to.equal(true);
        const { note: repaired, problems } = repairFitNote(structuredClone(note), { today: TODAY });
        expect(problems).to.deep.equal([]);
        expect(repaired).to.deep.equal(note);
      }
    });

    it('a minimal valid note (no patient, no issuer) comes back deep-equal', () => {
      const note = createFitNote({ today: '2025-01-01', conditions: [{ display: 'Flu' }] });
      const { note: repaired, problems } = repairFitNote(structuredClone(note), { today: TODAY });
      expect(problems).to.deep.equal([]);
      expect(repaired).to.deep.equal(note);
    });

    it('does not return the same objects it was given', () => {
      const input = fullNote();
      const { note } = repairFitNote(input);
      note.adjustments.alteredHours = true;
      note.period.end = null;
      expect(input.adjustments.alteredHours).to.equal(false);
      expect(input.period.end).to.equal('2026-03-29');
    });

    it('replaces each garbage field by its default, names it in problems and keeps usable ones', () => {
      const input = {
        ...fullNote(),
        assessmentDate: '2026-02-30',
        assessmentMethod: 'carrier pigeon',
        fitness: 'fit',
        comments: 42,
        sixMonthsOrMore: 'yes',
        reassessmentNeeded: 'no',
      };
      const { note, problems } = repairFitNote(input, { today: TODAY });
      expect(note.assessmentDate).to.equal(TODAY);
      expect(note.assessmentMethod, 'an unusable answer is not answered, never another answer').to.equal(null);
      expect(note.fitness).to.equal('may-be-fit');
      expect(note.comments).to.equal('');
      expect(note.sixMonthsOrMore).to.equal(false);
      expect(note.reassessmentNeeded).to.equal(null);
      // Usable fields kept.
      expect(note.patient).to.deep.equal(fullNote().patient);
      expect(note.issuer).to.deep.equal(fullNote().issuer);
      expect(note.conditions).to.deep.equal(fullNote().conditions);
      expect(note.adjustments).to.deep.equal(fullNote().adjustments);
      expect(note.period).to.deep.equal(fullNote().period);
      expect(note.statementDate).to.equal(TODAY);
      const fields = problems.map((p) => p.split(':')[0]);
      expect(fields).to.have.members([
        'value.assessmentDate',
        'value.assessmentMethod',
        'value.fitness',
        'value.comments',
        'value.sixMonthsOrMore',
        'value.reassessmentNeeded',
      ]);
    });

    it('keeps null for a question not yet answered, and every answer as given', () => {
      const open = repairFitNote({ ...fullNote(), assessmentMethod: null, reassessmentNeeded: null }, { today: TODAY });
      expect(open.problems).to.deep.equal([]);
      expect(open.note.assessmentMethod).to.equal(null);
      expect(open.note.reassessmentNeeded).to.equal(null);
      expect(open.used).to.include.members(['assessmentMethod', 'reassessmentNeeded']);
      for (const reassessmentNeeded of [true, false]) {
        expect(repairFitNote({ ...fullNote(), reassessmentNeeded }).note.reassessmentNeeded).to.equal(reassessmentNeeded);
      }
      for (const assessmentMethod of ['face-to-face', 'telephone', 'video', 'written-report'] as const) {
        expect(repairFitNote({ ...fullNote(), assessmentMethod }).note.assessmentMethod).to.equal(assessmentMethod);
      }
      const { assessmentMethod: _m, reassessmentNeeded: _r, ...missing } = fullNote();
      const repaired = repairFitNote(missing, { today: TODAY });
      expect(repaired.problems).to.deep.equal([]);
      expect([repaired.note.assessmentMethod, repaired.note.reassessmentNeeded]).to.deep.equal([null, null]);
    });

    it('drops an unusable patient and issuer and says so', () => {
      const { note, problems } = repairFitNote({ ...fullNote(), patient: { name: '' }, issuer: { name: 'X', profession: 'paramedic' } }, { today: TODAY });
      expect(note).to.not.have.property('patient');
      expect(note).to.not.have.property('issuer');
      expect(problems.some((p) => p.startsWith('value.patient:'))).to.equal(true);
      expect(problems.some((p) => p.startsWith('value.issuer:'))).to.equal(true);
    });

    it('keeps the usable conditions and counts the dropped ones', () => {
      const { note, problems } = repairFitNote({ ...fullNote(), conditions: [{ display: 'Flu' }, { display: '' }, 'Anxiety'] });
      expect(note.conditions).to.deep.equal([{ display: 'Flu' }]);
      expect(problems).to.deep.equal(['value.conditions: 2 item(s) dropped; each needs a non-blank display']);
    });

    it('keeps the usable adjustments and names the others', () => {
      const { note, problems } = repairFitNote({ ...fullNote(), adjustments: { phasedReturn: 'yes', alteredHours: true } });
      expect(note.adjustments).to.deep.equal({ phasedReturn: false, alteredHours: true, amendedDuties: false, workplaceAdaptations: false });
      expect(problems).to.deep.equal(['value.adjustments.phasedReturn: expected true or false']);
      expect(repairFitNote({ ...fullNote(), adjustments: 'all' }).problems).to.deep.equal(['value.adjustments: expected an object of four booleans']);
    });

    it('repairs each end of the period on its own, and keeps null for indefinite', () => {
      const a = repairFitNote({ ...fullNote(), period: { start: '31/03/2026', end: '2026-04-30' } }, { today: TODAY });
      expect(a.note.period).to.deep.equal({ start: TODAY, end: '2026-04-30' });
      expect(a.problems).to.deep.equal(['value.period.start: expected a real date YYYY-MM-DD']);
      const b = repairFitNote({ ...fullNote(), period: { start: '2026-03-02', end: '2026-02-30' } }, { today: TODAY });
      expect(b.note.period).to.deep.equal({ start: '2026-03-02', end: TODAY });
      expect(b.problems).to.have.length(1);
      expect(b.problems[0]).to.match(/^value\.period\.end:/);
      const c = repairFitNote({ ...fullNote(), period: { start: '2026-03-02', end: null } }, { today: TODAY });
      expect(c.note.period).to.deep.equal({ start: '2026-03-02', end: null });
      expect(c.problems).to.deep.equal([]);
      expect(repairFitNote({ ...fullNote(), period: 'two weeks' }).problems).to.deep.equal(['value.period: expected { start, end }']);
    });

    it('keeps a well-shaped note that breaks a rule as the clinician wrote it (end before start)', () => {
      const input = { ...fullNote(), period: { start: '2026-03-10', end: '2026-03-02' } };
      const { note, problems } = repairFitNote(input);
      expect(problems).to.deep.equal([]);
      expect(note.period).to.deep.equal({ start: '2026-03-10', end: '2026-03-02' });
    });

    it('refuses comments over 10,000 characters rather than cutting them', () => {
      const { note, problems } = repairFitNote({ ...fullNote(), comments: 'x'.repeat(10_001) });
      expect(note.comments).to.equal('');
      expect(problems).to.have.length(1);
      expect(problems[0]).to.match(/^value\.comments:/);
      expect(repairFitNote({ ...fullNote(), comments: 'x'.repeat(10_000) }).problems).to.deep.equal([]);
    });

    it('something that is not an object becomes a new note with one problem', () => {
      for (const input of [undefined, null, 42, 'note', [], true]) {
        const { note, problems } = repairFitNote(input, { today: TODAY });
        expect(note, String(input)).to.deep.equal(createFitNote({ today: TODAY }));
        expect(problems, String(input)).to.deep.equal(['value: expected a FitNote object; using a new note']);
      }
    });

    it('fields left out take their defaults silently', () => {
      const { note, problems } = repairFitNote({ fitness: 'not-fit' }, { today: TODAY });
      expect(problems).to.deep.equal([]);
      expect(note).to.deep.equal({ ...createFitNote({ today: TODAY }), fitness: 'not-fit' });
    });
  });
});
