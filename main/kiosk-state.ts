/** What the screen shows right now, and a way to wait for the next change (for long-polling). */
import { randomUUID } from 'node:crypto';
import type { StaffNotice } from '../core/api';
import type { RendererConfig } from '../core/config/device-config';
import type { ContentBundle } from './content/load-content';

/** Holds the current bundle, config and staff notice; every change bumps `revision`. */
export class KioskState {
  readonly boot = randomUUID().slice(0, 8);
  #revision = 1;
  #bundle: ContentBundle;
  #config: RendererConfig;
  #notice: StaffNotice | null = null;
  #waiters = new Set<() => void>();

  constructor(bundle: ContentBundle, config: RendererConfig) {
    this.#bundle = bundle;
    this.#config = config;
  }

  get revision(): number {
    return this.#revision;
  }
  get bundle(): ContentBundle {
    return this.#bundle;
  }
  get config(): RendererConfig {
    return this.#config;
  }
  get notice(): StaffNotice | null {
    return this.#notice;
  }

  /** Shows new, already validated and committed content. */
  setBundle(bundle: ContentBundle): void {
    this.#bundle = bundle;
    this.#bump();
  }

  setConfig(config: RendererConfig): void {
    this.#config = config;
    this.#bump();
  }

  setNotice(notice: StaffNotice | null): void {
    this.#notice = notice;
    this.#bump();
  }

  /** Resolves true when the revision passes `since`, false after `timeoutMs` or on abort. */
  waitForChange(since: number, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
    if (this.#revision > since) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (changed: boolean) => {
        clearTimeout(timer);
        this.#waiters.delete(wake);
        signal?.removeEventListener('abort', abort);
        resolve(changed);
      };
      const wake = () => done(true);
      const abort = () => done(false);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.#waiters.add(wake);
      signal?.addEventListener('abort', abort, { once: true });
    });
  }

  #bump(): void {
    this.#revision++;
    for (const wake of [...this.#waiters]) wake();
  }
}
