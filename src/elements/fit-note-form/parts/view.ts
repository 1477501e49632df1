/**
 * What the form's templates read and call: a plain view of the form's state, built once per render.
 * The templates in this folder hold no state of their own and change nothing directly.
 */
import type { noChange } from 'lit';
import type { DateFields } from '../../../internal/date-input.js';
import { fieldGroup, type FieldGroup } from '../../../model/draft.js';
import type { Shown } from '../../../internal/error-visibility.js';
import type { PeriodDraft } from '../../../model/period-editor.js';
import type { PeriodLength, PeriodUnit } from '../../../model/period.js';
import type { Prefillable } from '../../../model/suggestions.js';
import { ADJUSTMENTS, ASSESSMENT_METHODS, type AdjustmentKey, type AssessmentMethod, type Coding, type Context, type Fitness, type FitNote, type Issue, type ServiceCategory } from '../../../model/schemas.js';
import type { WorkAnswers } from '../../../model/work-question.js';
import type { MessageId, MessageParams } from '../../../messages/index.js';
import type { ReferralDetail, ServicesChangeDetail } from '../../local-services-picker/events.js';
import type { WorkQuestionCompleteDetail } from '../../work-question-prompt/events.js';
import type { HelpPopovers } from '../help-popover.js';
import type { Plan } from '../../../model/plan.js';
import type { AdviceTemplate } from '../../../model/advice-templates.js';
import type { PhraseGroup } from '../../../model/condition-groups.js';

export type Group = FieldGroup;
export type DateKey = 'assessment' | 'statement' | 'start' | 'end';
export type HelpTopic = AdjustmentKey | 'comments';
/** What an advice template fills in, each marked until the clinician changes it. */
export type TemplatePart = AdjustmentKey | 'comments' | 'period';

export const DATE_IDS: Readonly<Record<DateKey, string>> = {
  assessment: 'assessment-date',
  statement: 'statement-date',
  start: 'period-start',
  end: 'period-end',
};

/** Issues by the form group they belong to (an issue on no group goes with the patient). */
export function byGroup(issues: readonly Issue[]): Map<Group, Shown<Issue>[]> {
  const map = new Map<Group, Shown<Issue>[]>();
  for (const issue of issues) {
    const group = fieldGroup(issue.field) ?? 'patient';
    map.set(group, [...(map.get(group) ?? []), { key: issue.rule, message: issue }]);
  }
  return map;
}

/** The control an error in `group` leads to: the one the clinician would change to put it right. */
export function controlId(group: Group, s: { note: FitNote; period: PeriodDraft; hasOptions: boolean }): string {
  switch (group) {
    case 'patient':
    case 'issuer':
    case 'comments':
      return group;
    case 'assessmentDate':
      return `${DATE_IDS.assessment}-day`;
    case 'statementDate':
      return `${DATE_IDS.statement}-day`;
    case 'period.start':
      return `${DATE_IDS.start}-day`;
    case 'assessmentMethod':
      return `method-${s.note.assessmentMethod ?? ASSESSMENT_METHODS[0]}`;
    case 'conditions':
      return s.hasOptions ? 'condition-0' : 'condition-typed';
    case 'fitness':
      return `fitness-${s.note.fitness}`;
    case 'adjustments':
      return `adjustment-${ADJUSTMENTS.find((k) => s.note.adjustments[k]) ?? ADJUSTMENTS[0]}`;
    case 'sixMonthsOrMore':
      return 'six-months';
    case 'period.end':
      return s.period.indefinite ? 'period-indefinite' : s.period.basis === 'dates' ? `${DATE_IDS.end}-day` : 'period-for';
    case 'reassessmentNeeded':
      return s.note.reassessmentNeeded === false ? 'review-no' : 'review-yes';
    case 'referrals':
      return 'support';
  }
}

