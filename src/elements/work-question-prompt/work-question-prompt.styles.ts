import { css } from 'lit';

/**
 * The prompt's own layout. Every size follows the shared tokens (`--_space`, `--_font-size` through
 * `em`, `--_control`), so `density="compact"` tightens it with the rest of the element; line widths
 * stay fixed. The compact targets stay at least 24 by 24 CSS pixels (WCAG 2.2 2.5.8).
 */
export const styles = css`
  :host {
    container-type: inline-size;
  }
  .prompt {
    max-width: var(--_max-width);
  }
  /* Wide enough for two columns: the suggestions stay in view beside the questions as they change. */
  @container (min-width: 48rem) {
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(15em, 20em);
      gap: calc(var(--_space) * 4);
      align-items: start;
    }
    .suggestions {
      position: sticky;
      top: var(--_space);
    }
  }
  .outcome:not(.outcome--shown) {
    display: none;
  }
  .outcome--shown {
    border-left: 8px solid var(--_success);
    background: var(--_panel);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 3);
    font-weight: 600;
  }
  /* As wide as the checkboxes, so the "or" sits over them. */
  .checkboxes__divider {
    width: var(--_control);
    text-align: center;
  }
  .absence:empty {
    display: none;
  }
  .absence {
    margin: var(--_space) 0 0;
    color: var(--_text);
    font-weight: 600;
  }
  .suggestions {
    border-left: 8px solid var(--_brand);
    background: var(--_panel);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 3);
  }
  .suggestions > :last-child {
    margin-bottom: 0;
  }
  .suggestion-toolbar,
  .note-list {
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
  }
  .suggestion-list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .note-list {
    padding-left: calc(var(--_space) * 3);
  }
  .note-list li + li {
    margin-top: var(--_space);
  }
  .suggestion {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    background: var(--_background);
    border: 1px solid var(--_border-light);
    border-left: 4px solid var(--_border-light);
    padding: var(--_space) calc(var(--_space) * 2);
  }
  .suggestion--accepted {
    border-left-color: var(--_brand);
  }
  .suggestion__reason {
    flex: 1 1 16em;
  }
  .suggestion__accept {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .suggestion__accept[aria-pressed='true'] {
    background: var(--_brand);
    border-color: var(--_brand);
    color: var(--_on-brand);
  }
  .suggestion__accept[aria-pressed='true']::before {
    content: '\\2713';
  }
  /* The pressed colours would otherwise hide the focus colours of .button:focus-visible. */
  .suggestion__accept[aria-pressed='true']:focus-visible {
    background: var(--_focus);
    border-color: var(--_focus);
    color: var(--_focus-text);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
  }
  @media (forced-colors: active) {
    .suggestion__accept[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
    .suggestion--accepted {
      border-left-color: Highlight;
    }
  }
`;
