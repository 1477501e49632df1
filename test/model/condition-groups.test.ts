import { expect } from '@open-wc/testing';
import { form } from '../../src/messages/en/form.js';
import {
  CONDITION_GROUPS,
  CONDITION_GROUP_TABLE,
  MUSCULOSKELETAL_SNOMED_CODES,
  MUSCULOSKELETAL_WORDS,
  PHRASE_GROUPS,
  conditionGroup,
  conditionGroups,
  phraseGroupsFor,
  type ConditionGroup,
} from '../../src/model/condition-groups.js';
import * as model from '../../src/model/index.js';
import * as workQuestion from '../../src/model/work-question.js';
import { PHRASE_GROUPS as BANK_GROUPS, phraseIds } from '../../src/elements/fit-note-form/phrase-bank.js';

const SCT = 'http://snomed.info/sct';
const HUGE = 'back pain '.repeat(200);

describe('condition groups', () => {
  describe('the table', () => {
    it('has one row per group, in CONDITION_GROUPS order, general last with neither codes nor words', () => {
      expect(CONDITION_GROUP_TABLE.map((row) => row.group)).to.deep.equal([...CONDITION_GROUPS]);
      expect(CONDITION_GROUPS.at(-1)).to.equal('general');
      const general = CONDITION_GROUP_TABLE.at(-1);
      expect(general?.codes).to.deep.equal([]);
      expect(general?.words).to.equal(null);
    });

    it('puts each code in one group only, every code a SNOMED CT concept id', () => {
      const codes = CONDITION_GROUP_TABLE.flatMap((row) => [...row.codes]);
      expect(new Set(codes).size).to.equal(codes.length);
      for (const code of codes) expect(code).to.match(/^[1-9]\d{5,17}$/);
    });

    it('holds the codes already in the library and the well-known ones, each in its group', () => {
      const expected: [string, ConditionGroup][] = [
        ['279039007', 'musculoskeletal'], // Low back pain
        ['23056005', 'musculoskeletal'], // Sciatica
        ['35489007', 'mentalHealth'], // Depressive disorder
        ['197480006', 'mentalHealth'], // Anxiety disorder
        ['48694002', 'mentalHealth'], // Anxiety
        ['22298006', 'cardiovascular'], // Myocardial infarction
        ['125605004', 'fracture'], // Fracture of bone
      ];
      for (const [code, group] of expected) expect(conditionGroup({ system: SCT, code, display: 'Coded' }), code).to.equal(group);
    });

    it('is the one source of the musculoskeletal codes and words: the work question exports the same ones', () => {
      expect(workQuestion.MUSCULOSKELETAL_SNOMED_CODES).to.equal(MUSCULOSKELETAL_SNOMED_CODES);
      expect(workQuestion.MUSCULOSKELETAL_WORDS).to.equal(MUSCULOSKELETAL_WORDS);
      expect(CONDITION_GROUP_TABLE.find((row) => row.group === 'musculoskeletal')?.codes).to.equal(MUSCULOSKELETAL_SNOMED_CODES);
      expect(Object.isFrozen(MUSCULOSKELETAL_SNOMED_CODES)).to.equal(true);
      expect(Object.isFrozen(CONDITION_GROUP_TABLE)).to.equal(true);
    });

    it('is exported from the model', () => {
      expect(model.conditionGroup).to.equal(conditionGroup);
      expect(model.conditionGroups).to.equal(conditionGroups);
      expect(model.phraseGroupsFor).to.equal(phraseGroupsFor);
      expect(model.CONDITION_GROUPS).to.equal(CONDITION_GROUPS);
      expect(model.MUSCULOSKELETAL_SNOMED_CODES).to.equal(MUSCULOSKELETAL_SNOMED_CODES);
    });
  });

  describe('conditionGroup', () => {
    it('a coded condition goes by its code, whatever its display says', () => {
      expect(conditionGroup({ system: SCT, code: '279039007', display: 'Low back pain' })).to.equal('musculoskeletal');
      expect(conditionGroup({ code: '35489007', display: 'Local term' }), 'no system is SNOMED').to.equal('mentalHealth');
      expect(conditionGroup({ system: SCT, code: ' 197480006 ', display: 'Fractured wrist' }), 'the code wins over words').to.equal('mentalHealth');
    });

    it('a code of another system, or not in the table, goes by the words of its display', () => {
      expect(conditionGroup({ system: 'http://read.info/ctv3', code: '279039007', display: 'Chest pain' })).to.equal('general');
      expect(conditionGroup({ system: 'http://read.info/ctv3', code: '1', display: 'Low back pain' })).to.equal('musculoskeletal');
      expect(conditionGroup({ system: SCT, code: '999999999', display: 'Work-related stress' })).to.equal('mentalHealth');
    });

    it('typed text goes by keywords, as a coding or as plain text, in any case', () => {
      const cases: [string, ConditionGroup][] = [
        ['Low back pain', 'musculoskeletal'],
        ['BACK PAIN', 'musculoskeletal'],
        ['Sciatica', 'musculoskeletal'],
        ['Osteoarthritis of knee', 'musculoskeletal'],
        ['Anxiety', 'mentalHealth'],
        ['Depression', 'mentalHealth'],
        ['Low mood', 'mentalHealth'],
        ['Work-related stress', 'mentalHealth'],
        ['Stressed at work', 'mentalHealth'],
        ['Recovering after an operation', 'postOperative'],
        ['After surgery', 'postOperative'],
        ['Post-operative recovery', 'postOperative'],
        ['Laparoscopic cholecystectomy', 'postOperative'],
        ['Knee replacement', 'postOperative'],
        ['Fractured wrist', 'fracture'],
        ['Fracture of ankle, after surgical repair', 'fracture'],
        ['Broken arm', 'fracture'],
        ['Heart attack', 'cardiovascular'],
        ['Angina', 'cardiovascular'],
        ['Atrial fibrillation', 'cardiovascular'],
        ['Flu', 'general'],
        ['Chest infection', 'general'],
      ];
      for (const [text, group] of cases) {
        expect(conditionGroup({ display: text }), text).to.equal(group);
        expect(conditionGroup(text), `plain ${text}`).to.equal(group);
      }
    });

    it('words are whole words and do not cross into other meanings', () => {
      const cases: [string, ConditionGroup][] = [
        ['Stress fracture of foot', 'fracture'],
        ['Stress incontinence', 'general'],
        ['Heartburn', 'general'],
        ['Awaiting hip surgery', 'musculoskeletal'],
        ['Waiting list for operation', 'general'],
        ['Pre-operative assessment', 'general'],
        ['Hormone replacement therapy', 'general'],
        ['Backstroke injury', 'general'],
      ];
      for (const [text, group] of cases) expect(conditionGroup(text), text).to.equal(group);
      expect(conditionGroups(['Stress fracture of foot'])).to.not.include('mentalHealth');
      expect(conditionGroups(['Depressed skull fracture'])).to.not.include('mentalHealth');
    });

    it('is null for anything that is not a usable coding or text, and never throws', () => {
      const bad: unknown[] = [undefined, null, 42, '', '   ', {}, [], { display: '' }, { display: 42 }, { code: '279039007' }, { display: 'x'.repeat(1001) }, () => 'Back pain', Symbol('x')];
      for (const value of bad) expect(conditionGroup(value), String(typeof value)).to.equal(null);
      expect(conditionGroup({ display: 'x'.repeat(1000) })).to.equal('general');
      expect(conditionGroup(HUGE.slice(0, 1000))).to.equal('musculoskeletal');
    });
  });

  describe('conditionGroups', () => {
    it('gives each group once, in table order, whatever the order of the conditions', () => {
      const codings = [
        { system: SCT, code: '279039007', display: 'Low back pain' },
        { system: SCT, code: '197480006', display: 'Anxiety disorder' },
        { display: 'Sciatica' },
        { system: SCT, code: '35489007', display: 'Depressive disorder' },
      ];
      expect(conditionGroups(codings)).to.deep.equal(['mentalHealth', 'musculoskeletal']);
      expect(conditionGroups([...codings].reverse())).to.deep.equal(['mentalHealth', 'musculoskeletal']);
    });

    it('a typed condition may name several groups; a coded one has only its code’s', () => {
      expect(conditionGroups([{ display: 'Back pain and anxiety' }])).to.deep.equal(['mentalHealth', 'musculoskeletal']);
      expect(conditionGroups([{ display: 'Fracture of ankle, after surgical repair' }])).to.deep.equal(['fracture', 'postOperative', 'musculoskeletal']);
      expect(conditionGroups([{ system: SCT, code: '125605004', display: 'Fracture of wrist' }])).to.deep.equal(['fracture']);
    });

    it('general only for a condition no row matches, never beside it for the others', () => {
      expect(conditionGroups([{ display: 'Flu' }])).to.deep.equal(['general']);
      expect(conditionGroups([{ display: 'Flu' }, { display: 'Low back pain' }])).to.deep.equal(['musculoskeletal', 'general']);
      expect(conditionGroups([{ display: 'Low back pain' }])).to.deep.equal(['musculoskeletal']);
    });

    it('reads one coding or text alone as a list of one, skips unusable items, and never throws', () => {
      expect(conditionGroups({ display: 'Anxiety' })).to.deep.equal(['mentalHealth']);
      expect(conditionGroups('Broken leg')).to.deep.equal(['fracture']);
      expect(conditionGroups([null, 42, { display: '' }, 'Angina', { code: '1' }])).to.deep.equal(['cardiovascular']);
      for (const bad of [undefined, null, 42, '', [], {}, [[]], new Map()]) {
        expect(() => conditionGroups(bad), String(bad)).to.not.throw();
        expect(conditionGroups(bad), String(bad)).to.deep.equal([]);
      }
    });
  });

  describe('phrase groups', () => {
    it('are the phrase bank’s, each with phrases in the catalogue', () => {
      expect([...PHRASE_GROUPS]).to.deep.equal([...BANK_GROUPS]);
      for (const group of PHRASE_GROUPS) {
        expect(phraseIds(group).length, group).to.be.at.least(3);
        expect(Object.keys(form).some((id) => id === `form.phrases.group.${group}`), group).to.equal(true);
      }
    });

    it('every condition group has phrases: a fracture’s are the musculoskeletal ones', () => {
      for (const group of CONDITION_GROUPS) expect(phraseGroupsFor([group]), group).to.have.length(1);
      expect(phraseGroupsFor(['fracture'])).to.deep.equal(['musculoskeletal']);
      expect(phraseGroupsFor(['postOperative'])).to.deep.equal(['postOperative']);
      expect(phraseGroupsFor(['general'])).to.deep.equal(['general']);
    });

    it('says which phrase groups to show first, each once, in the order of the groups given', () => {
      expect(phraseGroupsFor(['fracture', 'postOperative', 'musculoskeletal'])).to.deep.equal(['musculoskeletal', 'postOperative']);
      expect(phraseGroupsFor(conditionGroups([{ display: 'Low back pain' }, { display: 'Anxiety' }]))).to.deep.equal(['mentalHealth', 'musculoskeletal']);
      expect(phraseGroupsFor([])).to.deep.equal([]);
    });

    it('skips what is not a condition group and never throws', () => {
      expect(phraseGroupsFor(['nope', 'cardiovascular', null, 7, 'constructor'])).to.deep.equal(['cardiovascular']);
      for (const bad of [undefined, null, 'musculoskeletal', 42, {}]) expect(phraseGroupsFor(bad), String(bad)).to.deep.equal([]);
    });
  });
});
