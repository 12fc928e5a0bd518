/**
 * The frame of a paged slide: its title with the page number ("2/3") over a `.fill` area whose type
 * grows to fill the room (FitController). A slide type says only its title and what fills the area.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FitController } from './fit-controller';
import { pageLabel } from './page-label';

export abstract class TitledSlide<S extends { page: number; pageCount: number }> extends LitElement {
  /** The planned slide. */
  @property({ attribute: false }) accessor slide: S | null = null;

  /** `maxFit`: how far the type may grow (FitController's default when not given). */
  constructor(maxFit?: number) {
    super();
    new FitController(this, maxFit);
  }

  /** The words of the slide's heading. */
  protected abstract heading(slide: S): string;

  /** What fills the room under the heading. */
  protected abstract body(slide: S): TemplateResult;

  override render() {
    const slide = this.slide;
    if (!slide) return nothing;
    return html`
      <h2>${this.heading(slide)}${pageLabel(slide.page, slide.pageCount)}</h2>
      <div class="fill">${this.body(slide)}</div>
    `;
  }
}
