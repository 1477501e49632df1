/**
 * The conditions of the note as the clinician picks them: ticked from the record, or typed. The
 * note's own conditions that are not in the record (a host's `value`, a follow-on) stay listed as
 * options, so unticking one never makes it vanish from the screen.
 */
import type { Coding } from '../../model/schemas.js';

/** Two codings name the same condition: the same code, or (uncoded) the same words. */
export function sameCoding(a: Coding, b: Coding): boolean {
  if (a.code || b.code) return a.code === b.code && (a.system ?? '') === (b.system ?? '');
  return a.display.trim().toLowerCase() === b.display.trim().toLowerCase();
}

export class ConditionChoice {
  /** The typed condition as it stands in the note's list, if any. */
  private typed: Coding | null = null;
  /** What is in the typed field, as typed. */
  typedText = '';
  private extra: Coding[] = [];

  /** A note put on screen: nothing typed; its conditions not in the record stay as options. */
  load(conditions: readonly Coding[], record: readonly Coding[]): void {
    this.typed = null;
    this.typedText = '';
    this.extra = conditions.filter((c) => !record.some((r) => sameCoding(r, c)));
  }

  /** The checkboxes: the record's conditions, then the note's own. */
  options(record: readonly Coding[], conditions: readonly Coding[]): Coding[] {
    const options = [...record];
    for (const coding of [...this.extra, ...conditions]) {
      if (coding !== this.typed && !options.some((o) => sameCoding(o, coding))) options.push(coding);
    }
    return options;
  }

  ticked(conditions: readonly Coding[], coding: Coding): boolean {
    return conditions.some((n) => n !== this.typed && sameCoding(n, coding));
  }

  /** The note's conditions with `coding` ticked or not; the typed one stays. */
  toggle(conditions: readonly Coding[], coding: Coding, on: boolean): Coding[] {
    const others = conditions.filter((c) => c === this.typed || !sameCoding(c, coding));
    return on ? [...others, { ...coding }] : others;
  }

  /** The note's conditions with the typed one replaced by `text` (gone when blank). */
  type(conditions: readonly Coding[], text: string): Coding[] {
    this.typedText = text;
    const list = [...conditions];
    const index = this.typed ? list.indexOf(this.typed) : -1;
    if (text.trim()) {
      const typed: Coding = { display: text };
      if (index >= 0) list[index] = typed;
      else list.push(typed);
      this.typed = typed;
    } else {
      if (index >= 0) list.splice(index, 1);
      this.typed = null;
    }
    return list;
  }
}
