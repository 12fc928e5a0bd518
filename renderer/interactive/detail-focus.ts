/**
 * Keeps a keyboard or remote user's place when a page opens or closes a detail view: focus goes to
 * "back" in the detail, and after it to the item the detail belonged to. A touch user's focus is
 * left alone (nothing in the page had focus).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the host tells the controller: which detail is open, and where its item and "back" are. */
export interface DetailFocusHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  readonly shadowRoot: ShadowRoot | null;
}

export class DetailFocus implements ReactiveController {
  #shown: string | null = null;
  #hadFocus = false;

  constructor(
    private readonly host: DetailFocusHost,
    /** The key of the open detail, or null. */
    private readonly openKey: () => string | null,
    /** The selector of the item with `key` in the page. */
    private readonly itemSelector: (key: string) => string,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.openKey() !== this.#shown) this.#hadFocus = this.host.shadowRoot?.activeElement != null;
  }

  hostUpdated(): void {
    const key = this.openKey();
    const previous = this.#shown;
    if (key === previous) return;
    this.#shown = key;
    if (!this.#hadFocus) return;
    const selector = key !== null ? '.back' : previous !== null ? this.itemSelector(previous) : null;
    if (selector) this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
