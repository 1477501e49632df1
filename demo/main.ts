/**
 * The demo page. Until the elements land it is a rules playground: change the note on the left and
 * see the rules (R1–R12), the note in words and its FHIR Bundle on the right, straight from the model.
 * Everything is written with textContent: nothing typed here is ever parsed as markup.
 */
import {
  createFitNote,
  fitNoteNarrative,
  fitNoteToFhir,
  periodFromLength,
  todayLocal,
  validateFitNote,
  type FitNote,
  type PeriodUnit,
} from '../src/model/index.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function read(): { note: FitNote; today: string } {
  const today = $<HTMLInputElement>('today').value || todayLocal();
  const note = createFitNote({
    today,
    patient: { name: 'Alex Example (fictional)', nhsNumber: '9999999999', dateOfBirth: '1980-03-03' },
    issuer: { name: 'Dr Sam Sample', profession: 'doctor', address: 'Example Surgery' },
  });
  const condition = $<HTMLInputElement>('condition').value;
  if (condition.trim()) note.conditions = [{ display: condition }];
  note.fitness = $<HTMLSelectElement>('fitness').value as FitNote['fitness'];
  note.adjustments.amendedDuties = $<HTMLInputElement>('amended').checked;
  note.comments = $<HTMLTextAreaElement>('comments').value;
  note.sixMonthsOrMore = $<HTMLInputElement>('six').checked;
  const start = $<HTMLInputElement>('start').value || today;
  if ($<HTMLInputElement>('indefinite').checked) note.period = { start, end: null };
  else {
    const period = periodFromLength(start, { count: Number($<HTMLInputElement>('count').value), unit: $<HTMLSelectElement>('unit').value as PeriodUnit });
    note.period = period ?? { start, end: start };
  }
  return { note, today };
}

function update() {
  const { note, today } = read();
  const validity = validateFitNote(note, { today });
  const list = $<HTMLUListElement>('issues');
  list.replaceChildren(
    ...[...validity.errors.map((i) => ['error', i] as const), ...validity.warnings.map((i) => ['warning', i] as const)].map(([kind, issue]) => {
      const li = document.createElement('li');
      li.className = kind;
      li.textContent = `${issue.rule} (${kind}, ${issue.field}): ${issue.message}`;
      return li;
    }),
  );
  $('valid').textContent = validity.valid ? 'Valid: the note can be confirmed.' : `Not valid: ${validity.errors.length} error(s).`;
  $('narrative').textContent = fitNoteNarrative(note);
  $('fhir').textContent = JSON.stringify(fitNoteToFhir(note, { patientId: 'example-patient', userId: 'example-user' }), null, 2);
}

$<HTMLInputElement>('today').value = todayLocal();
$<HTMLInputElement>('start').value = todayLocal();
document.querySelector('form')?.addEventListener('input', update);
document.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
update();
