/**
 * Shared look: the NHS.UK design (colours, type, spacing, radii, focus ring) as CSS custom properties
 * with NHS defaults, and the form patterns every element uses. Hosts theme the elements by setting the
 * `--fnw-*` properties on the element or any ancestor (docs/theming.md). Every colour, font, spacing
 * and radius the elements use comes from one of these; line widths, control sizes and the offsets
 * aligned to them stay fixed. The build copies the `@cssprop` lines below into each element's entry
 * in custom-elements.json.
 *
 * @cssprop --fnw-color-text - Text, and the pressed state of buttons and tags (default `#212b32`).
 * @cssprop --fnw-color-secondary-text - Hints, captions and secondary details (default `#4c6272`).
 * @cssprop --fnw-color-link - Links and link-like buttons (default `#005eb8`).
 * @cssprop --fnw-color-link-hover - Links under the pointer (default `#7c2855`).
 * @cssprop --fnw-color-focus - The focus highlight, NHS yellow (default `#ffeb3b`).
 * @cssprop --fnw-color-focus-text - Text on the focus highlight and the bar under it (default `#212b32`).
 * @cssprop --fnw-color-error - Error messages, the error summary and fields in error (default `#d5281b`).
 * @cssprop --fnw-color-primary - The primary button (default `#007f3b`).
 * @cssprop --fnw-color-primary-shadow - The edge under the primary button (default `#00401e`).
 * @cssprop --fnw-color-primary-hover - The primary button under the pointer (default `#00662f`).
 * @cssprop --fnw-color-secondary-button - Secondary buttons, such as the period lengths (default `#4c6272`).
 * @cssprop --fnw-color-secondary-button-shadow - The edge under secondary buttons (default `#263139`).
 * @cssprop --fnw-color-secondary-button-hover - Secondary buttons under the pointer (default `#384853`).
 * @cssprop --fnw-color-button-text - Text on primary and secondary buttons (default `#ffffff`).
 * @cssprop --fnw-color-border - Borders of inputs and panels (default `#4c6272`).
 * @cssprop --fnw-color-border-light - Dividers, card edges and conditional-question bars (default `#d8dde0`).
 * @cssprop --fnw-color-background - Background of the elements, inputs and cards (default `#ffffff`).
 * @cssprop --fnw-color-panel - Background of insets, the patient banner, suggestions and the note in words (default `#f0f4f5`).
 * @cssprop --fnw-color-brand - Edges of insets and panels, tags and pressed filters: NHS blue (default `#005eb8`).
 * @cssprop --fnw-color-on-brand - Text on a brand-coloured fill: pressed filters and accepted suggestions (default `#ffffff`).
 * @cssprop --fnw-color-warning-background - Background of warnings (default `#fff9c4`).
 * @cssprop --fnw-color-warning-border - Edge of warnings (default `#ffeb3b`).
 * @cssprop --fnw-color-success - Saved status, self-referral tags and completed outcomes (default `#007f3b`).
 * @cssprop --fnw-color-shadow - Shadow under floating panels: help popovers and the results list (default `rgb(0 0 0 / 20%)`).
 * @cssprop --fnw-font-family - Font of everything in the elements; to use the page's own font instead, see docs/theming.md (default `'Frutiger W01', Arial, sans-serif`).
 * @cssprop --fnw-font-size - Base font size; headings and small print scale from it (default `1rem`).
 * @cssprop --fnw-line-height - Line height of body text (default `1.5`).
 * @cssprop --fnw-space - The spacing unit: every margin, padding and gap is a multiple or fraction of it (default `8px`).
 * @cssprop --fnw-radius - Corner radius of buttons and phrase buttons (default `4px`).
 * @cssprop --fnw-radius-input - Corner radius of text inputs, selects and text areas: square, as on NHS.UK (default `0`).
 * @cssprop --fnw-radius-chip - Corner radius of the picker's category filters (default `20px`).
 * @cssprop --fnw-max-width - Widest the content of an element grows (default `960px`).
 * @cssprop --fnw-compact-space - The spacing unit where `density="compact"` (default `4px`).
 * @cssprop --fnw-compact-font-size - Base font size where `density="compact"` (default `0.875rem`).
 * @cssprop --fnw-control-size - Size of radios and checkboxes (default `32px`; `24px` where compact, the WCAG 2.2 minimum target).
 * @cssprop --fnw-field-height - Least height of text fields, selects and buttons (default `40px`; `28px` where compact).
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_text: var(--fnw-color-text, #212b32);
    --_secondary: var(--fnw-color-secondary-text, #4c6272);
    --_link: var(--fnw-color-link, #005eb8);
    --_link-hover: var(--fnw-color-link-hover, #7c2855);
    --_focus: var(--fnw-color-focus, #ffeb3b);
    --_focus-text: var(--fnw-color-focus-text, #212b32);
    --_error: var(--fnw-color-error, #d5281b);
    --_primary: var(--fnw-color-primary, #007f3b);
    --_primary-shadow: var(--fnw-color-primary-shadow, #00401e);
    --_primary-hover: var(--fnw-color-primary-hover, #00662f);
    --_secondary-button: var(--fnw-color-secondary-button, #4c6272);
    --_secondary-button-shadow: var(--fnw-color-secondary-button-shadow, #263139);
    --_secondary-button-hover: var(--fnw-color-secondary-button-hover, #384853);
    --_button-text: var(--fnw-color-button-text, #ffffff);
    --_border: var(--fnw-color-border, #4c6272);
    --_border-light: var(--fnw-color-border-light, #d8dde0);
    --_background: var(--fnw-color-background, #ffffff);
    --_panel: var(--fnw-color-panel, #f0f4f5);
    --_brand: var(--fnw-color-brand, #005eb8);
    --_on-brand: var(--fnw-color-on-brand, #ffffff);
    --_warning-bg: var(--fnw-color-warning-background, #fff9c4);
    --_warning-border: var(--fnw-color-warning-border, #ffeb3b);
    --_success: var(--fnw-color-success, #007f3b);
    --_shadow: var(--fnw-color-shadow, rgb(0 0 0 / 20%));
    --_font: var(--fnw-font-family, 'Frutiger W01', Arial, sans-serif);
    --_font-size: var(--fnw-font-size, 1rem);
    --_line: var(--fnw-line-height, 1.5);
    --_space: var(--fnw-space, 8px);
    --_radius: var(--fnw-radius, 4px);
    --_radius-input: var(--fnw-radius-input, 0);
    --_radius-chip: var(--fnw-radius-chip, 20px);
    --_max-width: var(--fnw-max-width, 960px);
    --_control: var(--fnw-control-size, 32px);
    --_field: var(--fnw-field-height, 40px);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line);
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) {
    display: none;
  }
  /* For EHR panels: tighter spacing and type; targets stay at least 24 by 24 CSS pixels (WCAG 2.2 2.5.8). */
  :host([density='compact']) {
    --_space: var(--fnw-compact-space, 4px);
    --_font-size: var(--fnw-compact-font-size, 0.875rem);
    --_line: var(--fnw-line-height, 1.4);
    --_control: var(--fnw-control-size, 24px);
    --_field: var(--fnw-field-height, 28px);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

export const base = css`
  /* An element inside another (the form's prompt and picker) takes its container's type, so a font the
     host gave the outer element, or font-family: inherit, reaches every part. */
  fit-note-form,
  work-question-prompt,
  local-services-picker {
    font-family: inherit;
    font-size: inherit;
    line-height: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 calc(var(--_space) * 2);
    line-height: 1.3;
    font-weight: 700;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.25em;
  }
  h4 {
    font-size: 1.1em;
  }
  p {
    margin: 0 0 calc(var(--_space) * 2);
  }
  a {
    color: var(--_link);
  }
  a:hover {
    color: var(--_link-hover);
  }
  a:focus-visible,
  .link-button:focus-visible {
    outline: 4px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .form-group {
    margin-bottom: calc(var(--_space) * 3);
  }
  .form-group--error {
    border-left: 4px solid var(--_error);
    padding-left: calc(var(--_space) * 2);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend,
  .label {
    display: block;
    font-weight: 600;
    margin-bottom: var(--_space);
    padding: 0;
  }
  legend.legend--large {
    font-size: 1.25em;
    font-weight: 700;
  }
  .hint {
    display: block;
    color: var(--_secondary);
    margin-bottom: var(--_space);
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 600;
    margin-bottom: var(--_space);
  }
  input[type='text'],
  input[type='number'],
  input[type='search'],
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-input);
    padding: calc(var(--_space) / 2) var(--_space);
    min-height: var(--_field);
    max-width: 100%;
  }
  textarea {
    width: 100%;
    display: block;
    resize: vertical;
  }
  .input--error {
    border-color: var(--_error) !important;
  }
  input:focus,
  select:focus,
  textarea:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }
  .width-2 {
    width: 5ch;
  }
  .width-4 {
    width: 7.5ch;
  }
  .width-20 {
    width: 100%;
    max-width: 44ch;
  }
  .radios,
  .checkboxes {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .radios--inline {
    flex-direction: row;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    min-height: max(24px, calc(var(--_control) + var(--_space)));
  }
  .choice input {
    flex: 0 0 auto;
    width: var(--_control);
    height: var(--_control);
    margin: 0;
    accent-color: var(--_text);
  }
  .choice input:focus-visible {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  .choice label {
    padding-top: calc(var(--_space) / 2);
    cursor: pointer;
  }
  .choice .hint {
    margin: 0;
  }
  .conditional {
    margin: var(--_space) 0 0 calc(var(--_control) / 2 - 1px);
    padding-left: calc(var(--_space) * 2 + 4px);
    border-left: 4px solid var(--_border-light);
  }
  .button {
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-height: max(24px, calc(var(--_field) + 4px));
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 2) var(--_space);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    box-shadow: 0 4px 0 var(--_primary-shadow);
    background: var(--_primary);
    color: var(--_button-text);
    cursor: pointer;
    margin: 0 var(--_space) calc(var(--_space) * 2) 0;
  }
  .button:hover {
    background: var(--_primary-hover);
  }
  .button--secondary {
    background: var(--_secondary-button);
    box-shadow: 0 4px 0 var(--_secondary-button-shadow);
  }
  .button--secondary:hover {
    background: var(--_secondary-button-hover);
  }
  .button--reverse {
    background: var(--_background);
    color: var(--_text);
    box-shadow: 0 4px 0 var(--_border);
    border-color: var(--_border);
  }
  .button:focus-visible {
    outline: 4px solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 var(--_focus-text);
  }
  .button:active {
    transform: translateY(4px);
    box-shadow: none;
  }
  .button[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .link-button {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    /* A target of its own, not a link inside a sentence: at least 24 CSS px high (WCAG 2.2 2.5.8). */
    min-height: 24px;
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }
  .link-button:hover {
    color: var(--_link-hover);
  }
  .error-summary {
    border: 4px solid var(--_error);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 3);
  }
  .error-summary:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .inset {
    border-left: 8px solid var(--_brand);
    background: var(--_panel);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .warning {
    border: 1px solid var(--_warning-border);
    border-left: 8px solid var(--_warning-border);
    background: var(--_warning-bg);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    margin: var(--_space) 0 calc(var(--_space) * 2);
  }
  .warning strong {
    display: block;
  }
  .tag {
    display: inline-block;
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.2;
    padding: calc(var(--_space) / 4) var(--_space);
    border: 1px solid var(--_brand);
    color: var(--_brand);
    background: var(--_background);
  }
  .card {
    border: 1px solid var(--_border-light);
    background: var(--_background);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .button,
    .tag,
    input,
    select,
    textarea {
      border: 2px solid ButtonText;
    }
    .button:focus-visible,
    a:focus-visible,
    .link-button:focus-visible,
    input:focus,
    select:focus,
    textarea:focus {
      outline: 4px solid Highlight;
    }
    .form-group--error {
      border-left-color: Mark;
    }
  }
`;

export const dateInputStyles = css`
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .date-input__label {
    font-weight: 400;
    margin-bottom: calc(var(--_space) / 2);
  }
  .date-input__words {
    margin: var(--_space) 0 0;
  }
`;
