/** The shapes that cross the handler/renderer boundary (JSON over fetch). */
import type { RendererConfig } from './config/device-config';
import type { Content } from './content/schema';
import type { NetworkStatus } from './update/network-status';
import type { ZoneOffsets } from './time/zone-offsets';

/** A short message for staff after a USB import, shown on screen for about 30 seconds. */
export interface StaffNotice {
  kind: 'import-ok' | 'import-failed';
  /** One line, e.g. "Nieuwe inhoud geladen (3 komende activiteiten)". */
  title: string;
  /** The first few problems, each one line of plain Dutch. */
  details: string[];
  /** ISO instant the notice was raised. */
  at: string;
  /** One line of advice under the details, e.g. "Je mag de USB-stick nu uittrekken." */
  hint?: string;
}

/** One import attempt, for the staff view and store/imports.json. */
export interface ImportLogEntry {
  /** ISO instant. */
  at: string;
  /** Where it came from: "USB-stick KIOSK", "map /home/…". */
  source: string;
  result: 'imported' | 'unchanged' | 'refused' | 'removed' | 'failed';
  /** The content version imported or found already shown. */
  version?: string;
  /** One line of Dutch: "2 buurtpunten, 12 activiteiten (9 al voorbij), …" or "3 fouten". */
  summary: string;
  /** The first problems, each one line ("regel 12, activities[3].start: …"). */
  problems: string[];
}

/** GET /api/status: what the staff-only status view shows. */
export interface StaffStatus {
  version: string;
  /** Where the shown content came from. */
  source: string;
  /** When the shown content was imported; null for the bundled sample or a --content folder. */
  importedAt: string | null;
  /** Newest first. */
  imports: ImportLogEntry[];
  signing: StaffSigning;
  /** Problems in this screen's config.json, one Dutch line each; a field with a problem is ignored. */
  configProblems: string[];
  /** Mount-root patterns watched for USB sticks, e.g. "/media/USER/STICK" with wildcards. */
  usbRoots: string[];
  /** Mount points of sticks that stopped answering; ignored until they are pulled out. */
  quarantinedSticks: string[];
  /** Updates from a web address. */
  network: NetworkStatus;
}

/** Signing as the staff view tells it. */
export interface StaffSigning {
  /**
   * `off`: unsigned content is accepted; `required`: only content signed with this screen's key;
   * `broken`: a key is meant but cannot be used, so no content at all is accepted until it is fixed.
   */
  mode: 'off' | 'required' | 'broken';
  /** Why signing is broken, in Dutch; null otherwise. */
  problem: string | null;
  /** The newest signing moment ever accepted (ISO): content signed earlier is refused as an old copy. */
  newestSignedAt: string | null;
  /**
   * The content on screen: signed (when), signed with a key this screen does not trust, imported
   * without a signature, or never imported at all: the bundled sample, or a --content folder.
   */
  shown: 'signed' | 'other-key' | 'unsigned' | 'sample' | 'folder';
  /** When the content on screen was signed (ISO), if it was. */
  shownSignedAt: string | null;
}

/** The id of the `<script type="application/json">` in index.html that carries the first payload. */
export const EMBEDDED_PAYLOAD_ID = 'kiosk-payload';
/** Attribute of that element: the instant (epoch ms) the handler drew the page's first screen for. */
export const EMBEDDED_DRAWN_AT_ATTRIBUTE = 'data-drawn-at';

/**
 * Where the screen starts: the payload index.html carries and the instant its first screen was drawn
 * for. The renderer's first render uses both, so it matches the server's HTML exactly (hydration
 * keeps the DOM as it is), and then reads its own clock.
 */
export interface PageStart {
  payload: KioskPayload;
  /** Epoch ms. */
  drawnAt: number;
}

/**
 * The first screen drawn on the server (renderer/ssr/first-screen.ts, loaded by the handler from
 * dist/ssr/first-screen.js): <kiosk-app> with declarative shadow DOM, and the text of each <style>
 * in it, from the element classes, for the page's CSP hashes.
 */
export interface FirstScreen {
  html: string;
  styles: string[];
}

/** Draws the first screen for a payload at an instant (epoch ms); null when the browser must draw it. */
export type RenderFirstScreen = (payload: KioskPayload, now: number) => FirstScreen | null;

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
  /**
   * Brussels' UTC offsets for some years around now, so the renderer needs no Intl to start. The
   * editor's preview has none (it asks Intl).
   */
  zoneOffsets?: ZoneOffsets;
  notice: StaffNotice | null;
}

/** GET /api/events?boot=B&since=N: answers when the revision moves past N (or after a timeout). */
export interface KioskEvent {
  boot: string;
  revision: number;
}
