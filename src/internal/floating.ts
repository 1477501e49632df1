/**
 * Positions a floating panel (a help popover, a listbox) next to its anchor with @floating-ui/dom and
 * keeps it there while the page scrolls or resizes. Returns the cleanup to call when it closes.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';

export interface FloatOptions {
  placement?: Placement;
  /** Make the panel at least as wide as its anchor (listboxes). */
  matchWidth?: boolean;
  gap?: number;
}

export function float(anchor: Element, panel: HTMLElement, options: FloatOptions = {}): () => void {
  const { placement = 'bottom-start', matchWidth = false, gap = 4 } = options;
  panel.style.position = 'fixed';
  panel.style.top = '0';
  panel.style.left = '0';
  const update = () =>
    computePosition(anchor, panel, {
      strategy: 'fixed',
      placement,
      middleware: [
        offset(gap),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableWidth, availableHeight, rects }) {
            panel.style.maxWidth = `${Math.max(200, availableWidth)}px`;
            panel.style.maxHeight = `${Math.max(120, availableHeight)}px`;
            if (matchWidth) panel.style.minWidth = `${rects.reference.width}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      panel.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  return autoUpdate(anchor, panel, () => void update());
}
