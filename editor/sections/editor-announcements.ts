/** <editor-announcements>: short notices on the screen, each visible between two days if wanted. */
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { isExpiredAnnouncement } from '../../core/editor/announcement-expiry';
import '../editor-image-field';
import { EditorSection } from './editor-section';
import { itemsOf, listControls } from './list-controls';

@customElement('editor-announcements')
export class EditorAnnouncements extends EditorSection {
  /** Brussels wall clock now, "YYYY-MM-DDTHH:MM": announcements whose visibleUntil has passed are over. */
  @property() accessor nowLocal = '';
  @property({ attribute: false }) accessor imageUrl: (path: string) => string | undefined = () => undefined;

  override render() {
    if (!this.draft) return nothing;
    const list = itemsOf(this.draft.announcements);
    const add = () => this.edit(['announcements'], [{ title: '', text: '' }, ...list]);
    return html`
      <h2>Mededelingen</h2>
      <p class="intro">
        Een korte boodschap op het scherm. Geef een eerste en laatste dag als ze maar een tijdje mag
        verschijnen.
      </p>
      <button type="button" class="primary" @click=${add}>+ Mededeling toevoegen</button>
      <p></p>
      ${list.length === 0 ? html`<p class="empty">Geen mededelingen.</p>` : nothing}
      ${list.map((a, i) => {
        const over = isExpiredAnnouncement(a, this.nowLocal);
        const title = typeof a.title === 'string' && a.title.trim() ? a.title : 'Nieuwe mededeling';
        const dateType = (v: unknown) =>
          typeof v === 'string' && v.includes('T') ? 'datetime-local' : 'date';
        return html`<div
          class=${over ? 'card past' : 'card'}
          data-path=${`announcements[${i}]`}
          tabindex="-1"
        >
          <div class="card-head">
            <h3>${title} ${over ? html`<span class="badge">niet meer zichtbaar</span>` : nothing}</h3>
            ${listControls(this, ['announcements'], list, i, title)}
          </div>
          ${this.cardProblems(['announcements', i])}
          ${this.input('Titel', ['announcements', i, 'title'], a.title)}
          ${this.input('Tekst', ['announcements', i, 'text'], a.text, { multiline: true })}
          <div class="row">
            ${this.input('Zichtbaar vanaf', ['announcements', i, 'visibleFrom'], a.visibleFrom, {
              optional: true,
              type: dateType(a.visibleFrom),
            })}
            ${this.input('Zichtbaar tot en met', ['announcements', i, 'visibleUntil'], a.visibleUntil, {
              optional: true,
              type: dateType(a.visibleUntil),
            })}
          </div>
          <editor-image-field
            .path=${['announcements', i, 'image']}
            .value=${a.image}
            .url=${typeof a.image === 'string' ? this.imageUrl(a.image) : undefined}
            .problems=${this.problems.at(`announcements[${i}].image`)}
          ></editor-image-field>
        </div>`;
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-announcements': EditorAnnouncements;
  }
}
