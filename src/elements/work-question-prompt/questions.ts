/**
 * The three questions of <work-question-prompt>, from the shared NHS templates. Each question that
 * does not apply to the work status is left out (`questionsThatApply`); the job details open under
 * the chosen status, the off-sick date under "Off sick".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderDateInput, type DateFields } from '../../internal/date-input.js';
import { choices, textField } from '../../internal/templates.js';
import { formatLongDate, type CalendarDate } from '../../model/dates.js';
import {
  ACTIVITY_LEVELS,
  MANAGING,
  WHAT_MAY_HELP,
  WORK_DEMANDS,
  WORK_STATUSES,
  absenceLength,
  formatAbsence,
  questionsThatApply,
  type ActivityLevel,
  type Managing,
  type WhatMayHelp,
  type WorkDemand,
  type WorkStatus,
} from '../../model/work-question.js';
import type { MessageId, MessageParams } from '../../messages/index.js';
import type { Entry, Field } from './fields.js';

/** What the question templates read from the element, and where they send the clinician's edits. */
export interface QuestionsView {
  entry: Entry;
  today: CalendarDate;
  language: string;
  disabled: boolean;
  t: (id: MessageId, params?: MessageParams) => string;
  /** The errors on screen for a field, in words. */
  errors: (field: Field) => string[];
  status: (status: WorkStatus) => void;
  jobTitle: (text: string) => void;
  hours: (text: string) => void;
  activity: (level: ActivityLevel) => void;
  demand: (key: WorkDemand, checked: boolean) => void;
  managing: (managing: Managing) => void;
  offSickSince: (fields: DateFields) => void;
  help: (choice: WhatMayHelp, checked: boolean) => void;
  freeText: (text: string) => void;
  left: (field: Field) => void;
}

const optional = (v: QuestionsView, id: MessageId) => `${v.t(id)} ${v.t('common.optional')}`;

export function renderQuestions(v: QuestionsView): TemplateResult {
  const applies = questionsThatApply(v.entry.answers.status);
  return html`${renderStatus(v, applies.jobDetails)} ${applies.managing ? renderManaging(v) : nothing} ${applies.whatMayHelp ? renderHelp(v) : nothing}
  ${textField({
    id: 'free-text',
    label: optional(v, 'prompt.freeText.label'),
    value: v.entry.answers.freeText,
    multiline: true,
    rows: 3,
    errors: v.errors('freeText'),
    errorPrefix: v.t('common.error.prefix'),
    disabled: v.disabled,
    onInput: (text) => v.freeText(text),
    onBlur: () => v.left('freeText'),
  })}`;
}

function renderStatus(v: QuestionsView, jobDetails: boolean): TemplateResult {
  const status = v.entry.answers.status;
  return choices({
    type: 'radio',
    name: 'status',
    id: 'status',
    legend: v.t('prompt.q1.legend'),
    large: true,
    errors: v.errors('status'),
    errorPrefix: v.t('common.error.prefix'),
    disabled: v.disabled,
    options: WORK_STATUSES.map((s) => ({
      value: s,
      id: `status-${s}`,
      label: v.t(`prompt.status.${s}`),
      checked: status === s,
      after: jobDetails && status === s ? renderJobDetails(v) : nothing,
    })),
    onChange: (s) => v.status(s),
  });
}

