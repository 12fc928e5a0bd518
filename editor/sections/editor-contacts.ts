/** <editor-contacts>: the buurtopbouwwerkers visitors can call or mail (the screen shows a QR per person). */
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { EditorSection } from './editor-section';
import { itemsOf, listControls } from './list-controls';

@customElement('editor-contacts')
export class EditorContacts extends EditorSection {
  override render() {
    if (!this.draft) return html``;
    const contacts = itemsOf(this.draft.contacts);
    const add = () =>
      this.edit(['contacts'], [...contacts, { name: '', role: 'Buurtopbouwwerker', phone: '', email: '' }]);
    return html`
      <h2>Contactpersonen</h2>
      <p class="intro">Wie bezoekers kunnen bellen of mailen. Het scherm toont ze in deze volgorde.</p>
      ${contacts.length === 0 ? html`<p class="empty">Nog geen contactpersonen.</p>` : ''}
      ${contacts.map((c, i) => {
        const name = typeof c.name === 'string' && c.name !== '' ? c.name : `Contactpersoon ${i + 1}`;
        return html`<div class="card" data-path=${`contacts[${i}]`} tabindex="-1">
          <div class="card-head">
            <h3>${name}</h3>
            ${listControls(this, ['contacts'], contacts, i, name)}
          </div>
          ${this.cardProblems(['contacts', i])}
          <div class="grid">
            ${this.input('Naam', ['contacts', i, 'name'], c.name, { autocomplete: 'off' })}
            ${this.input('Functie', ['contacts', i, 'role'], c.role, { hint: 'bv. Buurtopbouwwerker' })}
            ${this.input('Telefoonnummer', ['contacts', i, 'phone'], c.phone, { type: 'tel', hint: 'bv. 0473 52 99 03' })}
            ${this.input('E-mailadres', ['contacts', i, 'email'], c.email, { type: 'email' })}
          </div>
        </div>`;
      })}
      <button type="button" class="primary" @click=${add}>+ Contactpersoon toevoegen</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-contacts': EditorContacts;
  }
}
