/**
 * Picks up imports made by another process (`buurtkiosk import` while the kiosk runs): when the
 * store's current pointer moves to a version not on screen, that version is loaded and shown.
 */
import { importNotice } from '../../core/import/import-wording';
import type { KioskState } from '../kiosk-state';
import { createLogger } from '../log';
import type { ContentStore } from './content-store';

const log = createLogger('store');

export interface StoreWatcher {
  /** One look at the pointer now (for tests). */
  check(): Promise<void>;
  stop(): void;
}

/** What the watcher reads of the store. */
export type WatchedStore = Pick<ContentStore, 'currentVersion' | 'loadVersion' | 'pointerMovesHere'>;

/** Reads the small pointer file every `intervalMs`; acts only when it changes. */
export function watchStore(store: WatchedStore, state: KioskState, intervalMs = 2000): StoreWatcher {
  let lastSeen: string | null = state.bundle.version;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function check(): Promise<void> {
    // This process's own imports show themselves. Read while one moves the pointer, `current` already
    // names the new version and the screen does not show it yet: such a look is dropped, and repeated.
    const ownMoves = store.pointerMovesHere;
    if (ownMoves % 2 === 1) return;
    const pointer = await store.currentVersion();
    if (pointer === null || pointer === lastSeen) return;
    if (pointer === state.bundle.version) {
      lastSeen = pointer;
      return;
    }
    const loaded = await store.loadVersion(pointer);
    if (store.pointerMovesHere !== ownMoves) return;
    lastSeen = pointer;
    if (!loaded) {
      log(`current now names ${pointer}, which is not whole; keeping what is shown`);
      return;
    }
    log(`showing ${pointer}, imported by another process from ${loaded.manifest.source}`);
    state.setBundle(loaded.bundle);
    const shown = importNotice(
      { kind: 'imported', content: loaded.bundle.content },
      new Date().toISOString(),
      false,
      state.config.location,
    );
    if (shown === null) return;
    // The USB hint ("trek de stick uit") is wrong here: the content came from another process.
    const { hint: _usbHint, ...notice } = shown;
    state.setNotice(notice);
  }

  async function loop(): Promise<void> {
    await check().catch((err: unknown) => log(`checking the store failed: ${String(err)}`));
    if (!stopped) schedule();
  }

  function schedule(): void {
    timer = setTimeout(() => void loop(), intervalMs);
    timer.unref(); // a background poller: the host keeps the process alive
  }

  schedule();
  return {
    check,
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
