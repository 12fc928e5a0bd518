/** A test kiosk whose slides never advance by themselves, opened in the page at one screen size. */
import type { Page } from '@playwright/test';
import type { ContentInput } from '../../core/content/schema';
import { startTestKiosk, writeContentDir } from './kiosk-server';
import { holdSlides } from './rotation';

/** What else the kiosk is started with. */
export interface HeldKioskOptions {
  /** The app's build date (the clock is believed from it on). */
  buildDate?: string;
  /** The server's clock stands at `time` too, so the first screen it draws is of that moment. */
  serverClock?: boolean;
}

/**
 * A kiosk for Hof ten Rode on `content`, every slide held, the page opened at `size` with its clock
 * installed at `time`; returns the clean-up (the kiosk closed, its content folder removed).
 */
export async function openHeldKiosk(
  page: Page,
  content: ContentInput,
  size: { width: number; height: number },
  time: Date | number,
  options: HeldKioskOptions = {},
): Promise<() => Promise<void>> {
  const folder = writeContentDir(content);
  const at = new Date(time).getTime();
  const kiosk = await startTestKiosk({
    contentDir: folder.dir,
    location: 'hof-ten-rode',
    ...(options.buildDate === undefined ? {} : { buildDate: options.buildDate }),
    ...(options.serverClock ? { clock: () => at } : {}),
  });
  holdSlides(kiosk);
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.clock.install({ time });
  await page.goto(kiosk.url);
  return async () => {
    await kiosk.close();
    folder.remove();
  };
}
