/**
 * Help with the advice, as a reactive controller of `<fit-note-form>`: the advice templates and the
 * phrase bank for the chosen conditions' groups first (the rest behind one button each), and what a
 * template filled in, marked "From the advice template" until the clinician changes it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ADVICE_TEMPLATES, applyAdviceTemplate, templatesFor, type AdviceTemplate, type AppliedAdviceTemplate } from '../../model/advice-templates.js';
import { conditionGroups, PHRASE_GROUPS, phraseGroupsFor } from '../../model/condition-groups.js';
import { MAX_TEXT, type Coding, type FitNote, type ServiceCategory } from '../../model/schemas.js';
import type { MessageId, MessageParams } from '../../messages/index.js';
import { insertPhrase, type Selection } from './phrase-bank.js';
import type { NoteView, TemplatePart } from './parts/view.js';

export class AdviceHelp implements ReactiveController {
  /** Parts of the note a template filled in and the clinician has not changed since. */
  readonly fromTemplate = new Set<TemplatePart>();
  /** The template used last, while anything it filled in is still as it was. */
  used: AdviceTemplate | null = null;
  /** The services the template suggested, for the picker to show first. */
  categories: ServiceCategory[] = [];
  /** Said to screen readers when a phrase goes in (or does not fit). */
  announcement = '';
  private _allTemplates = false;
  private _allPhrases = false;
  private _caret: Selection | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new note on screen: nothing in it came from a template. */
  forget(): void {
    this._caret = null;
    this.announcement = '';
    this.fromTemplate.clear();
    this.used = null;
    this.categories = [];
    this._allTemplates = false;
    this._allPhrases = false;
  }

  /** The clinician changed `part` themselves: it is theirs now. */
  changed(part: TemplatePart): void {
    if (!this.fromTemplate.delete(part)) return;
    if (this.fromTemplate.size === 0) this.used = null;
  }

  /** Applies `template` to `note` (see `applyAdviceTemplate`); the caller sets the suggested length. */
  apply(template: AdviceTemplate, note: FitNote, periodChosen: boolean, lang: string): AppliedAdviceTemplate {
    const applied = applyAdviceTemplate(note, template, { lang, periodChosen });
    for (const key of applied.ticked) this.fromTemplate.add(key);
    if (applied.applied.includes('comments')) this.fromTemplate.add('comments');
    if (applied.applied.includes('period') && applied.length) this.fromTemplate.add('period');
    this.used = template;
    this.categories = [...applied.serviceCategories];
    return applied;
  }

  /** Where the clinician's caret is in the comments, for the next phrase. */
  caret(control: HTMLTextAreaElement): void {
    this._caret = { start: control.selectionStart, end: control.selectionEnd };
  }

  /**
   * The comments with `phrase` put in where the caret was (the end when unknown), or `null` when it
   * would make them too long; either way the outcome is announced. The comments are then the
   * clinician's, not the template's.
   */
  phrase(comments: string, phrase: string, t: (id: MessageId, params?: MessageParams) => string): string | null {
    const { text, caret } = insertPhrase(comments, this._caret ?? { start: comments.length, end: comments.length }, phrase);
    if (text.length > MAX_TEXT) {
      this.announcement = t('form.comments.full');
      this.host.requestUpdate();
      return null;
    }
    this.announcement = t('form.phrases.added', { phrase });
    this._caret = { start: caret, end: caret };
    this.changed('comments');
    return text;
  }

  views(conditions: readonly Coding[]): Pick<NoteView, 'templates' | 'phrases'> {
    const groups = conditionGroups(conditions);
    const first = templatesFor(groups);
    const phrases = phraseGroupsFor(groups);
    return {
      templates: { first, rest: ADVICE_TEMPLATES.filter((t) => !first.includes(t)), showAll: this._allTemplates, used: this.used },
      phrases: { first: phrases, rest: PHRASE_GROUPS.filter((g) => !phrases.includes(g)), showAll: this._allPhrases },
    };
  }

  toggleTemplates(): void {
    this._allTemplates = !this._allTemplates;
    this.host.requestUpdate();
  }

  togglePhrases(): void {
    this._allPhrases = !this._allPhrases;
    this.host.requestUpdate();
  }
}
