/**
 * Signing covers the whole stick: every attack here was imported ("Ingelezen") when only
 * content.json was signed. Each test performs the attack on a stick signed by `buurtkiosk sign`.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { resolveRendererConfig } from '../../../../core/config/device-config';
import { describeProblem } from '../../../../core/content/problem';
import {
  formatSignedManifest,
  parseSignedManifest,
  type SignedManifest,
} from '../../../../core/import/signed-manifest';
import { Importer } from '../../../../main/import/importer';
import type { ImportOutcome } from '../../../../main/import/import-folder';
import { signBytes } from '../../../../main/import/signature';
import { KioskState } from '../../../../main/kiosk-state';
import { ContentStore } from '../../../../main/store/content-store';
import { makeSigner, type TestSigner } from '../../../support/signing';
import { pngImage } from '../../../support/test-images';
import {
  sampleStickContent,
  tempFolder,
  writeStickFolder,
  type StickOptions,
} from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

const NOW = '2026-11-28T10:00:00.000Z';
let tmp: { dir: string; remove(): void };
let signer: TestSigner;
let store: ContentStore;
let state: KioskState;
let sticks = 0;

function importer(options: { now?: string; key?: string } = {}): Importer {
  return new Importer({
    store,
    state,
    signing: { kind: 'key', key: options.key ?? signer.publicKey },
    now: () => new Date(options.now ?? NOW),
    editorFile: path.join(tmp.dir, 'geen-editor.html'),
  });
}

/** A stick with the sample (titled `title`), signed at `at`; returns its buurtkiosk/ folder. */
async function signedStick(
  title: string,
  at = '2026-11-27T10:00:00.000Z',
  options: StickOptions = {},
): Promise<string> {
  const content = sampleStickContent();
  content.title = title;
  const folder = writeStickFolder(path.join(tmp.dir, `stick-${++sticks}`), { content, ...options });
  await signer.signFolder(folder, at);
  return folder;
}

async function run(folder: string, imp = importer()): Promise<ImportOutcome> {
  return imp.run({ folder, source: 'USB-stick TEST', medium: 'stick' });
}

function problems(outcome: ImportOutcome): string {
  return outcome.kind === 'refused' ? outcome.problems.map(describeProblem).join('\n') : `(${outcome.kind})`;
}

/** Same length, different bytes, still a PNG with a proper header and end: only the hash tells. */
function sameSizeOtherPng(png: Buffer): Buffer {
  const other = Buffer.from(png);
  const idat = other.indexOf('IDAT', 0, 'latin1');
  other[idat + 10] = (other[idat + 10] ?? 0) ^ 0xff;
  return other;
}

beforeEach(async () => {
  tmp = tempFolder('buurtkiosk-signed-');
  signer = await makeSigner(tmp.dir);
  store = new ContentStore(path.join(tmp.dir, 'store'));
  state = new KioskState(
    { content: sampleStickContent() as never, version: 'none', dir: tmp.dir, source: 'test' },
    resolveRendererConfig(),
  );
});
afterEach(() => tmp.remove());

