import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { importCommand } from '../../../../main/cli/import-command';
import { keygenCommand, signCommand } from '../../../../main/cli/sign-command';
import { ContentStore } from '../../../../main/store/content-store';
import { sampleStickContent, tempFolder, writeStickFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let lines: string[];
const out = (line: string) => lines.push(line);
const dataDir = () => path.join(tmp.dir, 'data');

beforeEach(() => {
  tmp = tempFolder('buurtkiosk-cli-');
  lines = [];
});
afterEach(() => tmp.remove());

describe('buurtkiosk import', () => {
  it('imports from a stick root, a buurtkiosk folder or a content.json, then says nothing changed', async () => {
    const stick = path.join(tmp.dir, 'STICK');
    const folder = writeStickFolder(stick);
    assert.equal(await importCommand(stick, out, { userDataDir: dataDir() }), 0);
    assert.match(lines[0]!, /^Ingelezen: 2 buurtpunten, \d+ activiteiten/);
    const store = ContentStore.inUserData(dataDir());
    assert.ok(await store.currentVersion());
    lines = [];
    assert.equal(await importCommand(folder, out, { userDataDir: dataDir() }), 0);
    assert.match(lines[0]!, /^Niets veranderd/);
    lines = [];
    assert.equal(await importCommand(path.join(folder, 'content.json'), out, { userDataDir: dataDir() }), 0);
    assert.match(lines[0]!, /^Niets veranderd/);
  });

  it('exits 1 and lists every problem when the content is refused; the store keeps its version', async () => {
    await importCommand(writeStickFolder(path.join(tmp.dir, 'GOED')), out, { userDataDir: dataDir() });
    const before = await ContentStore.inUserData(dataDir()).currentVersion();
    const bad = sampleStickContent();
    bad.activities![0]!.image = 'images/weg.jpg';
    bad.updated = '2026-02-30';
    lines = [];
    const code = await importCommand(writeStickFolder(path.join(tmp.dir, 'FOUT'), { content: bad }), out, {
      userDataDir: dataDir(),
    });
    assert.equal(code, 1);
    assert.match(lines[0]!, /^Niet ingelezen: 2 fouten in /);
    assert.ok(
      lines.some((l) =>
        /^ {2}regel \d+, activiteit "[^"]+", foto: afbeelding "images\/weg\.jpg" niet gevonden in de map {2}\[activities\[0\]\.image\]$/.test(
          l,
        ),
      ),
    );
    assert.ok(
      lines.some((l) => /regel 3, datum laatste wijziging: geen geldige datum.* {2}\[updated\]$/.test(l)),
    );
    assert.equal(await ContentStore.inUserData(dataDir()).currentVersion(), before);
  });

  it('exits 2 when there is no content.json to be found', async () => {
    assert.equal(await importCommand(path.join(tmp.dir, 'niets'), out, { userDataDir: dataDir() }), 2);
    assert.match(lines[0]!, /^Kan niet lezen: geen content\.json gevonden/);
  });

  it('accepts only signed content when config.json names a signing key, and keygen/sign make such content', async () => {
    assert.equal(await keygenCommand(tmp.dir, out), 0);
    const publicKey = lines.at(-1)!.trim();
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(path.join(dataDir(), 'config.json'), JSON.stringify({ signingKey: publicKey }));
    const folder = writeStickFolder(path.join(tmp.dir, 'ONDERTEKEND'));
    lines = [];
    assert.equal(await importCommand(folder, out, { userDataDir: dataDir() }), 1);
    assert.ok(
      lines.some((l) => /content\.json\.sig: ontbreekt/.test(l)),
      lines.join('\n'),
    );
    assert.equal(await signCommand(path.join(tmp.dir, 'buurtkiosk-sleutel.pem'), folder, out), 0);
    lines = [];
    assert.equal(await importCommand(folder, out, { userDataDir: dataDir() }), 0, lines.join('\n'));
  });

  it('runs as `buurtkiosk import PATH` from the command line', () => {
    const cli = path.resolve('main/cli.ts');
    const stick = writeStickFolder(path.join(tmp.dir, 'CLI'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', cli, 'import', stick], {
      env: { ...process.env, BUURTKIOSK_DATA: dataDir() },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Ingelezen: /);
  });
});
