/** An activity's place: one of the buurtpunten (stored as `location`) or free text (stored as `place`). */
import { html, nothing } from 'lit';
import { fieldId, problemLines } from '../fields';
import type { FormHost } from './editor-section';
import { itemsOf } from './list-controls';

const OTHER = '__andere-plaats';

/** The select and, for "Andere plaats", the text field. */
export function placeField(host: FormHost, i: number, activity: Record<string, unknown>, locations: unknown) {
  const options = itemsOf(locations)
    .filter((l) => typeof l.id === 'string')
    .map((l) => ({
      id: l.id as string,
      name: typeof l.name === 'string' && l.name ? l.name : (l.id as string),
    }));
  const location = typeof activity.location === 'string' ? activity.location : undefined;
  if (location !== undefined && !options.some((o) => o.id === location)) {
    options.push({ id: location, name: `onbekend buurtpunt "${location}"` });
  }
  const chosen = location ?? (activity.place !== undefined ? OTHER : '');
  const path = `activities[${i}].location`;
  const id = fieldId(path);
  const problems = host.problems.at(path);
  const change = (e: Event) => {
    const value = (e.target as HTMLSelectElement).value;
    const { location: _l, place: _p, ...rest } = activity;
    if (value === OTHER) host.edit(['activities', i], { ...rest, place: '' });
    else if (value === '') host.edit(['activities', i], rest);
    else host.edit(['activities', i], { ...rest, location: value });
  };
  return html`<div class="field">
      <label for=${id}>Waar</label>
      <select
        id=${id}
        data-path=${path}
        aria-invalid=${problems.length ? 'true' : 'false'}
        aria-describedby=${problems.length ? `${id}-p0` : nothing}
        @change=${change}
      >
        <option value="" ?selected=${chosen === ''}>— kies een plaats —</option>
        ${options.map((o) => html`<option value=${o.id} ?selected=${chosen === o.id}>${o.name}</option>`)}
        <option value=${OTHER} ?selected=${chosen === OTHER}>Andere plaats (zelf invullen)</option>
      </select>
      ${problemLines(id, problems)}
    </div>
    ${
      chosen === OTHER
        ? host.input('Andere plaats', ['activities', i, 'place'], activity.place, {
            hint: 'bv. "Vertrek aan de kerk van Baasrode"',
          })
        : nothing
    }`;
}
