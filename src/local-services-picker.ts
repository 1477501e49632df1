/**
 * Defines `<local-services-picker>`. Import this file (or the package) to use the tag; import the
 * class from `./elements/local-services-picker/local-services-picker.js` to extend it without defining.
 */
import { define } from './internal/define.js';
import { LocalServicesPicker } from './elements/local-services-picker/local-services-picker.js';

define('local-services-picker', LocalServicesPicker);

export { LocalServicesPicker };
export type { ServiceProvider } from './elements/local-services-picker/local-services-picker.js';
export type { ChosenService, ReferralDetail, ServicesChangeDetail, ServicesErrorDetail } from './elements/local-services-picker/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'local-services-picker': LocalServicesPicker;
  }
}
