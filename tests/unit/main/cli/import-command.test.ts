import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { importCommand } from '../../../../main/cli/import-command';
import { ContentStore } from '../../../../main/store/content-store';
import { makeSigner } from '../../../support/signing';
import { sampleStickContent, tempFolder, writeStickFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let lines: string[];
let editorFile: string;
const out = (line: string) => lines.push(line);
const dataDir = () => path.join(tmp.dir, 'data');
const run = (target: string, extra: { acceptOlder?: boolean; now?: () => Date } = {}) =>
  importCommand(target, out, { userDataDir: dataDir(), editorFile, ...extra });

beforeEach(() => {
  tmp = tempFolder('buurtkiosk-cli-');
  lines = [];
  editorFile = path.join(tmp.dir, 'beheer-build.html');
  writeFileSync(editorFile, '<!doctype html><title>beheer</title>');
});
afterEach(() => tmp.remove());

describe('buurtkiosk import', () => {
  it('imports from a stick root, a buurtkiosk folder or a content.json, then says nothing changed', async () => {
    const stick = path.join(tmp.dir, 'STICK');
    const folder = writeStickFolder(stick);
    assert.equal(await run(stick), 0);
    assert.match(lines[0]!, /^Ingelezen: 2 buurtpunten, \d+ activiteiten/);
    const store = ContentStore.inUserData(dataDir());
    assert.ok(await store.currentVersion());
    lines = [];
    assert.equal(await run(folder), 0);
    assert.match(lines[0]!, /^Niets veranderd/);
    lines = [];
    assert.equal(await run(path.join(folder, 'content.json')), 0);
    assert.match(lines[0]!, /^Niets veranderd/);
  });

  it('exits 1 and lists every problem when the content is refused; the store keeps its version', async () => {
    await run(writeStickFolder(path.join(tmp.dir, 'GOED')));
    const before = await ContentStore.inUserData(dataDir()).currentVersion();
    const bad = sampleStickContent();
    bad.activities![0]!.image = 'images/weg.jpg';
    bad.updated = '2026-02-30';
    lines = [];
    const code = await run(writeStickFolder(path.join(tmp.dir, 'FOUT'), { content: bad }));
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

  it('says a fault in buurtkiosk in Dutch, not a bare English message, and keeps the current content', async () => {
    await run(writeStickFolder(path.join(tmp.dir, 'GOED')));
    const before = await ContentStore.inUserData(dataDir()).currentVersion();
    const other = sampleStickContent();
    other.title = 'Andere titel';
    const folder = writeStickFolder(path.join(tmp.dir, 'ANDER'), { content: other });
    lines = [];
    // The import's clock is asked first: throwing there stands in for any fault in our own code.
    const fault = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    assert.equal(await run(folder, { now: fault }), 2);
    assert.deepEqual(lines, [
      'Niet ingelezen: onverwachte fout in buurtkiosk (RangeError: Maximum call stack size exceeded); de huidige inhoud blijft. Probeer opnieuw; lukt het niet, meld de fout aan wie de kiosk beheert.',
    ]);
    assert.equal(await ContentStore.inUserData(dataDir()).currentVersion(), before);
  });

  it('says the new content is current when the fault comes after it was taken', async () => {
    let calls = 0;
    const lateFault = () => {
      if (calls++ > 0) throw new RangeError('Maximum call stack size exceeded');
      return new Date('2026-11-27T10:00:00Z');
    };
    assert.equal(await run(writeStickFolder(path.join(tmp.dir, 'LAAT')), { now: lateFault }), 0);
    assert.deepEqual(lines, [
      'Ingelezen, maar niet afgewerkt: onverwachte fout in buurtkiosk (RangeError: Maximum call stack size exceeded); de nieuwe inhoud is de huidige. Probeer opnieuw; lukt het niet, meld de fout aan wie de kiosk beheert.',
    ]);
    assert.ok(await ContentStore.inUserData(dataDir()).currentVersion());
  });

  it('exits 2 when there is no content.json to be found', async () => {
    assert.equal(await run(path.join(tmp.dir, 'niets')), 2);
    assert.match(lines[0]!, /^Kan niet lezen: geen content\.json gevonden/);
  });

  it('writes verslag.txt and beheer.html into the folder, as for a stick, and says where', async () => {
    const bad = sampleStickContent();
    bad.updated = 'gisteren';
    const folder = writeStickFolder(path.join(tmp.dir, 'MAP'), { content: bad });
    assert.equal(await run(folder), 1);
    const report = readFileSync(path.join(folder, 'verslag.txt'), 'utf8');
    assert.match(report, /Resultaat: NIET GEBRUIKT, 1 fout/);
    assert.match(report, /regel \d+, datum laatste wijziging: geen geldige datum/);
    assert.equal(readFileSync(path.join(folder, 'beheer.html'), 'utf8'), readFileSync(editorFile, 'utf8'));
    assert.equal(lines.at(-1), `Verslag: ${path.join(folder, 'verslag.txt')}`);
    writeFileSync(path.join(folder, 'content.json'), JSON.stringify(sampleStickContent()));
    lines = [];
    assert.equal(await run(folder), 0);
    assert.match(readFileSync(path.join(folder, 'verslag.txt'), 'utf8'), /Resultaat: GELUKT/);
    assert.deepEqual(
      readdirSync(folder).filter((n) => n.endsWith('.tmp')),
      [],
    );
  });

  it('never writes through a link standing where the report or its old temporary name goes', async () => {
    const victim = path.join(tmp.dir, 'config.json');
    writeFileSync(victim, '{"signingKey": "bewaar mij"}');
    const folder = writeStickFolder(path.join(tmp.dir, 'LINKS'));
    for (const name of ['verslag.txt', 'verslag.txt.tmp', 'beheer.html', 'beheer.html.tmp']) {
      symlinkSync(victim, path.join(folder, name));
    }
    assert.equal(await run(folder), 0);
    assert.equal(readFileSync(victim, 'utf8'), '{"signingKey": "bewaar mij"}');
    assert.match(readFileSync(path.join(folder, 'verslag.txt'), 'utf8'), /GELUKT/);
  });

  it('still imports from a folder it cannot write in, and writes no report there', async (t) => {
    if (process.getuid?.() === 0) return t.skip('root writes in read-only folders');
    const folder = writeStickFolder(path.join(tmp.dir, 'ALLEENLEZEN'));
    chmodSync(folder, 0o555);
    try {
      assert.equal(await run(folder), 0);
      assert.ok(!existsSync(path.join(folder, 'verslag.txt')));
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  it('runs as `buurtkiosk import PATH` from the command line', () => {
    const cli = path.resolve('main/cli.ts');
    const stick = writeStickFolder(path.join(tmp.dir, 'CLI'));
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, 'import', stick], {
      env: { ...process.env, BUURTKIOSK_DATA: dataDir() },
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Ingelezen: /);
  });
});

describe('buurtkiosk import on a kiosk that asks for signed content', () => {
  const now = () => new Date('2026-11-28T10:00:00Z');

  async function withKey(): Promise<Awaited<ReturnType<typeof makeSigner>>> {
    const signer = await makeSigner(tmp.dir);
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(path.join(dataDir(), 'config.json'), JSON.stringify({ signingKey: signer.publicKey }));
    return signer;
  }

  it('accepts only signed content', async () => {
    const signer = await withKey();
    const folder = writeStickFolder(path.join(tmp.dir, 'ONDERTEKEND'));
    assert.equal(await run(folder, { now }), 1);
    assert.ok(
      lines.some((l) => /ondertekening\.json: ontbreekt/.test(l)),
      lines.join('\n'),
    );
    await signer.signFolder(folder);
    lines = [];
    assert.equal(await run(folder, { now }), 0, lines.join('\n'));
  });

  it('refuses unsigned content whatever else is wrong in config.json (these used to turn signing off)', async () => {
    const signer = await makeSigner(tmp.dir);
    const key = signer.publicKey;
    const texts: (string | Buffer)[] = [
      JSON.stringify({ signingKey: key, kleur: 'rood' }),
      `{ "signingKey": "${key}", }`,
      JSON.stringify({ signingKey: key, idleTimeoutSeconds: 5 }),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ signingKey: key }), 'utf16le')]),
    ];
    mkdirSync(dataDir(), { recursive: true });
    for (const text of texts) {
      writeFileSync(path.join(dataDir(), 'config.json'), text);
      const folder = writeStickFolder(path.join(tmp.dir, `ONGETEKEND-${texts.indexOf(text)}`));
      lines = [];
      assert.equal(await run(folder, { now }), 1, String(text));
      assert.match(lines[1]!, /ondertekening\.json: ontbreekt/);
    }
  });

  it('accepts nothing, signed or not, while config.json cannot be read as JSON', async () => {
    const signer = await makeSigner(tmp.dir);
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(
      path.join(dataDir(), 'config.json'),
      `{ "signingKey": "${signer.publicKey}" "location": "x" }`,
    );
    const folder = writeStickFolder(path.join(tmp.dir, 'GETEKEND'));
    await signer.signFolder(folder);
    assert.equal(await run(folder, { now }), 1);
    assert.match(
      lines[1]!,
      /deze kiosk aanvaardt nu geen enkele stick: .*config\.json kan niet gelezen worden als JSON/,
    );
  });

  it('refuses an older signed copy, like a stick; --accept-older takes it and lowers the mark', async () => {
    const signer = await withKey();
    const older = sampleStickContent();
    older.title = 'Oud';
    const v1 = writeStickFolder(path.join(tmp.dir, 'V1'), { content: older });
    await signer.signFolder(v1, '2026-11-20T10:00:00.000Z');
    const v2 = writeStickFolder(path.join(tmp.dir, 'V2'));
    await signer.signFolder(v2, '2026-11-25T10:00:00.000Z');
    assert.equal(await run(v1, { now }), 0);
    assert.equal(await run(v2, { now }), 0);
    lines = [];
    assert.equal(await run(v1, { now }), 1);
    assert.match(lines[1]!, /deze map is ouder dan wat op het scherm staat/);
    lines = [];
    assert.equal(await run(v1, { now, acceptOlder: true }), 0, lines.join('\n'));
    const store = ContentStore.inUserData(dataDir());
    assert.equal((await store.newestSigning())?.signedAt, '2026-11-20T10:00:00.000Z');
    assert.equal(
      (await store.loadVersion((await store.currentVersion()) ?? ''))?.bundle.content.title,
      'Oud',
    );
  });
});
