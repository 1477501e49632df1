// The same fictional patient in every form on the page, as properties.
const patient = { name: 'Chris Example', nhsNumber: '9990000042', dateOfBirth: '1975-07-30' };
const conditions = [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }];
for (const el of document.querySelectorAll('fit-note-form')) Object.assign(el, { patient, conditions, context: { patientId: 'patient-123' } });
for (const el of document.querySelectorAll('local-services-picker')) Object.assign(el, { conditions, context: { patientId: 'patient-123' } });
