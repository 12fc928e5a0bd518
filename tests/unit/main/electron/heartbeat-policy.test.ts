import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEARTBEAT, isHeartbeatRequest, isHeartbeatStale } from '../../../../main/electron/heartbeat-policy';

describe('renderer heartbeat', () => {
  it('counts the payload fetch and the long-poll of our own page as beats', () => {
    assert.equal(isHeartbeatRequest('kiosk://app/api/events?boot=x&since=4'), true);
    assert.equal(isHeartbeatRequest('kiosk://app/api/kiosk'), true);
  });

  it('does not count static files, images or other origins', () => {
    for (const url of [
      'kiosk://app/',
      'kiosk://app/app.js',
      'kiosk://app/media/images/koffie.png',
      'kiosk://app.evil/api/events',
      'http://127.0.0.1:8377/api/events',
    ]) {
      assert.equal(isHeartbeatRequest(url), false, url);
    }
  });

  it('is stale only after 90 s without a beat', () => {
    assert.equal(isHeartbeatStale(0, 90_000), false);
    assert.equal(isHeartbeatStale(0, 90_001), true);
  });

  it('leaves room for the long-poll and the client back-off before calling the page dead', () => {
    const longPollMs = 25_000; // main/server/handler.ts default
    const clientMaxBackoffMs = 30_000; // renderer/services/kiosk-client.ts
    assert.ok(HEARTBEAT.staleAfterMs > longPollMs + clientMaxBackoffMs);
    assert.ok(HEARTBEAT.checkEveryMs < HEARTBEAT.staleAfterMs / 3);
  });
});
