/**
 * Advice templates: for a condition group, the adjustments, a comment draft, a suggested length and
 * suggested service categories, after the DWP fit note guidance's examples of good advice (DOMAIN.md
 * §6). Nothing is applied until the clinician picks a template; then `applyAdviceTemplate` fills in
 * only what the clinician has not (an adjustment already ticked stays, their comment stays and the
 * draft follows it) and the form marks each part "from the template", editable like any other.
 *
 * For review by the clinical safety officer: the choices below and their wording in
 * `src/messages/en/templates.ts`, each with its source.
 */
import { conditionGroups, CONDITION_GROUPS, type ConditionGroup } from './condition-groups.js';
import { isPeriodLength, type PeriodLength } from './period.js';
import { ADJUSTMENTS, MAX_TEXT, SERVICE_CATEGORIES, type AdjustmentKey, type FitNote, type ServiceCategory } from './schemas.js';
import { isMessageId, message, type MessageId } from '../messages/index.js';

export interface AdviceTemplate {
  id: string;
  group: ConditionGroup;
  titleId: MessageId;
  /** Ticked when applied, with "may be fit" only (R10). */
  adjustments: AdjustmentKey[];
  /** The comment draft, added after the clinician's own comment. */
  commentId: MessageId;
  /** Suggested length, for the caller to set through the period editor (`setLength`). */
  length: PeriodLength;
  /** Suggested categories, for the services picker to show first. */
  serviceCategories: ServiceCategory[];
  /** Where the advice comes from, in words. */
  sourceId: MessageId;
}

function template(t: AdviceTemplate): Readonly<AdviceTemplate> {
  return Object.freeze({
    ...t,
    adjustments: Object.freeze([...t.adjustments]) as AdjustmentKey[],
    length: Object.freeze({ ...t.length }),
    serviceCategories: Object.freeze([...t.serviceCategories]) as ServiceCategory[],
  });
}

/** Every template, in the order the form lists them behind "Show all". */
export const ADVICE_TEMPLATES: readonly AdviceTemplate[] = Object.freeze([
  template({
    id: 'back-pain',
    group: 'musculoskeletal',
    titleId: 'template.backPain.title',
    adjustments: ['amendedDuties'],
    commentId: 'template.backPain.comment',
    length: { count: 2, unit: 'weeks' },
    serviceCategories: ['physio-msk'],
    sourceId: 'template.backPain.source',
  }),
  template({
    id: 'anxiety-depression',
    group: 'mentalHealth',
    titleId: 'template.anxietyDepression.title',
    adjustments: ['alteredHours', 'amendedDuties'],
    commentId: 'template.anxietyDepression.comment',
    length: { count: 4, unit: 'weeks' },
    serviceCategories: ['talking-therapies', 'workwell'],
    sourceId: 'template.anxietyDepression.source',
  }),
  template({
    id: 'after-operation',
    group: 'postOperative',
    titleId: 'template.afterOperation.title',
    adjustments: ['phasedReturn'],
    commentId: 'template.afterOperation.comment',
    length: { count: 4, unit: 'weeks' },
    // Rehabilitation, and the employer's occupational health to plan the phased return.
    serviceCategories: ['physio-msk', 'occupational-health'],
    sourceId: 'template.afterOperation.source',
  }),
  template({
    id: 'fracture',
    group: 'fracture',
    titleId: 'template.fracture.title',
    adjustments: ['amendedDuties', 'workplaceAdaptations'],
    commentId: 'template.fracture.comment',
    length: { count: 6, unit: 'weeks' },
    serviceCategories: ['physio-msk', 'physical-activity'],
    sourceId: 'template.fracture.source',
  }),
  template({
    id: 'heart',
    group: 'cardiovascular',
    titleId: 'template.heart.title',
    adjustments: ['phasedReturn', 'amendedDuties'],
    commentId: 'template.heart.comment',
    length: { count: 4, unit: 'weeks' },
    serviceCategories: ['physical-activity'],
    sourceId: 'template.heart.source',
  }),
]);

/**
 * The templates for these condition groups, to show first: those of the first group given, then the
 * next group's, each template once; none of the others (the form lists `ADVICE_TEMPLATES` behind
 * "Show all"). Anything that is not a condition group is skipped. Never throws.
 */
export function templatesFor(groups: ConditionGroup[]): AdviceTemplate[] {
  if (!Array.isArray(groups)) return [];
  const out: AdviceTemplate[] = [];
  for (const group of groups as unknown[]) {
    if (!(CONDITION_GROUPS as readonly unknown[]).includes(group)) continue;
    for (const t of ADVICE_TEMPLATES) if (t.group === group && !out.includes(t)) out.push(t);
  }
  return out;
}

