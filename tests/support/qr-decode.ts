/**
 * Reads a QR code off the screen as a phone camera would: from a screenshot of the whole screen (not
 * a crop of the code), decoded with jsQR, with the size of its modules in CSS pixels.
 */
import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** A code read from the screen. */
export interface ScreenQr {
  text: string;
  /** QR version: the symbol is 17 + 4 × version modules wide. */
  version: number;
  /** Width of one module in CSS px (the screenshot is taken at device scale 1). */
  modulePx: number;
}

/**
 * The QR code on screen, read from a full-viewport screenshot; `mask` covers other codes in view,
 * so the one meant is the one read. Null when no code can be read.
 */
export async function readQrOnScreen(page: Page, mask: Locator[] = []): Promise<ScreenQr | null> {
  // Masks are drawn in a colour jsQR does not take for dark modules over white.
  const png = PNG.sync.read(await page.screenshot({ mask, maskColor: '#ffffff' }));
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) return null;
  const { topLeftCorner: a, topRightCorner: b } = found.location;
  const modules = 17 + 4 * found.version;
  return { text: found.data, version: found.version, modulePx: Math.hypot(b.x - a.x, b.y - a.y) / modules };
}

/** Unfolds a vCard (RFC 2425 §5.8.1) into its content lines. */
export function vcardLines(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}
