/** A buurtpunt's Facebook page: a link (the screen shows a QR code), a text such as "nog in opbouw", or none. */
import { html, nothing } from 'lit';
import { fieldId, problemLines } from '../fields';
import type { FormHost } from './editor-section';
import { recordOf } from './list-controls';

/** The choice and its field for location `li`. */
export function facebookEditor(host: FormHost, li: number, value: unknown) {
  const fb = value === undefined ? undefined : recordOf(value);
  const kind =
    fb === undefined ? 'none' : fb.url !== undefined ? 'url' : fb.note !== undefined ? 'note' : 'url';
  const path = ['locations', li, 'facebook'] as const;
  const at = `locations[${li}].facebook`;
  const radio = fieldId(at, 'kind');
  const choose = (next: string) => {
    if (next === 'none') host.edit(path, undefined);
    else if (next === 'url') host.edit(path, { url: typeof fb?.url === 'string' ? fb.url : '' });
    else host.edit(path, { note: typeof fb?.note === 'string' ? fb.note : 'nog in opbouw' });
  };
  const option = (k: string, label: string) =>
    html`<label class="choice">
      <input type="radio" name=${radio} .checked=${kind === k} @change=${() => choose(k)} />${label}
    </label>`;
  return html`<fieldset data-path=${at} tabindex="-1">
    <legend>Facebookpagina van de buurt</legend>
    ${option('url', 'Er is een pagina: toon de link als QR-code')}
    ${option('note', 'Nog geen pagina: toon een tekst')} ${option('none', 'Niets tonen')}
    ${problemLines(fieldId(at, 'card'), host.problems.at(at))}
    ${
      kind === 'url'
        ? host.input('Link naar de Facebookpagina', [...path, 'url'], fb?.url, {
            type: 'url',
            hint: 'Begint met https://www.facebook.com/',
          })
        : nothing
    }
    ${
      kind === 'note'
        ? host.input('Tekst op het scherm', [...path, 'note'], fb?.note, {
            hint: 'bv. "nog in opbouw": het scherm toont dan "Facebookpagina nog in opbouw"',
          })
        : nothing
    }
  </fieldset>`;
}
