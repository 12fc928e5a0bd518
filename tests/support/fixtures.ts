/** Playwright fixtures: a kiosk served from the sample data, and a guard that no request leaves 127.0.0.1. */
import { test as base, expect } from '@playwright/test';
import { startTestKiosk, type TestKiosk } from './kiosk-server';

export const test = base.extend<{ kiosk: TestKiosk; offlineGuard: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture list from this pattern
  kiosk: async ({}, use) => {
    const kiosk = await startTestKiosk();
    await use(kiosk);
    await kiosk.close();
  },
  /** Every request to anywhere but 127.0.0.1 is aborted and recorded; tests assert the list is empty. */
  offlineGuard: [
    async ({ context }, use) => {
      const escaped: string[] = [];
      await context.route(
        (url) => url.hostname !== '127.0.0.1',
        async (route) => {
          escaped.push(route.request().url());
          await route.abort();
        },
      );
      await use(escaped);
    },
    { auto: true },
  ],
});

export { expect };

/** The four screens the kiosk runs on. */
export const SCREEN_SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1080x1920', width: 1080, height: 1920 },
  { name: '1280x800', width: 1280, height: 800 },
  { name: '800x480', width: 800, height: 480 },
] as const;
