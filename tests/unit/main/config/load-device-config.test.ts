import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { deviceConfigFile, loadDeviceConfig } from '../../../../main/config/load-device-config';

const dir = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const KEY = 'Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=';

/** Loads `content` as config.json and returns the layer, the problems and the logged lines. */
async function load(content: string | Buffer | null) {
  const file = path.join(mkdtempSync(path.join(dir, 'c-')), 'config.json');
  if (content !== null) writeFileSync(file, content);
  const lines: string[] = [];
  const { layer, problems } = await loadDeviceConfig(file, (line) => lines.push(line));
  return { layer, problems, lines, file };
}

const utf16 = (text: string, bom = true) =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

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

  it('drops only the fields with a problem and logs each in Dutch with its line', async () => {
    const { layer, lines, file, problems } = await load(
      '{\n  "location": "bijloke",\n  "idleTimeoutSeconds": 2,\n  "kleur": "rood"\n}',
    );
    assert.deepEqual(layer, { location: 'bijloke' });
    assert.deepEqual(lines, [
      `${file} bevat 2 fouten; alleen die velden worden genegeerd:`,
      '  regel 3, idleTimeoutSeconds: minstens 10 seconden',
      '  regel 4, kleur: onbekend veld "kleur" (tikfout? dit veld wordt niet gebruikt)',
    ]);
    assert.equal(problems.length, 2);
  });

  it('drops a field given twice (the default holds) and logs why, with both lines', async () => {
    const { layer, lines, file } = await load(
      '{\n  "location": "bijloke",\n  "location": "hof-ten-rode",\n  "idleTimeoutSeconds": 90\n}',
    );
    assert.deepEqual(layer, { idleTimeoutSeconds: 90 });
    assert.deepEqual(lines, [
      `${file} bevat een fout; alleen dat veld wordt genegeerd:`,
      '  regel 3, location: "location" staat twee keer in hetzelfde blok (regel 2 en regel 3): laat er één weg (geen van beide wordt gebruikt)',
    ]);
  });

  it('keeps the good slide durations when one is wrong, and the good display hours field', async () => {
    const { layer } = await load(
      JSON.stringify({
        durations: { status: 20, facebook: 1, reclame: 5 },
        displayHours: { on: '7u', off: '22:00' },
        location: 'bijloke',
      }),
    );
    assert.deepEqual(layer, { durations: { status: 20 }, location: 'bijloke' });
  });

  it('tolerates a trailing comma, and says where it is', async () => {
    const { layer, problems } = await load(
      '{\n  "usbRoots": [\n    "/media",\n  ],\n  "location": "bijloke",\n}',
    );
    assert.deepEqual(layer, { location: 'bijloke', usbRoots: ['/media'] });
    assert.deepEqual(problems, [
      'regel 3: komma te veel voor } of ] (genegeerd; haal ze weg)',
      'regel 5: komma te veel voor } of ] (genegeerd; haal ze weg)',
    ]);
  });

  it('reads UTF-16 as Notepad saves it (with BOM, little- or big-endian, or without BOM) and UTF-8 with BOM', async () => {
    const text = '{ "location": "bijloke", "signingKey": "' + KEY + '" }';
    for (const bytes of [utf16(text), utf16be(text), utf16(text, false), Buffer.from(`\ufeff${text}`)]) {
      const { layer } = await load(bytes);
      assert.deepEqual(layer, { location: 'bijloke', signingKey: KEY });
    }
    assert.match((await load(utf16(text))).problems[0]!, /opgeslagen als UTF-16LE; gelezen/);
  });
});

