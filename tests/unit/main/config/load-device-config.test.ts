import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { deviceConfigFile, loadDeviceConfig } from '../../../../main/config/load-device-config';

const dir = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Loads `text` as config.json and returns the layer and the logged lines. */
async function load(text: string | null) {
  const file = path.join(mkdtempSync(path.join(dir, 'c-')), 'config.json');
  if (text !== null) writeFileSync(file, text);
  const lines: string[] = [];
  const layer = await loadDeviceConfig(file, (line) => lines.push(line));
  return { layer, lines, file };
}

describe('loading the device config file', () => {
  it('reads a valid file', async () => {
    const { layer, lines } = await load(
      '{ "location": "hof-ten-rode", "displayHours": { "on": "08:00", "off": "20:00" } }',
    );
    assert.deepEqual(layer, { location: 'hof-ten-rode', displayHours: { on: '08:00', off: '20:00' } });
    assert.deepEqual(lines, []);
  });

  it('uses defaults without a word when there is no file', async () => {
    const { layer, lines } = await load(null);
    assert.deepEqual(layer, {});
    assert.deepEqual(lines, []);
  });

  it('falls back to defaults and logs every problem in Dutch with its place', async () => {
    const { layer, lines, file } = await load(
      '{\n  "location": "bijloke",\n  "idleTimeoutSeconds": 2,\n  "kleur": "rood"\n}',
    );
    assert.deepEqual(layer, {});
    assert.deepEqual(lines, [
      `${file} bevat 2 fouten; standaardinstellingen gebruikt:`,
      '  regel 3, idleTimeoutSeconds: minstens 10 seconden',
      '  regel 4, kleur: onbekend veld "kleur" (tikfout? dit veld wordt niet gebruikt)',
    ]);
  });

  it('falls back to defaults on broken JSON and on an oversized file', async () => {
    const broken = await load('{ "location": ');
    assert.deepEqual(broken.layer, {});
    assert.match(broken.lines.join('\n'), /bevat een fout/);
    const big = await load(`{ "location": "${'a'.repeat(70_000)}" }`);
    assert.deepEqual(big.layer, {});
    assert.match(big.lines[0]!, /te groot/);
  });

  it('lives in the user data folder as config.json', () => {
    assert.equal(
      deviceConfigFile('/home/kiosk/.config/buurtkiosk'),
      '/home/kiosk/.config/buurtkiosk/config.json',
    );
  });
});
