import { expect } from '@open-wc/testing';
import { templates as templateWording } from '../../src/messages/en/templates.js';
import { isMessageId, message } from '../../src/messages/index.js';
import {
  ADVICE_TEMPLATES,
  applyAdviceTemplate,
  templatesFor,
  templatesForConditions,
  type AdviceTemplate,
} from '../../src/model/advice-templates.js';
import { CONDITION_GROUPS, type ConditionGroup } from '../../src/model/condition-groups.js';
import { createFitNote } from '../../src/model/fit-note.js';
import * as model from '../../src/model/index.js';
import { formatLength, isPeriodLength, periodFromLength } from '../../src/model/period.js';
import { periodDraftFromNote, setLength } from '../../src/model/period-editor.js';
import { validateFitNote } from '../../src/model/rules.js';
import { ADJUSTMENTS, MAX_TEXT, SERVICE_CATEGORIES, type FitNote } from '../../src/model/schemas.js';

const TODAY = '2026-03-03';

const byId = (id: string): AdviceTemplate => {
  const found = ADVICE_TEMPLATES.find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
};

function note(overrides: Partial<FitNote> = {}): FitNote {
  return {
    ...createFitNote({ today: TODAY, conditions: [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }] }),
    assessmentMethod: 'telephone',
    reassessmentNeeded: false,
    ...overrides,
  };
}

