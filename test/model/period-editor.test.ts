import { expect } from '@open-wc/testing';
import { registerCatalogue } from '../../src/messages/index.js';
import { createFitNote } from '../../src/model/fit-note.js';
import * as model from '../../src/model/index.js';
import { periodEnd, type Period } from '../../src/model/period.js';
import {
  draftLength,
  periodDraftFromNote,
  periodProblem,
  periodText,
  setEndDate,
  setIndefinite,
  setLength,
  setShorthand,
  setStart,
  type PeriodDraft,
  type PeriodEdit,
} from '../../src/model/period-editor.js';

const TODAY = '2026-03-03';
const DEFAULT_DRAFT: PeriodDraft = { basis: 'length', count: '', unit: 'weeks', indefinite: false, chosen: false, endText: '' };
const draft = (overrides: Partial<PeriodDraft> = {}): PeriodDraft => Object.freeze({ ...DEFAULT_DRAFT, ...overrides });
const period = (start: string, end: string | null): Period => Object.freeze({ start, end });
/** The default note's period: a one-day placeholder starting and ending today. */
const placeholder = () => period(TODAY, TODAY);
const chosenWeeks = (count: string) => draft({ count, chosen: true });

describe('the period editor (period-editor.ts)', () => {
  it('is exported from the model', () => {
    for (const name of ['periodDraftFromNote', 'setLength', 'setEndDate', 'setIndefinite', 'setStart', 'setShorthand', 'periodProblem', 'draftLength', 'periodText'] as const) {
      expect(model[name], name).to.be.a('function');
    }
  });

  describe('periodDraftFromNote', () => {
    it('the default note: nothing chosen, the length fields lead, the end-date fields start blank', () => {
      expect(periodDraftFromNote(createFitNote({ today: TODAY }).period, 'default')).to.deep.equal(DEFAULT_DRAFT);
    });

    it('a host note is chosen and described by its length: whole weeks first, then months, else days', () => {
      expect(periodDraftFromNote(period(TODAY, '2026-03-16'), 'host')).to.deep.equal({ ...DEFAULT_DRAFT, count: '2', chosen: true, endText: '2026-03-16' });
      expect(periodDraftFromNote(period(TODAY, '2026-06-02'), 'host')).to.deep.equal({ ...DEFAULT_DRAFT, count: '3', unit: 'months', chosen: true, endText: '2026-06-02' });
      expect(periodDraftFromNote(period(TODAY, '2026-03-12'), 'host')).to.deep.equal({ ...DEFAULT_DRAFT, count: '10', unit: 'days', chosen: true, endText: '2026-03-12' });
      expect(periodDraftFromNote(period(TODAY, TODAY), 'host')).to.deep.equal({ ...DEFAULT_DRAFT, count: '1', unit: 'days', chosen: true, endText: TODAY });
    });

    it('a host note that is indefinite: indefinite and chosen, no length', () => {
      expect(periodDraftFromNote(period(TODAY, null), 'host')).to.deep.equal({ ...DEFAULT_DRAFT, indefinite: true, chosen: true });
    });

    it('a host note without a length (end not known, reversed, or no start) is described by its end date', () => {
      expect(periodDraftFromNote(period(TODAY, ''), 'host')).to.deep.equal({ ...DEFAULT_DRAFT, basis: 'dates', chosen: true });
      expect(periodDraftFromNote(period(TODAY, '2026-03-01'), 'host')).to.deep.equal({ ...DEFAULT_DRAFT, basis: 'dates', chosen: true, endText: '2026-03-01' });
      expect(periodDraftFromNote(period('', '2026-03-16'), 'host')).to.deep.equal({ ...DEFAULT_DRAFT, basis: 'dates', chosen: true, endText: '2026-03-16' });
      expect(periodDraftFromNote(period(TODAY, '2026-02-30'), 'host')).to.deep.equal({ ...DEFAULT_DRAFT, basis: 'dates', chosen: true });
    });

    it('reads anything: an unusable period is one with nothing known, an unknown source is the default', () => {
      for (const bad of [undefined, null, 42, 'x', {}, { start: 5, end: {} }]) {
        expect(periodDraftFromNote(bad as never, 'host'), String(bad)).to.deep.equal({ ...DEFAULT_DRAFT, basis: 'dates', chosen: true });
        expect(periodDraftFromNote(bad as never, 'default'), String(bad)).to.deep.equal(DEFAULT_DRAFT);
      }
      expect(periodDraftFromNote(period(TODAY, '2026-03-16'), 'other' as never)).to.deep.equal(DEFAULT_DRAFT);
    });
  });

  describe('draftLength', () => {
    it('a whole number of 1 to 5 digits within the 10-year limit of its unit', () => {
      expect(draftLength(draft({ count: '2' }))).to.deep.equal({ count: 2, unit: 'weeks' });
      expect(draftLength(draft({ count: ' 3 ', unit: 'months' }))).to.deep.equal({ count: 3, unit: 'months' });
      expect(draftLength(draft({ count: '522' }))).to.deep.equal({ count: 522, unit: 'weeks' });
      expect(draftLength(draft({ count: '3660', unit: 'days' }))).to.deep.equal({ count: 3660, unit: 'days' });
      expect(draftLength(draft({ count: '120', unit: 'months' }))).to.deep.equal({ count: 120, unit: 'months' });
    });

    it('nothing for blank, zero, fractions, words, signs, six digits or beyond the limit', () => {
      for (const count of ['', '  ', '0', '2.5', 'two', '-1', '+2', '1e2', '123456', '2 weeks']) expect(draftLength(draft({ count })), count).to.equal(null);
      expect(draftLength(draft({ count: '523' }))).to.equal(null);
      expect(draftLength(draft({ count: '3661', unit: 'days' }))).to.equal(null);
      expect(draftLength(draft({ count: '121', unit: 'months' }))).to.equal(null);
      expect(draftLength(null as never)).to.equal(null);
    });
  });

  describe('periodProblem (R3 in validateDraft)', () => {
    it('not chosen until a length, an end date or indefinite is chosen', () => {
      expect(periodProblem(DEFAULT_DRAFT)).to.equal('not-chosen');
      expect(periodProblem(draft({ count: '2' }))).to.equal('not-chosen');
      expect(periodProblem(draft({ basis: 'dates', endText: TODAY }))).to.equal('not-chosen');
    });

    it('a chosen length that is blank is not chosen; one that is not a whole number in range is invalid', () => {
      expect(periodProblem(chosenWeeks(''))).to.equal('not-chosen');
      expect(periodProblem(chosenWeeks('   '))).to.equal('not-chosen');
      expect(periodProblem(chosenWeeks('two'))).to.equal('length-invalid');
      expect(periodProblem(chosenWeeks('523'))).to.equal('length-invalid');
      expect(periodProblem(chosenWeeks('2'))).to.equal(null);
    });

    it('none for an indefinite period (chosen or not) and for a chosen end date, even one not yet real', () => {
      expect(periodProblem(draft({ indefinite: true }))).to.equal(null);
      expect(periodProblem(draft({ indefinite: true, chosen: true, count: 'x' }))).to.equal(null);
      expect(periodProblem(draft({ basis: 'dates', chosen: true }))).to.equal(null);
      expect(periodProblem(draft({ basis: 'dates', chosen: true, count: 'x' }))).to.equal(null);
    });

    it('reads garbage as the default draft', () => {
      for (const bad of [undefined, null, 42, 'x', {}]) expect(periodProblem(bad as never)).to.equal('not-chosen');
    });
  });

  describe('setLength', () => {
    it('from the default note: chosen, the end follows the length, and the end-date fields show it', () => {
      expect(setLength(DEFAULT_DRAFT, placeholder(), '2', 'weeks')).to.deep.equal({
        draft: { ...DEFAULT_DRAFT, count: '2', chosen: true, endText: '2026-03-16' },
        period: { start: TODAY, end: '2026-03-16' },
        endShown: '2026-03-16',
      });
    });

    it('each unit, by the same arithmetic as periodEnd', () => {
      for (const [count, unit] of [['1', 'days'], ['10', 'days'], ['4', 'weeks'], ['1', 'months'], ['3', 'months']] as const) {
        const end = periodEnd('2026-01-31', { count: Number(count), unit });
        const edit = setLength(DEFAULT_DRAFT, period('2026-01-31', '2026-01-31'), count, unit);
        expect(edit.period, `${count} ${unit}`).to.deep.equal({ start: '2026-01-31', end });
        expect(edit.endShown).to.equal(end);
        expect(edit.draft).to.include({ count, unit, basis: 'length', chosen: true, endText: end });
      }
    });

    it('keeps the count as typed; a length not yet usable gives an end not yet known and blank end-date fields', () => {
      for (const count of ['', 'two', '0', '2.', '999999']) {
        const edit = setLength(chosenWeeks('2'), period(TODAY, '2026-03-16'), count, 'weeks');
        expect(edit.draft.count, count).to.equal(count);
        expect(edit.period, count).to.deep.equal({ start: TODAY, end: '' });
        expect(edit.endShown, count).to.equal(null);
        expect(edit.draft.endText, count).to.equal('');
      }
    });

    it('with a start that is not a real date, the end is not yet known', () => {
      expect(setLength(DEFAULT_DRAFT, period('', TODAY), '2', 'weeks')).to.deep.equal({
        draft: { ...DEFAULT_DRAFT, count: '2', chosen: true },
        period: { start: '', end: '' },
        endShown: null,
      });
    });

    it('changing the unit keeps the count; moving from an end date to a length makes the length lead', () => {
      expect(setLength(chosenWeeks('3'), period(TODAY, '2026-03-23'), '3', 'months').period).to.deep.equal({ start: TODAY, end: '2026-06-02' });
      const fromDates = setLength(draft({ basis: 'dates', chosen: true, endText: '2026-03-12', count: '10', unit: 'days' }), period(TODAY, '2026-03-12'), '1', 'weeks');
      expect(fromDates.draft).to.deep.equal({ ...DEFAULT_DRAFT, count: '1', chosen: true, endText: '2026-03-09' });
      expect(fromDates.endShown).to.equal('2026-03-09');
    });

    it('while indefinite, the length is kept for later and the period stays indefinite', () => {
      expect(setLength(draft({ indefinite: true, chosen: true }), period(TODAY, null), '2', 'weeks')).to.deep.equal({
        draft: { ...DEFAULT_DRAFT, indefinite: true, chosen: true, count: '2' },
        period: { start: TODAY, end: null },
        endShown: undefined,
      });
    });

    it('an unknown unit keeps the unit it had', () => {
      expect(setLength(draft({ unit: 'days' }), placeholder(), '3', 'years' as never).draft.unit).to.equal('days');
    });
  });

  describe('setEndDate', () => {
    it('an end date leads: chosen, the length fields follow it, and the end-date fields keep what was typed', () => {
      expect(setEndDate(DEFAULT_DRAFT, placeholder(), '2026-03-16')).to.deep.equal({
        draft: { ...DEFAULT_DRAFT, basis: 'dates', count: '2', chosen: true, endText: '2026-03-16' },
        period: { start: TODAY, end: '2026-03-16' },
        endShown: undefined,
      });
      expect(setEndDate(DEFAULT_DRAFT, placeholder(), '2026-03-12').draft).to.include({ count: '10', unit: 'days' });
      expect(setEndDate(DEFAULT_DRAFT, placeholder(), '2026-06-02').draft).to.include({ count: '3', unit: 'months' });
    });

    it('while the fields make no real date ("31 2 2026"), the end is not yet known and the unit stays', () => {
      expect(setEndDate(draft({ count: '3', unit: 'months', chosen: true, endText: '2026-06-02' }), period(TODAY, '2026-06-02'), null)).to.deep.equal({
        draft: { ...DEFAULT_DRAFT, basis: 'dates', count: '', unit: 'months', chosen: true },
        period: { start: TODAY, end: '' },
        endShown: undefined,
      });
      expect(setEndDate(DEFAULT_DRAFT, placeholder(), '2026-02-31' as never).period.end).to.equal('');
    });

    it('an end before the start is kept as given (rule R3 then says so), with no length', () => {
      const edit = setEndDate(chosenWeeks('2'), period(TODAY, '2026-03-16'), '2026-03-01');
      expect(edit.period).to.deep.equal({ start: TODAY, end: '2026-03-01' });
      expect(edit.draft).to.include({ count: '', unit: 'weeks', basis: 'dates' });
    });

    it('with a start that is not a real date, the end is kept and there is no length', () => {
      const edit = setEndDate(DEFAULT_DRAFT, period('', TODAY), '2026-03-16');
      expect(edit.period).to.deep.equal({ start: '', end: '2026-03-16' });
      expect(edit.draft.count).to.equal('');
    });
  });

  describe('setIndefinite', () => {
    it('ticked: the end is null, chosen, the end-date fields untouched', () => {
      expect(setIndefinite(chosenWeeks('2'), period(TODAY, '2026-03-16'), true)).to.deep.equal({
        draft: { ...DEFAULT_DRAFT, count: '2', chosen: true, indefinite: true },
        period: { start: TODAY, end: null },
        endShown: undefined,
      });
      expect(setIndefinite(DEFAULT_DRAFT, placeholder(), true).draft).to.include({ chosen: true, indefinite: true });
    });

    it('cleared: the end follows the length chosen before, or the end date typed before', () => {
      const afterLength = setIndefinite(draft({ count: '2', chosen: true, indefinite: true }), period(TODAY, null), false);
      expect(afterLength).to.deep.equal({
        draft: { ...DEFAULT_DRAFT, count: '2', chosen: true, endText: '2026-03-16' },
        period: { start: TODAY, end: '2026-03-16' },
        endShown: '2026-03-16',
      });
      const afterDates = setIndefinite(draft({ basis: 'dates', chosen: true, indefinite: true, endText: '2026-03-12' }), period(TODAY, null), false);
      expect(afterDates.period).to.deep.equal({ start: TODAY, end: '2026-03-12' });
      expect(afterDates.draft).to.include({ indefinite: false, count: '10', unit: 'days' });
      expect(afterDates.endShown).to.equal(undefined);
    });

    it('cleared with nothing chosen before it: an end not yet known, and the length is still to choose', () => {
      const edit = setIndefinite(draft({ chosen: true, indefinite: true }), period(TODAY, null), false);
      expect(edit.period).to.deep.equal({ start: TODAY, end: '' });
      expect(periodProblem(edit.draft)).to.equal('not-chosen');
    });

    it('setting what is already set changes nothing (so a caller may clear it without checking)', () => {
      expect(setIndefinite(DEFAULT_DRAFT, placeholder(), false)).to.deep.equal({ draft: DEFAULT_DRAFT, period: { start: TODAY, end: TODAY }, endShown: undefined });
      const on = draft({ indefinite: true, chosen: true });
      expect(setIndefinite(on, period(TODAY, null), true)).to.deep.equal({ draft: on, period: { start: TODAY, end: null }, endShown: undefined });
    });
  });

  describe('setStart', () => {
    it('a chosen length moves the end with the start, and the end-date fields show it', () => {
      expect(setStart(chosenWeeks('2'), period(TODAY, '2026-03-16'), '2026-03-10')).to.deep.equal({
        draft: { ...DEFAULT_DRAFT, count: '2', chosen: true, endText: '2026-03-23' },
        period: { start: '2026-03-10', end: '2026-03-23' },
        endShown: '2026-03-23',
      });
    });

    it('nothing chosen yet: the default note keeps its placeholder end and the end-date fields stay blank', () => {
      expect(setStart(DEFAULT_DRAFT, placeholder(), '2026-03-10')).to.deep.equal({
        draft: DEFAULT_DRAFT,
        period: { start: '2026-03-10', end: TODAY },
        endShown: null,
      });
    });

    it('an end date typed stays, and the length fields follow the new start', () => {
      const edit = setStart(draft({ basis: 'dates', chosen: true, endText: '2026-03-16', count: '2' }), period(TODAY, '2026-03-16'), '2026-03-07');
      expect(edit.period).to.deep.equal({ start: '2026-03-07', end: '2026-03-16' });
      expect(edit.draft).to.include({ count: '10', unit: 'days' });
      expect(edit.endShown).to.equal(undefined);
    });

    it('a start not yet real (null): the start is blank, and a chosen length has no end yet', () => {
      expect(setStart(chosenWeeks('2'), period(TODAY, '2026-03-16'), null)).to.deep.equal({
        draft: { ...DEFAULT_DRAFT, count: '2', chosen: true },
        period: { start: '', end: '' },
        endShown: null,
      });
      expect(setStart(draft({ basis: 'dates', chosen: true, endText: '2026-03-16', count: '2' }), period(TODAY, '2026-03-16'), null).draft.count).to.equal('');
    });

    it('an indefinite period stays indefinite', () => {
      expect(setStart(draft({ indefinite: true, chosen: true }), period(TODAY, null), '2026-03-10').period).to.deep.equal({ start: '2026-03-10', end: null });
    });
  });

  describe('periodText', () => {
    it('the period in words once chosen, "a length not yet chosen" before', () => {
      expect(periodText(DEFAULT_DRAFT, placeholder())).to.equal('a length not yet chosen');
      expect(periodText(chosenWeeks('x'), period(TODAY, ''))).to.equal('a length not yet chosen');
      expect(periodText(chosenWeeks('2'), period(TODAY, '2026-03-16'))).to.equal('2 weeks (3 March 2026 to 16 March 2026)');
      expect(periodText(draft({ indefinite: true, chosen: true }), period(TODAY, null))).to.equal('an indefinite period from 3 March 2026');
      expect(periodText(draft({ basis: 'dates', chosen: true }), period(TODAY, ''))).to.equal('a period not yet given');
    });

    it('in the language asked for', () => {
      registerCatalogue('x-period', { 'form.period.notChosenYet': 'NOT YET', 'period.indefinite': 'FOREVER {start:date}', 'month.3': 'Mar' });
      expect(periodText(DEFAULT_DRAFT, placeholder(), 'x-period')).to.equal('NOT YET');
      expect(periodText(draft({ indefinite: true, chosen: true }), period(TODAY, null), 'x-period')).to.equal('FOREVER 3 Mar 2026');
    });
  });

  describe('setShorthand (the "For" box)', () => {
    it('a shorthand sets the length as setLength does, and says what it read', () => {
      const edit = setShorthand(DEFAULT_DRAFT, placeholder(), '2w');
      expect(edit.shorthand).to.deep.equal({ kind: 'length', length: { count: 2, unit: 'weeks' } });
      const { shorthand: _s, ...rest } = edit;
      expect(rest).to.deep.equal(setLength(DEFAULT_DRAFT, placeholder(), '2', 'weeks'));
      expect(edit.period).to.deep.equal({ start: TODAY, end: '2026-03-16' });
      expect(setShorthand(DEFAULT_DRAFT, placeholder(), ' 3 Months ').period).to.deep.equal({ start: TODAY, end: '2026-06-02' });
      expect(setShorthand(DEFAULT_DRAFT, placeholder(), '5/7').draft).to.include({ count: '5', unit: 'days', chosen: true });
      expect(periodProblem(edit.draft)).to.equal(null);
    });

    it('i or indefinite sets an indefinite period; a length typed after it leaves it', () => {
      const indefinite = setShorthand(chosenWeeks('2'), period(TODAY, '2026-03-16'), 'i');
      expect(indefinite.shorthand).to.deep.equal({ kind: 'indefinite' });
      expect(indefinite.period.end).to.equal(null);
      expect(indefinite.draft.indefinite).to.equal(true);
      const back = setShorthand(indefinite.draft, indefinite.period, '1m');
      expect(back.draft.indefinite).to.equal(false);
      expect(back.period).to.deep.equal({ start: TODAY, end: '2026-04-02' });
      expect(setShorthand(indefinite.draft, indefinite.period, 'Indefinite').period.end).to.equal(null);
    });

    it('a bare number or other text gives no length: no end, the text kept, and "length-invalid" until put right', () => {
      for (const text of ['2', '14', '2x', 'two weeks', '0w', '600w']) {
        const edit = setShorthand(chosenWeeks('2'), period(TODAY, '2026-03-16'), text);
        expect(edit.shorthand, text).to.deep.equal({ kind: 'invalid' });
        expect(edit.period, text).to.deep.equal({ start: TODAY, end: '' });
        expect(edit.draft.typed, text).to.equal(text);
        expect(edit.draft.count, `${text}: never read as a count of the unit shown`).to.equal('');
        expect(periodProblem(edit.draft), text).to.equal('length-invalid');
        expect(draftLength(edit.draft), text).to.equal(null);
      }
      const fromIndefinite = setShorthand(draft({ indefinite: true, chosen: true }), period(TODAY, null), '2');
      expect([fromIndefinite.draft.indefinite, fromIndefinite.period.end, periodProblem(fromIndefinite.draft)]).to.deep.equal([false, '', 'length-invalid']);
    });

    it('blank is a length not yet chosen', () => {
      const edit = setShorthand(chosenWeeks('2'), period(TODAY, '2026-03-16'), '  ');
      expect(edit.shorthand).to.deep.equal({ kind: 'empty' });
      expect([edit.period.end, periodProblem(edit.draft)]).to.deep.equal(['', 'not-chosen']);
      expect(edit.draft).to.not.have.property('typed');
    });

    it('any other choice of the period clears what was typed; a new start keeps it', () => {
      const typed = setShorthand(DEFAULT_DRAFT, placeholder(), '2x');
      expect(setShorthand(typed.draft, typed.period, '2w').draft).to.not.have.property('typed');
      expect(setLength(typed.draft, typed.period, '3', 'weeks').draft).to.not.have.property('typed');
      expect(setEndDate(typed.draft, typed.period, '2026-03-20').draft).to.not.have.property('typed');
      expect(setIndefinite(typed.draft, typed.period, true).draft).to.not.have.property('typed');
      expect(setShorthand(typed.draft, typed.period, 'i').draft).to.not.have.property('typed');
      expect(setShorthand(typed.draft, typed.period, '').draft).to.not.have.property('typed');
      const moved = setStart(typed.draft, typed.period, '2026-03-04');
      expect([moved.draft.typed, moved.period.end, periodProblem(moved.draft)]).to.deep.equal(['2x', '', 'length-invalid']);
      expect(periodText(moved.draft, moved.period)).to.equal('a length not yet chosen');
    });

    it('never changes its inputs and never throws', () => {
      const d = chosenWeeks('2');
      const p = period(TODAY, '2026-03-16');
      const before = JSON.stringify([d, p]);
      for (const text of ['1m', 'i', '', '2', 42, null]) setShorthand(d, p, text);
      expect(JSON.stringify([d, p])).to.equal(before);
      for (const bad of [undefined, null, 42, 'x', {}, [], Symbol('x')] as unknown[]) {
        expect(() => setShorthand(bad as never, bad as never, bad), String(bad)).to.not.throw();
      }
      expect(setShorthand(DEFAULT_DRAFT, placeholder(), 2).draft.typed, 'not text: nothing to show').to.equal('');
    });
  });

  describe('as the clinician edits a new note', () => {
    it('goes from nothing chosen through a length, an end date and indefinite, and back', () => {
      const steps: PeriodEdit[] = [];
      let state = { draft: periodDraftFromNote(createFitNote({ today: TODAY }).period, 'default'), period: placeholder() as Period };
      const step = (edit: PeriodEdit) => {
        steps.push(edit);
        state = { draft: edit.draft, period: edit.period };
        return edit;
      };
      expect(periodProblem(state.draft)).to.equal('not-chosen');
      step(setLength(state.draft, state.period, '1', 'weeks'));
      expect(state.period.end).to.equal('2026-03-09');
      step(setLength(state.draft, state.period, '', 'weeks'));
      expect([state.period.end, periodProblem(state.draft)]).to.deep.equal(['', 'not-chosen']);
      step(setLength(state.draft, state.period, '4', 'weeks'));
      step(setStart(state.draft, state.period, '2026-03-02'));
      expect(state.period).to.deep.equal({ start: '2026-03-02', end: '2026-03-29' });
      step(setEndDate(state.draft, state.period, null));
      expect([state.period.end, state.draft.basis, state.draft.count]).to.deep.equal(['', 'dates', '']);
      step(setEndDate(state.draft, state.period, '2026-04-12'));
      expect(state.draft).to.include({ count: '6', unit: 'weeks' });
      step(setIndefinite(state.draft, state.period, true));
      expect(state.period.end).to.equal(null);
      step(setIndefinite(state.draft, state.period, false));
      expect(state.period).to.deep.equal({ start: '2026-03-02', end: '2026-04-12' });
      expect(periodText(state.draft, state.period)).to.equal('6 weeks (2 March 2026 to 12 April 2026)');
      expect(steps.map((s) => s.endShown)).to.deep.equal(['2026-03-09', null, '2026-03-30', '2026-03-29', undefined, undefined, undefined, undefined]);
    });
  });

  it('never changes its inputs and never throws', () => {
    const d = draft({ count: '2', chosen: true });
    const p = period(TODAY, '2026-03-16');
    const before = JSON.stringify([d, p]);
    setLength(d, p, '3', 'months');
    setEndDate(d, p, '2026-04-01');
    setIndefinite(d, p, true);
    setStart(d, p, '2026-03-10');
    expect(JSON.stringify([d, p])).to.equal(before);
    for (const bad of [undefined, null, 42, 'x', {}, [] as unknown]) {
      expect(() => {
        setLength(bad as never, bad as never, bad as never, bad as never);
        setEndDate(bad as never, bad as never, bad as never);
        setIndefinite(bad as never, bad as never, bad as never);
        setStart(bad as never, bad as never, bad as never);
        periodText(bad as never, bad as never, bad as never);
      }, String(bad)).to.not.throw();
    }
  });
});
