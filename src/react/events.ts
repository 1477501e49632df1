/**
 * Which DOM events each React wrapper turns into a callback prop. The prop name is derived from the
 * event name (`fit-note-submit` → `onFitNoteSubmit`) in the types and at run time alike, and a test
 * (test/react/wrappers.test.mjs) compares these lists with custom-elements.json, so the wrappers
 * cannot drift from the elements. No React at run time here: the test loads this module alone.
 */
import type { EventName } from '@lit/react';
import type { FitNoteWidgetsEventMap, FitNoteWidgetsEventName } from '../internal/emit.js';

type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** The callback prop of an event: `fit-note-submit` → `onFitNoteSubmit`. */
export type ReactEventProp<E extends string> = `on${Pascal<E>}`;

/** Callback prop → event name, typed so that each callback receives `CustomEvent<detail>`. */
export type ReactEvents<E extends FitNoteWidgetsEventName> = {
  [K in E as ReactEventProp<K>]: EventName<CustomEvent<FitNoteWidgetsEventMap[K]>>;
};

export function reactEventProp<E extends string>(event: E): ReactEventProp<E> {
  const pascal = event
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return `on${pascal}` as ReactEventProp<E>;
}

function reactEvents<E extends FitNoteWidgetsEventName>(events: readonly E[]): ReactEvents<E> {
  return Object.fromEntries(events.map((event) => [reactEventProp(event), event])) as unknown as ReactEvents<E>;
}

const FORM = ['fit-note-change', 'fit-note-invalid', 'fit-note-submit'] as const;
const PROMPT = ['work-question-change', 'work-question-complete'] as const;
const PICKER = ['fit-note-referral', 'local-services-change', 'local-services-error'] as const;

/**
 * Each element's own events, as its `@fires` tags list them, and the elements it contains: the form
 * holds a prompt and a picker whose events bubble out of it unchanged (CONTRACT.md), so its wrapper
 * takes their callbacks too.
 */
export const WRAPPED = {
  'fit-note-form': { events: FORM, contains: ['work-question-prompt', 'local-services-picker'] },
  'work-question-prompt': { events: PROMPT, contains: [] },
  'local-services-picker': { events: PICKER, contains: [] },
} as const;

export const formEvents = reactEvents([...FORM, ...PROMPT, ...PICKER]);
export const promptEvents = reactEvents(PROMPT);
export const pickerEvents = reactEvents(PICKER);
