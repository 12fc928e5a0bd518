/** Reads a QR code off the screen: a screenshot of the element, decoded with jsQR. */
import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text in the QR code shown by `element`, or null when none can be read. */
export async function decodeQrIn(element: Locator): Promise<string | null> {
  const png = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
