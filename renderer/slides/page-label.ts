/** The "2/3" after a paged slide's title; nothing on a slide that has one page. */
import { html, nothing } from 'lit';

/** Renders " 2/3" (spoken "pagina 2 van 3") when `count` > 1. */
export function pageLabel(page: number, count: number) {
  if (count <= 1) return nothing;
  return html` <span class="page" aria-label="pagina ${page} van ${count}">${page}/${count}</span>`;
}
