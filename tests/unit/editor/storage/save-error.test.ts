/**
 * A save that fails on the stick says what happened in staff's words, and what was written: never
 * "niets veranderd" when a new photo is already on the stick. Both ways of writing a folder: through
 * `buurtkiosk edit` (ServerFolder against the real handler) and straight from the browser (the File
 * System Access API, its errors as Chromium throws them), with the same words for the same trouble.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { writeFailureWords } from '../../../../main/file-words';
import { EditorFolder } from '../../../../main/editor/editor-folder';
import { createEditorHandler } from '../../../../main/editor/editor-handler';
import { FolderSession } from '../../../../editor/session/folder-session';
import { ImagesController } from '../../../../editor/session/images-controller';
import { ValidationController } from '../../../../editor/session/validation-controller';
import { FsAccessFolder } from '../../../../editor/storage/fs-access-folder';
import { browserWriteFailure } from '../../../../editor/storage/save-error';
import { ServerFolder } from '../../../../editor/storage/server-folder';
import { FakeHost } from '../../../support/editor-folder-fakes';

const dataDir = new URL('../../../../data/', import.meta.url).pathname;
const sample = readFileSync(path.join(dataDir, 'content.json'), 'utf8');
const png = readFileSync(path.join(dataDir, 'images', 'koffie.png'));
const NOW = Date.parse('2026-11-30T10:00:00Z');
const ORIGIN = 'http://127.0.0.1:4323';
const TOKEN = 'geheim-token-789';

const FULL =
  'Opslaan is mislukt: de stick is vol. De nieuwe foto nieuw.png staat al op de stick, maar content.json ' +
  'is niet veranderd: de oude inhoud staat er nog. Maak plaats op de stick (verwijder bestanden die er ' +
  'niet op horen) en sla opnieuw op.';
const WRITE_PROTECTED =
  'Opslaan is mislukt: de stick is beveiligd tegen schrijven. Er is niets veranderd op de stick. Heeft ' +
  'de stick op de zijkant een schuifje? Zet het van slot, steek de stick opnieuw in en sla opnieuw op.';

function newSession() {
  const host = new FakeHost();
  return new FolderSession(host, new ImagesController(host), new ValidationController(host), () => NOW);
}

/** Opens `folder`, chooses `photos` new photos for the first activities, and saves. */
async function saveWithPhotos(folder: () => Promise<FsAccessFolder | ServerFolder>, photos: number) {
  const session = newSession();
  await session.open(folder);
  assert.ok(session.draft, session.openErrors.join(' '));
  for (let i = 0; i < photos; i++) {
    session.chooseImage(
      ['activities', i, 'image'],
      `Nieuw${i ? i + 1 : ''}.png`,
      'png',
      new Blob([png], { type: 'image/png' }),
    );
  }
  await session.save();
  return session;
}

const errno = (code: string) => Object.assign(new Error(`${code}: from the disk`), { code });

