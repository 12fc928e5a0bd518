/** A test kiosk whose slides never advance by themselves, opened in the page at one screen size. */
import type { Page } from '@playwright/test';
import type { ContentInput } from '../../core/content/schema';
import { startTestKiosk, writeContentDir } from './kiosk-server';
import { holdSlides } from './rotation';

/**
 * A kiosk for Hof ten Rode on `content`, every slide held, the page opened at `size` with its clock
 * installed at `time`; returns the clean-up (the kiosk closed, its content folder removed).
 */
export async function openHeldKiosk(
  page: Page,
  content: ContentInput,
  size: { width: number; height: number },
  time: Date | number,
): Promise<() => Promise<void>> {
  const folder = writeContentDir(content);
  const kiosk = await startTestKiosk({ contentDir: folder.dir, location: 'hof-ten-rode' });
  holdSlides(kiosk);
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.clock.install({ time });
  await page.goto(kiosk.url);
  return async () => {
    await kiosk.close();
    folder.remove();
  };
}
