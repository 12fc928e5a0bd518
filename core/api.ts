/** The shapes that cross the handler/renderer boundary (JSON over fetch). */
import type { RendererConfig } from './config/device-config';
import type { Content } from './content/schema';

/** A short message for staff after a USB import, shown on screen for about 30 seconds. */
export interface StaffNotice {
  kind: 'import-ok' | 'import-failed';
  /** One line, e.g. "Nieuwe inhoud geladen (12 activiteiten)". */
  title: string;
  /** The first few problems, each one line of plain Dutch. */
  details: string[];
  /** ISO instant the notice was raised. */
  at: string;
}

/** GET /api/kiosk: everything the renderer shows. */
export interface KioskPayload {
  /** Changes whenever anything in this payload changes; the renderer waits on it. */
  revision: number;
  /** Differs per server process, so a renderer notices a restart. */
  boot: string;
  /** Content hash: the same content always has the same version. */
  version: string;
  content: Content;
  config: RendererConfig;
  /** Day the app was built (YYYY-MM-DD): a clock before it is clearly wrong. */
  buildDate: string;
  notice: StaffNotice | null;
}

/** GET /api/events?boot=B&since=N: answers when the revision moves past N (or after a timeout). */
export interface KioskEvent {
  boot: string;
  revision: number;
}
