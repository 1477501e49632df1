/**
 * The consultation around the note, as a reactive controller of `<fit-note-form>`: the work
 * question (open, answered or skipped; shown or folded away), the suggestions it filled in, the
 * services suggested, and the referrals made, with those removed since left out. It starts again
 * for a new patient or a reset; nothing carries across.
 */
import { noChange, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { applyWorkSuggestions, PREFILLABLE, type AppliedWorkSuggestions, type Prefillable } from '../../model/suggestions.js';
import { createWorkAnswers, type WorkAnswers } from '../../model/work-question.js';
import type { AdjustmentKey, Coding, Context, FitNote, Issue, ServiceCategory } from '../../model/schemas.js';
import { safely } from '../../internal/host-element.js';
import { message } from '../../messages/index.js';
import type { FlowView } from './parts/view.js';
import type { PlanReferral, ReferralStatus } from '../../model/plan.js';
import type { ReferralDetail, ServicesChangeDetail } from '../local-services-picker/events.js';
import type { WorkQuestionCompleteDetail } from '../work-question-prompt/events.js';

export class Consultation implements ReactiveController {
  /** Fields filled in from accepted work-question suggestions and not changed by the clinician since. */
  prefilled = new Set<Prefillable>();
  /** Accepted adjustments not ticked because "not fit for work" was selected (R10). */
  withheld: AdjustmentKey[] = [];
  suggestedCategories: ServiceCategory[] = [];
  workQuestion: 'open' | 'completed' | 'skipped' = 'open';
  /** The work question starts folded to one line: it is optional, and the note comes first. */
  workQuestionShown = false;
  /** Given to the prompt as its `value`; replaced only to clear it. */
  workAnswers: WorkAnswers = createWorkAnswers();
  /** Given to the picker as its `value`; replaced only to clear it. */
  chosenServices: string[] = [];
  referrals: ReferralDetail[] = [];
  /** What the host said of each referral it was handed (by `messageId`). */
  private readonly _statuses = new Map<string, ReferralStatus>();
  private readonly _passed = new Map<string, unknown>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new patient, or a reset: the prompt and the picker are cleared through new values. */
  restart(): void {
    this.workAnswers = createWorkAnswers();
    this.workQuestion = 'open';
    this.workQuestionShown = false;
    this.suggestedCategories = [];
    this.chosenServices = [];
    this.referrals = [];
    this._statuses.clear();
    this.forgetPrefills();
  }

  /** A new note on screen: nothing in it came from the work question. */
  forgetPrefills(): void {
    this.prefilled.clear();
    this.withheld = [];
  }

  /** The fields still as the work question filled them in, adjustments first in Med3 order. */
  get prefilledInOrder(): Prefillable[] {
    return PREFILLABLE.filter((f) => this.prefilled.has(f));
  }

  /** The clinician pressed Done or Skip: the accepted suggestions fill in `note` (see `applyWorkSuggestions`). */
  complete(event: CustomEvent<WorkQuestionCompleteDetail>, note: FitNote): AppliedWorkSuggestions {
    const { answers, suggestions } = event.detail;
    this.workQuestion = answers.skipped ? 'skipped' : 'completed';
    this.workQuestionShown = false;
    const applied = applyWorkSuggestions({ note, prefilled: this.prefilled, suggestions });
    this.prefilled = applied.prefilled;
    this.withheld = applied.withheld;
    this.suggestedCategories = [...suggestions.serviceCategories];
    this.host.requestUpdate();
    return applied;
  }

  toggleWorkQuestion(): void {
    this.workQuestionShown = !this.workQuestionShown;
    this.host.requestUpdate();
  }

  /** Kept for `fit-note-submit`; the event itself goes on to the host untouched. */
  referral(event: CustomEvent<ReferralDetail>): void {
    this.referrals = [...this.referrals, event.detail];
    this.host.requestUpdate();
  }

  /**
   * The host's answer about a referral made in this consultation: passed to the picker, which shows
   * it, and kept for the plan. Returns false when `messageId` is not one of this consultation's referrals.
   */
  acknowledgeReferral(messageId: unknown, result: unknown, picker: { acknowledge(id: string, r: never): void } | null): boolean {
    const referral = this.referrals.find((r) => r.messageId === messageId);
    if (!referral || referral.signposted) return false;
    const status = typeof result === 'object' && result !== null ? (result as { status?: unknown }).status : undefined;
    picker?.acknowledge(referral.messageId, result as never);
    if (status === 'sent' || status === 'failed') this._statuses.set(referral.messageId, status);
    this.host.requestUpdate();
    return true;
  }

  /** The referrals for the patient's plan, each with what the host said of it. */
  planReferrals(): PlanReferral[] {
    return this.referrals.map((r) => ({ ...r, status: this._statuses.get(r.messageId) ?? 'pending' }));
  }

  servicesChange(event: CustomEvent<ServicesChangeDetail>): void {
    const removed = new Set(event.detail.removed.map((r) => r.messageId).filter(Boolean));
    if (!removed.size) return;
    this.referrals = this.referrals.filter((r) => !removed.has(r.messageId));
    this.host.requestUpdate();
  }

  /** What the templates of the work question and the services read, from the flow and the form. */
  view(form: {
    t: FlowView['t'];
    lang: string;
    density: FlowView['density'];
    disabled: boolean;
    today: string;
    icb: string | null;
    /** Categories suggested besides the work question's (an advice template's). */
    extraCategories: readonly ServiceCategory[];
    recordConditions: readonly Coding[];
    noteConditions: readonly Coding[];
    context: Context;
    complete(event: CustomEvent<WorkQuestionCompleteDetail>): void;
    skipToNote(): void;
  }): FlowView {
    const { complete, skipToNote, extraCategories, ...rest } = form;
    return {
      ...rest,
      workQuestion: this.workQuestion,
      workQuestionShown: this.workQuestionShown,
      prefilled: this.prefilledInOrder,
      withheld: this.withheld,
      suggestedCategories: [...new Set([...this.suggestedCategories, ...extraCategories])],
      referrals: this.referrals,
      pass: this.pass,
      workAnswers: this.workAnswers,
      chosenServices: this.chosenServices,
      on: {
        toggleWorkQuestion: () => this.toggleWorkQuestion(),
        skipToNote: (e) => {
          e.preventDefault();
          skipToNote();
        },
        workQuestionComplete: complete,
        referral: (e) => this.referral(e),
        servicesChange: (e) => this.servicesChange(e),
      },
    };
  }

  /**
   * An object for a property of a nested element, only when it is not the one passed last time. Lit
   * sets object-valued properties on every render, and setting `value` clears the prompt or the
   * picker: they get a new object only when the form means to change it. The context and the
   * suggested categories compare by content, so an unchanged one is not news to them.
   */
  pass = <T>(key: string, value: T): T | typeof noChange => {
    const last = this._passed.get(key);
    const byContent = key.endsWith('.context') || key.endsWith('.categories');
    if (this._passed.has(key) && (last === value || (byContent && JSON.stringify(last) === JSON.stringify(value)))) return noChange;
    this._passed.set(key, value);
    return value;
  };
}

/**
 * A referral the clinician started and neither created nor signposted: it stops Confirm, so it is
 * never dropped without a word. Not a rule of the note (`validity` is the note's) but a part of the
 * consultation not yet done, so `FORMAT` on the field `referrals`.
 */
export function unfinishedReferral(picker: { unfinishedReferral: { serviceName: string } | null } | null): Issue | null {
  const unfinished = safely(() => picker?.unfinishedReferral ?? null, null);
  if (!unfinished) return null;
  const params = { service: unfinished.serviceName };
  return { rule: 'FORMAT', field: 'referrals', messageId: 'form.referral.unfinished', params, message: message('form.referral.unfinished', params) };
}
