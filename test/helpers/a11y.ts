/**
 * Accessibility checks with axe-core in the real browser. Runs the WCAG 2.0–2.2 A and AA rules plus
 * axe's best practices over the element, its shadow roots included, and fails listing every
 * violation with the nodes involved.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  // A component under test is not a whole page: page-level landmark rules do not apply to it.
  rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } },
};

export async function axeViolations(target: Element | Document = document): Promise<string[]> {
  const results = await window.axe.run(target, OPTIONS);
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n${v.nodes.map((n) => `  - ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`,
  );
}

/** Throws with the list of violations when axe finds any. */
export async function expectNoAxeViolations(target: Element | Document = document): Promise<void> {
  const violations = await axeViolations(target);
  if (violations.length) throw new Error(`axe found ${violations.length} violation(s):\n${violations.join('\n')}`);
}
