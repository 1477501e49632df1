// @ts-check
// A React 19 host: the wrappers from `fit-note-widgets/react`, typed props and typed callbacks.
// Bundled by esbuild from the built package (test/e2e/embed.test.mjs) and type-checked against the
// built declarations (test/e2e/hosts/tsconfig.json).
import { StrictMode, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { FitNoteForm, LocalServicesPicker, WorkQuestionPrompt } from 'fit-note-widgets/react';
import { CONDITIONS, CONTEXT, ICB, ISSUER, PATIENT } from '../data.js';

/** @type {{ type: string, detail: unknown }[]} */
const received = [];
Object.assign(window, { received });

/** Stands in for the host's record: saving takes a round trip, then the form is told. */
async function saveToRecord(/** @type {string} */ type, /** @type {unknown} */ detail) {
  await new Promise((done) => setTimeout(done, 10));
  received.push({ type, detail });
}

function App() {
  /** @type {import('react').RefObject<import('fit-note-widgets').FitNoteForm | null>} */
  const form = useRef(null);
  return (
    <main>
      <h1>React host</h1>
      <WorkQuestionPrompt
        id="prompt"
        context={CONTEXT}
        conditions={CONDITIONS}
        onWorkQuestionComplete={(event) => received.push({ type: event.type, detail: event.detail.suggestions })}
      />
      <FitNoteForm
        id="form"
        ref={form}
        patient={PATIENT}
        issuer={ISSUER}
        conditions={CONDITIONS}
        context={CONTEXT}
        icb={ICB}
        onFitNoteSubmit={async (event) => {
          // The detail is typed: the envelope, the FitNote and its FHIR Bundle.
          const { messageId, fitNote } = event.detail;
          /** @type {string} */
          const start = fitNote.period.start;
          await saveToRecord(event.type, event.detail);
          form.current?.acknowledge(messageId, { status: 'saved', location: `fit note from ${start}` });
        }}
      />
      <LocalServicesPicker
        id="picker"
        icb={ICB}
        conditions={CONDITIONS}
        context={CONTEXT}
        onFitNoteReferral={(event) => received.push({ type: event.type, detail: event.detail })}
        // @ts-expect-error the callbacks are typed: a referral carries no `fitNote`
        onLocalServicesChange={(event) => event.detail.fitNote}
      />
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