describe('a signed stick', () => {
  it('is imported with the signing moment kept in the store', async () => {
    const folder = await signedStick('Ondertekend');
    const outcome = await run(folder);
    assert.equal(outcome.kind, 'imported', problems(outcome));
    assert.equal(state.bundle.content.title, 'Ondertekend');
    assert.equal((await store.newestSigning())?.signedAt, '2026-11-27T10:00:00.000Z');
    const stored = await store.storedManifest(state.bundle.version);
    assert.equal(stored?.signed?.signedAt, '2026-11-27T10:00:00.000Z');
  });

  it('is refused when an image was swapped after signing, even for one of the same size', async () => {
    const folder = await signedStick('Gewisseld');
    const original = readFileSync(path.join(folder, 'images', 'koffie.png'));
    writeFileSync(path.join(folder, 'images', 'koffie.png'), sameSizeOtherPng(original));
    const outcome = await run(folder);
    assert.equal(outcome.kind, 'refused');
    assert.match(problems(outcome), /afbeelding "images\/koffie\.png" is veranderd na het ondertekenen/);
    writeFileSync(path.join(folder, 'images', 'koffie.png'), pngImage(30, 30));
    assert.match(problems(await run(folder)), /koffie\.png" is veranderd na het ondertekenen/);
    assert.notEqual(state.bundle.content.title, 'Gewisseld');
  });

  it('is refused when an image changes between the check and the copy (the copied bytes are hashed)', async () => {
    const folder = await signedStick('Tijdens het kopiëren');
    const file = path.join(folder, 'images', 'koffie.png');
    const swapping = new Importer({
      store,
      state,
      signing: { kind: 'key', key: signer.publicKey },
      now: () => new Date(NOW),
      hooks: { beforeRead: () => writeFileSync(file, sameSizeOtherPng(readFileSync(file))) },
    });
    const outcome = await run(folder, swapping);
    assert.equal(outcome.kind, 'refused');
    assert.match(problems(outcome), /veranderd na het ondertekenen/);
    assert.equal(await store.currentVersion(), null);
  });

  it('is refused when content.json changed after signing', async () => {
    const folder = await signedStick('Later veranderd');
    const text = readFileSync(path.join(folder, 'content.json'), 'utf8');
    writeFileSync(path.join(folder, 'content.json'), text.replace('Later veranderd', 'Stiekem anders'));
    assert.match(problems(await run(folder)), /content\.json is veranderd na het ondertekenen/);
  });

  it('never imports a file that is not in the signed manifest', async () => {
    const folder = await signedStick('Met extra bestand');
    writeFileSync(path.join(folder, 'images', 'extra.png'), pngImage(10, 10));
    writeFileSync(path.join(folder, 'index.html'), '<script>alert(1)</script>');
    const outcome = await run(folder);
    assert.equal(outcome.kind, 'imported', problems(outcome));
    const stored = path.join(store.versionsDir, state.bundle.version);
    assert.deepEqual(readdirSync(path.join(stored, 'images')), ['koffie.png']);
    assert.ok(!existsSync(path.join(stored, 'index.html')));
  });

  it('is refused when content.json names an image that was added after signing', async () => {
    const content = sampleStickContent();
    content.activities![0]!.image = 'images/nieuw.png';
    const folder = writeStickFolder(path.join(tmp.dir, 'nieuw'), {
      content,
      files: { 'images/nieuw.png': pngImage(9, 9) },
    });
    await signer.signFolder(folder);
    const manifest = readFileSync(path.join(folder, 'ondertekening.json'), 'utf8');
    const parsed = parseSignedManifest(manifest);
    assert.ok(parsed.ok);
    parsed.manifest.files = parsed.manifest.files.filter((f) => f.path !== 'images/nieuw.png');
    signer.writeSigned(folder, formatSignedManifest(parsed.manifest));
    assert.match(problems(await run(folder)), /"images\/nieuw\.png" staat niet in ondertekening\.json/);
  });
});

describe('a manifest that is signed but not right', () => {
  /** A signed stick whose manifest `edit` changed and that was signed again (as a careless tool might). */
  async function resigned(edit: (manifest: SignedManifest) => void): Promise<string> {
    const folder = await signedStick('Aangepast');
    const parsed = parseSignedManifest(readFileSync(path.join(folder, 'ondertekening.json'), 'utf8'));
    assert.ok(parsed.ok);
    edit(parsed.manifest);
    signer.writeSigned(folder, formatSignedManifest(parsed.manifest));
    return folder;
  }
  const entry = (p: string, sha = 'a'.repeat(64)) => ({ path: p, size: 1, sha256: sha });

  it('refuses a file listed twice, also in other capitals', async () => {
    const twice = await resigned((m) => m.files.push({ ...m.files[1]! }));
    assert.match(problems(await run(twice)), /"images\/koffie\.png" staat er twee keer in/);
    const caps = await resigned((m) => m.files.push(entry('IMAGES/Koffie.png')));
    assert.match(problems(await run(caps)), /"IMAGES\/Koffie\.png" staat er twee keer in/);
  });

  it('refuses a path that leads out of the folder', async () => {
    for (const bad of [
      '../x.png',
      '/etc/passwd',
      'images/../../x.png',
      'images\\x.png',
      'C:/x.png',
      'images//x.png',
      './content.json',
    ]) {
      const folder = await resigned((m) => m.files.unshift(entry(bad)));
      assert.match(
        problems(await run(folder)),
        /ondertekening\.json: is ongeldig: een bestand in de lijst heeft geen geldig pad/,
        bad,
      );
    }
  });

  it('refuses a content.json hash that matches while an image hash does not', async () => {
    const folder = await resigned((m) => (m.files[1]!.sha256 = 'c'.repeat(64)));
    assert.match(problems(await run(folder)), /koffie\.png" is veranderd na het ondertekenen/);
  });

  it('refuses a signature made over a different manifest of the same folder', async () => {
    const folder = await signedStick('Twee keer ondertekend', '2026-11-27T10:00:00.000Z');
    const firstSignature = readFileSync(path.join(folder, 'ondertekening.sig'));
    await signer.signFolder(folder, '2026-11-27T11:00:00.000Z');
    writeFileSync(path.join(folder, 'ondertekening.sig'), firstSignature);
    assert.match(problems(await run(folder)), /de handtekening klopt niet/);
  });

  it('refuses another format, a missing content.json entry, a bad signing moment', async () => {
    const edits: ((m: SignedManifest) => void)[] = [
      (m) => ((m as { format: string }).format = 'buurtkiosk-ondertekening-0'),
      (m) => (m.files = m.files.filter((f) => f.path !== 'content.json')),
      (m) => (m.signedAt = 'morgen'),
      (m) => (m.signedAt = '2026-11-27T11:00:00+01:00'),
      (m) => (m.files[0]!.size = -1),
    ];
    for (const edit of edits) {
      assert.match(problems(await run(await resigned(edit))), /ondertekening\.json: is ongeldig/);
    }
  });
});

describe('what a stick signed differently hears', () => {
  it('refuses the old content.json.sig alone (it left the images open), saying how to sign now', async () => {
    const folder = writeStickFolder(path.join(tmp.dir, 'oud'));
    const key = readFileSync(signer.keyFile, 'utf8');
    writeFileSync(
      path.join(folder, 'content.json.sig'),
      signBytes(readFileSync(path.join(folder, 'content.json')), key),
    );
    const outcome = await run(folder);
    assert.match(
      problems(outcome),
      /^content\.json\.sig: dit is de oude manier van ondertekenen .* "buurtkiosk sign"/,
    );
  });

  it('refuses a stick without signature, one signed with another key, and says which', async () => {
    const unsigned = writeStickFolder(path.join(tmp.dir, 'kaal'));
    assert.match(
      problems(await run(unsigned)),
      /ondertekening\.json: ontbreekt: deze kiosk aanvaardt alleen ondertekende inhoud/,
    );
    // Nothing in content.json is wrong: verslag.txt does not send staff there, nor explain its lines.
    const report = readFileSync(path.join(unsigned, 'verslag.txt'), 'utf8').split('\r\n');
    assert.deepEqual(report.slice(6, 9), [
      'Verbeter dit punt en steek de stick opnieuw in.',
      '',
      `1. ondertekening.json: ontbreekt: deze kiosk aanvaardt alleen ondertekende inhoud; onderteken de map opnieuw met "buurtkiosk sign" en zet ondertekening.json en ondertekening.sig mee in de map buurtkiosk`,
    ]);
    const other = await makeSigner(path.join(tmp.dir, 'ander'));
    const folder = writeStickFolder(path.join(tmp.dir, 'ander-stick'));
    await other.signFolder(folder);
    assert.match(
      problems(await run(folder)),
      /ondertekend met een andere sleutel \(.{8}…\) dan deze kiosk verwacht/,
    );
  });

  it('refuses a signing moment more than a day past the kiosk clock, and takes one a few hours ahead', async () => {
    const future = await signedStick('Toekomst', '2026-12-05T10:00:00.000Z');
    assert.match(
      problems(await run(future)),
      /ondertekend op .*, meer dan een dag na de klok van deze kiosk \(hier is het .*\)\. Loopt de klok van deze kiosk achter .* zet ze dan juist en steek de stick opnieuw in; anders .* "buurtkiosk sign"/,
    );
    assert.equal(await store.newestSigning(), null);
    const soon = await signedStick('Straks', '2026-11-28T13:00:00.000Z');
    assert.equal((await run(soon)).kind, 'imported');
  });

  it('refuses an ondertekening.json that is a FIFO, without hanging', { timeout: 20_000 }, async () => {
    const folder = await signedStick('Fifo');
    rmSync(path.join(folder, 'ondertekening.json'));
    execFileSync('mkfifo', [path.join(folder, 'ondertekening.json')]);
    assert.match(problems(await run(folder)), /ondertekening\.json: is geen gewoon bestand/);
  });
});

describe('an older signed copy (rollback)', () => {
  it('puts v2 on screen after v1, and refuses v1 again, also after a restart', async () => {
    const v1 = await signedStick('Versie 1', '2026-11-20T10:00:00.000Z');
    const v2 = await signedStick('Versie 2', '2026-11-25T10:00:00.000Z');
    assert.equal((await run(v1)).kind, 'imported');
    assert.equal((await run(v2)).kind, 'imported');
    const again = await run(v1);
    assert.equal(again.kind, 'refused');
    assert.match(
      problems(again),
      /^deze stick is ouder dan wat op het scherm staat: ondertekend op vrijdag 20 november 2026 om 11:00/,
    );
    assert.equal(state.bundle.content.title, 'Versie 2');
    assert.equal(state.notice?.kind, 'import-failed');
    // A restart: a new store object reads the same files.
    store = new ContentStore(store.root);
    assert.equal((await run(v1, importer())).kind, 'refused');
    // The signing moment is remembered even if signing.json is lost: the stored versions carry it.
    rmSync(store.signingFile);
    assert.equal((await run(v1)).kind, 'refused');
  });

  it('keeps the newest moment whatever order two sticks commit in', async () => {
    for (let round = 0; round < 5; round++) {
      store = new ContentStore(path.join(tmp.dir, `store-${round}`));
      const v1 = await signedStick(`Oud ${round}`, '2026-11-20T10:00:00.000Z');
      const v2 = await signedStick(`Nieuw ${round}`, '2026-11-25T10:00:00.000Z');
      const imp = importer();
      await Promise.all([run(v1, imp), run(v2, imp)]);
      assert.equal(state.bundle.content.title, `Nieuw ${round}`);
      assert.equal((await store.newestSigning())?.signedAt, '2026-11-25T10:00:00.000Z');
      const current = await store.currentVersion();
      assert.equal((await store.loadVersion(current ?? ''))?.bundle.content.title, `Nieuw ${round}`);
    }
  });

  it('writes nothing to the store when the same signed stick comes back', async () => {
    const v1 = await signedStick('Dezelfde', '2026-11-20T10:00:00.000Z');
    assert.equal((await run(v1)).kind, 'imported');
    const writes: string[] = [];
    const counting = new Importer({
      store,
      state,
      signing: { kind: 'key', key: signer.publicKey },
      now: () => new Date(NOW),
      hooks: {
        beforeWrite: (file) => void writes.push(file),
        beforeRead: (file) => void writes.push(`read ${file}`),
      },
    });
    const outcome = await run(v1, counting);
    assert.equal(outcome.kind, 'unchanged');
    assert.deepEqual(writes, []);
    assert.ok(!existsSync(store.stagingDir) || readdirSync(store.stagingDir).length === 0);
  });
});

describe('the signed folder on disk', () => {
  it('lists content.json and every image with size and hash, one per line, and nothing else', async () => {
    const folder = await signedStick('Inhoud van de handtekening');
    mkdirSync(path.join(folder, 'images', 'sub'), { recursive: true });
    const manifest = parseSignedManifest(readFileSync(path.join(folder, 'ondertekening.json'), 'utf8'));
    assert.ok(manifest.ok);
    assert.deepEqual(
      manifest.manifest.files.map((f) => f.path),
      ['content.json', 'images/koffie.png'],
    );
    assert.equal(manifest.manifest.publicKey, signer.publicKey);
    assert.equal(manifest.manifest.signedAt, '2026-11-27T10:00:00.000Z');
  });
});
