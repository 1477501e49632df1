/**
 * The demo EHR: a host page as an EHR vendor would write it, in plain DOM code. It passes the patient,
 * issuer, conditions and context to <fit-note-form> as properties, lets you switch patient, ICB,
 * profession, date and theme, and logs every event the elements send, with buttons that acknowledge a
 * submitted note as saved or failed. Everything is written with textContent: nothing is parsed as markup.
 */
import '../src/index.js';
import { formatLongDate, formatNhsNumber, icbChoices, isCalendarDate, todayLocal } from '../src/index.js';
import { DEMO_PROFESSIONS, SAMPLE_ISSUER, SAMPLE_PATIENTS, type SamplePatient } from './samples.js';

type FitNoteFormElement = HTMLElementTagNameMap['fit-note-form'];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<FitNoteFormElement>('form');
const patientSelect = $<HTMLSelectElement>('patient-select');
const icbSelect = $<HTMLSelectElement>('icb-select');
const professionSelect = $<HTMLSelectElement>('profession-select');
const todayInput = $<HTMLInputElement>('today-input');
const log = $<HTMLOListElement>('log');

function option(value: string, label: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

SAMPLE_PATIENTS.forEach((p, i) => patientSelect.append(option(String(i), p.label)));
const { current, former } = icbChoices();
const groups: [string, typeof current][] = [
  ['ICBs from April 2026', current],
  ['ICBs before April 2026', former],
];
for (const [label, icbs] of groups) {
  const group = document.createElement('optgroup');
  group.label = label;
  for (const icb of icbs) group.append(option(icb.code, `${icb.name} (${icb.code})`));
  icbSelect.append(group);
}
for (const p of DEMO_PROFESSIONS) professionSelect.append(option(p.value, p.label));
todayInput.value = todayLocal();

const APPOINTMENTS: Record<SamplePatient['appointment'], string> = {
  'face-to-face': 'face-to-face appointment',
  telephone: 'telephone appointment',
  video: 'video appointment',
  'written-report': 'written report',
};

const currentSample = () => SAMPLE_PATIENTS[Number(patientSelect.value)] ?? SAMPLE_PATIENTS[0]!;

function showPatient(index: number) {
  const sample = SAMPLE_PATIENTS[index] ?? SAMPLE_PATIENTS[0]!;
  const { patient } = sample;
  $('banner-name').textContent = patient.name;
  const details = [
    patient.nhsNumber ? `NHS number ${formatNhsNumber(patient.nhsNumber)}` : '',
    patient.dateOfBirth ? `born ${formatLongDate(patient.dateOfBirth)}` : '',
    APPOINTMENTS[sample.appointment],
  ].filter(Boolean);
  $('banner-details').textContent = details.join(' · ');
  icbSelect.value = sample.icb;
  form.setAttribute('icb', sample.icb);
  // Context first: a new patientId resets the form, so nothing carries over from the last patient.
  form.context = sample.context;
  form.patient = patient;
  form.conditions = sample.conditions;
  // The EHR knows how the appointment is held, so the clinician does not have to say it again.
  form.value = { ...form.value, assessmentMethod: sample.appointment };
}

patientSelect.addEventListener('change', () => showPatient(Number(patientSelect.value)));
icbSelect.addEventListener('change', () => form.setAttribute('icb', icbSelect.value));
professionSelect.addEventListener('change', () => {
  form.issuer = { ...SAMPLE_ISSUER, profession: professionSelect.value } as typeof SAMPLE_ISSUER;
});
todayInput.addEventListener('change', () => {
  if (!isCalendarDate(todayInput.value)) return;
  form.setAttribute('today', todayInput.value);
  // A demo control: the consultation starts again on the new day, with the appointment type.
  form.reset();
  form.value = { ...form.value, assessmentMethod: currentSample().appointment };
});
$('density-select').addEventListener('change', (e) => form.setAttribute('density', (e.target as HTMLSelectElement).value));
$('theme-select').addEventListener('change', (e) => {
  document.documentElement.dataset.theme = (e.target as HTMLSelectElement).value;
});
$('clear-log').addEventListener('click', () => log.replaceChildren());

form.issuer = SAMPLE_ISSUER;
form.setAttribute('today', todayInput.value);
showPatient(0);

const EVENTS = [
  'fit-note-change',
  'fit-note-invalid',
  'fit-note-submit',
  'fit-note-referral',
  'work-question-change',
  'work-question-complete',
  'local-services-change',
  'local-services-error',
] as const;

/** Change events come on every keystroke: they update one line each instead of flooding the log. */
const running = new Map<string, { item: HTMLLIElement; count: number }>();

function entry(name: string, detail: unknown): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'log-entry';
  const heading = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = name;
  const time = document.createElement('span');
  time.className = 'log-time';
  time.textContent = ` at ${new Date().toLocaleTimeString('en-GB')}`;
  heading.append(strong, time);
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'detail';
  const pre = document.createElement('pre');
  pre.textContent = JSON.stringify(detail, null, 2);
  details.append(summary, pre);
  item.append(heading, details);
  return item;
}

function acknowledgeButtons(messageId: string): HTMLElement {
  const wrap = document.createElement('p');
  wrap.className = 'log-actions';
  const saved = document.createElement('button');
  saved.type = 'button';
  saved.textContent = 'Acknowledge as saved';
  saved.addEventListener('click', () => form.acknowledge(messageId, { status: 'saved', location: `Consultation record, ${new Date().toLocaleTimeString('en-GB')}` }));
  const failed = document.createElement('button');
  failed.type = 'button';
  failed.textContent = 'Acknowledge as failed';
  failed.addEventListener('click', () => form.acknowledge(messageId, { status: 'failed' }));
  wrap.append(saved, failed);
  return wrap;
}

for (const name of EVENTS) {
  document.addEventListener(name, (event) => {
    const detail = (event as CustomEvent).detail as Record<string, unknown>;
    if (name.endsWith('-change')) {
      const existing = running.get(name);
      if (existing && log.contains(existing.item)) {
        existing.count += 1;
        existing.item.querySelector('strong')!.textContent = `${name} ×${existing.count}`;
        existing.item.querySelector('pre')!.textContent = JSON.stringify(detail, null, 2);
        return;
      }
      const item = entry(name, detail);
      running.set(name, { item, count: 1 });
      log.prepend(item);
      return;
    }
    const item = entry(name, detail);
    if (name === 'fit-note-submit' && typeof detail?.messageId === 'string') item.append(acknowledgeButtons(detail.messageId));
    log.prepend(item);
  });
}
