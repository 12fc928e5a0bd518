import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { isClockPlausible } from '../../../../core/hours/clock-plausibility';
import { parseSignedManifest } from '../../../../core/import/signed-manifest';
import { defaultKeyFile } from '../../../../main/cli/cli-signing';
import { keygenCommand, signCommand } from '../../../../main/cli/sign-command';
import { UNCHECKED_SIGNATURE, validateCommand } from '../../../../main/cli/validate-command';
import { sha256Hex } from '../../../../main/store/version-id';
import { SAMPLE_PNG, sampleStickContent, tempFolder, writeStickFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let lines: string[];
const out = (line: string) => lines.push(line);
const dataDir = () => path.join(tmp.dir, 'data');
const now = () => new Date('2026-11-27T13:03:00Z');
const sign = (target: string, keyFile?: string) =>
  signCommand(target, out, {
    userDataDir: dataDir(),
    now,
    buildDate: '2026-01-01',
    ...(keyFile ? { keyFile } : {}),
  });

beforeEach(() => {
  tmp = tempFolder('buurtkiosk-sign-');
  lines = [];
});
afterEach(() => tmp.remove());

describe('buurtkiosk keygen', () => {
  it('puts the secret key in the user data folder, never the current folder, and says where', async () => {
    const cwd = process.cwd();
    process.chdir(tmp.dir);
    try {
      assert.equal(await keygenCommand(out, { userDataDir: dataDir() }), 0);
    } finally {
      process.chdir(cwd);
    }
    const file = defaultKeyFile(dataDir());
    assert.equal(lines[0], `Geheime sleutel bewaard in: ${file}`);
    assert.ok(existsSync(file));
    assert.ok(!existsSync(path.join(tmp.dir, 'buurtkiosk-sleutel.pem')));
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.match(lines.at(-1)!, /^ {2}[A-Za-z0-9+/]{43}=$/);
  });

  it('never overwrites a key, and says so in Dutch', async () => {
    assert.equal(await keygenCommand(out, { userDataDir: dataDir() }), 0);
    lines = [];
    assert.equal(await keygenCommand(out, { userDataDir: dataDir() }), 2);
    assert.match(lines[0]!, /^Er is al een geheime sleutel: /);
  });
});

describe('buurtkiosk sign', () => {
  it('signs a stick root with the key keygen made: every file with its size and hash, and the moment', async () => {
    await keygenCommand(out, { userDataDir: dataDir() });
    const stick = path.join(tmp.dir, 'STICK');
    const folder = writeStickFolder(stick);
    writeFileSync(path.join(folder, 'content.json.sig'), 'oud');
    lines = [];
    assert.equal(await sign(stick), 0, lines.join('\n'));
    assert.match(
      lines[0]!,
      /^Ondertekend op vrijdag 27 november 2026 om 14:03: content\.json en 1 afbeelding\.$/,
    );
    assert.ok(
      lines.some((l) => /content\.json\.sig \(de oude manier van ondertekenen\) is verwijderd/.test(l)),
    );
    assert.ok(!existsSync(path.join(folder, 'content.json.sig')));
    const manifest = parseSignedManifest(readFileSync(path.join(folder, 'ondertekening.json'), 'utf8'));
    assert.ok(manifest.ok);
    assert.equal(manifest.manifest.signedAt, '2026-11-27T13:03:00.000Z');
    const png = readFileSync(path.join(folder, 'images', 'koffie.png'));
    assert.deepEqual(manifest.manifest.files[1], {
      path: 'images/koffie.png',
      size: png.length,
      sha256: sha256Hex(png),
    });
    const checked: string[] = [];
    const key = defaultKeyFile(dataDir());
    assert.equal(await validateCommand(stick, (l) => checked.push(l), { key }), 0, checked.join('\n'));
    assert.match(checked[0] ?? '', /^In orde: .*\. Ondertekend op vrijdag 27 november 2026 om 14:03\.$/);
    assert.ok(!checked.includes(UNCHECKED_SIGNATURE), 'a checked signature needs no warning');
  });

  it('signs every target import accepts: a stick root, its buurtkiosk folder, a folder, a content.json', async () => {
    lines = [];
    await keygenCommand(out, { userDataDir: dataDir() });
    const key = lines.at(-1)?.trim() ?? '';
    const stick = path.join(tmp.dir, 'DOEL');
    const folder = writeStickFolder(stick);
    for (const target of [stick, folder, path.join(folder, 'content.json')]) {
      lines = [];
      assert.equal(await sign(target), 0, `${target}: ${lines.join(' / ')}`);
      assert.ok(existsSync(path.join(folder, 'ondertekening.json')), target);
      lines = [];
      assert.equal(await validateCommand(target, out, { key, userDataDir: dataDir() }), 0, lines.join('\n'));
    }
  });

  it('never writes through a link planted where ondertekening.json or .sig go', async () => {
    await keygenCommand(out, { userDataDir: dataDir() });
    const folder = writeStickFolder(path.join(tmp.dir, 'VAL'));
    const victim = path.join(tmp.dir, 'bashrc');
    writeFileSync(victim, 'export PATH=/usr/bin\n');
    symlinkSync(victim, path.join(folder, 'ondertekening.json'));
    symlinkSync(victim, path.join(folder, 'ondertekening.sig'));
    lines = [];
    assert.equal(await sign(folder), 0, lines.join('\n'));
    assert.equal(readFileSync(victim, 'utf8'), 'export PATH=/usr/bin\n');
    assert.ok(lstatSync(path.join(folder, 'ondertekening.json')).isFile());
    assert.ok(lstatSync(path.join(folder, 'ondertekening.sig')).isFile());
  });

  it('refuses invalid content with the very lines validate prints, and signs nothing', async () => {
    await keygenCommand(out, { userDataDir: dataDir() });
    const bad = sampleStickContent();
    bad.activities![0]!.image = 'images/weg.jpg';
    bad.updated = 'gisteren';
    const folder = writeStickFolder(path.join(tmp.dir, 'FOUT'), { content: bad });
    lines = [];
    assert.equal(await sign(folder), 1);
    const signLines = lines.slice(1, 3);
    lines = [];
    assert.equal(await validateCommand(folder, out, { userDataDir: dataDir() }), 1);
    assert.deepEqual(signLines, lines.slice(1));
    assert.ok(!existsSync(path.join(folder, 'ondertekening.json')));
  });

  it('refuses one photo named in two spellings of capitals, which every kiosk would refuse signed', async () => {
    // Unsigned this is fine (validate: In orde). Signed, the list named both spellings, every kiosk
    // refused it ("staat er twee keer in"), and staff had been told "Ondertekend".
    await keygenCommand(out, { userDataDir: dataDir() });
    const content = sampleStickContent();
    content.activities![1]!.image = 'images/Koffie.png';
    const folder = writeStickFolder(path.join(tmp.dir, 'HOOFDLETTERS'), {
      content,
      files: { 'images/Koffie.png': SAMPLE_PNG },
    });
    lines = [];
    assert.equal(await validateCommand(folder, out, { userDataDir: dataDir() }), 0, lines.join('\n'));
    lines = [];
    assert.equal(await sign(folder), 1, lines.join('\n'));
    const text = readFileSync(path.join(folder, 'content.json'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('images/Koffie.png')) + 1;
    assert.deepEqual(lines, [
      `Niet ondertekend: 1 fout in ${path.join(folder, 'content.json')}`,
      `  regel ${line}, activiteit "${content.activities![1]!.title}", foto: afbeelding "images/Koffie.png" heet elders in content.json "images/koffie.png": een ondertekende map kan geen twee namen hebben die alleen in hoofdletters verschillen (op een stick is dat één bestand); schrijf de naam overal hetzelfde, of hernoem een van de foto's  [activities[1].image]`,
      'Verbeter eerst de namen en onderteken dan opnieuw.',
    ]);
    assert.ok(!existsSync(path.join(folder, 'ondertekening.json')));
  });

  it('speaks Dutch when the key is missing, not a key, or the folder is wrong', async () => {
    const folder = writeStickFolder(path.join(tmp.dir, 'S'));
    assert.equal(await sign(folder), 2);
    assert.match(lines[0]!, /^Geen geheime sleutel gevonden in .*Maak er een met "buurtkiosk keygen"/);
    const notAKey = path.join(tmp.dir, 'geen-sleutel.pem');
    writeFileSync(notAKey, 'hallo');
    lines = [];
    assert.equal(await sign(folder, notAKey), 2);
    assert.match(lines[0]!, /is geen geheime ed25519-sleutel van buurtkiosk/);
    lines = [];
    assert.equal(await sign(folder, tmp.dir), 2);
    assert.match(lines[0]!, /^Kan de geheime sleutel .* niet lezen \(daar staat een map\)/);
    const fifo = path.join(tmp.dir, 'fifo.pem');
    execFileSync('mkfifo', [fifo]);
    lines = [];
    assert.equal(await sign(folder, fifo), 2, 'a FIFO as the key is refused, not waited on');
    assert.match(lines[0]!, /^Kan de geheime sleutel .* niet lezen \(geen gewoon bestand/);
    const link = path.join(tmp.dir, 'op-de-stick.pem');
    symlinkSync('/media/sleutelstick/buurtkiosk.pem', link);
    lines = [];
    assert.equal(await sign(folder, link), 2, 'a link to a key on a stick not plugged in');
    assert.equal(
      lines[0],
      `Kan de geheime sleutel niet lezen: ${link} is een snelkoppeling naar een bestand dat er niet is (/media/sleutelstick/buurtkiosk.pem).`,
    );
    await keygenCommand(out, { userDataDir: dataDir() });
    lines = [];
    assert.equal(await sign(path.join(tmp.dir, 'nergens')), 2);
    assert.match(lines[0]!, /^Kan niet lezen: geen content\.json gevonden in /);
    for (const line of lines) assert.doesNotMatch(line, /\bE[A-Z]{3,}\b/);
  });

  it('refuses to sign with a clock before this version was built', async () => {
    await keygenCommand(out, { userDataDir: dataDir() });
    const folder = writeStickFolder(path.join(tmp.dir, 'KLOK'));
    lines = [];
    const code = await signCommand(folder, out, {
      userDataDir: dataDir(),
      now: () => new Date('2020-01-01T10:00:00Z'),
      buildDate: '2026-01-01',
    });
    assert.equal(code, 2);
    assert.match(lines[0]!, /^De klok van deze computer staat op .* 2020/);
  });

  it('reads the build date as a Brussels day, as the kiosk does: 23:30 UTC on the 27th is the 28th', async () => {
    await keygenCommand(out, { userDataDir: dataDir() });
    const folder = writeStickFolder(path.join(tmp.dir, 'NACHT'));
    const floor = { contentUpdated: '2026-11-27', buildDate: '2026-11-28' };
    const at = (iso: string) =>
      signCommand(folder, out, { userDataDir: dataDir(), now: () => new Date(iso), buildDate: '2026-11-28' });

    // Saturday 28 November, 0:30 in Brussels: the kiosk takes this clock, so sign does too.
    lines = [];
    assert.equal(isClockPlausible(Date.parse('2026-11-27T23:30:00Z'), floor), true);
    assert.equal(await at('2026-11-27T23:30:00Z'), 0, lines.join('\n'));
    assert.ok(
      lines.every((line) => !line.startsWith('De klok')),
      lines.join('\n'),
    );

    // Friday 27 November, 23:30 in Brussels: before the build day for both.
    lines = [];
    assert.equal(isClockPlausible(Date.parse('2026-11-27T22:30:00Z'), floor), false);
    assert.equal(await at('2026-11-27T22:30:00Z'), 2);
    assert.deepEqual(lines, [
      'De klok van deze computer staat op vrijdag 27 november 2026 om 23:30, vroeger dan deze versie van buurtkiosk gemaakt is (2026-11-28). Zet de klok juist en onderteken dan: het moment van ondertekenen telt.',
    ]);
  });

  it('says where it could not write, in Dutch', async () => {
    await keygenCommand(out, { userDataDir: dataDir() });
    const folder = writeStickFolder(path.join(tmp.dir, 'MAP'));
    mkdirSync(path.join(folder, 'ondertekening.json'));
    lines = [];
    assert.equal(await sign(folder), 2);
    assert.match(lines[0]!, /^Kan ondertekening\.json niet schrijven in .* \(daar staat een map\)\.$/);
  });
});
