/** Opening-hour blocks ("van 09:00 tot 12:00") for one day, as time pickers; used by weeks and exceptions. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatPath } from '../../core/content/problem';
import type { DraftPath } from '../../core/editor/draft-path';
import { inputToUntil, untilToInput } from '../../core/editor/hours-input';
import { LIMITS } from '../../core/content/schema';
import { asText, fieldId, problemLines } from '../fields';
import type { FormHost } from './editor-section';
import { itemsOf } from './list-controls';

/**
 * The blocks of the list at `path`. `dayName` prefixes every label ("Donderdag blok 1 van") so each input
 * is named in full for screen readers; `emptyText` is shown when there are none ("gesloten").
 */
export function hourBlocks(
  host: FormHost,
  path: DraftPath,
  value: unknown,
  dayName: string,
  emptyText: string,
) {
  const blocks = itemsOf(value);
  const at = formatPath(path);
  const setBlocks = (next: unknown[]) => host.edit(path, next.length === 0 ? undefined : next);
  const timeInput = (j: number, key: 'from' | 'until', label: string) => {
    const p = `${at}[${j}].${key}`;
    const id = fieldId(p);
    const problems = host.problems.at(p);
    const shown = key === 'until' ? untilToInput(blocks[j]?.[key]) : asText(blocks[j]?.[key]);
    return html`<div class="field">
      <label for=${id}><span class="visually-hidden">${dayName} blok ${j + 1} </span>${label}</label>
      <input
        id=${id}
        type="time"
        data-path=${p}
        aria-invalid=${problems.length ? 'true' : 'false'}
        aria-describedby=${problems.length ? `${id}-p0` : nothing}
        .value=${live(shown)}
        @input=${(e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          host.edit([...path, j, key], key === 'until' ? inputToUntil(v) : v);
        }}
      />
      ${problemLines(id, problems)}
    </div>`;
  };
  return html`<div class="blocks" data-path=${at} tabindex="-1">
    ${blocks.length === 0 ? html`<span class="empty">${emptyText}</span>` : nothing}
    ${blocks.map(
      (_, j) =>
        html`<div class="row block">
          ${timeInput(j, 'from', 'van')} ${timeInput(j, 'until', 'tot')}
          <button
            type="button"
            class="danger"
            aria-label=${`${dayName} blok ${j + 1} weghalen`}
            @click=${() => setBlocks(blocks.filter((__, k) => k !== j))}
          >
            Weghalen
          </button>
        </div>`,
    )}
    ${problemLines(fieldId(at, 'list'), host.problems.at(at))}
    <button
      type="button"
      aria-label=${`${dayName}: uren toevoegen`}
      ?disabled=${blocks.length >= LIMITS.intervalsPerDay}
      @click=${() => setBlocks([...blocks, { from: '', until: '' }])}
    >
      + Uren toevoegen
    </button>
  </div>`;
}
