/**
 * Printing the patient's plan from a frame of its own, so only the plan prints whatever the host
 * page holds and whatever its print stylesheet says. The frame's document is built with DOM calls
 * and `textContent` only (nothing from data is ever parsed as markup), and styled through a
 * constructed stylesheet rather than a `<style>` element, which a strict Content Security Policy
 * without 'unsafe-inline' would refuse (an about:blank frame inherits the page's policy).
 */
import type { Plan } from '../../model/plan.js';

const PRINT_CSS = `
  @page { margin: 15mm; }
  html { color: #000; background: #fff; font: 12pt/1.5 Arial, sans-serif; }
  body { margin: 0; }
  h1 { font-size: 20pt; margin: 0 0 6pt; }
  h2 { font-size: 14pt; margin: 16pt 0 4pt; break-after: avoid; }
  p { margin: 0 0 6pt; }
  ul { margin: 0 0 6pt; padding-left: 18pt; }
  li { margin-bottom: 6pt; break-inside: avoid; }
  .byline { color: #333; }
  .name { font-weight: 700; }
  .item-line { display: block; overflow-wrap: anywhere; }
`;

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The plan as nodes of `doc`: a title, the byline, and each section under its heading. */
export function planNodes(doc: Document, plan: Plan): Node[] {
  const nodes: Node[] = [element(doc, 'h1', plan.title)];
  for (const line of plan.byline) nodes.push(element(doc, 'p', line, 'byline'));
  for (const section of plan.sections) {
    nodes.push(element(doc, 'h2', section.heading));
    for (const line of section.lines) nodes.push(element(doc, 'p', line));
    for (const list of section.lists) {
      nodes.push(element(doc, 'p', list.intro));
      const ul = element(doc, 'ul');
      for (const item of list.items) {
        const li = element(doc, 'li');
        li.append(element(doc, 'span', item.name, 'name item-line'), ...item.lines.map((line) => element(doc, 'span', line, 'item-line')));
        ul.append(li);
      }
      nodes.push(ul);
    }
    for (const line of section.after) nodes.push(element(doc, 'p', line));
  }
  return nodes;
}

/**
 * Puts `plan` into the frame's document and opens the browser's print dialog for the frame alone.
 * Returns false when the frame cannot be used (not attached, or its document is not reachable), so
 * the caller can fall back to printing the page.
 */
export function printPlan(frame: HTMLIFrameElement, plan: Plan, lang: string): boolean {
  try {
    const win = frame.contentWindow as (Window & typeof globalThis) | null;
    const doc = frame.contentDocument;
    if (!win || !doc?.body) return false;
    doc.documentElement.lang = lang;
    doc.title = plan.title;
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
    doc.adoptedStyleSheets = [sheet];
    doc.body.replaceChildren(...planNodes(doc, plan));
    win.focus();
    win.print();
    return true;
  } catch {
    return false;
  }
}
