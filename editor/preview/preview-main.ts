/**
 * The preview frame: plans the deck with the kiosk's own planner at the chosen moment and shows
 * one slide in <preview-stage>. Images arrive as Blobs and are shown through object URLs made here.
 */
import type { KioskPayload } from '../../core/api';
import { resolveRendererConfig } from '../../core/config/device-config';
import { planDeck } from '../../core/deck/plan';
import { isClockTrusted } from '../../renderer/services/clock-trust';
import { setMediaResolver } from '../../renderer/slides/media-url';
import type { FrameMessage, RenderMessage } from './preview-protocol';
import './preview-stage';

const urls = new Map<string, { blob: Blob; url: string }>();

/** Object URLs for this render's images; ones no longer used are revoked. */
function syncImages(images: ReadonlyMap<string, Blob>): void {
  for (const [path, entry] of urls) {
    if (images.get(path) !== entry.blob) {
      URL.revokeObjectURL(entry.url);
      urls.delete(path);
    }
  }
  for (const [path, blob] of images) {
    if (!urls.has(path)) urls.set(path, { blob, url: URL.createObjectURL(blob) });
  }
}

function post(message: FrameMessage): void {
  window.parent.postMessage(message, '*');
}

function render(message: RenderMessage): void {
  syncImages(message.images);
  const config = resolveRendererConfig(message.location ? { location: message.location } : {});
  const payload: KioskPayload = {
    revision: 0,
    boot: 'voorbeeld',
    version: 'voorbeeld',
    content: message.content,
    config,
    buildDate: '2000-01-01',
    notice: null,
  };
  // The moment chosen in the editor is read as a kiosk would read its clock then.
  const deck = planDeck(message.content, config, message.now, isClockTrusted(payload, message.now));
  const slide = deck.slides.find((s) => s.key === message.slideKey) ?? deck.slides[0] ?? null;
  const stage = document.querySelector('preview-stage');
  if (stage) {
    stage.payload = payload;
    stage.now = message.now;
    stage.slide = slide;
  }
  post({
    type: 'deck',
    slides: deck.slides.map((s) => ({ key: s.key, kind: s.kind })),
    shown: slide?.key ?? null,
  });
}

/** Runs the frame: images through our object URLs, render on every message from the editor. */
export function startPreview(): void {
  setMediaResolver((path) => urls.get(path)?.url ?? '');
  window.addEventListener('message', (event: MessageEvent<RenderMessage>) => {
    if (event.source !== window.parent || event.data?.type !== 'render') return;
    render(event.data);
  });
  post({ type: 'ready' });
}