function renderJobDetails(v: QuestionsView): TemplateResult {
  const { answers, hoursText } = v.entry;
  const prefix = v.t('common.error.prefix');
  return html`
    <div class="conditional">
      ${textField({
        id: 'job-title',
        label: optional(v, 'prompt.jobTitle.label'),
        hint: v.t('prompt.jobTitle.hint'),
        value: answers.jobTitle,
        width: 'width-20',
        spellcheck: false,
        errors: v.errors('jobTitle'),
        errorPrefix: prefix,
        disabled: v.disabled,
        onInput: (text) => v.jobTitle(text),
        onBlur: () => v.left('jobTitle'),
      })}
      ${textField({
        id: 'hours',
        label: optional(v, 'prompt.hours.label'),
        value: hoursText,
        width: 'width-4',
        inputmode: 'decimal',
        spellcheck: false,
        errors: v.errors('hours'),
        errorPrefix: prefix,
        disabled: v.disabled,
        onInput: (text) => v.hours(text),
        onBlur: () => v.left('hours'),
      })}
      ${choices({
        type: 'radio',
        name: 'activity',
        id: 'activity',
        legend: optional(v, 'prompt.activity.legend'),
        errors: [],
        errorPrefix: prefix,
        disabled: v.disabled,
        options: ACTIVITY_LEVELS.map((level) => ({
          value: level,
          id: `activity-${level}`,
          label: v.t(`prompt.activity.${level}`),
          checked: answers.pattern.activity === level,
        })),
        onChange: (level) => v.activity(level),
      })}
      ${choices({
        type: 'checkbox',
        id: 'demands',
        legend: optional(v, 'prompt.demands.legend'),
        hint: v.t('prompt.demands.hint'),
        errors: [],
        errorPrefix: prefix,
        disabled: v.disabled,
        options: WORK_DEMANDS.map((key) => ({
          value: key,
          id: `demand-${key}`,
          label: v.t(`prompt.demands.${key}`),
          checked: answers.pattern[key],
        })),
        onChange: (key, checked) => v.demand(key, checked),
      })}
    </div>
  `;
}

function renderManaging(v: QuestionsView): TemplateResult {
  const managing = v.entry.answers.managing;
  return choices({
    type: 'radio',
    name: 'managing',
    id: 'managing',
    legend: v.t('prompt.q2.legend'),
    large: true,
    errors: [],
    errorPrefix: v.t('common.error.prefix'),
    disabled: v.disabled,
    options: MANAGING.map((m) => ({
      value: m,
      id: `managing-${m}`,
      label: v.t(`prompt.managing.${m}`),
      checked: managing === m,
      after: m === 'off-sick' && managing === 'off-sick' ? renderOffSick(v) : nothing,
    })),
    onChange: (m) => v.managing(m),
  });
}

function renderOffSick(v: QuestionsView): TemplateResult {
  const since = v.entry.answers.offSickSince;
  const absence = since ? absenceLength(since, v.today) : null;
  const [error] = v.errors('offSickSince');
  return html`
    <div class="conditional">
      ${renderDateInput({
        id: 'off-sick-since',
        legend: v.t('prompt.offSick.legend'),
        hint: v.t('prompt.offSick.hint'),
        fields: v.entry.dateFields,
        ...(error ? { error } : {}),
        disabled: v.disabled,
        lang: v.language,
        onInput: (fields) => v.offSickSince(fields),
        onBlur: () => v.left('offSickSince'),
      })}
      <p class="hint absence" aria-live="polite">
        ${absence && !error
          ? v.t('prompt.offSick.length', { length: formatAbsence(absence, v.language), date: formatLongDate(absence.since, v.language) })
          : nothing}
      </p>
    </div>
  `;
}

/** "Not ready to think about work yet" comes last, after an "or": it excludes every other choice. */
function renderHelp(v: QuestionsView): TemplateResult {
  const chosen = new Set(v.entry.answers.whatMayHelp);
  const divider = (option: TemplateResult) => html`<div class="checkboxes__divider">${v.t('prompt.help.or')}</div>
    ${option}`;
  const order: WhatMayHelp[] = [...WHAT_MAY_HELP.filter((h) => h !== 'not-ready'), 'not-ready'];
  return choices({
    type: 'checkbox',
    id: 'help',
    legend: v.t('prompt.q3.legend'),
    large: true,
    hint: v.t('prompt.q3.hint'),
    errors: [],
    errorPrefix: v.t('common.error.prefix'),
    disabled: v.disabled,
    options: order.map((h) => ({
      value: h,
      id: `help-${h}`,
      label: v.t(`prompt.help.${h}`),
      checked: chosen.has(h),
      ...(h === 'not-ready' ? { wrap: divider } : {}),
    })),
    onChange: (h, checked) => v.help(h, checked),
  });
}
