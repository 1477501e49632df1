/**
 * The patient's plan ("Your plan"): what the fit note says, what the advised changes mean, the
 * services the practice refers the patient to or that they can contact, and when to come back, in plain
 * words for the patient (reading age about 9, no codes), in the `lang` asked for (default English).
 * `<fit-note-form>` shows it after the note is confirmed and prints it; `planText` is the same plan
 * as plain text, for the `fit-note-submit` detail and for hosts that print or send text.
 */
import { isCalendarDate } from './dates.js';
import { repairFitNote } from './fit-note.js';
import { joinList, tickedAdjustments } from './narrative.js';
import { lengthAsDuration, lengthFromPeriod } from './period.js';
import { ServiceSchema, type FitNote, type Service } from './schemas.js';
import { message, type MessageId, type MessageParams } from '../messages/index.js';

/** Where a referral stands, as the host acknowledged it (`<local-services-picker>`'s `acknowledge`). */
export const REFERRAL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** A referral or signposting made in the consultation: `fit-note-referral`'s detail fits this shape. */
export interface PlanReferral {
  service: Service;
  /** True when the patient was given the details to contact the service; false when the service was asked to contact them. */
  signposted: boolean;
  /**
   * Whether the host sent the referral: 'pending' (the default, also for anything unknown) until it
   * says 'sent' or 'failed'. Not read for signposting, where nothing is sent.
   */
  status?: ReferralStatus;
}

/** One thing in a list: a name in bold on screen, then what it means and how to get in touch. */
export interface PlanItem {
  name: string;
  lines: string[];
}

export interface PlanList {
  intro: string;
  items: PlanItem[];
}

export interface PlanSection {
  id: 'note' | 'changes' | 'services' | 'next';
  heading: string;
  lines: string[];
  lists: PlanList[];
  /** Lines after the lists. */
  after: string[];
}

export interface Plan {
  title: string;
  /** Who the plan is for, who made it and when. */
  byline: string[];
  sections: PlanSection[];
}

/**
 * The plan for `note` with the services of this consultation. Reads any input: a field it cannot use
 * is left out, never guessed; a referral without a usable service is left out.
 */
export function patientPlan(note: FitNote, referrals: readonly PlanReferral[] = [], options: { lang?: string } = {}): Plan {
  const lang = typeof options?.lang === 'string' ? options.lang : undefined;
  const t: T = (id, params) => message(id, params, lang);
  const { note: n } = repairFitNote(note, { unknownDates: 'blank' });
  const byline: string[] = [];
  if (n.patient) byline.push(t('plan.for', { name: n.patient.name.trim() }));
  if (isCalendarDate(n.statementDate)) {
    const date = n.statementDate;
    byline.push(n.issuer?.name.trim() ? t('plan.made', { date, issuer: n.issuer.name.trim() }) : t('plan.madeNoIssuer', { date }));
  }
  const sections: PlanSection[] = [noteSection(n, t, lang)];
  const adjustments = n.fitness === 'may-be-fit' ? tickedAdjustments(n) : [];
  if (adjustments.length) {
    sections.push({
      id: 'changes',
      heading: t('plan.changes.heading'),
      lines: [],
      lists: [
        {
          intro: t('plan.changes.intro'),
          items: adjustments.map((key) => ({ name: t(`plan.adjustment.${key}.name`), lines: [t(`plan.adjustment.${key}.what`)] })),
        },
      ],
      after: [t('plan.changes.talk'), t('plan.changes.cannot')],
    });
  }
  const services = servicesSection(usableReferrals(referrals), t);
  if (services) sections.push(services);
  sections.push(nextSection(n, t));
  return { title: t('plan.title'), byline, sections };
}

