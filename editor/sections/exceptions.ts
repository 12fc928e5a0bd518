/** Closures and changed openings of one buurtpunt: a first and last day, closed or other hours, a note. */
import { html, nothing } from 'lit';
import { fieldId, problemLines } from '../fields';
import type { FormHost } from './editor-section';
import { hourBlocks } from './hour-blocks';
import { itemsOf } from './list-controls';

/** The exceptions list of location `li`. */
export function exceptionsEditor(host: FormHost, li: number, value: unknown) {
  const list = itemsOf(value);
  const path = ['locations', li, 'exceptions'] as const;
  const set = (next: unknown[]) => host.edit(path, next);
  return html`<fieldset data-path=${`locations[${li}].exceptions`} tabindex="-1">
    <legend>Sluitingen en andere openingsuren</legend>
    <p class="hint">
      Bijvoorbeeld de kerstvakantie, of een dag met andere uren. Feestdagen staan er al automatisch in.
    </p>
    ${list.length === 0 ? html`<p class="empty">Geen sluitingen of andere uren.</p>` : nothing}
    ${list.map((ex, k) => {
      const at = `locations[${li}].exceptions[${k}]`;
      const closed = ex.closed === true;
      const name = `Uitzondering ${k + 1}`;
      const radioName = fieldId(at, 'kind');
      const makeClosed = () => {
        const { hours: _h, ...rest } = ex;
        host.edit([...path, k], { ...rest, closed: true });
      };
      const makeHours = () => {
        const { closed: _c, ...rest } = ex;
        host.edit([...path, k], {
          ...rest,
          hours: itemsOf(ex.hours).length ? ex.hours : [{ from: '', until: '' }],
        });
      };
      return html`<div class="card sub" data-path=${at} tabindex="-1">
        <div class="card-head">
          <h4>
            ${closed ? 'Gesloten' : 'Andere uren'}${typeof ex.note === 'string' && ex.note ? `: ${ex.note}` : ''}
          </h4>
          <button
            type="button"
            class="danger"
            aria-label=${`${name} verwijderen`}
            @click=${() => set(list.filter((_, j) => j !== k))}
          >
            Verwijderen
          </button>
        </div>
        ${problemLines(fieldId(at, 'card'), host.problems.at(at))}
        <div class="row">
          ${host.input('Eerste dag', [...path, k, 'from'], ex.from, { type: 'date' })}
          ${host.input('Laatste dag', [...path, k, 'to'], ex.to, {
            type: 'date',
            optional: true,
            hint: 'Leeg: alleen de eerste dag.',
          })}
        </div>
        <fieldset data-path=${`${at}.closed`} tabindex="-1">
          <legend>Wat gebeurt er?</legend>
          <label class="choice">
            <input type="radio" name=${radioName} .checked=${closed} @change=${makeClosed} />
            Gesloten
          </label>
          <label class="choice">
            <input type="radio" name=${radioName} .checked=${!closed} @change=${makeHours} />
            Open, met deze uren:
          </label>
          ${problemLines(fieldId(`${at}.closed`), host.problems.at(`${at}.closed`))}
          ${closed ? nothing : hourBlocks(host, [...path, k, 'hours'], ex.hours, name, 'nog geen uren')}
        </fieldset>
        ${host.input('Opmerking op het scherm', [...path, k, 'note'], ex.note, {
          optional: true,
          hint: 'bv. "kerstvakantie"',
        })}
      </div>`;
    })}
    <div class="actions">
      <button type="button" @click=${() => set([...list, { from: '', closed: true }])}>
        + Sluiting toevoegen
      </button>
      <button type="button" @click=${() => set([...list, { from: '', hours: [{ from: '', until: '' }] }])}>
        + Andere openingsuren toevoegen
      </button>
    </div>
  </fieldset>`;
}
