/**
 * The network updater against a plain Node static server: what it downloads, what it refuses, and
 * that nothing but a whole, signed, newer publication ever changes the screen.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { resolveRendererConfig } from '../../../../core/config/device-config';
import { addDays, instantAt, localDateOf } from '../../../../core/time/local-time';
import { networkResultWords, type NetworkCheck } from '../../../../core/update/network-status';
import type { ContentInput } from '../../../../core/content/schema';
import { repeatedKeyContent } from '../../../support/hostile-content';
import { formatSignedManifest } from '../../../../core/import/signed-manifest';
import { importFolder } from '../../../../main/import/import-folder';
import { signingCheckOf } from '../../../../main/import/signing-policy';
import { loadSampleContent } from '../../../../main/kiosk';
import { KioskState } from '../../../../main/kiosk-state';
import { ContentStore } from '../../../../main/store/content-store';
import { readImportLog } from '../../../../main/store/import-log';
import type { NetworkUpdater } from '../../../../main/update/network-updater';
import { testUpdater } from '../../../support/test-updater';
import { minutesAgo, publishTo } from '../../../support/publication';
import { makeSigner, type TestSigner } from '../../../support/signing';
import { startStaticServer, type StaticServer } from '../../../support/static-server';
import { pngImage } from '../../../support/test-images';
import { tempFolder, upcomingSampleContent, writeStickFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let server: StaticServer;
let signer: TestSigner;
let store: ContentStore;
let state: KioskState;
let logLines: string[];
let updater: NetworkUpdater;
let www: string;
let pub: string;

beforeEach(async () => {
  tmp = tempFolder('buurtkiosk-network-');
  www = path.join(tmp.dir, 'www');
  pub = path.join(www, 'buurtkiosk');
  mkdirSync(www);
  server = await startStaticServer(www);
  signer = await makeSigner(tmp.dir);
  store = new ContentStore(path.join(tmp.dir, 'store'));
  state = new KioskState(await loadSampleContent(), resolveRendererConfig());
  logLines = [];
  updater = makeUpdater();
});

afterEach(async () => {
  await updater.stop();
  await server.close();
  tmp.remove();
});

function makeUpdater(
  options: {
    url?: string;
    publicKey?: string;
    timeouts?: { totalMs: number; idleMs: number };
    now?: () => Date;
  } = {},
): NetworkUpdater {
  return testUpdater(options.url ?? `${server.origin}buurtkiosk/`, options.publicKey ?? signer.publicKey, {
    store,
    state,
    log: (line) => logLines.push(line),
    ...(options.timeouts ? { timeouts: { small: options.timeouts, bytesPerMs: 1_000_000 } } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
}

/** Puts content titled `title`, signed at `signedAt`, on screen from a USB stick, as staff would. */
async function importStick(title: string, signedAt: string): Promise<void> {
  const stick = writeStickFolder(path.join(tmp.dir, 'stick'), { content: titled(title) });
  await signer.signFolder(stick, signedAt);
  const fromStick = await importFolder({
    folder: stick,
    source: 'USB-stick TEST',
    medium: 'stick',
    store,
    shownVersion: state.bundle.version,
    signing: signingCheckOf({ kind: 'key', key: signer.publicKey }),
    onCommitted: (stored) => state.setBundle(stored.bundle),
  });
  assert.equal(fromStick.kind, 'imported');
}

/** The paths the server was asked for from now on. */
function watchRequests(): () => { path: string; status: number; bytes: number }[] {
  const from = server.requests.length;
  return () => server.requests.slice(from).map((r) => ({ path: r.path, status: r.status, bytes: r.bytes }));
}

/** The sample, its dates moved once for the whole run so the import log's counts stay put. */
const UPCOMING = upcomingSampleContent();

const titled = (title: string, extra: Partial<ContentInput> = {}) => ({
  ...structuredClone(UPCOMING),
  title,
  ...extra,
});

/** Sample content with one more activity showing `image`. */
function withImage(title: string, image: string) {
  const content = titled(title);
  const first = content.activities?.[0];
  assert.ok(first);
  content.activities = [...(content.activities ?? []), { ...first, title: 'Met foto', image }];
  return content;
}

