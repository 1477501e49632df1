/**
 * Condition groups: the kind of condition a note is for, so that the form offers the phrases and
 * advice templates that fit it first (DOMAIN.md §6: mental health, musculoskeletal and
 * cardiovascular conditions are the most linked to leaving work). A coded condition maps to a group
 * through its SNOMED CT code; a typed one (or a coded one whose code is not in the table) through
 * keywords in its display. A group only orders suggestions: nothing is applied because of it.
 *
 * For review by the clinical safety officer: the SNOMED CT codes and the keywords of
 * `CONDITION_GROUP_TABLE`, like every code in the library (see `codes.ts`), are to be confirmed by a
 * clinician before clinical use.
 */
import { SYSTEMS } from './codes.js';
import { cleanConditions } from './fit-note.js';
import type { Coding } from './schemas.js';

/** The groups, in the table's order: the more specific first, 'general' (any other condition) last. */
export const CONDITION_GROUPS = ['fracture', 'postOperative', 'mentalHealth', 'cardiovascular', 'musculoskeletal', 'general'] as const;
export type ConditionGroup = (typeof CONDITION_GROUPS)[number];

/**
 * SNOMED CT concepts read as musculoskeletal, here and by the work question's heavy-lifting rule.
 * Conditions without one of these codes are recognised by the words of `MUSCULOSKELETAL_WORDS`.
 */
export const MUSCULOSKELETAL_SNOMED_CODES: readonly string[] = Object.freeze([
  '279039007', // Low back pain
  '161891005', // Backache
  '23056005', // Sciatica
  '81680005', // Neck pain
  '45326000', // Shoulder pain
  '57676002', // Joint pain
  '396275006', // Osteoarthritis
  '69896004', // Rheumatoid arthritis
]);

/** Words that make a condition's display musculoskeletal (a fracture too, for the work question). */
export const MUSCULOSKELETAL_WORDS =
  /\b(back|backache|lumbar|lumbago|sciatica|spine|spinal|neck|shoulder|knee|hip|ankle|wrist|elbow|joints?|arthritis|osteoarthritis|musculoskeletal|msk|sprain(ed)?|fractured?|tendinitis|tendonitis|tendinopathy|ligament|disc|muscular|fibromyalgia|carpal tunnel)\b/i;

/** One row: the codes and words that put a condition in `group`. */
export interface ConditionGroupRow {
  group: ConditionGroup;
  /** SNOMED CT concept ids (system `http://snomed.info/sct`, or none given). */
  codes: readonly string[];
  /** Words in the display of a typed condition, or of a coded one whose code no row holds. */
  words: RegExp | null;
  /** Words that keep a display out of the group although `words` match (an operation still to come). */
  unless?: RegExp;
}

const BODY_PART = '(?:arm|leg|wrist|ankle|hip|bones?|ribs?|collarbone|foot|hand|fingers?|toes?|elbow|shoulder|kneecap|nose|jaw)';

/**
 * The table. A code puts a condition in its row's group only; words may put a typed condition in
 * several ("back pain and anxiety"). A condition no row matches is 'general'.
 */
export const CONDITION_GROUP_TABLE: readonly ConditionGroupRow[] = Object.freeze([
  {
    group: 'fracture',
    codes: Object.freeze(['125605004']), // Fracture of bone
    words: new RegExp(`\\b(fractures?|fractured|broken ${BODY_PART})\\b`, 'i'),
  },
  {
    group: 'postOperative',
    codes: Object.freeze([]),
    words:
      /\b(operations?|operated|surgery|surgical(ly)?|post[\s-]?op(erative(ly)?)?|\w+ectomy|(hip|knee|shoulder|joint) replacement|hernia repair|caesarean)\b/i,
    unless: /\b(awaiting|waiting (list )?for|before|pre[\s-]?op(erative)?)\b/i,
  },
  {
    group: 'mentalHealth',
    codes: Object.freeze([
      '35489007', // Depressive disorder
      '370143000', // Major depressive disorder
      '197480006', // Anxiety disorder
      '21897009', // Generalized anxiety disorder
      '48694002', // Anxiety
      '47505003', // Posttraumatic stress disorder
      '73595000', // Stress
    ]),
    // "Stress fracture", "stress incontinence" and a "depressed fracture" are not mental health.
    words:
      /\b(anxiety|anxious|depression|depressive|depressed(?! (skull )?fracture)|low mood|stress(ed)?(?! (fracture|incontinence|test|echo))|panic|ptsd|post[\s-]?traumatic|burn[\s-]?out|mental health|bipolar|psychosis|psychotic|schizophrenia|bereavement|grief|obsessive|ocd|eating disorder|adjustment disorder)\b/i,
  },
  {
    group: 'cardiovascular',
    codes: Object.freeze([
      '22298006', // Myocardial infarction
      '194828000', // Angina
      '84114007', // Heart failure
      '49436004', // Atrial fibrillation
    ]),
    words: /\b(heart|cardiac|cardiovascular|cardiomyopathy|coronary|angina|myocardial|atrial fibrillation|arrhythmias?|hypertension|hypertensive|pacemaker)\b/i,
  },
  { group: 'musculoskeletal', codes: MUSCULOSKELETAL_SNOMED_CODES, words: MUSCULOSKELETAL_WORDS },
  { group: 'general', codes: Object.freeze([]), words: null },
] satisfies ConditionGroupRow[]);

