/**
 * Network updates at scale: one hundred screens (each a real NetworkUpdater with its own store, no
 * browser) against one Node static server on 127.0.0.1. Measures what the server sees while nothing
 * changes (requests and bytes per check, scaled to a day at the default interval of 300 s), how long
 * after a new publication the last of the hundred has fetched it and shows it, and how long the
 * import itself takes. The screens start at random moments over one interval, as screens switched
 * on at different times do. The interval is shortened for the run (20 s, 5 s with --quick): what
 * scales with it is reported as a share of the interval.
 * Runs inside `npm run bench` (`npm run bench -- --only network [--quick]`).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveRendererConfig } from '../core/config/device-config';
import { DEFAULT_UPDATE_INTERVAL_SECONDS } from '../core/update/poll-schedule';
import { signingCheckOf } from '../main/import/signing-policy';
import { loadSampleContent } from '../main/kiosk';
import { KioskState } from '../main/kiosk-state';
import { ContentStore } from '../main/store/content-store';
import { NetworkUpdater } from '../main/update/network-updater';
import { parseUpdateAddress } from '../main/update/update-address';
import { minutesAgo, publishTo } from '../tests/support/publication';
import { makeSigner } from '../tests/support/signing';
import { startStaticServer } from '../tests/support/static-server';
import { pngImage } from '../tests/support/test-images';
import { sampleStickContent } from '../tests/support/usb-stick';
import { median } from './support/cold-load';
import { IMPORT_TARGET_MS } from './import';
import type { BenchContext, Measurement, MeasurementResult } from './types';
import type { KeyObject } from 'node:crypto';
import type { UpdateAddress } from '../main/update/update-address';
import type { TestSigner } from '../tests/support/signing';

process.env.BUURTKIOSK_QUIET ??= '1';

const SCREENS = 100;
const CHECKS_PER_DAY = (24 * 3600) / DEFAULT_UPDATE_INTERVAL_SECONDS;
/** One conditional GET per check when nothing changes: anything more is waste. */
const REQUESTS_PER_CHECK_TARGET = 1;
/** A 304 with its request is well under 1 kB; 200 kB a day is nothing on any plan or server. */
const BYTES_PER_DAY_TARGET = 200 * 1024;
const MANIFEST_PATH = '/buurtkiosk/ondertekening.json';

