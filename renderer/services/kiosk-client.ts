/**
 * Fetches the kiosk payload and waits for the next revision by long-polling the handler. Works the
 * same over http:// (browser host) and kiosk:// (Electron protocol.handle). Network errors keep the
 * last payload on screen and retry with back-off.
 */
import type { KioskEvent, KioskPayload } from '../../core/api';

const MAX_BACKOFF_MS = 30_000;

export class KioskClient {
  #abort = new AbortController();
  #running = false;

  constructor(
    private readonly onPayload: (payload: KioskPayload) => void,
    private readonly onError: (message: string) => void,
  ) {}

  /**
   * Starts the fetch/wait loop (idempotent). With the payload the caller already shows (the one
   * embedded in the page) the loop starts by waiting for a newer one; without, it fetches one first.
   */
  start(shown: KioskPayload | null = null): void {
    if (this.#running) return;
    this.#running = true;
    this.#abort = new AbortController();
    void this.#loop(this.#abort.signal, shown);
  }

  stop(): void {
    this.#running = false;
    this.#abort.abort();
  }

  async #loop(signal: AbortSignal, initial: KioskPayload | null): Promise<void> {
    let payload = initial;
    let backoff = 1000;
    while (!signal.aborted) {
      try {
        if (payload === null) {
          payload = await getJson<KioskPayload>('api/kiosk', signal);
          this.onPayload(payload);
        }
        const event = await getJson<KioskEvent>(
          `api/events?boot=${encodeURIComponent(payload.boot)}&since=${payload.revision}`,
          signal,
        );
        if (event.boot !== payload.boot || event.revision !== payload.revision) payload = null;
        backoff = 1000;
      } catch (err) {
        if (signal.aborted) return;
        this.onError(err instanceof Error ? err.message : String(err));
        await sleep(backoff, signal);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        payload = null;
      }
    }
  }
}

async function getJson<T>(path: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(new URL(path, document.baseURI), { signal, cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Waits `ms`, or less if `signal` aborts; leaves no listener behind either way (the loop runs for months). */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