describe('advice templates', () => {
  describe('the catalogue of templates', () => {
    it('is exported from the model', () => {
      expect(model.ADVICE_TEMPLATES).to.equal(ADVICE_TEMPLATES);
      expect(model.applyAdviceTemplate).to.equal(applyAdviceTemplate);
      expect(model.templatesFor).to.equal(templatesFor);
    });

    it('has at least back pain, anxiety or depression, after an operation and a fracture, as the DWP examples advise', () => {
      const summary = (t: AdviceTemplate) => [t.group, t.adjustments, `${t.length.count} ${t.length.unit}`, t.serviceCategories];
      expect(summary(byId('back-pain'))).to.deep.equal(['musculoskeletal', ['amendedDuties'], '2 weeks', ['physio-msk']]);
      expect(summary(byId('anxiety-depression'))).to.deep.equal(['mentalHealth', ['alteredHours', 'amendedDuties'], '4 weeks', ['talking-therapies', 'workwell']]);
      expect(summary(byId('after-operation'))).to.deep.equal(['postOperative', ['phasedReturn'], '4 weeks', ['physio-msk', 'occupational-health']]);
      expect(summary(byId('fracture'))).to.deep.equal(['fracture', ['amendedDuties', 'workplaceAdaptations'], '6 weeks', ['physio-msk', 'physical-activity']]);
      expect(message(byId('back-pain').commentId)).to.match(/lifting/).and.match(/bending/);
      expect(message(byId('anxiety-depression').commentId)).to.match(/hours/).and.match(/workload/);
      expect(message(byId('after-operation').commentId)).to.match(/phased return/i);
      expect(message(byId('fracture').commentId)).to.match(/driving/).and.match(/travel/);
    });

    it('every template is well formed: unique id, known group, catalogue ids, a usable length, known adjustments and categories', () => {
      expect(new Set(ADVICE_TEMPLATES.map((t) => t.id)).size).to.equal(ADVICE_TEMPLATES.length);
      for (const t of ADVICE_TEMPLATES) {
        expect(CONDITION_GROUPS, t.id).to.include(t.group);
        for (const id of [t.titleId, t.commentId, t.sourceId]) expect(isMessageId(id), id).to.equal(true);
        expect(isPeriodLength(t.length), t.id).to.equal(true);
        expect(t.adjustments.length, t.id).to.be.at.least(1);
        for (const a of t.adjustments) expect(ADJUSTMENTS, t.id).to.include(a);
        expect(t.serviceCategories.length, t.id).to.be.at.least(1);
        for (const c of t.serviceCategories) expect(SERVICE_CATEGORIES, t.id).to.include(c);
        expect(Object.isFrozen(t) && Object.isFrozen(t.adjustments) && Object.isFrozen(t.length) && Object.isFrozen(t.serviceCategories), t.id).to.equal(true);
      }
      expect(Object.isFrozen(ADVICE_TEMPLATES)).to.equal(true);
    });

    it('the wording is reviewable in one place: every template message is in templates.ts, and every message there belongs to a template', () => {
      const used = ADVICE_TEMPLATES.flatMap((t) => [t.titleId, t.commentId, t.sourceId]);
      expect([...used].sort()).to.deep.equal(Object.keys(templateWording).sort());
    });

    it('each source names the DWP fit note guidance', () => {
      for (const t of ADVICE_TEMPLATES) expect(message(t.sourceId), t.id).to.match(/^DWP fit note guidance, /);
    });

    it('each comment draft agrees with the template’s suggested length', () => {
      for (const t of ADVICE_TEMPLATES) expect(message(t.commentId), t.id).to.contain(formatLength(t.length));
    });
  });

  describe('templatesFor', () => {
    it('gives the chosen groups’ templates, in the order of the groups, and none of the others', () => {
      expect(templatesFor(['musculoskeletal']).map((t) => t.id)).to.deep.equal(['back-pain']);
      expect(templatesFor(['mentalHealth', 'musculoskeletal']).map((t) => t.id)).to.deep.equal(['anxiety-depression', 'back-pain']);
      expect(templatesFor(['fracture', 'postOperative', 'musculoskeletal']).map((t) => t.id)).to.deep.equal(['fracture', 'after-operation', 'back-pain']);
      expect(templatesFor(['general'])).to.deep.equal([]);
      expect(templatesFor([])).to.deep.equal([]);
    });

    it('gives each template once, the catalogue’s own objects', () => {
      const twice = templatesFor(['cardiovascular', 'cardiovascular'] as ConditionGroup[]);
      expect(twice.map((t) => t.id)).to.deep.equal(['heart']);
      expect(twice[0]).to.equal(byId('heart'));
    });

    it('every group but general has a template; all of them are in ADVICE_TEMPLATES', () => {
      for (const group of CONDITION_GROUPS.filter((g) => g !== 'general')) expect(templatesFor([group]).length, group).to.be.at.least(1);
      const all = templatesFor([...CONDITION_GROUPS]);
      expect([...all].sort((a, b) => a.id.localeCompare(b.id))).to.deep.equal([...ADVICE_TEMPLATES].sort((a, b) => a.id.localeCompare(b.id)));
    });

    it('from the conditions themselves, coded or typed', () => {
      expect(templatesForConditions([{ system: 'http://snomed.info/sct', code: '197480006', display: 'Anxiety disorder' }]).map((t) => t.id)).to.deep.equal(['anxiety-depression']);
      expect(templatesForConditions([{ display: 'Fractured wrist' }]).map((t) => t.id)).to.deep.equal(['fracture', 'back-pain']);
      expect(templatesForConditions([{ display: 'Flu' }])).to.deep.equal([]);
    });

    it('skips what is not a group and never throws', () => {
      expect(templatesFor(['nope', 'fracture', null, 3] as never).map((t) => t.id)).to.deep.equal(['fracture']);
      for (const bad of [undefined, null, 'fracture', 42, {}]) expect(templatesFor(bad as never), String(bad)).to.deep.equal([]);
      for (const bad of [undefined, null, 42, 'x', {}]) expect(templatesForConditions(bad), String(bad)).to.deep.equal([]);
    });
  });

  describe('applyAdviceTemplate', () => {
    it('ticks the adjustments, adds the comment draft, and suggests the length and categories', () => {
      const input = note();
      const result = applyAdviceTemplate(input, byId('anxiety-depression'));
      expect(result.applied).to.deep.equal(['adjustments', 'comments', 'period']);
      expect(result.ticked).to.deep.equal(['alteredHours', 'amendedDuties']);
      expect(result.withheld).to.deep.equal([]);
      expect(result.note.adjustments).to.deep.equal({ phasedReturn: false, alteredHours: true, amendedDuties: true, workplaceAdaptations: false });
      expect(result.note.comments).to.equal(message('template.anxietyDepression.comment'));
      expect(result.comment).to.equal(result.note.comments);
      expect(result.length).to.deep.equal({ count: 4, unit: 'weeks' });
      expect(result.serviceCategories).to.deep.equal(['talking-therapies', 'workwell']);
    });

    it('the suggested length goes through the period editor to the note (the caller sets it)', () => {
      const result = applyAdviceTemplate(note(), byId('fracture'));
      const length = result.length as NonNullable<typeof result.length>;
      const edit = setLength(periodDraftFromNote(result.note.period, 'default'), result.note.period, String(length.count), length.unit);
      expect(edit.period).to.deep.equal(periodFromLength(TODAY, { count: 6, unit: 'weeks' }));
      const v = validateFitNote({ ...result.note, period: edit.period }, { today: TODAY });
      expect(v.errors).to.deep.equal([]);
      expect(v.warnings).to.deep.equal([]);
    });

    it('never replaces the clinician’s comment: the draft follows it, separated as the phrase bank would', () => {
      const draft = message('template.backPain.comment');
      expect(applyAdviceTemplate(note({ comments: 'Seen today.' }), byId('back-pain')).note.comments).to.equal(`Seen today. ${draft}`);
      expect(applyAdviceTemplate(note({ comments: 'Seen today.\n' }), byId('back-pain')).note.comments).to.equal(`Seen today.\n${draft}`);
      expect(applyAdviceTemplate(note({ comments: 'Seen today. ' }), byId('back-pain')).note.comments).to.equal(`Seen today. ${draft}`);
      expect(applyAdviceTemplate(note({ comments: '' }), byId('back-pain')).note.comments).to.equal(draft);
    });

    it('does not add the same draft twice', () => {
      const once = applyAdviceTemplate(note({ comments: 'Seen today.' }), byId('back-pain'));
      const twice = applyAdviceTemplate(once.note, byId('back-pain'));
      expect(twice.note.comments).to.equal(once.note.comments);
      expect(twice.applied).to.deep.equal(['period']);
      expect(twice.comment).to.equal('');
      expect(twice.ticked).to.deep.equal([]);
    });

    it('adds no draft that would take the comments past MAX_TEXT, and keeps them as they were', () => {
      const draft = message('template.backPain.comment');
      const fits = 'x'.repeat(MAX_TEXT - draft.length - 1);
      expect(applyAdviceTemplate(note({ comments: fits }), byId('back-pain')).note.comments).to.have.length(MAX_TEXT);
      const full = `${fits}x`;
      const result = applyAdviceTemplate(note({ comments: full }), byId('back-pain'));
      expect(result.note.comments).to.equal(full);
      expect(result.applied).to.not.include('comments');
      expect(result.comment).to.equal('');
    });

    it('keeps what the clinician ticked, and lists only what it ticked', () => {
      const ticked = note({ adjustments: { phasedReturn: true, alteredHours: true, amendedDuties: false, workplaceAdaptations: false } });
      const result = applyAdviceTemplate(ticked, byId('anxiety-depression'));
      expect(result.ticked).to.deep.equal(['amendedDuties']);
      expect(result.note.adjustments).to.deep.equal({ phasedReturn: true, alteredHours: true, amendedDuties: true, workplaceAdaptations: false });
      const all = note({ adjustments: { phasedReturn: false, alteredHours: true, amendedDuties: true, workplaceAdaptations: false } });
      expect(applyAdviceTemplate(all, byId('anxiety-depression')).applied).to.deep.equal(['comments', 'period']);
    });

    it('R10: ticks nothing on a "not fit" note; the adjustments come back as withheld', () => {
      const notFit = note({ fitness: 'not-fit' });
      const result = applyAdviceTemplate(notFit, byId('fracture'));
      expect(result.withheld).to.deep.equal(['amendedDuties', 'workplaceAdaptations']);
      expect(result.ticked).to.deep.equal([]);
      expect(result.note.adjustments).to.deep.equal(notFit.adjustments);
      expect(result.applied).to.deep.equal(['comments', 'period']);
      expect(validateFitNote({ ...result.note, period: { start: TODAY, end: '2026-04-13' } }, { today: TODAY }).errors.map((e) => e.rule)).to.not.include('R10');
    });

    it('with periodChosen the clinician’s period stays: the length is still suggested, not applied', () => {
      const result = applyAdviceTemplate(note(), byId('back-pain'), { periodChosen: true });
      expect(result.applied).to.deep.equal(['adjustments', 'comments']);
      expect(result.length).to.deep.equal({ count: 2, unit: 'weeks' });
      expect(result.note.period).to.deep.equal(note().period);
    });

    it('is pure: neither the note nor the template changes, and the result shares no object with them', () => {
      const input = note({ comments: 'Seen.' });
      const before = structuredClone(input);
      const template = byId('after-operation');
      const result = applyAdviceTemplate(input, template);
      expect(input).to.deep.equal(before);
      expect(result.note).to.not.equal(input);
      expect(result.note.adjustments).to.not.equal(input.adjustments);
      expect(result.length).to.not.equal(template.length);
      expect(result.serviceCategories).to.not.equal(template.serviceCategories);
      result.serviceCategories.push('debt-and-housing');
      expect(template.serviceCategories).to.deep.equal(['physio-msk', 'occupational-health']);
    });

    it('the other fields of the note are kept as they were', () => {
      const input = note({ comments: 'Seen.', sixMonthsOrMore: true, reassessmentNeeded: null });
      const result = applyAdviceTemplate(input, byId('heart'));
      const { adjustments: _a, comments: _c, ...rest } = result.note;
      const { adjustments: _b, comments: _d, ...restBefore } = input;
      expect(rest).to.deep.equal(restBefore);
    });

    it('a host’s own template with catalogue ids works; its unusable parts apply nothing', () => {
      const own = { ...byId('back-pain'), adjustments: ['amendedDuties', 'nope', 'amendedDuties'], serviceCategories: ['physio-msk', 'nope', 'physio-msk', 'ips'], length: { count: 0, unit: 'weeks' } } as unknown as AdviceTemplate;
      const result = applyAdviceTemplate(note(), own);
      expect(result.ticked).to.deep.equal(['amendedDuties']);
      expect(result.serviceCategories).to.deep.equal(['physio-msk', 'ips']);
      expect(result.length).to.equal(null);
      expect(result.applied).to.deep.equal(['adjustments', 'comments']);
      const noComment = applyAdviceTemplate(note(), { ...byId('back-pain'), commentId: 'no.such.id' } as unknown as AdviceTemplate);
      expect(noComment.applied).to.not.include('comments');
      expect(noComment.note.comments).to.equal('');
    });

    it('never throws on garbage, and applies nothing from a template that is not one', () => {
      const garbage: unknown[] = [undefined, null, 42, 'back-pain', [], {}, { adjustments: 'amendedDuties', commentId: 7, length: '2w', serviceCategories: 'ips' }];
      for (const bad of garbage) {
        let result: ReturnType<typeof applyAdviceTemplate> | undefined;
        expect(() => (result = applyAdviceTemplate(note(), bad as AdviceTemplate)), JSON.stringify(bad)).to.not.throw();
        expect(result?.applied, JSON.stringify(bad)).to.deep.equal([]);
        expect(result?.note, JSON.stringify(bad)).to.deep.equal(note());
        expect(result?.length).to.equal(null);
        expect(result?.serviceCategories).to.deep.equal([]);
      }
      for (const bad of [undefined, null, 42, 'note', [], { comments: 5, adjustments: null }]) {
        expect(() => applyAdviceTemplate(bad as unknown as FitNote, byId('back-pain')), JSON.stringify(bad)).to.not.throw();
        expect(() => applyAdviceTemplate(note(), byId('back-pain'), bad as never), JSON.stringify(bad)).to.not.throw();
      }
      const odd = applyAdviceTemplate({ comments: 5, adjustments: null } as unknown as FitNote, byId('back-pain'));
      expect(odd.note.comments, 'comments that are not text are left alone').to.equal(5);
      expect(odd.note.adjustments).to.deep.equal({ amendedDuties: true });
      expect(applyAdviceTemplate(null as unknown as FitNote, byId('back-pain')).note.comments).to.equal(message('template.backPain.comment'));
    });
  });
});