describe('a publication on an ordinary web server', () => {
  it('is taken, and then costs one conditional request and no bytes per check', async () => {
    await publishTo(signer, pub, { content: titled('Van het netwerk'), at: minutesAgo(30) });
    const first = await updater.checkNow();
    assert.equal(first.result, 'updated');
    assert.equal(state.bundle.content.title, 'Van het netwerk');
    assert.match(state.bundle.source, /^netwerk http:\/\/127\.0\.0\.1:\d+\/buurtkiosk\/$/);

    const requests = watchRequests();
    for (let i = 0; i < 3; i++) assert.equal((await updater.checkNow()).result, 'nothing-new');
    assert.deepEqual(
      requests(),
      Array.from({ length: 3 }, () => ({ path: '/buurtkiosk/ondertekening.json', status: 304, bytes: 0 })),
    );
    const conditional = server.requests.at(-1)?.headers;
    assert.ok(conditional?.['if-none-match']);
    assert.ok(conditional['if-modified-since']);
  });

  it('downloads only what changed: an image the store already has is never fetched again', async () => {
    const photo = pngImage(40, 30, 7);
    await publishTo(signer, pub, {
      content: withImage('Een', 'images/foto.png'),
      files: { 'images/foto.png': photo },
      at: minutesAgo(30),
    });
    assert.equal((await updater.checkNow()).result, 'updated');
    const requests = watchRequests();
    await publishTo(signer, pub, {
      content: withImage('Twee', 'images/foto.png'),
      files: { 'images/foto.png': photo },
      at: minutesAgo(20),
    });
    assert.equal((await updater.checkNow()).result, 'updated');
    assert.equal(state.bundle.content.title, 'Twee');
    assert.deepEqual(
      requests().map((r) => r.path),
      ['/buurtkiosk/ondertekening.json', '/buurtkiosk/ondertekening.sig', '/buurtkiosk/content.json'],
    );
  });

  it('a server without ETag or Last-Modified still costs no downloads beyond the list itself', async () => {
    await publishTo(signer, pub, { content: titled('Zonder validators'), at: minutesAgo(30) });
    assert.equal((await updater.checkNow()).result, 'updated');
    server.misbehave('/buurtkiosk/ondertekening.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(readPublished('ondertekening.json'));
    });
    const requests = watchRequests();
    assert.equal((await updater.checkNow()).result, 'nothing-new');
    assert.deepEqual(
      requests().map((r) => r.path),
      ['/buurtkiosk/ondertekening.json'],
    );
  });
});

function readPublished(name: string): Buffer {
  return readFileSync(path.join(pub, name));
}

