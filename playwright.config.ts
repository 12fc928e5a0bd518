/** End-to-end tests in Debian's Chromium (never a downloaded browser), at the kiosk's screen sizes. */
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Never the developer's own data folder: its config.json (a signingKey, say) would change what the
// CLI and the kiosk under test accept. Workers inherit this from the runner.
process.env.BUURTKIOSK_DATA ??= path.join(os.tmpdir(), 'buurtkiosk-e2e-data');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  // Two workers share two cores with their Chromiums and the kiosks' Node hosts: an app taking over
  // its drawn page, or the staff view's code arriving, can take longer there than the default 5 s.
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    browserName: 'chromium',
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1920, height: 1080 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