/** The plan as plain text: the title, then each section under its heading, list items marked "- ". */
export function planText(note: FitNote, referrals: readonly PlanReferral[] = [], options: { lang?: string } = {}): string {
  const plan = patientPlan(note, referrals, options);
  const blocks = [[plan.title, ...plan.byline].join('\n')];
  for (const section of plan.sections) {
    const lines = [section.heading, ...section.lines];
    for (const list of section.lists) {
      lines.push(list.intro);
      for (const item of list.items) lines.push(`- ${item.name}`, ...item.lines.map((line) => `  ${line}`));
    }
    lines.push(...section.after);
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}

type T = (id: MessageId, params?: MessageParams) => string;

function noteSection(n: FitNote, t: T, lang: string | undefined): PlanSection {
  const lines = [t(n.fitness === 'not-fit' ? 'plan.note.notFit' : 'plan.note.mayBeFit')];
  const conditions = n.conditions.map((c) => c.display.trim()).filter(Boolean);
  if (conditions.length) lines.push(t('plan.note.conditions', { conditions: joinList(conditions, lang) }));
  const { start, end } = n.period;
  const length = lengthFromPeriod(n.period);
  if (isCalendarDate(start) && end === null) lines.push(t('plan.note.indefinite', { start }));
  else if (length && isCalendarDate(start) && isCalendarDate(end)) {
    lines.push(t('plan.note.period', { length: lengthAsDuration(length), start, end }));
  } else lines.push(t('plan.note.periodUnknown'));
  if (n.comments.trim()) lines.push(t('plan.note.comments'), n.comments.trim());
  lines.push(t('plan.note.show'));
  return { id: 'note', heading: t('plan.note.heading'), lines, lists: [], after: [] };
}

type UsableReferral = Required<PlanReferral>;

function usableReferrals(referrals: readonly PlanReferral[]): UsableReferral[] {
  if (!Array.isArray(referrals)) return [];
  const usable: UsableReferral[] = [];
  for (const r of referrals as unknown[]) {
    if (typeof r !== 'object' || r === null) continue;
    const { service, signposted, status } = r as Partial<PlanReferral>;
    const parsed = ServiceSchema.safeParse(service);
    const known = (REFERRAL_STATUSES as readonly unknown[]).includes(status) ? (status as ReferralStatus) : 'pending';
    if (parsed.success) usable.push({ service: parsed.data, signposted: signposted === true, status: known });
  }
  return usable;
}

function contactLines(service: Service, t: T): string[] {
  const lines: string[] = [];
  if (service.url) lines.push(t('plan.services.website', { url: service.url }));
  if (service.telephone?.trim()) lines.push(t('plan.services.telephone', { telephone: service.telephone.trim() }));
  if (service.email?.trim()) lines.push(t('plan.services.email', { email: service.email.trim() }));
  const address = [service.address?.trim(), service.postcode?.trim()].filter(Boolean).join(', ');
  if (address) lines.push(t('plan.services.address', { address }));
  return lines.length ? lines : [t('plan.services.noContact')];
}

/**
 * What the plan says of a referral, by its status. Until the host says it sent the referral, the
 * practice will refer the patient: no line says the service will get in touch, as nothing has reached
 * it (and a built-in entry has no contact details to offer instead).
 */
const REFERRAL_WORDING = {
  sent: { intro: 'plan.services.refer.sent', next: 'plan.services.refer.sentNext' },
  pending: { intro: 'plan.services.refer.pending', next: 'plan.services.refer.pendingNext' },
  failed: { intro: 'plan.services.refer.failed', next: 'plan.services.refer.failedNext' },
} as const satisfies Record<ReferralStatus, { intro: MessageId; next: MessageId }>;

function servicesSection(referrals: UsableReferral[], t: T): PlanSection | null {
  if (!referrals.length) return null;
  const what = (s: Service) => t(`plan.service.${s.category}`);
  // Signposted to a service only the employer can ask for (occupational health): the patient asks the employer.
  const viaEmployer = (s: Service) => s.referral.employer && !s.referral.self;
  const self = referrals.filter((r) => r.signposted && !viaEmployer(r.service));
  const employer = referrals.filter((r) => r.signposted && viaEmployer(r.service));
  const lists: PlanList[] = [];
  for (const status of ['sent', 'pending', 'failed'] as const) {
    const referred = referrals.filter((r) => !r.signposted && r.status === status);
    if (!referred.length) continue;
    const words = REFERRAL_WORDING[status];
    lists.push({
      intro: t(words.intro),
      items: referred.map(({ service }) => ({ name: service.name.trim(), lines: [what(service), t(words.next)] })),
    });
  }
  if (self.length) {
    lists.push({
      intro: t('plan.services.self'),
      items: self.map(({ service }) => ({ name: service.name.trim(), lines: [what(service), ...contactLines(service, t)] })),
    });
  }
  if (employer.length) {
    lists.push({ intro: t('plan.services.employer'), items: employer.map(({ service }) => ({ name: service.name.trim(), lines: [what(service)] })) });
  }
  return { id: 'services', heading: t('plan.services.heading'), lines: [], lists, after: [] };
}

function nextSection(n: FitNote, t: T): PlanSection {
  const { end } = n.period;
  const lines: string[] = [];
  // Not yet answered: neither "book a time" nor "you do not need to see us" would be true.
  if (n.reassessmentNeeded === null) lines.push(t('plan.next.reviewUnknown'));
  else if (isCalendarDate(end)) lines.push(t(n.reassessmentNeeded ? 'plan.next.review' : 'plan.next.noReview', { end }));
  else lines.push(t(n.reassessmentNeeded ? 'plan.next.reviewIndefinite' : 'plan.next.noReviewIndefinite'));
  lines.push(t('plan.next.worse'));
  return { id: 'next', heading: t('plan.next.heading'), lines, lists: [], after: [] };
}
