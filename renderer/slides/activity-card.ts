/**
 * One activity as the rotation and the touch screen show it: its photo, or a calendar leaf with its
 * day, beside the title, the time and the place. A template and its styles, shared by
 * <kiosk-activities-slide> and <kiosk-activities-page>; sizes follow --fit (FitController).
 */
import { css, html } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import type { ActivityItem } from '../../core/activities/activity-item';
import { mediaUrl } from './media-url';

export const activityCardStyles = css`
  .activity {
    display: flex;
    align-items: center;
    gap: calc(var(--space-m) * var(--fit, 1));
    min-width: 0;
    text-align: left;
    --visual: calc(12 * var(--u) * var(--fit, 1));
  }
  .visual {
    flex: none;
    width: var(--visual);
    height: var(--visual);
    border-radius: calc(var(--visual) / 10);
    object-fit: cover;
  }
  .tile {
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: center;
    box-sizing: border-box;
    background: var(--kiosk-fg);
    color: var(--kiosk-bg);
    border-top: calc(var(--visual) / 9) solid var(--kiosk-closed);
    line-height: 1.1;
    font-weight: 700;
  }
  .tile .day {
    font-size: calc(var(--visual) / 2.6);
  }
  .tile .month {
    font-size: max(var(--fs-small), calc(var(--visual) / 5));
  }
  .title,
  .when,
  .place {
    margin: 0;
  }
  .words {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: calc(0.3 * var(--space-s) * var(--fit, 1));
  }
  .title {
    font-size: calc(var(--fs-body) * var(--fit, 1));
    font-weight: 700;
    line-height: 1.15;
    overflow-wrap: break-word;
  }
  .when {
    font-size: calc(var(--fs-body) * var(--fit, 1));
    font-weight: 700;
    line-height: 1.2;
    color: var(--kiosk-accent);
  }
  .place {
    font-size: calc(var(--fs-small) * var(--fit, 1));
    line-height: 1.2;
    color: var(--kiosk-muted);
    overflow-wrap: break-word;
  }
`;

/** The photo, or the day as a calendar leaf ("20 dec"); the time says it too, so screen readers skip it. */
export function activityVisual(item: ActivityItem) {
  if (item.image) return html`<img class="visual" src=${mediaUrl(item.image)} alt="" />`;
  return html`<span class="visual tile" aria-hidden="true"
    ><span class="day">${item.tile.day}</span><span class="month">${item.tile.month}</span></span
  >`;
}

/** Block elements (a heading and paragraphs), or only spans where the card is a button. */
const BLOCK = { box: literal`div`, title: literal`h4`, line: literal`p` };
const INLINE = { box: literal`span`, title: literal`span`, line: literal`span` };

/** The title, time and place of `item`; `inButton` keeps to what a button may contain. */
export function activityWords(item: ActivityItem, inButton = false) {
  const tag = inButton ? INLINE : BLOCK;
  return staticHtml`<${tag.box} class="words">
    <${tag.title} class="title">${item.title}</${tag.title}>
    <${tag.line} class="when">${item.when}</${tag.line}>
    <${tag.line} class="place">${item.place}</${tag.line}>
  </${tag.box}>`;
}
