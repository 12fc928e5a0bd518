/** <editor-about>: what the buurtopbouwwerk is, its aims and its buurten (the "over ons" slide). */
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { EditorSection } from './editor-section';
import { itemsOf, listControls, recordOf } from './list-controls';

@customElement('editor-about')
export class EditorAbout extends EditorSection {
  override render() {
    if (!this.draft) return html``;
    const about = recordOf(this.draft.about);
    const aims = itemsOf(about.aims);
    const buurten = itemsOf<unknown>(about.buurten);
    return html`
      <h2>Over het buurtopbouwwerk</h2>
      <p class="intro">Wat het buurtopbouwwerk is en wil bereiken.</p>
      <div class="card" data-path="about" tabindex="-1">
        ${this.cardProblems(['about'])} ${this.input('Titel', ['about', 'title'], about.title)}
        ${this.input('Inleiding', ['about', 'intro'], about.intro, { multiline: true })}
        ${this.input('Over participatie', ['about', 'participation'], about.participation, {
          optional: true,
          multiline: true,
        })}
      </div>
      <h3>Doelstellingen</h3>
      ${this.cardProblems(['about', 'aims'])}
      ${aims.map(
        (aim, i) =>
          html`<div class="card" data-path=${`about.aims[${i}]`} tabindex="-1">
            <div class="card-head">
              <h3>Doelstelling ${i + 1}</h3>
              ${listControls(this, ['about', 'aims'], aims, i, `Doelstelling ${i + 1}`)}
            </div>
            ${this.input('Titel', ['about', 'aims', i, 'title'], aim.title)}
            ${this.input('Uitleg', ['about', 'aims', i, 'text'], aim.text, { multiline: true })}
          </div>`,
      )}
      <p>
        <button
          type="button"
          @click=${() => this.edit(['about', 'aims'], [...aims, { title: '', text: '' }])}
        >
          + Doelstelling toevoegen
        </button>
      </p>
      <h3>Buurten</h3>
      <div class="card" data-path="about.buurten" tabindex="-1">
        ${buurten.length === 0 ? html`<p class="empty">Geen buurten ingevuld.</p>` : ''}
        ${buurten.map(
          (b, i) =>
            html`<div class="row">
              ${this.input(`Buurt ${i + 1}`, ['about', 'buurten', i], b)}
              <button
                type="button"
                class="danger"
                aria-label=${`Buurt ${i + 1} verwijderen`}
                @click=${() =>
                  this.edit(
                    ['about', 'buurten'],
                    buurten.filter((_, j) => j !== i),
                  )}
              >
                Verwijderen
              </button>
            </div>`,
        )}
        <button type="button" @click=${() => this.edit(['about', 'buurten'], [...buurten, ''])}>
          + Buurt toevoegen
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-about': EditorAbout;
  }
}
