/** Buttons to move and remove an item of a list, named after the item for screen readers. */
import { html, type TemplateResult } from 'lit';
import { moveItem, type DraftPath } from '../../core/editor/draft-path';
import type { FormHost } from './editor-section';

/** "Omhoog", "Omlaag" and "Verwijderen" for item `index` of the list at `path`. */
export function listControls(
  host: FormHost,
  path: DraftPath,
  list: readonly unknown[],
  index: number,
  name: string,
): TemplateResult {
  const move = (to: number) => host.edit(path, moveItem(list, index, to));
  const remove = () =>
    host.edit(
      path,
      list.filter((_, i) => i !== index),
    );
  return html`<div class="actions">
    <button
      type="button"
      aria-label=${`${name} omhoog`}
      ?disabled=${index === 0}
      @click=${() => move(index - 1)}
    >
      ↑ Omhoog
    </button>
    <button
      type="button"
      aria-label=${`${name} omlaag`}
      ?disabled=${index === list.length - 1}
      @click=${() => move(index + 1)}
    >
      ↓ Omlaag
    </button>
    <button type="button" class="danger" aria-label=${`${name} verwijderen`} @click=${remove}>
      Verwijderen
    </button>
  </div>`;
}

/** The items of a list value, or none when a hand-edited file holds something else. */
export function itemsOf<T = Record<string, unknown>>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** A draft object as a record, or an empty one. */
export function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
