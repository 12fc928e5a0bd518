import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { publishCommand } from '../../../../main/cli/publish-command';
import { validateCommand } from '../../../../main/cli/validate-command';
import { importFolder } from '../../../../main/import/import-folder';
import { signingCheckOf } from '../../../../main/import/signing-policy';
import { ContentStore } from '../../../../main/store/content-store';
import { makeSigner, type TestSigner } from '../../../support/signing';
import { pngImage } from '../../../support/test-images';
import { sampleStickContent, tempFolder, writeStickFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let signer: TestSigner;

beforeEach(async () => {
  tmp = tempFolder('buurtkiosk-publish-test-');
  signer = await makeSigner(tmp.dir);
});
afterEach(() => tmp.remove());

async function publish(folder: string, out: string): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await publishCommand(folder, out, (line) => lines.push(line), {
    keyFile: signer.keyFile,
    now: () => new Date('2026-11-27T10:00:00Z'),
    buildDate: '2026-01-01',
  });
  return { code, lines };
}

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe('buurtkiosk publish', () => {
  it('writes content.json, the images it names, the signed manifest and its signature, nothing else', async () => {
    const folder = writeStickFolder(path.join(tmp.dir, 'bron'), {
      files: {
        'images/ongebruikt.png': pngImage(10, 10),
        'verslag.txt': 'oud verslag',
        'beheer.html': '<html>',
      },
    });
    const out = path.join(tmp.dir, 'publicatie');
    const { code, lines } = await publish(folder, out);
    assert.equal(code, 0, lines.join('\n'));
    assert.deepEqual(filesUnder(out), [
      'content.json',
      'images/koffie.png',
      'ondertekening.json',
      'ondertekening.sig',
    ]);
    assert.match(
      lines[0] ?? '',
      /^Gepubliceerd in .*publicatie: content\.json, 1 afbeelding, ondertekening\.json en ondertekening\.sig\.$/,
    );
  });

  it('makes a folder that, copied onto a stick as buurtkiosk/, is a valid signed stick', async () => {
    const folder = writeStickFolder(path.join(tmp.dir, 'bron'), {
      content: { ...sampleStickContent(), title: 'Gepubliceerd' },
    });
    const out = path.join(tmp.dir, 'publicatie');
    assert.equal((await publish(folder, out)).code, 0);
    const mount = path.join(tmp.dir, 'media', 'STICK');
    mkdirSync(mount, { recursive: true });
    cpSync(out, path.join(mount, 'buurtkiosk'), { recursive: true });
    const outcome = await importFolder({
      folder: path.join(mount, 'buurtkiosk'),
      source: 'USB-stick STICK',
      medium: 'stick',
      within: mount,
      store: new ContentStore(path.join(tmp.dir, 'store')),
      signing: signingCheckOf({ kind: 'key', key: signer.publicKey }),
    });
    assert.equal(outcome.kind, 'imported', JSON.stringify(outcome));
    if (outcome.kind === 'imported') assert.equal(outcome.stored.bundle.content.title, 'Gepubliceerd');
  });

  it('refuses invalid content with the same messages as validate, and writes nothing', async () => {
    const content = sampleStickContent();
    const first = content.activities?.[0];
    assert.ok(first);
    content.activities = [{ ...first, start: '2026-13-01T10:00' }];
    const folder = writeStickFolder(path.join(tmp.dir, 'bron'), { content });
    const validated: string[] = [];
    assert.equal(await validateCommand(folder, (line) => validated.push(line)), 1);
    const out = path.join(tmp.dir, 'publicatie');
    const { code, lines } = await publish(folder, out);
    assert.equal(code, 1);
    const problems = validated.filter((line) => line.startsWith('  '));
    assert.ok(problems.length > 0);
    for (const problem of problems)
      assert.ok(lines.includes(problem), `${problem} missing from:\n${lines.join('\n')}`);
    assert.equal(existsSync(out), false);
  });

  it('replaces an earlier publication as a whole: an image no longer used is gone', async () => {
    const out = path.join(tmp.dir, 'publicatie');
    const photo = pngImage(20, 20, 5);
    const withPhoto = sampleStickContent();
    const first = withPhoto.activities?.[0];
    assert.ok(first);
    withPhoto.activities = [
      ...(withPhoto.activities ?? []),
      { ...first, title: 'Foto', image: 'images/foto.png' },
    ];
    const one = writeStickFolder(path.join(tmp.dir, 'een'), {
      content: withPhoto,
      files: { 'images/foto.png': photo },
    });
    assert.equal((await publish(one, out)).code, 0);
    assert.ok(existsSync(path.join(out, 'images', 'foto.png')));
    const two = writeStickFolder(path.join(tmp.dir, 'twee'));
    assert.equal((await publish(two, out)).code, 0);
    assert.equal(existsSync(path.join(out, 'images', 'foto.png')), false);
    assert.deepEqual(
      readdirSync(tmp.dir).filter((n) => n.includes('.nieuw-') || n.includes('.oud-')),
      [],
    );
  });

  it('never writes over a folder that is not an earlier publication, or into the content itself', async () => {
    const folder = writeStickFolder(path.join(tmp.dir, 'bron'));
    const documents = path.join(tmp.dir, 'documenten');
    mkdirSync(documents);
    writeFileSync(path.join(documents, 'brief.odt'), 'belangrijk');
    const elsewhere = await publish(folder, documents);
    assert.equal(elsewhere.code, 2);
    assert.match(elsewhere.lines.join('\n'), /bestaat al en is geen eerdere publicatie/);
    assert.deepEqual(filesUnder(documents), ['brief.odt']);
    const inside = await publish(folder, path.join(folder, 'publicatie'));
    assert.equal(inside.code, 2);
    assert.match(inside.lines.join('\n'), /Kies voor --out een map buiten/);
    assert.equal(existsSync(path.join(folder, 'publicatie')), false);
  });
});