describe('a publication that is not whole or not ours never changes the screen', () => {
  beforeEach(async () => {
    await publishTo(signer, pub, { content: titled('Versie 1'), at: minutesAgo(60) });
    assert.equal((await updater.checkNow()).result, 'updated');
  });

  it('half-uploaded (the new list, an image still old) is refused and taken on the next check once complete', async () => {
    const photo = pngImage(40, 30, 3);
    await publishTo(signer, pub, {
      content: withImage('Versie 2', 'images/nieuw.png'),
      files: { 'images/nieuw.png': photo },
      at: minutesAgo(50),
    });
    writeFileSync(path.join(pub, 'images', 'nieuw.png'), pngImage(40, 30, 4)); // the upload is not there yet
    const half = await updater.checkNow();
    assert.equal(half.result, 'incomplete');
    assert.match(half.detail ?? '', /"images\/nieuw\.png" op de server is niet het ondertekende bestand/);
    assert.equal(state.bundle.content.title, 'Versie 1');

    writeFileSync(path.join(pub, 'images', 'nieuw.png'), photo); // the upload finishes
    const requests = watchRequests();
    assert.equal((await updater.checkNow()).result, 'updated');
    assert.equal(state.bundle.content.title, 'Versie 2');
    // The files that were already good are not fetched again.
    assert.deepEqual(
      requests().map((r) => r.path),
      ['/buurtkiosk/ondertekening.json', '/buurtkiosk/ondertekening.sig', '/buurtkiosk/images/nieuw.png'],
    );
  });

  it('a list uploaded before its signature is retried, and taken once the signature is there', async () => {
    const oldSignature = readPublished('ondertekening.sig');
    await publishTo(signer, pub, { content: titled('Versie 2'), at: minutesAgo(50) });
    const newSignature = readPublished('ondertekening.sig');
    writeFileSync(path.join(pub, 'ondertekening.sig'), oldSignature);
    assert.equal((await updater.checkNow()).result, 'bad-signature');
    writeFileSync(path.join(pub, 'ondertekening.sig'), newSignature);
    assert.equal((await updater.checkNow()).result, 'updated');
    assert.equal(state.bundle.content.title, 'Versie 2');
  });

  it('a file swapped on the server after signing is refused', async () => {
    await publishTo(signer, pub, { content: titled('Versie 2'), at: minutesAgo(50) });
    // Same size, other bytes: only the hash tells them apart.
    const swapped = readPublished('content.json').toString('utf8').replace('"Versie 2"', '"Versie 9"');
    writeFileSync(path.join(pub, 'content.json'), swapped);
    const check = await updater.checkNow();
    assert.equal(check.result, 'incomplete');
    assert.match(check.detail ?? '', /"content\.json" op de server is niet het ondertekende bestand/);
    assert.equal(state.bundle.content.title, 'Versie 1');
  });

  it('left incomplete for 15 minutes, it says since when and that the folder must be uploaded again, in the status and once more in the logbook', async () => {
    // Tomorrow 10:00 in Brussels: later than every signing of this test (signed minutes before the
    // real time), so none is in the future, on whatever day the tests run. A fixed date would turn
    // every signing into one "more than a day past the kiosk clock" once the real time passed it.
    const start = instantAt(addDays(localDateOf(Date.now()), 1), 10 * 60);
    let now = start;
    await updater.stop();
    updater = makeUpdater({ now: () => new Date(now) });
    await publishTo(signer, pub, { content: titled('Versie 2'), at: minutesAgo(50) });
    writeFileSync(path.join(pub, 'content.json'), readPublished('content.json').toString('utf8') + ' ');
    const words = async (afterMinutes: number) => {
      now = start + afterMinutes * 60_000;
      const check = await updater.checkNow();
      assert.equal(check.result, 'incomplete');
      return networkResultWords(check);
    };
    // An upload may still be under way: the screen waits for it.
    assert.equal(await words(0), 'onvolledig op de server (wordt zo opnieuw geprobeerd)');
    assert.equal(await words(14), 'onvolledig op de server (wordt zo opnieuw geprobeerd)');
    // By now it is not: waiting will not help, and the status says what will.
    const lasting = 'onvolledig op de server sinds 10:00: upload de hele map publicatie opnieuw';
    assert.equal(await words(15), lasting);
    assert.equal(await words(60), lasting);
    const told = (await readImportLog(store.importLogFile)).map((entry) => entry.summary);
    // Newest first: the lasting one told once, after the first.
    assert.deepEqual(told.slice(0, 3), [
      lasting,
      'onvolledig op de server (wordt zo opnieuw geprobeerd)',
      '2 buurtpunten, 4 activiteiten, 2 mededelingen, 3 contactpersonen',
    ]);
    assert.equal(state.bundle.content.title, 'Versie 1');
    // Over midnight (Brussels) the words name the day, but that is not news for the logbook.
    assert.match(
      await words(15 * 60),
      /^onvolledig op de server sinds \d{1,2} [a-z]+ 10:00: upload de hele map publicatie opnieuw$/,
    );
    assert.equal((await readImportLog(store.importLogFile))[0]?.summary, lasting);

    // Staff publish again and start uploading: a new publication, half there, is waited for anew.
    await publishTo(signer, pub, { content: titled('Versie 3'), at: minutesAgo(40) });
    rmSync(path.join(pub, 'content.json'));
    assert.equal(await words(15 * 60 + 1), 'onvolledig op de server (wordt zo opnieuw geprobeerd)');

    // The upload finishes: taken, and a later half upload counts its minutes from its own start.
    await publishTo(signer, pub, { content: titled('Versie 3'), at: minutesAgo(40) });
    now += 60_000;
    assert.equal((await updater.checkNow()).result, 'updated');
    await publishTo(signer, pub, { content: titled('Versie 4'), at: minutesAgo(30) });
    rmSync(path.join(pub, 'content.json'));
    assert.equal(await words(80), 'onvolledig op de server (wordt zo opnieuw geprobeerd)');
  });

  it('signed more than a day past a kiosk clock that is behind: refused, naming both clocks, and taken once the clock is right', async () => {
    // A Pi without a time server starts at the moment it was switched off: days behind.
    const behind = Date.now() - 3 * 86_400_000;
    let now = behind;
    await updater.stop();
    updater = makeUpdater({ now: () => new Date(now) });
    await publishTo(signer, pub, { content: titled('Versie 2'), at: minutesAgo(50) });
    const refused = await updater.checkNow();
    assert.equal(refused.result, 'refused');
    assert.match(
      refused.detail ?? '',
      /^ondertekening\.json: ondertekend op .*, meer dan een dag na de klok van deze kiosk .* Loopt de klok van deze kiosk achter .*zet ze dan juist \(de kiosk neemt de inhoud daarna vanzelf over\); anders loopt de klok van de computer waarop je ondertekende voor/,
    );
    assert.equal(state.bundle.content.title, 'Versie 1');
    assert.notEqual(updater.nextDelayMs(), 300_000, 'tried again soon, not after the interval');

    now = Date.now();
    assert.equal((await updater.checkNow()).result, 'updated');
    assert.equal(state.bundle.content.title, 'Versie 2');

    // Restarted with its clock behind again: the publication on screen is still "niets nieuw".
    now = behind;
    await updater.stop();
    updater = makeUpdater({ now: () => new Date(now) });
    assert.deepEqual(await updater.checkNow(), {
      at: new Date(behind).toISOString(),
      result: 'nothing-new',
      detail: null,
      since: null,
    });
  });

  it('refuses a publication without its signature', async () => {
    await publishTo(signer, pub, { content: titled('Versie 2'), at: minutesAgo(50) });
    rmSync(path.join(pub, 'ondertekening.sig'));
    const check = await updater.checkNow();
    assert.equal(check.result, 'unsigned');
    assert.equal(state.bundle.content.title, 'Versie 1');
  });

  it('refuses a publication signed with another key', async () => {
    const stranger = await makeSigner(path.join(tmp.dir, 'ander'));
    await publishTo(stranger, pub, { content: titled('Van een ander'), at: minutesAgo(50) });
    assert.equal((await updater.checkNow()).result, 'bad-signature');
    assert.equal(state.bundle.content.title, 'Versie 1');
  });

  it('refuses an older publication put back, and keeps saying so without downloading it again', async () => {
    const v1 = path.join(tmp.dir, 'v1-kopie');
    cpSync(pub, v1, { recursive: true });
    await publishTo(signer, pub, { content: titled('Versie 2'), at: minutesAgo(50) });
    assert.equal((await updater.checkNow()).result, 'updated');
    rmSync(pub, { recursive: true });
    cpSync(v1, pub, { recursive: true });
    const check = await updater.checkNow();
    assert.equal(check.result, 'older');
    assert.equal(state.bundle.content.title, 'Versie 2');
    const requests = watchRequests();
    assert.equal((await updater.checkNow()).result, 'older');
    assert.deepEqual(requests(), [{ path: '/buurtkiosk/ondertekening.json', status: 304, bytes: 0 }]);
  });

  it('refuses a publication older than a newer stick; a newer one after that wins again', async () => {
    await importStick('Van de stick', minutesAgo(40));
    await publishTo(signer, pub, { content: titled('Netwerk, ouder dan de stick'), at: minutesAgo(45) });
    assert.equal((await updater.checkNow()).result, 'older');
    assert.equal(state.bundle.content.title, 'Van de stick');
    await publishTo(signer, pub, { content: titled('Netwerk, nieuwer'), at: minutesAgo(5) });
    assert.equal((await updater.checkNow()).result, 'updated');
    assert.equal(state.bundle.content.title, 'Netwerk, nieuwer');
  });

  it('a publication taken earlier, since passed by a newer stick, is called an old copy, not "niets nieuw"', async () => {
    // Versie 1 came over the network (beforeEach); then staff bring newer content on a stick, and
    // the server still has Versie 1: screens fed by the network alone would show the old content.
    await importStick('Van de stick', minutesAgo(30));
    const requests = watchRequests();
    const check = await updater.checkNow();
    assert.deepEqual(
      requests().map((r) => [r.path, r.status]),
      [['/buurtkiosk/ondertekening.json', 304]],
    );
    assert.equal(check.result, 'older');
    assert.match(check.detail ?? '', /maar deze kiosk aanvaardde al inhoud die ondertekend is op/);
    assert.equal(state.bundle.content.title, 'Van de stick');
  });

  const listedFile = (filePath: string, bytes: string | Buffer) => ({
    path: filePath,
    size: Buffer.byteLength(bytes),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  });

  /**
   * Publishes content.json and `listed`, with a list signed by the right key but written by hand:
   * `publish` would refuse the content, and `sign` lists only what a real folder can hold. Only the
   * files in `served` are put on the server.
   */
  function publishHandWritten(
    content: string,
    listed: Record<string, string | Buffer> = {},
    served: readonly string[] = [],
  ): void {
    rmSync(pub, { recursive: true });
    mkdirSync(pub);
    writeFileSync(path.join(pub, 'content.json'), content);
    for (const name of served) {
      mkdirSync(path.dirname(path.join(pub, name)), { recursive: true });
      writeFileSync(path.join(pub, name), listed[name] ?? '');
    }
    signer.writeSigned(
      pub,
      formatSignedManifest({
        format: 'buurtkiosk-ondertekening-1',
        signedAt: minutesAgo(49),
        publicKey: signer.publicKey,
        files: [
          listedFile('content.json', content),
          ...Object.entries(listed).map(([name, bytes]) => listedFile(name, bytes)),
        ],
      }),
    );
  }
  const publishInvalid = (content: string) => publishHandWritten(content);

  it("refuses signed content that is not valid, with the import's own message", async () => {
    // Signed by the right key, but not by `publish` (which would have refused it): only a signer could.
    publishInvalid(JSON.stringify({ ...titled('Fout'), title: 12 }));
    const check = await updater.checkNow();
    assert.equal(check.result, 'refused');
    assert.match(check.detail ?? '', /titel/);
    assert.equal(state.bundle.content.title, 'Versie 1');
  });

  it('counts every problem of signed content with 150,000 keys given twice, not only those listed', async () => {
    publishInvalid(repeatedKeyContent(150_000));
    const check = await updater.checkNow();
    assert.equal(check.result, 'refused');
    // 149,999 keys given twice, the unknown field "a" and the missing photo: three listed, the rest counted.
    assert.match(check.detail ?? '', /\(en nog 149\.998\)$/);
    assert.equal(state.bundle.content.title, 'Versie 1');
  });
  it('a photo listed in a folder named like a file of the kiosk is refused at its line, without downloading it', async () => {
    // Object storage can hold "ondertekening.json" and "ondertekening.json/x.png" side by side; the
    // folder the update is put together in cannot, and its failure read as this kiosk's disk.
    const photo = pngImage(40, 30, 5);
    publishHandWritten(JSON.stringify(withImage('Versie 2', 'ondertekening.json/x.png')), {
      'ondertekening.json/x.png': photo,
    });
    const requests = watchRequests();
    const check = await updater.checkNow();
    assert.equal(check.result, 'refused');
    assert.match(check.detail ?? '', /een map mag niet "ondertekening\.json" heten/);
    assert.ok(!requests().some((r) => r.path.includes('/x.png')), 'the photo was not downloaded');
    assert.equal(state.bundle.content.title, 'Versie 1');
    // Settled: the next check asks for the list only.
    const again = watchRequests();
    assert.equal((await updater.checkNow()).result, 'refused');
    assert.deepEqual(
      again().map((r) => [r.path, r.status]),
      [['/buurtkiosk/ondertekening.json', 304]],
    );
  });

  it('a photo listed inside a folder named like another listed photo is refused by name, the other one kept', async () => {
    const content = withImage('Versie 2', 'images/a.png');
    content.activities = [
      ...(content.activities ?? []),
      { ...content.activities![0]!, title: 'Dieper', image: 'images/a.png/b.png' },
    ];
    const photo = pngImage(40, 30, 6);
    publishHandWritten(
      JSON.stringify(content),
      { 'images/a.png': photo, 'images/a.png/b.png': pngImage(40, 30, 7) },
      ['images/a.png'],
    );
    const requests = watchRequests();
    const check = await updater.checkNow();
    assert.equal(check.result, 'refused');
    assert.match(check.detail ?? '', /"images\/a\.png\/b\.png" niet gevonden/);
    assert.deepEqual(
      requests()
        .filter((r) => r.path.includes('images/'))
        .map((r) => r.path),
      ['/buurtkiosk/images/a.png'],
    );
    assert.equal(state.bundle.content.title, 'Versie 1');
  });
});

