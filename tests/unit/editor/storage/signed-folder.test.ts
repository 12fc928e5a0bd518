/**
 * Every way the editor reads a folder knows whether it was signed: the `buurtkiosk edit` server (and
 * the page's ServerFolder through it), the File System Access folder and the chosen files. Any
 * signing file counts (the manifest, its signature, the old content.json.sig), a file of that name
 * elsewhere does not.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { SIGNING_FILES } from '../../../../core/editor/signed-folder';
import { EditorFolder } from '../../../../main/editor/editor-folder';
import { createEditorHandler } from '../../../../main/editor/editor-handler';
import { FsAccessFolder } from '../../../../editor/storage/fs-access-folder';
import { ServerFolder } from '../../../../editor/storage/server-folder';
import { UploadFolder } from '../../../../editor/storage/upload-folder';

const dataDir = new URL('../../../../data/', import.meta.url).pathname;
const ORIGIN = 'http://127.0.0.1:4322';
const TOKEN = 'geheim-token-456';

let root: string;
before(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-signed-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

/** A fresh copy of the sample as a stick: `<root>/<name>/buurtkiosk/` with content.json and images. */
function stick(name: string, files: Record<string, string> = {}): string {
  const dir = path.join(root, name, 'buurtkiosk');
  cpSync(dataDir, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return path.join(root, name);
}

/** What the page learns through GET /api/folder, with ServerFolder talking to the real handler. */
async function servedFolder(dir: string): Promise<{ info: unknown; signed: boolean }> {
  const handle = createEditorHandler({
    folder: await EditorFolder.open(dir),
    token: TOKEN,
    html: '',
    csp: "default-src 'none'",
  });
  let info: unknown = null;
  Object.assign(globalThis, {
    window: { location: new URL(`${ORIGIN}/?token=${TOKEN}`) },
    fetch: async (url: URL, init: RequestInit) => {
      const res = await handle(new Request(url, init));
      if (url.pathname === '/api/folder') info = await res.clone().json();
      return res;
    },
  });
  const folder = new ServerFolder(TOKEN);
  await folder.connect();
  return { info, signed: await folder.isSigned() };
}

describe('buurtkiosk edit: GET /api/folder says whether the folder is signed', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    Object.assign(globalThis, { fetch: realFetch });
    Reflect.deleteProperty(globalThis, 'window');
  });

  for (const file of SIGNING_FILES) {
    it(`signed: true when the stick's buurtkiosk folder holds ${file}`, async () => {
      const served = await servedFolder(stick(`met-${file}`, { [file]: '{}' }));
      assert.deepEqual(served.info, { name: 'buurtkiosk', onStick: false, signed: true });
      assert.equal(served.signed, true);
    });
  }

  it('signed: false for an unsigned folder, and for ondertekening.json elsewhere (images/, the stick root)', async () => {
    const dir = stick('elders', { 'images/ondertekening.json': '{}' });
    writeFileSync(path.join(dir, 'ondertekening.json'), '{}');
    const served = await servedFolder(dir);
    assert.deepEqual(served.info, { name: 'buurtkiosk', onStick: false, signed: false });
    assert.equal(served.signed, false);
  });

  it('counts a signature that is no regular file (a link to nowhere, a folder): it still needs signing again', async () => {
    const dir = stick('link');
    symlinkSync('/nergens/ondertekening.json', path.join(dir, 'buurtkiosk', 'ondertekening.json'));
    assert.equal(await (await EditorFolder.open(dir)).isSigned(), true);
    const folderSig = stick('map-als-sig');
    mkdirSync(path.join(folderSig, 'buurtkiosk', 'ondertekening.sig'));
    assert.equal(await (await EditorFolder.open(folderSig)).isSigned(), true);
  });
});

/** A picked folder as the File System Access API shows it: files by name, subfolders by name. */
function pickedFolder(files: string[], subfolders: Record<string, string[]> = {}) {
  const notFound = () => Promise.reject(new DOMException('niet gevonden', 'NotFoundError'));
  const handle = (names: string[], name: string): unknown => ({
    kind: 'directory',
    name,
    getFileHandle: (file: string) =>
      names.includes(file) ? Promise.resolve({ kind: 'file', name: file }) : notFound(),
    getDirectoryHandle: (dir: string) => {
      const inner = subfolders[dir];
      return inner ? Promise.resolve(handle(inner, dir)) : notFound();
    },
  });
  return new FsAccessFolder(handle(files, 'buurtkiosk') as FileSystemDirectoryHandle);
}

describe('File System Access: the picked folder says whether it is signed', () => {
  for (const file of SIGNING_FILES) {
    it(`true with ${file} beside content.json`, async () => {
      assert.equal(await pickedFolder(['content.json', file]).isSigned(), true);
    });
  }

  it('false without one, also when images/ holds a file called ondertekening.json', async () => {
    const folder = pickedFolder(['content.json'], { images: ['ondertekening.json'] });
    assert.equal(await folder.isSigned(), false);
  });
});

/** Files as <input type=file webkitdirectory> hands them over. */
function chosen(paths: string[]): FileList {
  const files = paths.map((p) => {
    const file = new File(['{}'], p.split('/').at(-1) ?? p);
    Object.defineProperty(file, 'webkitRelativePath', { value: p });
    return file;
  });
  return files as unknown as FileList;
}

describe('chosen files: the folder says whether it is signed', () => {
  for (const file of SIGNING_FILES) {
    it(`true when ${file} is among the chosen files beside content.json`, async () => {
      const folder = UploadFolder.fromDirectory(
        chosen(['buurtkiosk/content.json', `buurtkiosk/${file}`, 'buurtkiosk/images/koffie.png']),
      );
      assert.equal(await folder?.isSigned(), true);
    });
  }

  it('false without one, with one only in images/ or beside the buurtkiosk folder', async () => {
    const folder = UploadFolder.fromDirectory(
      chosen([
        'stick/ondertekening.json',
        'stick/buurtkiosk/content.json',
        'stick/buurtkiosk/images/ondertekening.sig',
      ]),
    );
    assert.equal(await folder?.isSigned(), false);
  });

  it('false for only content.json chosen, or new content: nothing else is known', async () => {
    assert.equal(await UploadFolder.fromFile(new File(['{}'], 'content.json')).isSigned(), false);
    assert.equal(await UploadFolder.empty().isSigned(), false);
  });
});
