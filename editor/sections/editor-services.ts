/** <editor-services>: "waarvoor kan je langskomen" — the list the screen shows as what the buurtpunt offers. */
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { EditorSection } from './editor-section';
import { itemsOf, listControls } from './list-controls';

@customElement('editor-services')
export class EditorServices extends EditorSection {
  override render() {
    if (!this.draft) return html``;
    const services = itemsOf(this.draft.services);
    return html`
      <h2>Aanbod: waarvoor kan je langskomen?</h2>
      <p class="intro">Elke regel komt als een punt op het scherm, in deze volgorde.</p>
      ${services.length === 0 ? html`<p class="empty">Nog niets ingevuld.</p>` : ''}
      ${services.map(
        (s, i) =>
          html`<div class="card" data-path=${`services[${i}]`} tabindex="-1">
            <div class="card-head">
              <h3>Punt ${i + 1}</h3>
              ${listControls(this, ['services'], services, i, `Punt ${i + 1}`)}
            </div>
            ${this.cardProblems(['services', i])} ${this.input('Titel', ['services', i, 'title'], s.title)}
            ${this.input('Uitleg', ['services', i, 'description'], s.description, { optional: true, multiline: true })}
          </div>`,
      )}
      <button
        type="button"
        class="primary"
        @click=${() => this.edit(['services'], [...services, { title: '' }])}
      >
        + Punt toevoegen
      </button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-services': EditorServices;
  }
}
