/**
 * The picker's look. Every size comes from the shared tokens (src/internal/styles.ts): spacing from
 * `--_space`, type from the host's font size, control heights from `--_field`, so `density="compact"`
 * tightens all of it at once; each target stays at least 24 by 24 CSS px (WCAG 2.2 2.5.8), and rows
 * wrap rather than scroll sideways in a 400 px side panel.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_listbox-max-height: var(--fnw-picker-listbox-max-height, 24rem);
    max-width: var(--_max-width);
  }
  .area select {
    width: 100%;
    max-width: 44ch;
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space);
  }
  .combobox .search-row input {
    flex: 1 1 12em;
    width: auto;
    min-width: 0;
  }
  .filter-toggle {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .filters {
    margin-top: calc(var(--_space) * 1.5);
  }
  .filters[hidden] {
    display: none;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .chip {
    font: inherit;
    font-size: 0.9375em;
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-height: max(24px, var(--_field));
    max-width: 100%;
    text-align: left;
    padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-chip);
    background: var(--_background);
    color: var(--_text);
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    background: var(--_brand);
    border-color: var(--_brand);
    color: var(--_on-brand);
  }
  .chip[aria-pressed='true'] .tag {
    border-color: var(--_on-brand);
  }
  .chip:focus-visible {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  .chip__tick {
    font-weight: 700;
  }
  .suggestions {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 3);
  }
  .suggestion {
    font: inherit;
    display: block;
    width: 100%;
    min-height: max(24px, var(--_field));
    text-align: left;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border-light);
    border-left: 4px solid var(--_brand);
    background: var(--_background);
    color: var(--_text);
    cursor: pointer;
  }
  .suggestion:hover {
    background: var(--_panel);
  }
  .suggestion:focus-visible {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }
  .suggestion[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .suggestion__name {
    display: block;
    font-weight: 700;
    color: var(--_link);
    overflow-wrap: anywhere;
  }
  .suggestion__meta {
    display: block;
    color: var(--_secondary);
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .combobox input {
    width: 100%;
  }
  .status {
    margin: var(--_space) 0 0;
    color: var(--_secondary);
    min-height: 1.5em;
  }
  .panel {
    /* As wide as the search box: the floating code sets min-width to the box's width. */
    width: min-content;
    z-index: 10;
    display: flex;
    flex-direction: column;
    overflow: hidden;
    background: var(--_background);
    border: 2px solid var(--_border);
    box-shadow: 0 4px 8px var(--_shadow);
  }
  .panel[hidden] {
    display: none;
  }
  [role='listbox'] {
    list-style: none;
    margin: 0;
    padding: 0;
    flex: 1 1 auto;
    min-height: 0;
    max-height: var(--_listbox-max-height);
    overflow-y: auto;
  }
  [role='listbox']:focus {
    outline: none;
  }
  [role='option'] {
    display: block;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border-light);
    cursor: pointer;
  }
  [role='option']:hover {
    background: var(--_panel);
  }
  [role='option'].active {
    outline: 4px solid var(--_focus);
    outline-offset: -4px;
    background: var(--_panel);
  }
  .option__name {
    display: block;
    font-weight: 700;
    color: var(--_link);
    overflow-wrap: anywhere;
  }
  .option__meta,
  .option__eligibility {
    display: block;
    overflow-wrap: anywhere;
  }
  .option__meta {
    color: var(--_secondary);
    font-size: 0.9375em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-top: calc(var(--_space) / 2);
  }
  .tag--self {
    border-color: var(--_success);
    color: var(--_success);
  }
  .tag--chosen {
    background: var(--_text);
    border-color: var(--_text);
    color: var(--_background);
  }
  .signpost {
    display: block;
    margin-top: calc(var(--_space) / 2);
    font-weight: 600;
    color: var(--_success);
  }
  .stale {
    display: block;
    margin-top: calc(var(--_space) / 2);
    padding: calc(var(--_space) / 4) calc(var(--_space) * 0.75);
    background: var(--_warning-bg);
    border-left: 4px solid var(--_warning-border);
  }
  .panel__footer {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 2);
    color: var(--_secondary);
    font-size: 0.9375em;
  }
  .step,
  .chosen {
    border-top: 4px solid var(--_brand);
    padding-top: calc(var(--_space) * 2);
    margin-top: calc(var(--_space) * 2);
  }
  .step h3 {
    margin-bottom: calc(var(--_space) / 2);
    overflow-wrap: anywhere;
  }
  .facts {
    margin: 0;
    color: var(--_secondary);
    overflow-wrap: anywhere;
  }
  .step > .badges {
    margin: calc(var(--_space) / 2) 0 var(--_space);
  }
  .step > .stale {
    margin: 0 0 var(--_space);
  }
  .disclosure {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .disclosure summary {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-height: 24px;
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }
  .disclosure summary:hover {
    color: var(--_link-hover);
  }
  .disclosure summary:focus-visible {
    outline: 4px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .disclosure > :not(summary) {
    margin-top: var(--_space);
    padding-left: calc(var(--_space) * 2);
    border-left: 4px solid var(--_border-light);
  }
  .add-notes {
    margin: calc(var(--_space) * -1) 0 calc(var(--_space) * 2);
  }
  .link-button {
    min-height: 24px;
  }
  .step__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .step__actions .button {
    margin: 0 0 calc(var(--_space) / 2);
  }
  h3:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 2px;
  }
  .details {
    margin: 0;
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0 0 var(--_space);
    overflow-wrap: anywhere;
  }
  .chosen ul {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
  }
  .chosen li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_border-light);
  }
  .chosen__text {
    min-width: 0;
  }
  .chosen__name,
  .chosen__status {
    display: block;
    overflow-wrap: anywhere;
  }
  .chosen__name {
    font-weight: 600;
  }
  .chosen__text .hint {
    margin: 0;
  }
  .chosen__sent {
    font-weight: 600;
    color: var(--_success);
  }
  .chosen__failed {
    margin: 0;
  }
  .chosen li .button {
    margin: 0;
  }
  .notice {
    margin: 0;
  }
  .notice--shown {
    margin-bottom: calc(var(--_space) * 2);
  }
  .sources {
    margin: calc(var(--_space) * 2) 0 0;
    font-size: 0.875em;
  }
  .sources .disclosure__body {
    color: var(--_secondary);
  }
  .sources p {
    margin-bottom: var(--_space);
  }
  @media (forced-colors: active) {
    [role='option'].active {
      outline: 4px solid Highlight;
    }
    .chip {
      border: 2px solid ButtonText;
    }
    .chip[aria-pressed='true'] {
      border: 4px double Highlight;
    }
    .panel {
      border: 2px solid CanvasText;
    }
    .suggestion {
      border: 1px solid ButtonText;
      border-left: 4px solid ButtonText;
    }
    .suggestion:focus-visible,
    .disclosure summary:focus-visible {
      outline: 4px solid Highlight;
    }
  }
`;