describe('signing fails closed', () => {
  it('keeps the key whatever else is wrong in the file (the attack: any error used to turn signing off)', async () => {
    for (const text of [
      JSON.stringify({ signingKey: KEY, kleur: 'rood' }),
      `{ "signingKey": "${KEY}", }`,
      JSON.stringify({ signingKey: KEY, idleTimeoutSeconds: 5 }),
      utf16(JSON.stringify({ signingKey: KEY, idleTimeoutSeconds: 5 })),
      JSON.stringify({ signingKey: KEY, __proto__x: 1, durations: 'snel' }),
    ]) {
      const { layer } = await load(text);
      assert.equal(layer.signingKey, KEY, String(text));
      assert.equal(layer.signingBroken, undefined);
    }
  });

  it('means "nothing is accepted" when the key is there but unusable, or looks misspelt', async () => {
    for (const [text, reason] of [
      [JSON.stringify({ signingKey: 'kapot' }), /"signingKey" is ongeldig/],
      [JSON.stringify({ signingKey: 12345 }), /"signingKey" is ongeldig/],
      [JSON.stringify({ signingkey: KEY }), /het veld "signingkey" lijkt een sleutel/],
      [JSON.stringify({ sleutel: KEY }), /het veld "sleutel" lijkt een sleutel/],
      [JSON.stringify({ publiekeSleutel: KEY }), /het veld "publiekeSleutel" lijkt een sleutel/],
      [JSON.stringify({ handtekening: KEY }), /het veld "handtekening" lijkt een sleutel/],
      [JSON.stringify({ ondertekening: KEY }), /het veld "ondertekening" lijkt een sleutel/],
      [JSON.stringify({ signing_key: KEY }), /het veld "signing_key" lijkt een sleutel/],
      // One brace too few: the key inside the block before it (the whole block would be dropped).
      [
        JSON.stringify({ location: 'bijloke', displayHours: { on: '07:00', off: '22:00', signingKey: KEY } }),
        /het veld "signingKey" staat in "displayHours" en lijkt een sleutel: "signingKey" hoort bovenaan in config.json/,
      ],
      [
        JSON.stringify({ durations: { status: 15, sleutel: KEY } }),
        /het veld "sleutel" staat in "durations" en lijkt een sleutel/,
      ],
      [JSON.stringify({ signingKey: '' }), /"signingKey" is ongeldig/],
      [JSON.stringify({ signingKey: null }), /"signingKey" is ongeldig/],
      [
        `{ "signingKey": "${KEY}", "signingKey": "" }`,
        /"signingKey" (is ongeldig|staat er meer dan één keer)/,
      ],
    ] as const) {
      const { layer, lines } = await load(text);
      assert.match(layer.signingBroken ?? '', reason, text);
      assert.ok(
        lines.some((l) => /ondertekening vereist maar niet te controleren .* geen enkele USB-stick/.test(l)),
      );
    }
  });

  it('means "nothing is accepted" when the file cannot be parsed, read or is too big, or is a folder or FIFO', async () => {
    const broken = await load(`{ "signingKey": "${KEY}" "location": "bijloke" }`);
    assert.match(broken.layer.signingBroken ?? '', /kan niet gelezen worden als JSON/);
    assert.deepEqual(Object.keys(broken.layer), ['signingBroken']);
    assert.match((await load('[1, 2]')).layer.signingBroken ?? '', /geen blok/);
    assert.match(
      (await load(`{ "location": "${'a'.repeat(70_000)}" }`)).layer.signingBroken ?? '',
      /te groot/,
    );
    const folder = path.join(mkdtempSync(path.join(dir, 'd-')), 'config.json');
    mkdirSync(folder);
    const lines: string[] = [];
    const { layer } = await loadDeviceConfig(folder, (l) => lines.push(l));
    assert.match(layer.signingBroken ?? '', /kan niet gelezen worden \(daar staat een map\)/);
    const fifo = path.join(mkdtempSync(path.join(dir, 'f-')), 'config.json');
    execFileSync('mkfifo', [fifo]);
    const fromFifo = await loadDeviceConfig(fifo, () => {});
    assert.match(fromFifo.layer.signingBroken ?? '', /kan niet gelezen worden \(geen gewoon bestand/);
  });

  it('means "nothing is accepted" for a link to a file that is not there (it used to mean: no config, signing off)', async () => {
    const folder = mkdtempSync(path.join(dir, 'l-'));
    const file = path.join(folder, 'config.json');
    symlinkSync('/etc/buurtkiosk/config.json', file);
    const lines: string[] = [];
    const loaded = await loadDeviceConfig(file, (l) => lines.push(l));
    const reason =
      'config.json is een snelkoppeling naar een bestand dat er niet is (/etc/buurtkiosk/config.json)';
    assert.deepEqual(loaded, {
      layer: { signingBroken: reason },
      problems: [reason],
      updateUrlProblem: `${reason}, dus ook een "updateUrl" daarin niet`,
    });
    assert.deepEqual(lines, [
      `${file}: ${reason}; standaardinstellingen gebruikt`,
      `${file}: ondertekening vereist maar niet te controleren (${reason}): geen enkele USB-stick of map wordt aanvaard tot config.json verbeterd is`,
    ]);
  });

  it('names links in a loop in words, not "fout ELOOP"', async () => {
    const folder = mkdtempSync(path.join(dir, 'k-'));
    const file = path.join(folder, 'config.json');
    symlinkSync(path.join(folder, 'andere.json'), file);
    symlinkSync(file, path.join(folder, 'andere.json'));
    const { layer, problems } = await loadDeviceConfig(file, () => {});
    const reason =
      'config.json kan niet gelezen worden (een snelkoppeling die in een kring naar zichzelf terugwijst)';
    assert.deepEqual(layer, { signingBroken: reason });
    assert.deepEqual(problems, [reason]);
  });

  it('follows a link to a config that is there', async () => {
    const folder = mkdtempSync(path.join(dir, 'v-'));
    writeFileSync(path.join(folder, 'echt.json'), JSON.stringify({ signingKey: KEY }));
    symlinkSync(path.join(folder, 'echt.json'), path.join(folder, 'config.json'));
    const { layer } = await loadDeviceConfig(path.join(folder, 'config.json'), () => {});
    assert.deepEqual(layer, { signingKey: KEY });
  });

  it('lives in the user data folder as config.json', () => {
    assert.equal(
      deviceConfigFile('/home/kiosk/.config/buurtkiosk'),
      '/home/kiosk/.config/buurtkiosk/config.json',
    );
  });
});