describe('servers that misbehave', () => {
  beforeEach(async () => {
    await publishTo(signer, pub, { content: titled('Versie 1'), at: minutesAgo(60) });
    assert.equal((await updater.checkNow()).result, 'updated');
    await publishTo(signer, pub, { content: titled('Versie 2'), at: minutesAgo(50) });
  });

  afterEach(() => assert.equal(state.bundle.content.title, 'Versie 1'));

  it('storage that answers 403 for a file that is not there (S3 without list rights) gets the same verdicts as a 404, with the file named', async () => {
    const forbid = (file: string) =>
      server.misbehave(`/buurtkiosk/${file}`, (_req, res) => {
        res.writeHead(403, { 'content-type': 'application/xml' });
        res.end('<Error><Code>AccessDenied</Code></Error>');
      });
    forbid('content.json');
    const content = await updater.checkNow();
    assert.equal(content.result, 'incomplete');
    assert.match(
      content.detail ?? '',
      /^"content\.json" ontbreekt op de server, of mag niet gelezen worden \(HTTP 403\)/,
    );

    server.behave();
    forbid('ondertekening.sig');
    const signature = await updater.checkNow();
    assert.equal(signature.result, 'unsigned');
    assert.match(
      signature.detail ?? '',
      /^ondertekening\.sig ontbreekt op de server, of mag niet gelezen worden/,
    );

    server.behave();
    forbid('ondertekening.json');
    const manifest = await updater.checkNow();
    assert.equal(manifest.result, 'refused');
    assert.match(
      manifest.detail ?? '',
      /nog niets gepubliceerd, een verkeerd adres, of de bestanden mogen niet gelezen worden/,
    );
  });

  it('a server error on one file of the publication names that file', async () => {
    server.misbehave('/buurtkiosk/content.json', (_req, res) => {
      res.writeHead(401);
      res.end();
    });
    const check = await updater.checkNow();
    assert.equal(check.result, 'refused');
    assert.equal(check.detail, '"content.json": de server weigert (HTTP 401)');
  });

  it('an HTML page (a login or error page) served with status 200 is refused without asking for more', async () => {
    server.misbehave('/buurtkiosk/ondertekening.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Aanmelden</title>');
    });
    const requests = watchRequests();
    const check = await updater.checkNow();
    assert.equal(check.result, 'refused');
    assert.match(check.detail ?? '', /webpagina/);
    assert.equal(requests().length, 1);
  });

  it('a signed list of 10,000 files or one 5 GB image is refused before any file is downloaded', async () => {
    const files = Array.from({ length: 10_000 }, (_, i) => ({
      path: `images/f${i}.png`,
      size: 100,
      sha256: 'a'.repeat(64),
    }));
    for (const [listed, expected] of [
      [files, /noemt 10001 bestanden/],
      [
        [{ path: 'images/groot.png', size: 5 * 1024 ** 3, sha256: 'b'.repeat(64) }],
        /"images\/groot\.png" is te groot \(5120 MB/,
      ],
    ] as const) {
      signer.writeSigned(
        pub,
        formatSignedManifest({
          format: 'buurtkiosk-ondertekening-1',
          signedAt: minutesAgo(40),
          publicKey: signer.publicKey,
          files: [{ path: 'content.json', size: 10, sha256: 'c'.repeat(64) }, ...listed],
        }),
      );
      const requests = watchRequests();
      const check = await updater.checkNow();
      assert.equal(check.result, 'refused');
      assert.match(check.detail ?? '', expected);
      assert.deepEqual(
        requests().map((r) => r.path),
        ['/buurtkiosk/ondertekening.json', '/buurtkiosk/ondertekening.sig'],
      );
    }
  });

  it('a file whose body never ends is cut off at its signed size', async () => {
    let sent = 0;
    server.misbehave('/buurtkiosk/content.json', (_req, res) => {
      res.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed && sent < 1024 ** 3) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
      };
      pump();
    });
    const check = await updater.checkNow();
    assert.equal(check.result, 'incomplete');
    assert.match(check.detail ?? '', /groter dan ondertekend/);
    assert.ok(sent < 64 * 1024 ** 2, `sent ${sent}`);
  });

  it('a gzip-packed list it did not ask for is refused', async () => {
    const packed = gzipSync(readPublished('ondertekening.json'));
    server.misbehave('/buurtkiosk/ondertekening.json', (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': packed.length });
      res.end(packed);
    });
    const check = await updater.checkNow();
    assert.equal(check.result, 'refused');
    assert.match(check.detail ?? '', /ingepakt \(gzip\)/);
  });

  for (const [what, location] of [
    ['the cloud metadata service', 'http://169.254.169.254/latest/meta-data/'],
    ['a file: URL', 'file:///etc/passwd'],
    ['itself, forever', '/buurtkiosk/ondertekening.json'],
  ] as const) {
    it(`a redirect to ${what} is refused`, async () => {
      server.misbehave('/buurtkiosk/ondertekening.json', (_req, res) => {
        res.writeHead(302, { location });
        res.end();
      });
      const check = await updater.checkNow();
      assert.equal(check.result, 'refused');
      assert.match(check.detail ?? '', /doorverwij|stuurt door/);
    });
  }

  it('a server that answers a byte at a time is given up on, and counted as unreachable', async () => {
    // The idle limit longer than the whole: a loaded machine's pause between two bytes cannot win.
    updater = makeUpdater({ timeouts: { totalMs: 300, idleMs: 2_000 } });
    server.misbehave('/buurtkiosk/ondertekening.json', (_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(timer));
    });
    const check = await updater.checkNow();
    assert.equal(check.result, 'unreachable');
    assert.match(check.detail ?? '', /niet op tijd/);
  });
});

