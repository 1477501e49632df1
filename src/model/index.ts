/**
 * The domain model: schemas, dates, rules, wording and FHIR mapping. No DOM; importing it defines no
 * element. Available as `fit-note-widgets/model`.
 */
export * from './schemas.js';
export * from './dates.js';
export * from './period.js';
export * from './rules.js';
export * from './fit-note.js';
export * from './narrative.js';
export * from './fhir.js';
export * from './envelope.js';
export * from './work-question.js';
export * from './services.js';
export * from './plan.js';
export * from './referral.js';
export * from './period-editor.js';
export * from './draft.js';
export * from './suggestions.js';
export * from './condition-groups.js';
export * from './advice-templates.js';
export * from './period-shorthand.js';
export { ICBS_2023, type Icb2023 } from '../data/icbs.js';
export { ICB_SUCCESSIONS_2026, ICB_SUCCESSION_DATE, type IcbSuccession, type IcbSuccessionPart } from '../data/icb-successions.js';
export { SNOMED, SYSTEMS } from './codes.js';
export { newUuid } from './ids.js';
export { message, plural, formatNumber, isMessageId, registerCatalogue, SUPPORTED_LANGUAGES, type MessageId, type MessageParams, type Catalogue } from '../messages/index.js';
