// An app bundled from the npm package that also finds the script-tag build on the page.
import { VERSION } from 'fit-note-widgets';
import { CONDITIONS, CONTEXT, ISSUER, PATIENT } from '../data.js';

const form = document.getElementById('form');
Object.assign(form, { patient: PATIENT, issuer: ISSUER, conditions: CONDITIONS, context: CONTEXT });
window.received = [];
form.addEventListener('fit-note-submit', (event) => window.received.push({ type: event.type, detail: event.detail }));
window.npmCopy = VERSION;
