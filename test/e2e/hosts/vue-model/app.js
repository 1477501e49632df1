// @ts-check
// A Vue 3 host binding <fit-note-form> with v-model, as Vue binds a native input: Vue sets the
// element's `value` and listens for its `input` event. Bundled by esbuild from the built package
// (test/e2e/embed.test.mjs).
import { createApp, ref } from 'vue';
import 'fit-note-widgets';
import { CONDITIONS, CONTEXT, ISSUER, PATIENT } from '../data.js';

const app = createApp({
  setup() {
    /** @type {import('vue').Ref<import('fit-note-widgets').FitNote | null>} */
    const note = ref(null);
    return {
      note,
      patient: PATIENT,
      issuer: ISSUER,
      conditions: CONDITIONS,
      context: CONTEXT,
      /** The host puts a saved draft back, as it would after the clinician navigated away and back. */
      restore() {
        if (note.value) note.value = { ...note.value, comments: 'Restored by the host.', fitness: 'not-fit' };
      },
    };
  },
  template: `
    <main>
      <h1>Vue host with v-model</h1>
      <fit-note-form id="form" v-model="note" .patient="patient" .issuer="issuer" .conditions="conditions" .context="context"></fit-note-form>
      <p>Bound comments: <output id="bound-comments">{{ note ? note.comments : '' }}</output></p>
      <p>Bound advice: <output id="bound-fitness">{{ note ? note.fitness : '' }}</output></p>
      <button id="restore" type="button" @click="restore">Restore the saved draft</button>
    </main>
  `,
});
app.config.compilerOptions.isCustomElement = (/** @type {string} */ tag) => tag.includes('-');
app.mount('#app');
