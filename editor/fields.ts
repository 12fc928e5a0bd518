/**
 * Form fields as templates rendered inside each section's own shadow root, so every <label for> finds
 * its input. Each input carries `data-path` (the problem path) so a problem in the list can focus it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { plainMessage } from '../core/editor/plain-message';

/** The input types the forms use. */
export type InputType = 'text' | 'email' | 'tel' | 'url' | 'date' | 'time' | 'datetime-local';

/** Everything one field needs: its label, path, value, problems and what to do on input. */
export interface FieldOptions {
  label: string;
  /** Problem path of the value, e.g. `activities[3].title`. */
  path: string;
  value: unknown;
  /** Messages for this field (schema wording; reworded here for forms). */
  problems: readonly string[];
  onInput: (value: string) => void;
  type?: InputType;
  optional?: boolean;
  hint?: string;
  multiline?: boolean;
  autocomplete?: string;
  /** Id suffix when one path has two inputs (an activity's date and from-time both make `start`). */
  part?: string;
  /** Sets data-path; false for a second input of the same value. */
  focusTarget?: boolean;
}

/** A DOM id for a path: `activities[3].title` → `f-activities-3-title`. */
export function fieldId(path: string, part = ''): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, '-')}${part ? `-${part}` : ''}`;
}

/** Text of a draft value that may be of the wrong kind in a hand-edited file. */
export function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The problems under a field, each with an id for aria-describedby. */
export function problemLines(id: string, problems: readonly string[]): TemplateResult[] {
  return problems.map((m, i) => html`<p class="problem" id=${`${id}-p${i}`}>${plainMessage(m)}</p>`);
}

/** One labelled input (or textarea) with its hint and its problems. */
export function field(o: FieldOptions): TemplateResult {
  const id = fieldId(o.path, o.part);
  const invalid = o.problems.length > 0;
  const describedBy = [o.hint ? `${id}-hint` : '', ...o.problems.map((_, i) => `${id}-p${i}`)]
    .filter(Boolean)
    .join(' ');
  const onInput = (e: Event) => o.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const dataPath = o.focusTarget === false ? nothing : o.path;
  const input = o.multiline
    ? html`<textarea
        id=${id}
        data-path=${dataPath}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${live(asText(o.value))}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${id}
        data-path=${dataPath}
        type=${o.type ?? 'text'}
        autocomplete=${o.autocomplete ?? 'off'}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${live(asText(o.value))}
        @input=${onInput}
      />`;
  return html`<div class="field">
    <label for=${id}
      >${o.label}${o.optional ? html` <span class="optional">(mag leeg blijven)</span>` : nothing}</label
    >
    ${o.hint ? html`<p class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing} ${input}
    ${problemLines(id, o.problems)}
  </div>`;
}
