/** Messages between the editor and its preview frame (a sandboxed srcdoc iframe, so postMessage only). */
import type { Content } from '../../core/content/schema';
import type { SlideKind } from '../../core/config/device-config';

/** Editor → frame: show the slide `slideKey` (or the first) of the deck planned at `now`. */
export interface RenderMessage {
  type: 'render';
  content: Content;
  /** The screen's own buurtpunt, or null. */
  location: string | null;
  /** Epoch ms the preview pretends it is. */
  now: number;
  slideKey: string | null;
  /** Image bytes by content path ("images/koffie.jpg"); the frame makes its own object URLs. */
  images: ReadonlyMap<string, Blob>;
}

/** Frame → editor: it has started, or which slides the deck holds and which one it shows. */
export type FrameMessage =
  { type: 'ready' } | { type: 'deck'; slides: { key: string; kind: SlideKind }[]; shown: string | null };
