import { expect } from '@open-wc/testing';
import { createFitNote } from '../../src/model/fit-note.js';
import {
  SUMMARY_MAX,
  fitNoteNarrative,
  fitNoteNarrativeLines,
  fitNoteSummary,
  formatNhsNumber,
  isValidNhsNumber,
  joinList,
  tickedAdjustments,
  truncate,
} from '../../src/model/narrative.js';
import type { FitNote } from '../../src/model/schemas.js';

const TODAY = '2026-03-03';
const ALL = { phasedReturn: true, alteredHours: true, amendedDuties: true, workplaceAdaptations: true };

function fullNote(overrides: Partial<FitNote> = {}): FitNote {
  return {
    patient: { name: 'Alex Smith', nhsNumber: '9434765919', dateOfBirth: '1980-05-17' },
    issuer: { name: 'Dr Sam Patel', profession: 'occupational-therapist', address: '1 High Street, Leeds' },
    assessmentDate: '2026-03-02',
    assessmentMethod: 'video',
    conditions: [{ code: '279039007', display: 'Low back pain' }, { display: 'Anxiety' }],
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

const lines = (note: FitNote): string[] => fitNoteNarrative(note).split('\n');
const indexOf = (all: string[], prefix: string): number => {
  const i = all.findIndex((l) => l.startsWith(prefix));
  expect(i, `line starting "${prefix}" in\n${all.join('\n')}`).to.be.at.least(0);
  return i;
};

describe('narrative', () => {
  describe('fitNoteNarrative', () => {
    it('prints every Med3 field, one a line, in the order of the form', () => {
      expect(lines(fullNote())).to.deep.equal([
        'Statement of fitness for work (prepared for the record; issue it through the clinical system)',
        'Patient: Alex Smith',
        'NHS number: 943 476 5919',
        'Date of birth: 17 May 1980',
        'I assessed your case on: 2 March 2026 (by video call)',
        'and, because of the following condition(s): Low back pain; Anxiety',
        'I advise you that: you may be fit for work taking account of the following advice:',
        'If available, and with your employer’s agreement, you may benefit from: a phased return to work and amended duties',
        'Comments, including functional effects of your condition(s): No heavy lifting for 4 weeks.',
        'This will be the case for 2 weeks (3 March 2026 to 16 March 2026).',
        'I will need to assess your fitness for work again at the end of this period.',
        'Issued by: Dr Sam Patel, occupational therapist',
        'Address: 1 High Street, Leeds',
        'Date of statement: 3 March 2026',
      ]);
    });

    it('key lines come in Med3 order: patient, assessed, conditions, advice, adjustments, comments, period, review, issuer, statement date', () => {
      const all = lines(fullNote({ sixMonthsOrMore: true }));
      const order = [
        'Patient:',
        'NHS number:',
        'I assessed your case on:',
        'and, because of the following condition(s):',
        'I advise you that:',
        'If available, and with your employer',
        'Comments, including',
        'This will be the case for',
        'The patient has been unfit for work for 6 months or more',
        'I will need to assess',
        'Issued by:',
        'Date of statement:',
      ].map((prefix) => indexOf(all, prefix));
      expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    });

    it('formats the NHS number 3-3-4', () => {
      expect(lines(fullNote())).to.include('NHS number: 943 476 5919');
      expect(lines(fullNote({ patient: { name: 'Alex', nhsNumber: '943 476 5919' } }))).to.include('NHS number: 943 476 5919');
    });

    it('lists adjustments only for "may be fit"', () => {
      const notFit = lines(fullNote({ fitness: 'not-fit' }));
      expect(notFit.some((l) => l.startsWith('If available'))).to.equal(false);
      expect(notFit).to.include('I advise you that: you are not fit for work.');
      const mayBe = lines(fullNote({ adjustments: ALL }));
      expect(mayBe).to.include(
        'If available, and with your employer’s agreement, you may benefit from: a phased return to work, altered hours, amended duties and workplace adaptations',
      );
      const none = lines(fullNote({ adjustments: { phasedReturn: false, alteredHours: false, amendedDuties: false, workplaceAdaptations: false } }));
      expect(none.some((l) => l.startsWith('If available'))).to.equal(false);
    });

    it('R8: a short period shows both its start and end dates', () => {
      for (const end of ['2026-03-03', '2026-03-09', '2026-03-16']) {
        const text = fitNoteNarrative(fullNote({ period: { start: '2026-03-03', end } }));
        const period = text.split('\n').find((l) => l.startsWith('This will be the case for')) ?? '';
        expect(period).to.contain('3 March 2026 to ');
        expect(period).to.match(/to \d{1,2} March 2026\)\.$/);
      }
      expect(lines(fullNote({ period: { start: '2026-03-03', end: '2026-03-03' } }))).to.include(
        'This will be the case for 1 day (3 March 2026 to 3 March 2026).',
      );
    });

    it('an indefinite period reads "an indefinite period from …" and the six-months line is shown', () => {
      const all = lines(fullNote({ period: { start: '2026-03-03', end: null }, sixMonthsOrMore: true }));
      expect(all).to.include('This will be the case for an indefinite period from 3 March 2026.');
      expect(all).to.include('The patient has been unfit for work for 6 months or more because of this condition.');
      expect(lines(fullNote()).some((l) => l.includes('6 months or more'))).to.equal(false);
    });

    it('says when no patient, issuer, conditions or comment are given', () => {
      const all = lines({ ...createFitNote({ today: TODAY }), assessmentMethod: 'face-to-face', reassessmentNeeded: false });
      expect(all).to.include('Patient: not given');
      expect(all).to.include('and, because of the following condition(s): none given');
      expect(all).to.include('Issued by: the clinician signed in to the clinical system');
      expect(all).to.include('I will not need to assess your fitness for work again at the end of this period.');
      expect(all).to.include('I assessed your case on: 3 March 2026 (face to face)');
      expect(all.some((l) => l.startsWith('Comments'))).to.equal(false);
      expect(all.some((l) => l.startsWith('NHS number'))).to.equal(false);
      expect(all.some((l) => l.startsWith('Address'))).to.equal(false);
    });

    it('trims names, conditions and comments, and leaves out a blank comment', () => {
      const all = lines(
        fullNote({ patient: { name: '  Alex  ' }, conditions: [{ display: ' Flu ' }], comments: '   ', issuer: { name: ' Sam ', profession: 'nurse', address: '  ' } }),
      );
      expect(all).to.include('Patient: Alex');
      expect(all).to.include('and, because of the following condition(s): Flu');
      expect(all).to.include('Issued by: Sam, nurse');
      expect(all.some((l) => l.startsWith('Comments'))).to.equal(false);
      expect(all.some((l) => l.startsWith('Address'))).to.equal(false);
    });

    it('words no answer for a question not yet answered: the method and the review line are left out', () => {
      const all = lines(fullNote({ assessmentMethod: null, reassessmentNeeded: null }));
      expect(all[4]).to.equal('I assessed your case on: 2 March 2026');
      expect(all.some((l) => /assess your fitness for work again/.test(l))).to.equal(false);
      expect(all.join('\n')).to.not.match(/null|undefined|face to face|not yet answered/);
      expect(lines(fullNote({ reassessmentNeeded: false }))).to.include('I will not need to assess your fitness for work again at the end of this period.');
      expect(lines(createFitNote({ today: TODAY })).join('\n')).to.not.match(/face to face|will not need|will need/);
    });

    it('names each assessment method', () => {
      const words = (['face-to-face', 'telephone', 'video', 'written-report'] as const).map(
        (assessmentMethod) => lines(fullNote({ assessmentMethod }))[4],
      );
      expect(words).to.deep.equal([
        'I assessed your case on: 2 March 2026 (face to face)',
        'I assessed your case on: 2 March 2026 (by telephone)',
        'I assessed your case on: 2 March 2026 (by video call)',
        'I assessed your case on: 2 March 2026 (from a written report by another healthcare professional)',
      ]);
    });
  });

  describe('fitNoteSummary', () => {
    it('one line: fitness, period and adjustments', () => {
      expect(fitNoteSummary(fullNote())).to.equal(
        'May be fit for work, 2 weeks (3 March 2026 to 16 March 2026): a phased return to work and amended duties',
      );
      expect(fitNoteSummary(fullNote({ fitness: 'not-fit' }))).to.equal('Not fit for work, 2 weeks (3 March 2026 to 16 March 2026)');
    });

    it('is at most 140 characters and ends in an ellipsis when cut', () => {
      const long = fitNoteSummary(fullNote({ adjustments: ALL, period: { start: '2026-10-31', end: '2027-01-30' } }));
      expect(long.length).to.be.at.most(SUMMARY_MAX);
      expect(SUMMARY_MAX).to.equal(140);
      expect(long.endsWith('…')).to.equal(true);
      expect(long.startsWith('May be fit for work, 3 months (31 October 2026 to 30 January 2027): a phased return')).to.equal(true);
    });

    it('stays within 140 characters even with huge input', () => {
      const huge = 'x'.repeat(100_000);
      const summary = fitNoteSummary({
        ...fullNote({ adjustments: ALL }),
        comments: huge,
        conditions: [{ display: huge }],
        patient: { name: huge },
      } as unknown as FitNote);
      expect(summary.length).to.be.at.most(140);
      expect(summary).to.not.contain('xxxx');
    });

    it('holds on one line', () => {
      expect(fitNoteSummary(fullNote({ adjustments: ALL }))).to.not.contain('\n');
    });
  });

  describe('formatNhsNumber', () => {
    it('formats 10 digits as 3-3-4', () => {
      expect(formatNhsNumber('9434765919')).to.equal('943 476 5919');
      expect(formatNhsNumber(' 943 476 5919 ')).to.equal('943 476 5919');
      expect(formatNhsNumber('943  4765919')).to.equal('943 476 5919');
    });

    it('returns anything else trimmed', () => {
      expect(formatNhsNumber(' 943476591 ')).to.equal('943476591');
      expect(formatNhsNumber('94347659191')).to.equal('94347659191');
      expect(formatNhsNumber('943-476-5919')).to.equal('943-476-5919');
      expect(formatNhsNumber('')).to.equal('');
    });
  });

  describe('isValidNhsNumber (Modulus 11)', () => {
    it('9434765919 is valid, with or without spaces', () => {
      expect(isValidNhsNumber('9434765919')).to.equal(true);
      expect(isValidNhsNumber('943 476 5919')).to.equal(true);
    });

    it('changing any one digit makes it invalid', () => {
      const good = '9434765919';
      for (let i = 0; i < 10; i += 1) {
        for (let d = 0; d <= 9; d += 1) {
          if (String(d) === good[i]) continue;
          const bad = `${good.slice(0, i)}${d}${good.slice(i + 1)}`;
          expect(isValidNhsNumber(bad), bad).to.equal(false);
        }
      }
    });

    it('a check digit of 10 is never valid', () => {
      // 943476582: weighted sum 298 = 27 × 11 + 1, so the check digit would be 10.
      for (let d = 0; d <= 9; d += 1) expect(isValidNhsNumber(`943476582${d}`)).to.equal(false);
    });

    it('a check digit of 11 is written 0', () => {
      // 943476587: weighted sum 308 = 28 × 11, so the check digit is 0.
      expect(isValidNhsNumber('9434765870')).to.equal(true);
      expect(isValidNhsNumber('9434765871')).to.equal(false);
    });

    it('rejects wrong lengths, non-digits and non-strings', () => {
      for (const bad of ['943476591', '94347659190', '943-476-5919', 'abcdefghij', '', 9434765919, null, undefined, {}]) {
        expect(isValidNhsNumber(bad), String(bad)).to.equal(false);
      }
    });
  });

  describe('joinList, truncate and tickedAdjustments', () => {
    it('joinList: "a", "a and b", "a, b and c"', () => {
      expect(joinList([])).to.equal('');
      expect(joinList(['a'])).to.equal('a');
      expect(joinList(['a', 'b'])).to.equal('a and b');
      expect(joinList(['a', 'b', 'c'])).to.equal('a, b and c');
      expect(joinList(['a', 'b', 'c', 'd'])).to.equal('a, b, c and d');
    });

    it('truncate keeps short text and cuts long text to the limit with an ellipsis', () => {
      expect(truncate('hello', 5)).to.equal('hello');
      expect(truncate('hello', 10)).to.equal('hello');
      expect(truncate('hello world', 5)).to.equal('hell…');
      expect(truncate('hello world', 7)).to.equal('hello…');
      expect(truncate('x'.repeat(1000), 140)).to.have.length(140);
    });

    it('tickedAdjustments lists the ticked keys in form order', () => {
      expect(tickedAdjustments(fullNote())).to.deep.equal(['phasedReturn', 'amendedDuties']);
      expect(tickedAdjustments(fullNote({ adjustments: ALL }))).to.deep.equal(['phasedReturn', 'alteredHours', 'amendedDuties', 'workplaceAdaptations']);
    });
  });
});

describe('dates that are not real in the narrative and summary', () => {
  it('read "date not known" and are never replaced by another date (such as today)', () => {
    const note = { ...fullNote(), assessmentDate: '', statementDate: '2026-02-30', period: { start: '2026-03-03', end: '' } };
    const text = fitNoteNarrative(note);
    expect(text).to.contain('I assessed your case on: date not known');
    expect(text).to.contain('Date of statement: date not known');
    expect(text).to.contain('This will be the case for a period not yet given.');
    expect(text).not.to.match(/22 November|2026-02-30/);
    expect(fitNoteSummary(note)).to.contain('a period not yet given');
  });
});

describe('fitNoteNarrativeLines', () => {
  it('without a draft, its lines are fitNoteNarrative’s, in order', () => {
    for (const note of [fullNote(), fullNote({ fitness: 'not-fit', period: { start: TODAY, end: null } }), createFitNote({ today: TODAY })]) {
      expect(fitNoteNarrativeLines(note)).to.deep.equal(fitNoteNarrative(note).split('\n'));
      expect(fitNoteNarrativeLines(note, { lang: 'en' }).join('\n')).to.equal(fitNoteNarrative(note, { lang: 'en' }));
    }
  });

  describe('a note still being written (draft)', () => {
    const draft = { periodText: '2 weeks, from the date you enter' };

    it('reads the note as the employer will, without the heading, patient and issuer lines the clinical system fills in', () => {
      expect(fitNoteNarrativeLines(fullNote({ sixMonthsOrMore: true }), { draft })).to.deep.equal([
        'I assessed your case on: 2 March 2026 (by video call)',
        'and, because of the following condition(s): Low back pain; Anxiety',
        'I advise you that: you may be fit for work taking account of the following advice:',
        'If available, and with your employer’s agreement, you may benefit from: a phased return to work and amended duties',
        'Comments, including functional effects of your condition(s): No heavy lifting for 4 weeks.',
        'This will be the case for 2 weeks, from the date you enter.',
        'The patient has been unfit for work for 6 months or more because of this condition.',
        'I will need to assess your fitness for work again at the end of this period.',
        'Date of statement: 3 March 2026',
      ]);
    });

    it('a date not yet real reads "a date not yet complete", never another date, and the period reads as given', () => {
      const note = { ...fullNote(), assessmentDate: '2026-03-', statementDate: '', period: { start: '', end: '' } };
      const all = fitNoteNarrativeLines(note, { draft });
      expect(all[0]).to.equal('I assessed your case on: a date not yet complete (by video call)');
      expect(all.at(-1)).to.equal('Date of statement: a date not yet complete');
      expect(all).to.include('This will be the case for 2 weeks, from the date you enter.');
      expect(all.join('\n')).to.not.match(/date not known|March 2026|period not yet given/);
    });

    it('a new note with nothing chosen reads its defaults, with none given for conditions and the two questions not yet answered', () => {
      expect(fitNoteNarrativeLines(createFitNote({ today: TODAY }), { draft: { periodText: 'a period not yet chosen' } })).to.deep.equal([
        'I assessed your case on: 3 March 2026 (how assessed: not yet answered)',
        'and, because of the following condition(s): none given',
        'I advise you that: you may be fit for work taking account of the following advice:',
        'This will be the case for a period not yet chosen.',
        'Whether I will need to assess your fitness for work again at the end of this period: not yet answered',
        'Date of statement: 3 March 2026',
      ]);
    });

    it('once answered, a draft reads the answers, as the finished note does', () => {
      const answered = { ...createFitNote({ today: TODAY }), assessmentMethod: 'telephone' as const, reassessmentNeeded: false };
      const all = fitNoteNarrativeLines(answered, { draft });
      expect(all[0]).to.equal('I assessed your case on: 3 March 2026 (by telephone)');
      expect(all).to.include('I will not need to assess your fitness for work again at the end of this period.');
      expect(all.join('\n')).to.not.contain('not yet answered');
    });

    it('never throws on odd input, and an unusable periodText reads the note’s own period', () => {
      const odd: unknown[] = [null, undefined, 42, 'note', [], {}, { conditions: 'x', comments: 5, adjustments: null, period: 'soon' }, { fitness: 'fit', assessmentMethod: 7 }];
      for (const note of odd) {
        for (const options of [{ draft }, { draft: { periodText: 5 } }, { draft: null }, { draft: 'x' }, null, { lang: 9 }]) {
          let all: string[] = [];
          expect(() => (all = fitNoteNarrativeLines(note as FitNote, options as never)), JSON.stringify([note, options])).to.not.throw();
          expect(all.length).to.be.at.least(6);
          expect(all.every((l) => typeof l === 'string' && !/undefined|\{\w/.test(l))).to.equal(true);
        }
      }
      const fallback = fitNoteNarrativeLines(fullNote(), { draft: { periodText: 5 } as never });
      expect(fallback).to.include('This will be the case for 2 weeks (3 March 2026 to 16 March 2026).');
      expect(fallback[0]).to.match(/^I assessed your case on/);
    });
  });
});

describe('lang option', () => {
  it('fitNoteNarrative and fitNoteSummary take { lang }, default English, and old calls still work', () => {
    expect(fitNoteNarrative(fullNote(), { lang: 'en' })).to.equal(fitNoteNarrative(fullNote()));
    expect(fitNoteSummary(fullNote(), { lang: 'en-GB' })).to.equal(fitNoteSummary(fullNote()));
    expect(fitNoteNarrative(fullNote(), null as never)).to.equal(fitNoteNarrative(fullNote()));
    expect(fitNoteSummary(fullNote(), null as never)).to.equal(fitNoteSummary(fullNote()));
    expect(joinList(['a', 'b'], 'en')).to.equal('a and b');
    expect(joinList('ab' as never)).to.equal('');
  });
});

