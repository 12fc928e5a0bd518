import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import type { KioskPayload } from '../../../../core/api';
import { KioskClient } from '../../../../renderer/services/kiosk-client';

interface Call {
  url: string;
  signal: AbortSignal;
}

/** Lets the client's promise chain run up to its next timer. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const shown = { boot: 'b1', revision: 7 } as KioskPayload;

describe('kiosk client', () => {
  let calls: Call[];
  let answer: (url: string) => Promise<Response>;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    calls = [];
    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    Object.assign(globalThis, { document: { baseURI: 'http://127.0.0.1:8080/' } });
    mock.method(globalThis, 'fetch', (input: URL, init: RequestInit) => {
      calls.push({ url: input.pathname + input.search, signal: init.signal as AbortSignal });
      return answer(input.pathname);
    });
  });
  afterEach(() => {
    mock.timers.reset();
    mock.restoreAll();
    Reflect.deleteProperty(globalThis, 'document');
  });

  it('leaves no abort listener behind when it retries after failures, however often', async () => {
    const errors: string[] = [];
    const client = new KioskClient(
      () => assert.fail('no payload arrives'),
      (message) => errors.push(message),
    );
    client.start();
    for (let attempt = 0; attempt < 12; attempt++) {
      await settle();
      mock.timers.tick(30_000); // the longest back-off
    }
    await settle();
    const signal = calls[0]?.signal;
    assert.ok(signal);
    assert.equal(errors.length, 13);
    // Only the back-off now running may listen; before the fix every retry left one behind.
    assert.ok(getEventListeners(signal, 'abort').length <= 1);
    client.stop();
    assert.equal(getEventListeners(signal, 'abort').length, 0);
  });

  it('stops waiting out a back-off as soon as it is stopped, and asks for nothing more', async () => {
    const client = new KioskClient(
      () => undefined,
      () => undefined,
    );
    client.start();
    await settle();
    assert.equal(calls.length, 1);
    client.stop();
    await settle();
    mock.timers.tick(60_000);
    await settle();
    assert.equal(calls.length, 1);
  });

  it('starts by waiting for a newer revision than the payload already on screen', async () => {
    const received: KioskPayload[] = [];
    const client = new KioskClient(
      (payload) => received.push(payload),
      () => undefined,
    );
    answer = () => new Promise<Response>(() => undefined); // the long-poll is still waiting
    client.start(shown);
    await settle();
    assert.deepEqual(
      calls.map((c) => c.url),
      ['/api/events?boot=b1&since=7'],
    );
    assert.deepEqual(received, []);
    client.stop();
  });

  it('fetches the new payload when the revision moved on', async () => {
    const received: KioskPayload[] = [];
    const client = new KioskClient(
      (payload) => received.push(payload),
      () => undefined,
    );
    const newer = { boot: 'b1', revision: 8 };
    let polls = 0;
    answer = (path) => {
      if (path === '/api/kiosk') return Promise.resolve(Response.json(newer));
      return polls++ === 0 ? Promise.resolve(Response.json(newer)) : new Promise<Response>(() => undefined);
    };
    client.start(shown);
    await settle();
    await settle();
    assert.deepEqual(received, [newer]);
    assert.equal(calls.at(-1)?.url, '/api/events?boot=b1&since=8');
    client.stop();
  });
});