export const measurement: Measurement = {
  name: 'network',
  async run({ quick, log }: BenchContext): Promise<MeasurementResult> {
    const interval = quick ? 5 : 20;
    const idleChecks = 3;
    const temp = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-bench-network-'));
    const www = path.join(temp, 'www');
    const pub = path.join(www, 'buurtkiosk');
    mkdirSync(www);
    const server = await startStaticServer(www);
    const signer = await makeSigner(temp);
    const sample = await loadSampleContent();
    const address = parseUpdateAddress(`${server.origin}buurtkiosk/`);
    const signing = signingCheckOf({ kind: 'key', key: signer.publicKey });
    if (!address || signing.kind !== 'key') throw new Error('bench setup: address or key unusable');
    const screens = Array.from({ length: SCREENS }, (_, i) => {
      const state = new KioskState(sample, resolveRendererConfig());
      const updater = new NetworkUpdater({
        address,
        intervalSeconds: interval,
        key: signing.key,
        store: new ContentStore(path.join(temp, `scherm-${i}`, 'store')),
        state,
        userAgent: `buurtkiosk/bench-${i}`,
        log: () => undefined,
      });
      return { state, updater, userAgent: `buurtkiosk/bench-${i}` };
    });
    const starts: ReturnType<typeof setTimeout>[] = [];
    try {
      await publishTo(signer, pub, {
        content: { ...sampleStickContent(), title: 'Bench 1' },
        at: minutesAgo(60),
      });
      // Screens switched on at different moments over one interval, as in a real neighbourhood.
      for (const s of screens)
        starts.push(setTimeout(() => s.updater.start(), Math.random() * interval * 1000));
      const firstMs = await Promise.all(screens.map((s) => shownAfter(s.state, 'Bench 1', interval)));
      log(`network: all ${SCREENS} screens have the first publication`);

      const before = { traffic: server.traffic(), requests: server.requests.length };
      await sleep(idleChecks * interval * 1000);
      const idle = server.requests.slice(before.requests);
      const traffic = server.traffic();
      const checks = idle.filter((r) => r.path === MANIFEST_PATH).length;
      const bytes = traffic.bytesIn - before.traffic.bytesIn + traffic.bytesOut - before.traffic.bytesOut;
      const requestsPerCheck = idle.length / checks;
      const bytesPerCheck = bytes / checks;
      const notModified = idle.filter((r) => r.status === 304).length;
      log(`network: ${checks} checks while idle, ${notModified} answered 304`);

      const photo = pngImage(320, 240, 11);
      const withPhoto = sampleStickContent();
      const first = withPhoto.activities?.[0];
      if (first)
        withPhoto.activities = [...(withPhoto.activities ?? []), { ...first, image: 'images/nieuw.png' }];
      const beforeUpdate = { traffic: server.traffic(), requests: server.requests.length };
      await publishTo(signer, pub, {
        content: { ...withPhoto, title: 'Bench 2' },
        files: { 'images/nieuw.png': photo },
        at: minutesAgo(30),
      });
      const published = performance.now();
      const shown = await Promise.all(screens.map((s) => shownAfter(s.state, 'Bench 2', interval)));
      const update = server.requests.slice(beforeUpdate.requests).filter((r) => r.status === 200);
      const fetched = screens.map((s) =>
        Math.max(...update.filter((r) => r.headers['user-agent'] === s.userAgent).map((r) => r.at)),
      );
      const lastFetchedMs = Math.max(...fetched) - published;
      const lastShownMs = Math.max(...shown) - published;
      const updateBytesPerScreen = (server.traffic().bytesOut - beforeUpdate.traffic.bytesOut) / SCREENS;
      // A screen that took it at the first check that saw it downloaded the new list exactly once.
      const listsPerScreen = screens.map(
        (s) =>
          update.filter((r) => r.headers['user-agent'] === s.userAgent && r.path === MANIFEST_PATH).length,
      );
      const atFirstSight = listsPerScreen.filter((n) => n === 1).length;
      for (const s of screens) await s.updater.stop();
      const aloneMs = await oneScreenAlone(signer, pub, temp, address, signing.key);
      return {
        figures: [
          {
            name: 'network: requests per check, nothing new',
            value: round(requestsPerCheck, 2),
            unit: 'count',
            target: `≤ ${REQUESTS_PER_CHECK_TARGET}`,
            pass: requestsPerCheck <= REQUESTS_PER_CHECK_TARGET,
            note: `${checks} checks by ${SCREENS} screens, ${notModified} answered 304 Not Modified`,
          },
          {
            name: 'network: requests per screen per day, nothing new',
            value: Math.round(requestsPerCheck * CHECKS_PER_DAY),
            unit: 'count',
            target: `≤ ${Math.round(CHECKS_PER_DAY)} (one per check at ${DEFAULT_UPDATE_INTERVAL_SECONDS} s)`,
            pass: requestsPerCheck <= REQUESTS_PER_CHECK_TARGET,
          },
          {
            name: 'network: bytes per screen per day, nothing new',
            value: Math.round((bytesPerCheck * CHECKS_PER_DAY) / 1024),
            unit: 'KB',
            target: `≤ ${BYTES_PER_DAY_TARGET / 1024} KB`,
            pass: bytesPerCheck * CHECKS_PER_DAY <= BYTES_PER_DAY_TARGET,
            note: `${Math.round(bytesPerCheck)} bytes per check (request + 304 answer, HTTP only; TLS, TCP and IP not counted)`,
          },
          {
            name: 'network: screens that took a new publication at the first check that saw it',
            value: atFirstSight,
            unit: 'count',
            target: `${SCREENS} of ${SCREENS}`,
            pass: atFirstSight === SCREENS,
            note: 'so every screen has it within one interval (+10%) of the upload, plus the download',
          },
          {
            name: `network: last of ${SCREENS} screens has a new publication`,
            value: round(lastFetchedMs / 1000, 1),
            unit: 's',
            target: '',
            pass: null,
            note: `interval ${interval} s for the run: ${round(lastFetchedMs / 1000 / interval, 2)} intervals (the screens' timers run late on a loaded machine)`,
          },
          {
            name: `network: last of ${SCREENS} screens shows it`,
            value: round(lastShownMs / 1000, 1),
            unit: 's',
            target: '',
            pass: null,
            note: `the ${SCREENS} imports share this machine's CPU; a real screen imports only its own (next row)`,
          },
          {
            name: 'network: one screen, check to new content shown (median of 5)',
            value: Math.round(aloneMs),
            unit: 'ms',
            target: `≤ ${IMPORT_TARGET_MS} ms (as a stick)`,
            pass: aloneMs <= IMPORT_TARGET_MS,
            note: 'the list, its signature, content.json and a new image fetched, checked and imported',
          },
          {
            name: 'network: bytes per screen for that publication',
            value: Math.round(updateBytesPerScreen / 1024),
            unit: 'KB',
            target: '',
            pass: null,
            note: `the list, its signature, content.json and one new ${Math.round(photo.length / 1024)} KB image; the unchanged image is not fetched`,
          },
        ],
        details: {
          interval,
          firstPublicationMs: Math.max(...firstMs),
          checks,
          requestsPerCheck,
          bytesPerCheck,
          lastFetchedMs,
          lastShownMs,
          listsPerScreen,
          aloneMs,
          updateBytesPerScreen,
        },
      };
    } finally {
      for (const timer of starts) clearTimeout(timer);
      await Promise.all(screens.map((s) => s.updater.stop()));
      await server.close();
      rmSync(temp, { recursive: true, force: true });
    }
  },
};