/** A coding, or typed text read as a coding's display; `null` when neither is usable. */
function readCoding(input: unknown): Coding | null {
  const coding = typeof input === 'string' ? { display: input } : input;
  return cleanConditions([coding]).kept[0] ?? null;
}

/** Every group a usable coding belongs to, in table order ('general' when no other). */
function groupsOf(coding: Coding): ConditionGroup[] {
  const snomed = coding.system === undefined || coding.system.trim() === SYSTEMS.snomed;
  const code = snomed ? coding.code?.trim() : undefined;
  const coded = code ? CONDITION_GROUP_TABLE.find((row) => row.codes.includes(code)) : undefined;
  if (coded) return [coded.group];
  const found = CONDITION_GROUP_TABLE.filter((row) => row.words?.test(coding.display) && !row.unless?.test(coding.display)).map((row) => row.group);
  return found.length ? found : ['general'];
}

/**
 * The group of one condition: a `Coding` or typed text. The first group of the table it belongs to,
 * so "Fractured wrist" is 'fracture' rather than 'musculoskeletal'; 'general' for a condition no row
 * matches; `null` for anything that is not a usable coding or text. Reads any input and never throws.
 */
export function conditionGroup(coding: unknown): ConditionGroup | null {
  const usable = readCoding(coding);
  return usable ? (groupsOf(usable)[0] ?? null) : null;
}

/**
 * Every group the conditions belong to, each once, in table order: a coded condition's one group,
 * and each group a typed condition's words name. `codings` is a list of codings or typed texts; one
 * coding or text alone is read as a list of one. Unusable items are skipped. Never throws.
 */
export function conditionGroups(codings: unknown): ConditionGroup[] {
  const items: unknown[] = Array.isArray(codings) ? codings : [codings];
  const found = new Set<ConditionGroup>();
  for (const item of items) {
    const usable = readCoding(item);
    if (usable) for (const group of groupsOf(usable)) found.add(group);
  }
  return CONDITION_GROUPS.filter((group) => found.has(group));
}

/**
 * The phrase bank's groups (`form.phrase.<group>.<n>` in the catalogue), in the order the bank lists
 * them. A fracture has no group of its own there: its phrases are the musculoskeletal ones.
 */
export const PHRASE_GROUPS = ['musculoskeletal', 'mentalHealth', 'cardiovascular', 'postOperative', 'general'] as const;
export type PhraseGroup = (typeof PHRASE_GROUPS)[number];

const PHRASES_FOR: Readonly<Record<ConditionGroup, PhraseGroup>> = Object.freeze({
  fracture: 'musculoskeletal',
  postOperative: 'postOperative',
  mentalHealth: 'mentalHealth',
  cardiovascular: 'cardiovascular',
  musculoskeletal: 'musculoskeletal',
  general: 'general',
});

/**
 * The phrase groups to show first for these condition groups, each once, in the order the groups
 * are given (`conditionGroups` gives table order); the bank shows the others behind "Show all".
 * Anything that is not a condition group is skipped. Never throws.
 */
export function phraseGroupsFor(groups: unknown): PhraseGroup[] {
  if (!Array.isArray(groups)) return [];
  const out: PhraseGroup[] = [];
  for (const group of groups) {
    if (!(CONDITION_GROUPS as readonly unknown[]).includes(group)) continue;
    const phrases = PHRASES_FOR[group as ConditionGroup];
    if (!out.includes(phrases)) out.push(phrases);
  }
  return out;
}
