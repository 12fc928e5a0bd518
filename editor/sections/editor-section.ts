/** What every form section shares: the draft and problems coming down, edits going up. */
import { LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatPath } from '../../core/content/problem';
import type { DraftPath } from '../../core/editor/draft-path';
import { ProblemIndex } from '../../core/editor/problem-index';
import type { Draft } from '../../core/editor/read-draft';
import { DraftEditEvent } from '../events';
import { field, fieldId, problemLines, type FieldOptions } from '../fields';
import { formStyles } from '../form-styles';

/** The part of a section that template helpers in other files need. */
export interface FormHost {
  readonly problems: ProblemIndex;
  edit(path: DraftPath, value: unknown, touched?: readonly string[]): void;
  input(label: string, path: DraftPath, value: unknown, options?: Partial<FieldOptions>): TemplateResult;
}

/** Base class of the section elements; not registered itself. */
export class EditorSection extends LitElement implements FormHost {
  static override styles = [formStyles];

  /** The whole draft (sections pick their part; edits use full paths). */
  @property({ attribute: false }) accessor draft: Draft | null = null;
  @property({ attribute: false }) accessor problems = new ProblemIndex();

  /** Sends one change up to the app; `touched` names the fields typed in, when less than `path`. */
  edit(path: DraftPath, value: unknown, touched?: readonly string[]): void {
    this.dispatchEvent(new DraftEditEvent(path, value, touched));
  }

  /** A labelled input for the value at `path`; an optional field left empty is removed from the file. */
  input(label: string, path: DraftPath, value: unknown, options: Partial<FieldOptions> = {}): TemplateResult {
    const at = formatPath(path);
    return field({
      label,
      path: at,
      value,
      problems: this.problems.at(at),
      onInput: (v) => this.edit(path, options.optional && v.trim() === '' ? undefined : v),
      ...options,
    });
  }

  /** Problems that belong to a whole card (e.g. "geef een link of een tekst"), shown at its top. */
  cardProblems(path: DraftPath): TemplateResult[] {
    const at = formatPath(path);
    return problemLines(fieldId(at, 'card'), this.problems.at(at));
  }
}
