// The page script of the consultation pages (strict CSP, privacy): passes the host's data to the
// three elements as properties, records what they send, and acknowledges the saved note. A function,
// not top-level code: these files sit inside the package, whose `sideEffects` list would let a
// bundler drop a bare `import './consultation-page.js'`.
import { CONDITIONS, CONTEXT, ISSUER, PATIENT } from './data.js';

/** `hostData` replaces the fictional patient's data (the privacy test passes hostile strings). */
export function setUpConsultation(hostData = { patient: PATIENT, issuer: ISSUER, conditions: CONDITIONS, context: CONTEXT }) {
  const received = [];
  for (const type of ['work-question-complete', 'fit-note-submit', 'fit-note-invalid', 'fit-note-referral', 'local-services-error']) {
    document.addEventListener(type, (event) => received.push({ type, detail: event.detail }));
  }
  Object.assign(window, { received });

  const { patient, issuer, conditions, context, services } = hostData;
  const form = document.getElementById('form');
  Object.assign(form, { patient, issuer, conditions, context });
  Object.assign(document.getElementById('prompt'), { conditions, context });
  const picker = document.getElementById('picker');
  Object.assign(picker, { conditions, context });
  if (services) picker.services = services;

  form.addEventListener('fit-note-submit', async (event) => {
    await Promise.resolve();
    form.acknowledge(event.detail.messageId, { status: 'saved' });
  });
}
