/** Options of the one kiosk window: fullscreen, frameless, black until the first paint, locked down. */
import type { BrowserWindowConstructorOptions } from 'electron';

/** The kiosk window's options; `devTools: false` means no devtools at all, not only no shortcut. */
export function kioskWindowOptions(): BrowserWindowConstructorOptions {
  return {
    fullscreen: true,
    kiosk: true,
    frame: false,
    show: false,
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      devTools: false,
      spellcheck: false,
      enableWebSQL: false,
      safeDialogs: true,
      autoplayPolicy: 'document-user-activation-required',
      // The first frame of an animated image, never the loop: the import refuses animations, but a
      // version stored before it did would otherwise play all day (a tenth of a core, for months).
      imageAnimationPolicy: 'noAnimation',
    },
  };
}

/** Rectangle of a display or window (Electron's `Rectangle`). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The display the window belongs on after displays change: the one holding the window's centre, or
 * the primary one when that display is gone (a screen unplugged, an HDMI port swapped).
 */
export function displayForWindow<D extends { bounds: Box }>(
  displays: readonly D[],
  window: Box,
  primary: D,
): D {
  const cx = window.x + window.width / 2;
  const cy = window.y + window.height / 2;
  const holds = (b: Box) => cx >= b.x && cx < b.x + b.width && cy >= b.y && cy < b.y + b.height;
  return displays.find((d) => holds(d.bounds)) ?? primary;
}
