/**
 * The English catalogue, assembled from one module per area so each area's wording can be reviewed
 * together. Ids must be unique across areas: `test/messages.test.ts` fails on a clash.
 */
import { common } from './common.js';
import { model } from './model.js';
import { form } from './form.js';
import { prompt } from './prompt.js';
import { picker } from './picker.js';
import { plan } from './plan.js';
import { templates } from './templates.js';

export const areas = { common, model, form, prompt, picker, plan, templates } as const;

export const en = {
  ...common,
  ...model,
  ...form,
  ...prompt,
  ...picker,
  ...plan,
  ...templates,
} as const;
