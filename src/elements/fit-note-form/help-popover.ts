/**
 * Help popovers: a toggle button ("Help with phased return") that opens a non-modal dialog beside it,
 * positioned with @floating-ui/dom. Opening moves focus into the dialog; Escape closes it and returns
 * focus to the toggle; a click outside or moving focus elsewhere closes it, so a floating panel never
 * hides the field the clinician moves on to (WCAG 2.4.11). One is open at a time. A template and a
 * controller rather than a custom element: the panel must sit in the form's shadow root, beside the
 * control it explains.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { float } from '../../internal/floating.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface HelpText {
  toggle: string;
  title: string;
  close: string;
}

export class HelpPopovers<Topic extends string> implements ReactiveController {
  /** The topic whose panel is open, if any. */
  open: Topic | null = null;
  private stopFloating: (() => void) | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.stopFloating?.();
    this.stopFloating = null;
    this.open = null;
  }

  async show(topic: Topic): Promise<void> {
    this.stopFloating?.();
    this.stopFloating = null;
    this.open = topic;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const toggle = this.element(toggleId(topic));
    const panel = this.element(panelId(topic));
    if (this.open !== topic || !toggle || !panel) return;
    this.stopFloating = float(toggle, panel, { placement: 'bottom-start', gap: 8 });
    panel.focus();
  }

  close(returnFocus: boolean): void {
    const topic = this.open;
    if (topic === null) return;
    this.stopFloating?.();
    this.stopFloating = null;
    this.open = null;
    this.host.requestUpdate();
    if (returnFocus) this.element(toggleId(topic))?.focus();
  }

  /** The toggle button and its (hidden unless open) panel. */
  render(topic: Topic, text: HelpText, body: TemplateResult, disabled: boolean): TemplateResult {
    const open = this.open === topic;
    return html`
      <button
        type="button"
        class="link-button help-toggle"
        id=${toggleId(topic)}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${panelId(topic)}
        ?disabled=${disabled}
        @click=${() => (open ? this.close(false) : void this.show(topic))}
        @keydown=${this.onKeydown}
        @focusout=${this.onFocusOut}
      >
        ${text.toggle}
      </button>
      <div
        class="help-panel"
        part="help-panel"
        id=${panelId(topic)}
        role="dialog"
        aria-labelledby="${panelId(topic)}-title"
        tabindex="-1"
        ?hidden=${!open}
        @keydown=${this.onKeydown}
        @focusout=${this.onFocusOut}
      >
        <h3 id="${panelId(topic)}-title">${text.title}</h3>
        ${body}
        <button type="button" class="link-button" @click=${() => this.close(true)}>${text.close}</button>
      </div>
    `;
  }

  private element(id: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`#${id}`);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.open === null) return;
    event.preventDefault();
    event.stopPropagation();
    this.close(true);
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (this.open === null || next === null) return;
    if (!this.within(next)) this.close(false);
  };

  private readonly onDocumentPointerDown = (event: PointerEvent): void => {
    if (this.open === null) return;
    if (!event.composedPath().some((node) => node instanceof Node && this.within(node))) this.close(false);
  };

  private within(node: Node): boolean {
    if (this.open === null) return false;
    const toggle = this.element(toggleId(this.open));
    const panel = this.element(panelId(this.open));
    return Boolean(toggle?.contains(node) || panel?.contains(node));
  }
}

export const toggleId = (topic: string): string => `help-${topic}-toggle`;
export const panelId = (topic: string): string => `help-${topic}`;
