/**
 * Shared look: the NHS.UK design (colours, type, spacing, focus ring) as CSS custom properties with
 * NHS defaults, and the form patterns every element uses. Hosts theme the elements by setting the
 * `--fnw-*` properties on the element or any ancestor; the full list is in the README.
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
    --_border: var(--fnw-color-border, #4c6272);
    --_border-light: var(--fnw-color-border-light, #d8dde0);
    --_background: var(--fnw-color-background, #ffffff);
    --_panel: var(--fnw-color-panel, #f0f4f5);
    --_brand: var(--fnw-color-brand, #005eb8);
    --_warning-bg: var(--fnw-color-warning-background, #fff9c4);
    --_warning-border: var(--fnw-color-warning-border, #ffeb3b);
    --_success: var(--fnw-color-success, #007f3b);
    --_font: var(--fnw-font-family, 'Frutiger W01', Arial, sans-serif);
    --_font-size: var(--fnw-font-size, 1rem);
    --_line: var(--fnw-line-height, 1.5);
    --_space: var(--fnw-space, 8px);
    --_radius: var(--fnw-radius, 4px);
    --_max-width: var(--fnw-max-width, 960px);

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
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

export const base = css`
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
    border-radius: 0;
    padding: 4px 8px;
    min-height: 40px;
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
    min-height: 40px;
  }
  .choice input {
    flex: 0 0 auto;
    width: 32px;
    height: 32px;
    margin: 0;
    accent-color: var(--_text);
  }
  .choice input:focus-visible {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  .choice label {
    padding-top: 4px;
    cursor: pointer;
  }
  .choice .hint {
    margin: 0;
  }
  .conditional {
    margin: var(--_space) 0 0 15px;
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
    min-height: 44px;
    padding: 10px 16px 8px;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    box-shadow: 0 4px 0 var(--_primary-shadow);
    background: var(--_primary);
    color: #fff;
    cursor: pointer;
    margin: 0 var(--_space) calc(var(--_space) * 2) 0;
  }
  .button:hover {
    background: var(--_primary-hover);
  }
  .button--secondary {
    background: var(--_secondary-button);
    box-shadow: 0 4px 0 #263139;
  }
  .button--secondary:hover {
    background: #384853;
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
    padding: 2px 8px;
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
    margin-bottom: 4px;
  }
  .date-input__words {
    margin: var(--_space) 0 0;
  }
`;
