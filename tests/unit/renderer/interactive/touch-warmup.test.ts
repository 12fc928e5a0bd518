import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KioskPayload } from '../../../../core/api';
import { contactCards } from '../../../../core/contacts/contact-cards';
import { buildFacebookSlides } from '../../../../core/deck/facebook-slides';
import type { Slide } from '../../../../core/deck/types';
import { qrTexts } from '../../../../renderer/interactive/touch-prepare';
import { TouchWarmup } from '../../../../renderer/interactive/touch-warmup';
import { configFor, contentWith } from '../../core/deck/deck-fixtures';

/** A host that only counts update requests. */
class FakeHost implements ReactiveControllerHost {
  updates = 0;
  updateComplete = Promise.resolve(true);
  addController(_controller: ReactiveController): void {}
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
}

const payloadOf = (change: Parameters<typeof contentWith>[0] = () => {}): KioskPayload => ({
  revision: 1,
  boot: 'test',
  version: 'v1',
  content: contentWith(change),
  config: configFor(),
  buildDate: '2026-01-01',
  notice: null,
});

/** The browser's idle periods, run by hand: one callback per period. */
let idle: Map<number, () => void>;
let nextHandle = 1;

/** Runs the idle callbacks pending now (each one a slice), after the awaits in between settle. */
async function idlePeriod(): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  const due = [...idle];
  idle.clear();
  for (const [, callback] of due) callback();
  await new Promise((resolve) => setImmediate(resolve));
  return due.length;
}

/**
 * Runs idle periods until the warm-up is ready, at most 10 s of real time. The warm-up first loads
 * touch-prepare with a dynamic import, which under tsx goes through the loader's own thread: on a
 * loaded machine that takes longer than any fixed number of idle periods (CI saw 50 pass by).
 */
async function idleUntilReady(warmup: TouchWarmup): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (warmup.ready === null && Date.now() < deadline) {
    if ((await idlePeriod()) === 0) await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

describe('touch screen warm-up', () => {
  const saved = { ...globalThis };
  beforeEach(() => {
    idle = new Map();
    Object.assign(globalThis, {
      requestIdleCallback: (callback: () => void) => {
        idle.set(nextHandle, callback);
        return nextHandle++;
      },
      cancelIdleCallback: (handle: number) => idle.delete(handle),
      customElements: { whenDefined: () => Promise.resolve() },
    });
  });
  afterEach(() => {
    Object.assign(globalThis, {
      requestIdleCallback: saved.requestIdleCallback,
      cancelIdleCallback: saved.cancelIdleCallback,
      customElements: saved.customElements,
    });
  });

  it('is ready only after every code has had an idle slice of its own', async () => {
    const payload = payloadOf();
    const host = new FakeHost();
    const warmup = new TouchWarmup(host, () => []);
    warmup.want(payload);
    const codes = contactCards(payload.content).length;
    let slices = 0;
    while (warmup.ready === null && slices < 50) slices += await idlePeriod();
    assert.equal(slices, codes + 1, 'one slice per vCard, then one to build');
    assert.equal(warmup.ready, payload);
    assert.equal(host.updates, 1);
    warmup.want(payload);
    assert.equal(await idlePeriod(), 0, 'the same payload again is nothing to do');
  });

  it('starts over for new content, and the older preparation never reports', async () => {
    const host = new FakeHost();
    const warmup = new TouchWarmup(host, () => []);
    const first = payloadOf();
    const second = payloadOf((c) => (c.contacts![0]!.name = 'Nieuwe Naam'));
    warmup.want(first);
    await idlePeriod();
    warmup.want(second);
    await idleUntilReady(warmup);
    assert.equal(warmup.ready, second);
    assert.equal(host.updates, 1);
  });

  it('stops at night and forgets what it prepared', async () => {
    const host = new FakeHost();
    const warmup = new TouchWarmup(host, () => []);
    const payload = payloadOf();
    warmup.want(payload);
    await idleUntilReady(warmup);
    assert.equal(warmup.ready, payload);
    warmup.want(null);
    assert.equal(warmup.ready, null);
    warmup.want(payloadOf());
    await idlePeriod();
    warmup.want(null);
    assert.equal(await idlePeriod(), 0, 'no slice left waiting in the night');
    assert.equal(warmup.ready, null);
  });

  it('encodes each contact’s vCard and each Facebook link once', () => {
    const payload = payloadOf();
    const facebook = buildFacebookSlides(payload.content, payload.config, 0).slides;
    const slides: Slide[] = [...facebook, ...facebook];
    const texts = qrTexts(payload, slides);
    const links = facebook.flatMap((s) => s.entries.flatMap((e) => (e.url === null ? [] : [e.url])));
    assert.ok(links.length > 0, 'the sample content has a Facebook page');
    assert.deepEqual(texts, [...contactCards(payload.content).map((c) => c.vcard), ...new Set(links)]);
  });
});
