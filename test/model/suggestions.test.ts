import { expect } from '@open-wc/testing';
import { createFitNote, NO_ADJUSTMENTS } from '../../src/model/fit-note.js';
import * as model from '../../src/model/index.js';
import type { FitNote } from '../../src/model/schemas.js';
import { applyWorkSuggestions, PREFILLABLE, type Prefillable } from '../../src/model/suggestions.js';
import type { WorkSuggestions } from '../../src/model/work-question.js';

const TODAY = '2026-03-03';
const note = (overrides: Partial<FitNote> = {}): FitNote => ({ ...createFitNote({ today: TODAY }), ...overrides });
const suggest = (overrides: Partial<WorkSuggestions> = {}): WorkSuggestions => ({ adjustments: [], serviceCategories: [], reasons: [], ...overrides });
const apply = (n: FitNote, suggestions: WorkSuggestions, prefilled: Prefillable[] = []) => applyWorkSuggestions({ note: n, prefilled: new Set(prefilled), suggestions });
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

describe('applyWorkSuggestions (suggestions.ts)', () => {
  it('is exported from the model, with PREFILLABLE: the adjustments in Med3 order, then 6 months or more', () => {
    expect(model.applyWorkSuggestions).to.equal(applyWorkSuggestions);
    expect([...PREFILLABLE]).to.deep.equal(['phasedReturn', 'alteredHours', 'amendedDuties', 'workplaceAdaptations', 'sixMonthsOrMore']);
  });

  it('ticks accepted adjustments and sets 6 months or more, remembering each as prefilled', () => {
    const result = apply(note(), suggest({ adjustments: ['amendedDuties', 'phasedReturn'], sixMonthsOrMore: true }));
    expect(result.note.adjustments).to.deep.equal({ ...NO_ADJUSTMENTS, phasedReturn: true, amendedDuties: true });
    expect(result.note.sixMonthsOrMore).to.equal(true);
    expect([...result.prefilled]).to.have.members(['phasedReturn', 'amendedDuties', 'sixMonthsOrMore']);
    expect(result).to.include({ changed: true, sixMonthsCleared: false });
    expect(result.withheld).to.deep.equal([]);
  });

  it('leaves what the clinician ticked alone: not taken over as prefilled, not taken back later', () => {
    const ticked = note({ adjustments: { ...NO_ADJUSTMENTS, alteredHours: true }, sixMonthsOrMore: true });
    const first = apply(ticked, suggest({ adjustments: ['alteredHours'], sixMonthsOrMore: true }));
    expect(first).to.include({ changed: false });
    expect([...first.prefilled]).to.deep.equal([]);
    const later = apply(first.note, suggest(), [...first.prefilled]);
    expect(later.note.adjustments.alteredHours).to.equal(true);
    expect(later.note.sixMonthsOrMore).to.equal(true);
    expect(later).to.include({ changed: false, sixMonthsCleared: false });
  });

  it('takes back what earlier suggestions filled in and these no longer suggest', () => {
    const first = apply(note(), suggest({ adjustments: ['phasedReturn', 'workplaceAdaptations'], sixMonthsOrMore: true }));
    const second = apply(first.note, suggest({ adjustments: ['workplaceAdaptations'] }), [...first.prefilled]);
    expect(second.note.adjustments).to.deep.equal({ ...NO_ADJUSTMENTS, workplaceAdaptations: true });
    expect(second.note.sixMonthsOrMore).to.equal(false);
    expect([...second.prefilled]).to.deep.equal(['workplaceAdaptations']);
    expect(second).to.include({ changed: true, sixMonthsCleared: true });
  });

  it('sixMonthsCleared only when 6 months or more was taken back, not when the clinician had set it', () => {
    expect(apply(note({ sixMonthsOrMore: true }), suggest(), []).sixMonthsCleared).to.equal(false);
    expect(apply(note({ sixMonthsOrMore: true }), suggest(), ['sixMonthsOrMore']).sixMonthsCleared).to.equal(true);
    expect(apply(note({ sixMonthsOrMore: true }), suggest({ sixMonthsOrMore: true }), ['sixMonthsOrMore']).sixMonthsCleared).to.equal(false);
  });

  it('R10: "not fit for work" gets no adjustments; accepted ones are withheld, 6 months or more still applies', () => {
    const result = apply(note({ fitness: 'not-fit' }), suggest({ adjustments: ['alteredHours', 'phasedReturn'], sixMonthsOrMore: true }));
    expect(result.note.adjustments).to.deep.equal(NO_ADJUSTMENTS);
    expect(result.withheld).to.deep.equal(['phasedReturn', 'alteredHours']);
    expect([...result.prefilled]).to.deep.equal(['sixMonthsOrMore']);
    expect(result.changed).to.equal(true);
    expect(apply(note({ fitness: 'not-fit' }), suggest({ adjustments: ['alteredHours'] })).changed).to.equal(false);
  });

  it('takes back a prefilled adjustment even on a "not fit" note', () => {
    const result = apply(note({ fitness: 'not-fit', adjustments: { ...NO_ADJUSTMENTS, phasedReturn: true } }), suggest(), ['phasedReturn']);
    expect(result.note.adjustments.phasedReturn).to.equal(false);
    expect(result.changed).to.equal(true);
  });

  it('nothing to do: changed is false, and the note is still a copy', () => {
    const n = note();
    const result = apply(n, suggest({ serviceCategories: ['workwell'], reasons: ['x'] }));
    expect(result).to.include({ changed: false, sixMonthsCleared: false });
    expect(result.note).to.deep.equal(n);
    expect(result.note).to.not.equal(n);
  });

  it('is pure: the note, its adjustments and the prefilled set are not changed', () => {
    const n = deepFreeze(note({ adjustments: { ...NO_ADJUSTMENTS, amendedDuties: true } }));
    const prefilled = new Set<Prefillable>(['amendedDuties', 'sixMonthsOrMore']);
    const result = applyWorkSuggestions({ note: n, prefilled, suggestions: deepFreeze(suggest({ adjustments: ['phasedReturn'] })) });
    expect(n.adjustments).to.deep.equal({ ...NO_ADJUSTMENTS, amendedDuties: true });
    expect([...prefilled]).to.deep.equal(['amendedDuties', 'sixMonthsOrMore']);
    expect(result.prefilled).to.not.equal(prefilled);
    expect(result.note.adjustments).to.deep.equal({ ...NO_ADJUSTMENTS, phasedReturn: true });
  });

  it('reads garbage without throwing: unknown adjustments and prefilled entries are ignored', () => {
    const result = applyWorkSuggestions({ note: note(), prefilled: new Set(['nope' as never]), suggestions: { adjustments: ['nope', 'phasedReturn'], sixMonthsOrMore: 'yes' } as never });
    expect(result.note.adjustments.phasedReturn).to.equal(true);
    expect([...result.prefilled]).to.deep.equal(['phasedReturn']);
    for (const bad of [undefined, null, 42, {}, { note: null, prefilled: [], suggestions: 'x' }]) {
      expect(() => applyWorkSuggestions(bad as never), String(bad)).to.not.throw();
    }
  });
});
