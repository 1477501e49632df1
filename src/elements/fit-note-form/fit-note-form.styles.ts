import { css } from 'lit';

export const formStyles = css`
  .form {
    max-width: var(--_max-width);
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
    margin: 0 0 4px;
  }
  .patient__details,
  .issuer__details {
    margin: 0;
  }
  .patient__details {
    display: flex;
    flex-wrap: wrap;
    gap: 4px calc(var(--_space) * 3);
  }
  .patient__details div,
  .issuer__details div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 6px;
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
    padding: 8px 0;
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
    box-shadow: 0 4px 8px rgb(0 0 0 / 20%);
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
    padding: 4px 0;
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
    padding: var(--_space) 12px;
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
    margin: 0 0 4px;
  }
  .quick .button[aria-pressed='true'] {
    background: var(--_text);
    outline: 3px solid var(--_text);
    outline-offset: 2px;
  }
  .quick .button[aria-pressed='true']:focus-visible {
    background: var(--_focus);
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

  @media (forced-colors: active) {
    .quick .button[aria-pressed='true'] {
      outline-color: Highlight;
    }
    .help-panel,
    .phrase {
      border-color: CanvasText;
    }
    .patient,
    .words {
      border: 2px solid CanvasText;
    }
  }
`;