/** The templates for a note's conditions: `templatesFor(conditionGroups(conditions))`. */
export function templatesForConditions(conditions: unknown): AdviceTemplate[] {
  return templatesFor(conditionGroups(conditions));
}

/** A part of the note a template filled in: what the form marks "from the template". */
export type AdviceTemplatePart = 'adjustments' | 'comments' | 'period';

export interface ApplyAdviceTemplateOptions {
  /** Language of the comment draft; English by default. */
  lang?: string;
  /**
   * The clinician (or the host) has already chosen the period: it stays, and 'period' is not
   * applied. The form passes its period editor's `chosen`.
   */
  periodChosen?: boolean;
}

export interface AppliedAdviceTemplate {
  /** The note filled in: a new object; the input is not changed. */
  note: FitNote;
  /** What was filled in, in this order: 'adjustments', 'comments', 'period' (the caller sets the period). */
  applied: AdviceTemplatePart[];
  /** The adjustments ticked now (those already ticked are not listed). */
  ticked: AdjustmentKey[];
  /** The template's adjustments not ticked because the note says "not fit for work" (R10). */
  withheld: AdjustmentKey[];
  /** The comment draft added, as added ('' when none was). */
  comment: string;
  /** The suggested length, for `setLength`; `null` when the template has none usable. */
  length: PeriodLength | null;
  /** The template's categories in its order, for the services picker to show first. */
  serviceCategories: ServiceCategory[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `draft` after `text`, separated as the phrase bank's `insertPhrase` separates an insertion at the end. */
function appendDraft(text: string, draft: string): string {
  if (!text) return draft;
  return /\s$/.test(text) ? `${text}${draft}` : `${text} ${draft}`;
}

/**
 * `note` with `template` applied, as one click of the clinician:
 * - the template's adjustments are ticked, unless the note says "not fit for work": then none is
 *   ticked and they come back as `withheld` (R10);
 * - the comment draft (in `lang`) is added after the clinician's comment, never over it; it is not
 *   added twice, nor when the comments would pass `MAX_TEXT`;
 * - the suggested length comes back for the caller to set through the period editor, unless
 *   `periodChosen`; the service categories come back for the picker.
 * Pure: the inputs are not changed. Reads any input and never throws; a template that is not
 * usable applies nothing.
 */
export function applyAdviceTemplate(note: FitNote, template: AdviceTemplate, options: ApplyAdviceTemplateOptions = {}): AppliedAdviceTemplate {
  const source = (isRecord(note) ? note : {}) as FitNote;
  const o: ApplyAdviceTemplateOptions = isRecord(options) ? options : {};
  const lang = typeof o.lang === 'string' && o.lang ? o.lang : undefined;
  const t: Partial<Record<keyof AdviceTemplate, unknown>> = isRecord(template) ? template : {};
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

  const adjustments = { ...(isRecord(source.adjustments) ? source.adjustments : {}) } as FitNote['adjustments'];
  const result: FitNote = { ...source, adjustments };
  const applied: AdviceTemplatePart[] = [];

  const wanted = ADJUSTMENTS.filter((key) => list(t.adjustments).includes(key));
  const notFit = source.fitness === 'not-fit';
  const ticked: AdjustmentKey[] = [];
  const withheld: AdjustmentKey[] = [];
  for (const key of wanted) {
    if (adjustments[key] === true) continue;
    if (notFit) withheld.push(key);
    else {
      adjustments[key] = true;
      ticked.push(key);
    }
  }
  if (ticked.length) applied.push('adjustments');

  let comment = '';
  const draft = isMessageId(t.commentId) ? message(t.commentId, undefined, lang) : '';
  const current = source.comments === undefined ? '' : source.comments;
  if (draft && typeof current === 'string' && !current.includes(draft)) {
    const next = appendDraft(current, draft);
    if (next.length <= MAX_TEXT) {
      result.comments = next;
      comment = draft;
      applied.push('comments');
    }
  }

  const length = isPeriodLength(t.length) ? { count: t.length.count, unit: t.length.unit } : null;
  if (length && o.periodChosen !== true) applied.push('period');

  const serviceCategories: ServiceCategory[] = [];
  for (const c of list(t.serviceCategories)) {
    if ((SERVICE_CATEGORIES as readonly unknown[]).includes(c) && !serviceCategories.includes(c as ServiceCategory)) serviceCategories.push(c as ServiceCategory);
  }
  return { note: result, applied, ticked, withheld, comment, length, serviceCategories };
}
