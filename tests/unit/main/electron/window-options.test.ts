import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayForWindow, kioskWindowOptions } from '../../../../main/electron/window-options';

describe('kiosk window options', () => {
  it('is fullscreen, frameless and black until the first paint', () => {
    const o = kioskWindowOptions();
    assert.equal(o.fullscreen, true);
    assert.equal(o.kiosk, true);
    assert.equal(o.frame, false);
    assert.equal(o.show, false);
    assert.equal(o.backgroundColor, '#000000');
  });

  it('follows the Electron security checklist', () => {
    const w = kioskWindowOptions().webPreferences!;
    assert.equal(w.contextIsolation, true);
    assert.equal(w.sandbox, true);
    assert.equal(w.nodeIntegration, false);
    assert.equal(w.nodeIntegrationInWorker, false);
    assert.equal(w.nodeIntegrationInSubFrames, false);
    assert.equal(w.webSecurity, true);
    assert.equal(w.allowRunningInsecureContent, false);
    assert.equal(w.webviewTag, false);
    assert.equal(w.experimentalFeatures, false);
    assert.equal(w.devTools, false);
    assert.equal(w.preload, undefined);
  });

  it('shows animated images still: nothing on the screen plays for ever', () => {
    assert.equal(kioskWindowOptions().webPreferences!.imageAnimationPolicy, 'noAnimation');
  });
});

describe('display for the window after a display change', () => {
  const hdmi1 = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
  const hdmi2 = { id: 2, bounds: { x: 1920, y: 0, width: 1080, height: 1920 } };

  it('stays on the display that holds the window', () => {
    assert.equal(
      displayForWindow([hdmi1, hdmi2], { x: 1920, y: 0, width: 1080, height: 1920 }, hdmi1),
      hdmi2,
    );
  });

  it('moves to the primary display when its own was unplugged', () => {
    assert.equal(displayForWindow([hdmi1], { x: 1920, y: 0, width: 1080, height: 1920 }, hdmi1), hdmi1);
  });
});
