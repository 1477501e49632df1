import { css } from 'lit';

export const formStyles = css`
  :host {
    container-type: inline-size;
  }
  .form {
    max-width: var(--_max-width);
  }
  /* Compact, with room for two columns (an EHR panel on a wide screen): the note flows down the first
     column and on down the second, in Med3 order, so a ten-minute consultation fits in two screens. */
  @container (min-width: 720px) {
    :host([density='compact']) .form__body {
      column-count: 2;
      column-gap: calc(var(--_space) * 8);
    }
    :host([density='compact']) .form__body .form-group,
    :host([density='compact']) .form__body .choice,
    :host([density='compact']) .form__body .templates,
    :host([density='compact']) .form__body .warning {
      break-inside: avoid;
    }
  }
  :host([density='compact']) textarea#comments {
    height: 6.5em;
  }
  .date-today__value {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: baseline;
  }
  .words summary {
    cursor: pointer;
  }
  .words__heading {
    display: inline;
    font-size: 1em;
  }
  .form__body {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  label,
  legend,
  .hint,
  p,
  dd,
  li {
    overflow-wrap: anywhere;
  }
  .choice label {
    min-width: 0;
  }
  .title {
    margin-bottom: var(--_space);
  }
  .section {
    margin-bottom: calc(var(--_space) * 4);
  }

  .patient {
    border-left: 8px solid var(--_brand);
    background: var(--fnw-patient-background, var(--_panel));
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 4);
  }
  .patient:focus,
  .issuer:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
  }
  .patient__name {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0 0 calc(var(--_space) / 2);
  }
  .patient__details,
  .issuer__details {
    margin: 0;
  }
  .patient__details {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 3);
  }
  .patient__details div,
  .issuer__details div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 0.75);
  }
  .patient__details dt,
  .issuer__details dt {
    font-weight: 600;
  }
  .patient__details dd,
  .issuer__details dd {
    margin: 0;
  }
  .patient .warning {
    margin-bottom: 0;
  }

  .typed {
    margin-top: calc(var(--_space) * 2);
  }
  .typed input {
    width: 100%;
    max-width: 44ch;
  }

  .adjustment {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 calc(var(--_space) * 2);
  }
  .help-toggle {
    min-height: 24px;
    padding: var(--_space) 0;
    text-align: left;
  }
  .help-panel {
    z-index: 10;
    width: max-content;
    max-width: min(var(--fnw-help-max-width, 28rem), calc(100vw - 16px));
    overflow: auto;
    background: var(--_background);
    color: var(--_text);
    border: 2px solid var(--_border);
    box-shadow: 0 4px 8px var(--_shadow);
    padding: calc(var(--_space) * 2);
  }
  .help-panel[hidden] {
    display: none;
  }
  .help-panel:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
  }
  .help-panel ul {
    margin: 0 0 calc(var(--_space) * 2);
    padding-left: calc(var(--_space) * 3);
  }
  .help-panel .hint {
    font-size: 0.875em;
  }

  .comments-help {
    margin-bottom: var(--_space);
  }
  .phrase-bank {
    margin-top: calc(var(--_space) * 2);
  }
  .phrase-bank summary {
    display: inline-block;
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
    padding: calc(var(--_space) / 2) 0;
  }
  .phrase-bank summary:focus-visible {
    outline: 4px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  /* Children of <details> inherit from its internal slot, not from the host's border-box. */
  .phrase-bank__body {
    box-sizing: border-box;
    border-left: 4px solid var(--_border-light);
    padding: var(--_space) 0 0 calc(var(--_space) * 2);
    margin-top: var(--_space);
  }
  .phrase-bank h3 {
    font-size: 1em;
    margin-bottom: var(--_space);
  }
  .phrase-bank ul {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .phrase {
    font: inherit;
    color: inherit;
    text-align: left;
    width: 100%;
    min-height: 44px;
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_background);
    border: 2px solid var(--_border-light);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .phrase:hover {
    border-color: var(--_border);
  }
  .phrase:focus-visible {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }

  .quick {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  .quick .button {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .quick .button[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_background);
    outline: 3px solid var(--_text);
    outline-offset: 2px;
  }
  .quick .button[aria-pressed='true']:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
  }
  .length {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .period__or {
    font-weight: 600;
    margin: calc(var(--_space) * 2) 0;
  }
  .period__words {
    font-weight: 600;
    margin: 0 0 var(--_space);
  }

  .issuer__details {
    margin-bottom: calc(var(--_space) * 2);
  }

  .words {
    border: 1px solid var(--_border-light);
    background: var(--_panel);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 3);
  }
  .words p.words__line {
    margin: 0 0 var(--_space);
    white-space: pre-wrap;
  }

  .status {
    font-weight: 600;
    margin: 0 0 var(--_space);
  }
  .status--saved {
    color: var(--_success);
  }
  .status p {
    margin: 0 0 var(--_space);
  }

  .origin {
    margin: calc(var(--_space) / 2) 0;
  }
  .work-question__outcome:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
  }
  .work-question__outcome p:last-of-type {
    margin-bottom: var(--_space);
  }
  .work-question__hide {
    margin-bottom: var(--_space);
  }
  .support {
    border-top: 1px solid var(--_border-light);
    padding-top: calc(var(--_space) * 3);
  }
  .words__services {
    margin: 0 0 var(--_space);
    padding-left: calc(var(--_space) * 3);
  }
  .words h4 {
    font-size: 1em;
    margin: calc(var(--_space) * 2) 0 var(--_space);
  }

  .plan {
    border: 4px solid var(--_brand);
    padding: calc(var(--_space) * 3);
    margin-top: calc(var(--_space) * 3);
  }
  .plan__byline {
    font-weight: 600;
    margin-bottom: var(--_space);
  }
  .plan h3 {
    margin-top: calc(var(--_space) * 3);
  }
  .plan__list {
    padding-left: calc(var(--_space) * 3);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .plan__list li {
    margin-bottom: var(--_space);
    overflow-wrap: anywhere;
  }
  .plan__list strong,
  .plan__item-line {
    display: block;
  }
  /* Kept out of sight and out of the way: the frame only ever holds the plan for printing. */
  .print-frame {
    position: absolute;
    width: 0;
    height: 0;
    border: 0;
  }

  /*
   * When the host page is printed as a whole, the form prints only the patient's plan once there is
   * one. "Print your plan" does better: it prints the plan alone from its own frame.
   */
  @media print {
    .form--has-plan > :not(.outcome),
    .form--has-plan .outcome > .actions,
    .plan .no-print,
    .plan--stale {
      display: none !important;
    }
    .plan {
      border: 0;
      padding: 0;
      margin: 0;
    }
  }

  @media (forced-colors: active) {
    .quick .button[aria-pressed='true'] {
      outline-color: Highlight;
    }
    .help-panel,
    .phrase {
      border-color: CanvasText;
    }
    .patient,
    .words,
    .plan {
      border: 2px solid CanvasText;
    }
  }
`;
