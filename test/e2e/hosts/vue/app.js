// @ts-check
// A Vue 3 host: the elements used directly in a template, as Vue's docs describe for custom
// elements. Bundled by esbuild from the built package (test/e2e/embed.test.mjs).
import { createApp, ref } from 'vue';
import 'fit-note-widgets';
import { CONDITIONS, CONTEXT, ICB, ISSUER, PATIENT } from '../data.js';

/** @type {{ type: string, detail: unknown }[]} */
const received = [];
Object.assign(window, { received });

const app = createApp({
  setup() {
    /** @type {import('vue').Ref<import('fit-note-widgets').FitNoteForm | null>} */
    const form = ref(null);
    return {
      form,
      patient: PATIENT,
      issuer: ISSUER,
      conditions: CONDITIONS,
      context: CONTEXT,
      icb: ICB,
      /** @param {CustomEvent<import('fit-note-widgets').FitNoteSubmitDetail>} event */
      async onSubmit(event) {
        const { messageId } = event.detail;
        // Stands in for the host's record: saving takes a round trip, then the form is told.
        await new Promise((done) => setTimeout(done, 10));
        received.push({ type: event.type, detail: event.detail });
        form.value?.acknowledge(messageId, { status: 'saved' });
      },
      /** @param {CustomEvent<import('fit-note-widgets').ReferralDetail>} event */
      onReferral(event) {
        received.push({ type: event.type, detail: event.detail });
      },
    };
  },
  template: `
    <main>
      <h1>Vue host</h1>
      <fit-note-form
        id="form"
        ref="form"
        :icb="icb"
        .patient="patient"
        .issuer="issuer"
        .conditions="conditions"
        .context="context"
        @fit-note-submit="onSubmit"
      ></fit-note-form>
      <local-services-picker
        id="picker"
        :icb="icb"
        .conditions="conditions"
        .context="context"
        @fit-note-referral="onReferral"
      ></local-services-picker>
    </main>
  `,
});
// Tell Vue's template compiler that tags with a hyphen are custom elements, not Vue components.
app.config.compilerOptions.isCustomElement = (/** @type {string} */ tag) => tag.includes('-');
app.mount('#app');