describe('buurtkiosk edit: a failed save in words, through the server', () => {
  const realFetch = globalThis.fetch;
  let root: string;
  before(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-save-error-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));
  afterEach(() => {
    Object.assign(globalThis, { fetch: realFetch });
    Reflect.deleteProperty(globalThis, 'window');
  });

  /** A stick with the sample whose content.json write fails with `code`; the page talks to it. */
  async function servedStick(code: string, photosToo = false) {
    const dir = mkdtempSync(path.join(root, 'stick-'));
    cpSync(dataDir, path.join(dir, 'buurtkiosk'), { recursive: true });
    const folder = await EditorFolder.open(dir);
    Object.defineProperty(folder, 'onStick', { value: true });
    folder.writeContent = () => Promise.reject(errno(code));
    if (photosToo) folder.writeImage = () => Promise.reject(errno(code));
    const handle = createEditorHandler({ folder, token: TOKEN, html: '', csp: "default-src 'none'" });
    Object.assign(globalThis, {
      window: { location: new URL(`${ORIGIN}/?token=${TOKEN}`) },
      fetch: (url: URL, init: RequestInit) =>
        handle(
          new Request(url, {
            ...init,
            headers: { ...Object.fromEntries(new Headers(init.headers)), origin: ORIGIN },
          }),
        ),
    });
    const open = async () => {
      const served = new ServerFolder(TOKEN);
      await served.connect();
      return served;
    };
    return { dir: path.join(dir, 'buurtkiosk'), open };
  }

  it('on a full stick, names the photo already saved and says content.json was not', async () => {
    const stick = await servedStick('ENOSPC');
    const session = await saveWithPhotos(stick.open, 1);
    assert.equal(session.notices[0], FULL);
    assert.ok(existsSync(path.join(stick.dir, 'images', 'nieuw.png')), 'the photo is there');
    assert.equal(readFileSync(path.join(stick.dir, 'content.json'), 'utf8'), sample);
    assert.equal(session.dirty, true);
    assert.equal(session.message, '');
  });

  it('on a write-protected stick, says nothing changed and what to do', async () => {
    const stick = await servedStick('EROFS', true);
    const session = await saveWithPhotos(stick.open, 1);
    assert.equal(session.notices[0], WRITE_PROTECTED);
    assert.deepEqual(readdirSync(path.join(stick.dir, 'images')), ['koffie.png']);
  });

  it('says the server is gone in words when buurtkiosk edit was closed', async () => {
    const stick = await servedStick('ENOSPC');
    const session = newSession();
    await session.open(stick.open);
    Object.assign(globalThis, { fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    await session.save();
    assert.equal(
      session.notices[0],
      'Opslaan is mislukt: de editor kan buurtkiosk edit niet meer bereiken (is dat venster gesloten?). ' +
        'Er is niets veranderd op de stick.',
    );
  });
});

/** What a picked stick holds, by name; a file's bytes once its writable is closed. */
interface FakeDir {
  files: Map<string, Uint8Array>;
  dirs: Map<string, FakeDir>;
}

/**
 * A picked folder as Chromium's File System Access API shows it, with the stick failing as set: the
 * error's name (QuotaExceededError, …) at `createWritable` or `write` of the named file, or every
 * call once the stick is pulled.
 */
function fakeStick(fail: { file: string; at: 'createWritable' | 'write'; name: string } | null) {
  const root: FakeDir = { files: new Map([['content.json', Buffer.from(sample)]]), dirs: new Map() };
  root.dirs.set('images', { files: new Map([['koffie.png', png]]), dirs: new Map() });
  let pulled = false;
  const error = (name: string) => new DOMException(`${name} (fake)`, name);
  const check = () => {
    if (pulled) throw error('NotFoundError');
  };
  const fileHandle = (dir: FakeDir, name: string) => ({
    kind: 'file',
    name,
    getFile: async () => {
      check();
      return new File([dir.files.get(name)!.slice()], name);
    },
    createWritable: async () => {
      check();
      if (fail?.file === name && fail.at === 'createWritable') throw error(fail.name);
      let pending: Blob | null = null;
      return {
        write: async (blob: Blob) => {
          check();
          if (fail?.file === name && fail.at === 'write') throw error(fail.name);
          pending = blob;
        },
        close: async () => {
          check();
          dir.files.set(name, new Uint8Array(await pending!.arrayBuffer()));
        },
        abort: async () => {},
      };
    },
  });
  const dirHandle = (dir: FakeDir, name: string): FileSystemDirectoryHandle =>
    ({
      kind: 'directory',
      name,
      getFileHandle: async (file: string, options?: { create?: boolean }) => {
        check();
        if (!dir.files.has(file)) {
          if (!options?.create) throw error('NotFoundError');
          dir.files.set(file, new Uint8Array());
        }
        return fileHandle(dir, file);
      },
      getDirectoryHandle: async (sub: string, options?: { create?: boolean }) => {
        check();
        let inner = dir.dirs.get(sub);
        if (!inner) {
          if (!options?.create) throw error('NotFoundError');
          inner = { files: new Map(), dirs: new Map() };
          dir.dirs.set(sub, inner);
        }
        return dirHandle(inner, sub);
      },
      removeEntry: async (file: string) => {
        check();
        dir.files.delete(file);
      },
      values: async function* () {
        check();
        for (const file of dir.files.keys()) yield fileHandle(dir, file);
        for (const [sub, inner] of dir.dirs) yield dirHandle(inner, sub);
      },
    }) as unknown as FileSystemDirectoryHandle;
  return {
    root,
    images: () => [...(root.dirs.get('images')?.files.keys() ?? [])].sort(),
    pull: () => (pulled = true),
    open: async () => new FsAccessFolder(dirHandle(root, 'buurtkiosk')),
  };
}

describe('beheer.html on a stick (File System Access): a failed save in words', () => {
  it('QuotaExceededError on content.json after a photo: names the photo, content.json unchanged', async () => {
    const stick = fakeStick({ file: 'content.json', at: 'write', name: 'QuotaExceededError' });
    const session = await saveWithPhotos(stick.open, 1);
    assert.equal(session.notices[0], FULL);
    assert.deepEqual(stick.images(), ['koffie.png', 'nieuw.png']);
    assert.equal(Buffer.from(stick.root.files.get('content.json')!).toString(), sample);
  });

  it('names two photos already saved as "De nieuwe foto\'s … en … staan al op de stick"', async () => {
    const stick = fakeStick({ file: 'content.json', at: 'createWritable', name: 'QuotaExceededError' });
    const session = await saveWithPhotos(stick.open, 2);
    assert.match(
      session.notices[0] ?? '',
      /^Opslaan is mislukt: de stick is vol\. De nieuwe foto's nieuw\.png en nieuw2\.png staan al op de stick, maar content\.json is niet veranderd/,
    );
  });

  it('NoModificationAllowedError on the first photo: nothing changed, and no empty photo left behind', async () => {
    const stick = fakeStick({ file: 'nieuw.png', at: 'createWritable', name: 'NoModificationAllowedError' });
    const session = await saveWithPhotos(stick.open, 1);
    assert.equal(session.notices[0], WRITE_PROTECTED);
    assert.deepEqual(stick.images(), ['koffie.png']);
  });

  it('NotFoundError when the stick was pulled', async () => {
    const stick = fakeStick(null);
    const session = newSession();
    await session.open(stick.open);
    session.edit(['organisation', 'name'], 'Sociaal Huis Dendermonde');
    stick.pull();
    await session.save();
    assert.equal(
      session.notices[0],
      'Opslaan is mislukt: de stick is er niet meer (uitgetrokken?). Er is niets veranderd op de stick. ' +
        'Steek de stick weer in en sla opnieuw op.',
    );
  });

  it('NotAllowedError when the browser withdrew its permission', async () => {
    const stick = fakeStick({ file: 'content.json', at: 'createWritable', name: 'NotAllowedError' });
    const session = await saveWithPhotos(stick.open, 0);
    assert.equal(
      session.notices[0],
      'Opslaan is mislukt: de browser liet de editor niet op de stick schrijven. Er is niets veranderd op ' +
        'de stick. Sla opnieuw op en kies Toestaan als de browser vraagt of de editor mag opslaan.',
    );
  });

  it('uses the words of buurtkiosk edit for the same trouble on a stick', () => {
    for (const [name, code] of [
      ['QuotaExceededError', 'ENOSPC'],
      ['NoModificationAllowedError', 'EROFS'],
      ['NotFoundError', 'ENOENT'],
    ] as const) {
      const browser = browserWriteFailure(new DOMException('x', name), []);
      assert.deepEqual(
        { reason: browser.reason, advice: browser.advice },
        writeFailureWords(code, 'stick'),
        name,
      );
    }
  });
});
