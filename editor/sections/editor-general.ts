/** <editor-general>: the screen's title and the Sociaal Huis block (who to contact for more information). */
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { EditorSection } from './editor-section';
import { recordOf } from './list-controls';

@customElement('editor-general')
export class EditorGeneral extends EditorSection {
  override render() {
    const draft = this.draft;
    if (!draft) return html``;
    const org = recordOf(draft.organisation);
    return html`
      <h2>Algemeen</h2>
      <p class="intro">De naam bovenaan het scherm en waar mensen terechtkunnen voor meer informatie.</p>
      <div class="card">
        ${this.input('Titel bovenaan het scherm', ['title'], draft.title, {
          optional: true,
          hint: 'Bijvoorbeeld "Buurtopbouwwerk Dendermonde". Op een scherm in een buurtpunt staat de naam van dat buurtpunt.',
        })}
      </div>
      <div class="card" data-path="organisation" tabindex="-1">
        <h3>Meer informatie (Sociaal Huis)</h3>
        ${this.cardProblems(['organisation'])}
        <div class="grid">
          ${this.input('Naam', ['organisation', 'name'], org.name)}
          ${this.input('E-mailadres', ['organisation', 'email'], org.email, { type: 'email' })}
          ${this.input('Telefoonnummer', ['organisation', 'phone'], org.phone, { type: 'tel', hint: 'bv. 052 37 85 00' })}
        </div>
        ${this.input('Korte uitleg', ['organisation', 'description'], org.description, {
          optional: true,
          multiline: true,
        })}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-general': EditorGeneral;
  }
}
