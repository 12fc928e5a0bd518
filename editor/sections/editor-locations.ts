/**
 * <editor-locations>: the buurtpunten. Per buurtpunt its name and address, its weekly opening hours
 * (several blocks a day), closures and other hours, public holidays, and its Facebook page.
 */
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { WEEKDAYS } from '../../core/time/weekdays';
import { WEEKDAY_NAMES_NL, capitalize } from '../../core/time/dutch-words';
import { idFromName } from '../../core/editor/new-content';
import { EditorSection } from './editor-section';
import { exceptionsEditor } from './exceptions';
import { facebookEditor } from './facebook-field';
import { hourBlocks } from './hour-blocks';
import { itemsOf, recordOf } from './list-controls';

const NEW_LOCATION = {
  id: '',
  name: '',
  buurt: '',
  address: { street: '', postalCode: '', city: 'Dendermonde' },
  hours: {},
  exceptions: [],
};

@customElement('editor-locations')
export class EditorLocations extends EditorSection {
  static override styles = [
    ...EditorSection.styles,
    css`
      .day {
        display: grid;
        grid-template-columns: 8rem 1fr;
        gap: 0.5rem 1rem;
        align-items: start;
        padding: 0.5rem 0;
        border-top: 1px solid var(--ed-line);
      }
      .day > .label {
        padding-top: 0.6rem;
      }
      .card.sub {
        background: #fff;
      }
      h4 {
        margin: 0;
        font-size: 1.1rem;
      }
    `,
  ];

  /** Ids as last opened or saved: these are what screens and activities already use, so they stay put. */
  @property({ attribute: false }) accessor savedIds: ReadonlySet<string> = new Set();

  #rename(li: number, location: Record<string, unknown>, name: string): void {
    const id = typeof location.id === 'string' ? location.id : '';
    const oldName = typeof location.name === 'string' ? location.name : '';
    const follows = !this.savedIds.has(id) && (id === '' || id === idFromName(oldName));
    this.edit(['locations', li], { ...location, name, ...(follows ? { id: idFromName(name) } : {}) });
  }

  #remove(li: number, name: string): void {
    if (!confirm(`${name} verwijderen, met al zijn openingsuren?`)) return;
    this.edit(
      ['locations'],
      itemsOf(this.draft?.locations).filter((_, i) => i !== li),
    );
  }

  override render() {
    if (!this.draft) return nothing;
    const locations = itemsOf(this.draft.locations);
    return html`
      <h2>Buurtpunten en openingsuren</h2>
      <p class="intro">
        Per buurtpunt: waar het is, wanneer het elke week open is, en wanneer het anders is.
      </p>
      ${this.cardProblems(['locations'])} ${locations.map((l, li) => this.#location(l, li))}
      <button
        type="button"
        class="primary"
        @click=${() => this.edit(['locations'], [...locations, structuredClone(NEW_LOCATION)])}
      >
        + Buurtpunt toevoegen
      </button>
    `;
  }

  #location(l: Record<string, unknown>, li: number) {
    const address = recordOf(l.address);
    const hours = recordOf(l.hours);
    const name = typeof l.name === 'string' && l.name.trim() ? l.name : `Buurtpunt ${li + 1}`;
    return html`<section class="card" data-path=${`locations[${li}]`} tabindex="-1" aria-label=${name}>
      <div class="card-head">
        <h3>${name}</h3>
        <button
          type="button"
          class="danger"
          aria-label=${`${name} verwijderen`}
          @click=${() => this.#remove(li, name)}
        >
          Verwijderen
        </button>
      </div>
      ${this.cardProblems(['locations', li])}
      <div class="grid">
        ${this.input('Naam', ['locations', li, 'name'], l.name, {
          hint: 'bv. "Buurtpunt Bijloke"',
          onInput: (v) => this.#rename(li, l, v),
        })}
        ${this.input('Buurt', ['locations', li, 'buurt'], l.buurt, { hint: 'bv. "Donck/Vlotgras"' })}
        ${this.input('Code', ['locations', li, 'id'], l.id, {
          hint: 'Korte code waarmee een scherm dit buurtpunt herkent. Verander ze niet als het buurtpunt al bestaat.',
        })}
      </div>
      <div class="grid" data-path=${`locations[${li}].address`} tabindex="-1">
        ${this.input('Straat en nummer', ['locations', li, 'address', 'street'], address.street)}
        ${this.input('Postcode', ['locations', li, 'address', 'postalCode'], address.postalCode, { hint: 'bv. 9200' })}
        ${this.input('Gemeente', ['locations', li, 'address', 'city'], address.city)}
      </div>
      <fieldset data-path=${`locations[${li}].hours`} tabindex="-1">
        <legend>Openingsuren per week</legend>
        ${this.cardProblems(['locations', li, 'hours'])}
        ${WEEKDAYS.map((day) => {
          const dayName = capitalize(WEEKDAY_NAMES_NL[day]);
          return html`<div class="day">
            <span class="label">${dayName}</span>
            ${hourBlocks(this, ['locations', li, 'hours', day], hours[day], dayName, 'gesloten')}
          </div>`;
        })}
      </fieldset>
      ${exceptionsEditor(this, li, l.exceptions)}
      <fieldset>
        <legend>Feestdagen</legend>
        <label class="choice">
          <input
            type="checkbox"
            data-path=${`locations[${li}].publicHolidays`}
            .checked=${l.publicHolidays === 'open'}
            @change=${(e: Event) =>
              this.edit(
                ['locations', li, 'publicHolidays'],
                (e.target as HTMLInputElement).checked ? 'open' : undefined,
              )}
          />
          Ook open op wettelijke feestdagen (anders gesloten)
        </label>
        ${this.cardProblems(['locations', li, 'publicHolidays'])}
      </fieldset>
      ${facebookEditor(this, li, l.facebook)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-locations': EditorLocations;
  }
}