describe('a server that is away', () => {
  it('is unreachable since the first failed check; the screen retries after 5, 10, 20 s … up to its interval', async () => {
    await publishTo(signer, pub, { content: titled('Versie 1'), at: minutesAgo(60) });
    assert.equal((await updater.checkNow()).result, 'updated');
    assert.equal(updater.nextDelayMs(), 300_000);
    await server.close();
    const delays: number[] = [];
    const checks: NetworkCheck[] = [];
    for (let i = 0; i < 8; i++) {
      checks.push(await updater.checkNow());
      delays.push(updater.nextDelayMs());
    }
    assert.ok(checks.every((c) => c.result === 'unreachable'));
    assert.ok(checks.every((c) => c.since === checks[0]?.since));
    assert.deepEqual(delays, [5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
    assert.equal(state.bundle.content.title, 'Versie 1');
    server = await startStaticServer(www, server.port);
    assert.equal((await updater.checkNow()).result, 'nothing-new');
    assert.equal(updater.nextDelayMs(), 300_000);
  });
});

describe('credentials in the update address', () => {
  it('are sent to the server but never written to the log, the import log or the staff status', async () => {
    updater = makeUpdater({ url: `http://deeltoken:Wachtwoord123@127.0.0.1:${server.port}/buurtkiosk/` });
    await publishTo(signer, pub, { content: titled('Versie 1'), at: minutesAgo(60) });
    assert.equal((await updater.checkNow()).result, 'updated');
    await publishTo(signer, pub, { content: titled('Versie 2'), at: minutesAgo(50) });
    rmSync(path.join(pub, 'ondertekening.sig'));
    assert.equal((await updater.checkNow()).result, 'unsigned');
    await server.close();
    await updater.checkNow();
    assert.ok(server.requests.every((r) => r.headers.authorization?.startsWith('Basic ')));
    const everything = JSON.stringify({
      logLines,
      imports: await readImportLog(store.importLogFile),
      check: updater.lastCheck,
      source: updater.source,
      bundle: state.bundle.source,
    });
    assert.ok(logLines.length >= 2);
    assert.doesNotMatch(everything, /Wachtwoord123|deeltoken/);
  });
});