export interface NoteView {
  t(id: MessageId, params?: MessageParams): string;
  lang: string;
  note: FitNote;
  disabled: boolean;
  dates: Readonly<Record<DateKey, DateFields>>;
  /** The clinician's today, and the dates the clinician has opened to change (the others show in words when they are today). */
  today: string;
  editingDates: ReadonlySet<DateKey>;
  period: PeriodDraft;
  /** The length shown as chosen (quick buttons pressed), when the period is set by length. */
  length: PeriodLength | null;
  periodText: string;
  /** What the "For" box shows: the length as typed, or the chosen length in shorthand ("2w"). */
  forText: string;
  /** Errors on screen for a group, in words. */
  errors(group: Group): string[];
  /** Warnings for a group (always shown: they never block). */
  warnings(group: Group): Issue[];
  prefilled: ReadonlySet<Prefillable>;
  /** Parts of the note filled in by an advice template and not changed since. */
  fromTemplate: ReadonlySet<TemplatePart>;
  /** The advice templates for the chosen conditions, the others, and whether the others are shown. */
  templates: { first: readonly AdviceTemplate[]; rest: readonly AdviceTemplate[]; showAll: boolean; used: AdviceTemplate | null };
  /** The phrase bank's groups for the chosen conditions, the others, and whether the others are shown. */
  phrases: { first: readonly PhraseGroup[]; rest: readonly PhraseGroup[]; showAll: boolean };
  conditionOptions: readonly Coding[];
  conditionTicked(coding: Coding): boolean;
  typedText: string;
  help: HelpPopovers<HelpTopic>;
  announcement: string;
  on: {
    date(key: DateKey, fields: DateFields): void;
    editDate(key: DateKey): void;
    method(method: AssessmentMethod): void;
    condition(coding: Coding, on: boolean): void;
    typedCondition(text: string): void;
    fitness(fitness: Fitness): void;
    adjustment(key: AdjustmentKey, on: boolean): void;
    comments(control: HTMLTextAreaElement): void;
    caret(control: HTMLTextAreaElement): void;
    phrase(id: MessageId): void;
    length(count: string, unit: PeriodUnit, committed?: boolean): void;
    shorthand(text: string): void;
    indefinite(on: boolean): void;
    sixMonths(on: boolean): void;
    review(yes: boolean): void;
    template(template: AdviceTemplate): void;
    toggleTemplates(): void;
    togglePhrases(): void;
  };
}

export interface FlowView {
  t(id: MessageId, params?: MessageParams): string;
  lang: string;
  density: 'comfortable' | 'compact';
  disabled: boolean;
  today: string;
  icb: string | null;
  workQuestion: 'open' | 'completed' | 'skipped';
  workQuestionShown: boolean;
  prefilled: readonly Prefillable[];
  withheld: readonly AdjustmentKey[];
  suggestedCategories: readonly ServiceCategory[];
  referrals: readonly ReferralDetail[];
  /** A property for a nested element, or `noChange` when it is the object passed last time. */
  pass<T>(key: string, value: T): T | typeof noChange;
  recordConditions: readonly Coding[];
  noteConditions: readonly Coding[];
  context: Context;
  workAnswers: WorkAnswers;
  chosenServices: readonly string[];
  on: {
    toggleWorkQuestion(): void;
    skipToNote(event: Event): void;
    workQuestionComplete(event: CustomEvent<WorkQuestionCompleteDetail>): void;
    referral(event: CustomEvent<ReferralDetail>): void;
    servicesChange(event: CustomEvent<ServicesChangeDetail>): void;
  };
}

export interface OutcomeView {
  t(id: MessageId, params?: MessageParams): string;
  disabled: boolean;
  words: readonly string[];
  referrals: readonly ReferralDetail[];
  status: 'none' | 'pending' | 'saved' | 'failed';
  location?: string | undefined;
  changedSinceConfirm: boolean;
  plan: Plan | null;
  on: { confirm(): void; print(): void };
}
