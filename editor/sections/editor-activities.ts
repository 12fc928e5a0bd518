/**
 * <editor-activities>: the activities, newest first; those that are over are greyed and can be removed
 * in one go. Date and times are separate pickers; the place is a buurtpunt from the list or free text.
 */
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { isPastActivity, withoutPastActivities } from '../../core/editor/activity-order';
import { joinWhen, whenFieldMessages, whenParts, type WhenParts } from '../../core/editor/activity-times';
import { fieldId, problemLines } from '../fields';
import '../editor-image-field';
import { EditorSection } from './editor-section';
import { itemsOf } from './list-controls';
import { placeField } from './place-field';

const NEW_ACTIVITY = { title: '', start: '', end: '' };

@customElement('editor-activities')
export class EditorActivities extends EditorSection {
  /** Brussels wall clock now, "YYYY-MM-DDTHH:MM": what counts as over. */
  @property() accessor nowLocal = '';
  /** Object URL of an image path, when the editor has its bytes. */
  @property({ attribute: false }) accessor imageUrl: (path: string) => string | undefined = () => undefined;

  async #add(): Promise<void> {
    this.edit(['activities'], [{ ...NEW_ACTIVITY }, ...itemsOf(this.draft?.activities)]);
    await new Promise((r) => setTimeout(r));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-path="activities[0].title"]')?.focus();
  }

  #removePast(count: number): void {
    const question = `${count} voorbije ${count === 1 ? 'activiteit' : 'activiteiten'} verwijderen?`;
    if (!confirm(question)) return;
    this.edit(['activities'], withoutPastActivities(itemsOf(this.draft?.activities), this.nowLocal));
  }

  override render() {
    if (!this.draft) return nothing;
    const activities = itemsOf(this.draft.activities);
    const pastCount = activities.filter((a) => isPastActivity(a, this.nowLocal)).length;
    return html`
      <h2>Activiteiten</h2>
      <p class="intro">De nieuwste staan bovenaan. Activiteiten die voorbij zijn, zijn grijs.</p>
      <div class="actions">
        <button type="button" class="primary" @click=${() => void this.#add()}>+ Activiteit toevoegen</button>
        ${
          pastCount > 0
            ? html`<button type="button" class="danger" @click=${() => this.#removePast(pastCount)}>
                Verwijder voorbije activiteiten (${pastCount})
              </button>`
            : nothing
        }
      </div>
      <p></p>
      ${activities.length === 0 ? html`<p class="empty">Nog geen activiteiten.</p>` : nothing}
      ${activities.map((a, i) => this.#card(a, i, activities))}
    `;
  }

  #card(a: Record<string, unknown>, i: number, activities: Record<string, unknown>[]) {
    const past = isPastActivity(a, this.nowLocal);
    const title = typeof a.title === 'string' && a.title.trim() !== '' ? a.title : 'Nieuwe activiteit';
    const remove = () =>
      this.edit(
        ['activities'],
        activities.filter((_, j) => j !== i),
      );
    return html`<div class=${past ? 'card past' : 'card'} data-path=${`activities[${i}]`} tabindex="-1">
      <div class="card-head">
        <h3>${title} ${past ? html`<span class="badge">voorbij</span>` : nothing}</h3>
        <button type="button" class="danger" aria-label=${`${title} verwijderen`} @click=${remove}>
          Verwijderen
        </button>
      </div>
      ${this.cardProblems(['activities', i])} ${this.input('Titel', ['activities', i, 'title'], a.title)}
      ${this.#when(a, i)} ${placeField(this, i, a, this.draft?.locations)}
      ${this.input('Beschrijving', ['activities', i, 'description'], a.description, {
        optional: true,
        multiline: true,
      })}
      <editor-image-field
        .path=${['activities', i, 'image']}
        .value=${a.image}
        .url=${typeof a.image === 'string' ? this.imageUrl(a.image) : undefined}
        .problems=${this.problems.at(`activities[${i}].image`)}
      ></editor-image-field>
    </div>`;
  }

  /** Day, from and until (and an end day for activities over several days). */
  #when(a: Record<string, unknown>, i: number) {
    const parts = whenParts(a.start, a.end);
    const startPath = `activities[${i}].start`;
    const endPath = `activities[${i}].end`;
    const messages = whenFieldMessages(parts, this.problems.at(startPath), this.problems.at(endPath));
    // Typing the day also moves the end (same day); only the field typed in counts as touched.
    const set = (change: Partial<WhenParts>, touched: string) =>
      this.edit(['activities', i], { ...a, ...joinWhen({ ...parts, ...change }) }, [touched]);
    const multiDay = parts.endDate !== '';
    const nextDay = (d: string) =>
      new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const timeInput = (label: string, part: keyof WhenParts, path: string, focus: boolean) => {
      const id = fieldId(path, part);
      const problems = messages[part];
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          type=${part === 'date' || part === 'endDate' ? 'date' : 'time'}
          data-path=${focus ? path : nothing}
          aria-invalid=${problems.length ? 'true' : 'false'}
          aria-describedby=${problems.length ? problems.map((_, k) => `${id}-p${k}`).join(' ') : nothing}
          .value=${live(parts[part])}
          @input=${(e: Event) => set({ [part]: (e.target as HTMLInputElement).value }, path)}
        />
        ${problemLines(id, problems)}
      </div>`;
    };
    return html`<fieldset>
      <legend>Wanneer</legend>
      <div class="row">
        ${timeInput('Datum', 'date', startPath, true)} ${timeInput('Van', 'from', startPath, false)}
        ${timeInput('Tot', 'until', endPath, true)}
        ${multiDay ? timeInput('Tot en met datum', 'endDate', endPath, false) : nothing}
      </div>
      <label class="choice">
        <input
          type="checkbox"
          .checked=${multiDay}
          ?disabled=${!multiDay && parts.date === ''}
          @change=${(e: Event) =>
            set({ endDate: (e.target as HTMLInputElement).checked ? nextDay(parts.date) : '' }, endPath)}
        />
        Duurt tot een andere dag
      </label>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-activities': EditorActivities;
  }
}