/** Median time of a check that takes a new publication, for one screen with the machine to itself. */
async function oneScreenAlone(
  signer: TestSigner,
  pub: string,
  temp: string,
  address: UpdateAddress,
  key: KeyObject,
): Promise<number> {
  const state = new KioskState(await loadSampleContent(), resolveRendererConfig());
  const updater = new NetworkUpdater({
    address,
    intervalSeconds: DEFAULT_UPDATE_INTERVAL_SECONDS,
    key,
    store: new ContentStore(path.join(temp, 'alleen', 'store')),
    state,
    userAgent: 'buurtkiosk/bench-alone',
    log: () => undefined,
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const photo = pngImage(320, 240, 20 + i);
      const content = sampleStickContent();
      const first = content.activities?.[0];
      if (first)
        content.activities = [...(content.activities ?? []), { ...first, image: 'images/nieuw.png' }];
      await publishTo(signer, pub, {
        content: { ...content, title: `Alleen ${i}` },
        files: { 'images/nieuw.png': photo },
        at: minutesAgo(20 - i),
      });
      const started = performance.now();
      const check = await updater.checkNow();
      if (check.result !== 'updated')
        throw new Error(`one screen alone: ${check.result} ${check.detail ?? ''}`);
      times.push(performance.now() - started);
    }
  } finally {
    await updater.stop();
  }
  return median(times);
}

/** performance.now() when `state` first shows `title`; rejects after a few intervals. */
async function shownAfter(state: KioskState, title: string, intervalSeconds: number): Promise<number> {
  const deadline = performance.now() + (intervalSeconds * 3 + 120) * 1000;
  while (state.bundle.content.title !== title) {
    const left = deadline - performance.now();
    if (left <= 0) throw new Error(`a screen did not show "${title}" in time`);
    await state.waitForChange(state.revision, left);
  }
  return performance.now();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number, digits: number) => Number(value.toFixed(digits));
