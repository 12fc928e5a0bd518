import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { EditorFolder } from '../../../../main/editor/editor-folder';
import { TOKEN_HEADER } from '../../../../core/editor/editor-api';
import { createEditorHandler } from '../../../../main/editor/editor-handler';
import type { Handler } from '../../../../main/server/handler';

const dataDir = new URL('../../../../data/', import.meta.url).pathname;
const PORT = 4321;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TOKEN = 'geheim-token-123';
const PNG = readFileSync(path.join(dataDir, 'images', 'koffie.png'));

let dir: string;
let outside: string;
let handle: Handler;

function request(route: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.token !== null) headers.set(TOKEN_HEADER, init.token ?? TOKEN);
  return handle(new Request(`${ORIGIN}${route}`, { ...init, headers }));
}

const put = (route: string, body: BodyInit, type: string, extra: Record<string, string> = {}) =>
  request(route, { method: 'PUT', body, headers: { 'content-type': type, origin: ORIGIN, ...extra } });

describe('buurtkiosk edit: the handler', () => {
  before(async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-edit-'));
    dir = path.join(root, 'buurtkiosk');
    outside = path.join(root, 'elders');
    cpSync(dataDir, dir, { recursive: true });
    cpSync(dataDir, outside, { recursive: true });
    const folder = await EditorFolder.open(root);
    handle = createEditorHandler({
      folder,
      token: TOKEN,
      html: '<!doctype html>beheer',
      csp: "default-src 'none'",
    });
  });
  after(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('opens the buurtkiosk folder when given the stick root, and says it is not on a stick', async () => {
    const res = await request('/api/folder');
    assert.deepEqual(await res.json(), { name: 'buurtkiosk', onStick: false, signed: false });
  });

  it('serves the page under its own CSP, framing forbidden', async () => {
    const res = await request(`/?token=${TOKEN}`, { token: null });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'");
    assert.equal(await res.text(), '<!doctype html>beheer');
  });

  it('explains in Dutch how to get in when the address has no token, or a wrong one', async () => {
    for (const route of ['/', '/beheer.html', '/?token=', '/?token=geheim-token-124']) {
      const res = await request(route, { token: null });
      assert.equal(res.status, 401, route);
      const page = await res.text();
      assert.match(page, /Open het volledige adres uit het venster van buurtkiosk edit/);
      assert.match(page, /buurtkiosk edit MAP/);
      assert.ok(!page.includes('beheer</'), 'never the editor itself');
      assert.equal(res.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'");
    }
  });

  it('hands over a file with an image name whose bytes are no image as such, and the size of one too big', async () => {
    writeFileSync(path.join(dir, 'images', 'nep.jpg'), 'dit is tekst');
    const fake = await request('/api/media/images/nep.jpg');
    assert.equal(fake.status, 200);
    assert.equal(fake.headers.get('content-type'), 'application/octet-stream');
    writeFileSync(path.join(dir, 'images', 'groot.jpg'), Buffer.alloc(10 * 1024 * 1024 + 1));
    const big = await request('/api/media/images/groot.jpg');
    assert.equal(big.status, 413);
    assert.equal(big.headers.get('x-buurtkiosk-file-size'), String(10 * 1024 * 1024 + 1));
    rmSync(path.join(dir, 'images', 'nep.jpg'));
    rmSync(path.join(dir, 'images', 'groot.jpg'));
  });

  it('refuses every API call without the token, or with a wrong one', async () => {
    assert.equal((await request('/api/content', { token: null })).status, 403);
    assert.equal((await request('/api/content', { token: 'geheim-token-124' })).status, 403);
    assert.equal((await request('/api/content')).status, 200);
  });

  it('refuses cross-site fetches', async () => {
    assert.equal(
      (await request('/api/content', { headers: { 'sec-fetch-site': 'cross-site' } })).status,
      403,
    );
  });

  it('refuses a write from another origin even with the token', async () => {
    const text = readFileSync(path.join(dir, 'content.json'), 'utf8');
    const res = await put('/api/content', text, 'application/json', { origin: 'http://evil.example' });
    assert.equal(res.status, 403);
  });

  it('lists and serves the folder images, nothing outside it', async () => {
    assert.deepEqual(await (await request('/api/images')).json(), ['images/koffie.png']);
    const img = await request('/api/media/images/koffie.png');
    assert.equal(img.headers.get('content-type'), 'image/png');
    assert.equal((await request('/api/media/..%2Felders%2Fimages%2Fkoffie.png')).status, 400);
    assert.equal((await request('/api/media/content.json')).status, 404);
  });

  it('writes valid content.json atomically and leaves no temporary file', async () => {
    const content = JSON.parse(readFileSync(path.join(dir, 'content.json'), 'utf8')) as { title: string };
    content.title = 'Nieuwe titel';
    const res = await put('/api/content', JSON.stringify(content), 'application/json');
    assert.equal(res.status, 200);
    assert.equal(
      (JSON.parse(readFileSync(path.join(dir, 'content.json'), 'utf8')) as { title: string }).title,
      'Nieuwe titel',
    );
    const leftovers = readdirSync(dir).filter((n) => n.endsWith('.tmp'));
    assert.deepEqual(leftovers, []);
  });

  it('refuses invalid content with every problem, and keeps the old file', async () => {
    const before = readFileSync(path.join(dir, 'content.json'), 'utf8');
    const broken = before.replace('"09:00"', '"9 uur"');
    const res = await put('/api/content', broken, 'application/json');
    assert.equal(res.status, 422);
    const body = (await res.json()) as { problems: { path: string }[] };
    assert.deepEqual(
      body.problems.map((p) => p.path),
      ['locations[0].hours.thursday[0].from'],
    );
    assert.equal(readFileSync(path.join(dir, 'content.json'), 'utf8'), before);
  });

  it('refuses content naming an image that is not in the folder', async () => {
    const text = readFileSync(path.join(dir, 'content.json'), 'utf8').replace(
      'images/koffie.png',
      'images/weg.png',
    );
    const res = await put('/api/content', text, 'application/json');
    assert.equal(res.status, 422);
    assert.match(JSON.stringify(await res.json()), /activities\[\d\]\.image/);
  });

  it('writes a real photo into images/ and nothing else', async () => {
    assert.equal((await put('/api/media/images/nieuw.png', PNG, 'image/png')).status, 200);
    assert.ok(existsSync(path.join(dir, 'images', 'nieuw.png')));
    assert.equal(
      (await put('/api/media/images/nep.jpg', PNG, 'image/jpeg')).status,
      400,
      'PNG bytes named .jpg',
    );
    assert.equal((await put('/api/media/images/tekst.png', 'hallo', 'image/png')).status, 400);
    assert.equal((await put('/api/media/content.png', PNG, 'image/png')).status, 400, 'only inside images/');
    assert.equal((await put('/api/media/images/sub%2F..%2F..%2Fx.png', PNG, 'image/png')).status, 400);
    assert.equal((await put('/api/media/images/script.svg', '<svg/>', 'image/svg+xml')).status, 400);
  });

  it('refuses to write through an images/ link that leads out of the folder', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-edit-link-'));
    try {
      writeFileSync(path.join(root, 'content.json'), readFileSync(path.join(dataDir, 'content.json')));
      symlinkSync(outside, path.join(root, 'images'));
      const folder = await EditorFolder.open(root);
      assert.equal(await folder.writeImage('images/x.png', PNG), 'de map images/ wijst buiten de map');
      assert.ok(!existsSync(path.join(outside, 'x.png')));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses a body over the size cap without reading it all', async () => {
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(PNG.subarray(0, 16));
    assert.equal((await put('/api/media/images/groot.png', big, 'image/png')).status, 413);
  });

  it('answers only GET and PUT', async () => {
    assert.equal((await request('/api/content', { method: 'DELETE' })).status, 405);
    assert.equal(
      (await request('/api/content', { method: 'POST', headers: { origin: ORIGIN } })).status,
      405,
    );
  });
});

/** A handler over a fresh copy of the sample in `root`/buurtkiosk; its folder to tamper with. */
async function handlerOver(root: string) {
  const copy = path.join(root, 'buurtkiosk');
  cpSync(dataDir, copy, { recursive: true });
  const folder = await EditorFolder.open(root);
  const handler = createEditorHandler({ folder, token: TOKEN, html: '', csp: "default-src 'none'" });
  const putTo = (route: string, body: BodyInit, type: string) =>
    handler(
      new Request(`${ORIGIN}${route}`, {
        method: 'PUT',
        body,
        headers: { [TOKEN_HEADER]: TOKEN, origin: ORIGIN, 'content-type': type },
      }),
    );
  return { copy, folder, putTo };
}

const errno = (code: string) => Object.assign(new Error(`${code}: from the disk`), { code });

/** Mounts `args` on `dir`, or skips the test where this machine does not allow it. */
function mountOrSkip(t: TestContext, args: string[], dir: string): boolean {
  try {
    execFileSync('mount', [...args, dir], { stdio: 'ignore' });
    return true;
  } catch {
    t.skip('no permission to mount here');
    return false;
  }
}

describe('buurtkiosk edit: a folder that cannot be written', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-edit-fail-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('answers a read-only folder with 507 and Dutch words, and keeps content.json (a real read-only mount)', async (t) => {
    const disk = mkdtempSync(path.join(root, 'ro-'));
    const { copy, putTo } = await handlerOver(disk);
    const before = readFileSync(path.join(copy, 'content.json'), 'utf8');
    if (!mountOrSkip(t, ['--bind', disk], disk)) return;
    try {
      execFileSync('mount', ['-o', 'remount,bind,ro', disk]);
      const res = await putTo('/api/content', before.replace('"09:00"', '"10:00"'), 'application/json');
      assert.equal(res.status, 507);
      assert.deepEqual(await res.json(), {
        reason: 'de map is alleen-lezen',
        advice: 'Vraag hulp aan wie deze computer beheert.',
      });
      const photo = await putTo('/api/media/images/nieuw.png', PNG, 'image/png');
      assert.equal(photo.status, 507);
      assert.equal(((await photo.json()) as { reason: string }).reason, 'de map is alleen-lezen');
    } finally {
      execFileSync('umount', [disk]);
    }
    assert.equal(readFileSync(path.join(copy, 'content.json'), 'utf8'), before);
    assert.deepEqual(readdirSync(path.join(copy, 'images')), ['koffie.png']);
  });

  it('answers a full disk with 507 "de schijf is vol", and leaves no temporary file (a real 1 MB tmpfs)', async (t) => {
    const disk = mkdtempSync(path.join(root, 'vol-'));
    if (!mountOrSkip(t, ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs'], disk)) return;
    try {
      const { copy, putTo } = await handlerOver(disk);
      const before = readFileSync(path.join(copy, 'content.json'), 'utf8');
      const filler = openSync(path.join(disk, 'vakantiefotos.zip'), 'w');
      try {
        for (;;) writeSync(filler, Buffer.alloc(4096));
      } catch {
        // full
      } finally {
        closeSync(filler);
      }
      const res = await putTo('/api/content', before.replace('"09:00"', '"10:00"'), 'application/json');
      assert.equal(res.status, 507);
      assert.deepEqual(await res.json(), {
        reason: 'de schijf is vol',
        advice: 'Maak plaats op de schijf en sla opnieuw op.',
      });
      assert.equal(readFileSync(path.join(copy, 'content.json'), 'utf8'), before);
      assert.deepEqual(
        readdirSync(copy).filter((n) => n.endsWith('.tmp')),
        [],
      );
    } finally {
      execFileSync('umount', [disk]);
    }
  });

  const ON_STICK: [string, { reason: string; advice: string }][] = [
    [
      'ENOSPC',
      {
        reason: 'de stick is vol',
        advice: 'Maak plaats op de stick (verwijder bestanden die er niet op horen) en sla opnieuw op.',
      },
    ],
    [
      'EROFS',
      {
        reason: 'de stick is beveiligd tegen schrijven',
        advice:
          'Heeft de stick op de zijkant een schuifje? Zet het van slot, steek de stick opnieuw in en sla opnieuw op.',
      },
    ],
    [
      'ENOENT',
      {
        reason: 'de stick is er niet meer (uitgetrokken?)',
        advice: 'Steek de stick weer in en sla opnieuw op.',
      },
    ],
    [
      'EIO',
      {
        reason: 'de stick gaf een fout bij het schrijven',
        advice: 'Steek de stick opnieuw in en sla opnieuw op. Lukt het dan nog niet, neem een andere stick.',
      },
    ],
    [
      'EACCES',
      {
        reason: 'de editor mag niet schrijven op de stick',
        advice: 'Vraag hulp aan wie deze computer beheert.',
      },
    ],
    ['EXDEV', { reason: 'de stick kon niet beschreven worden (fout EXDEV)', advice: 'Sla opnieuw op.' }],
  ];
  for (const [code, words] of ON_STICK) {
    it(`on a stick, answers ${code} with "${words.reason}"`, async () => {
      const { folder, putTo, copy } = await handlerOver(mkdtempSync(path.join(root, 'stick-')));
      Object.defineProperty(folder, 'onStick', { value: true });
      folder.writeContent = () => Promise.reject(errno(code));
      folder.writeImage = () => Promise.reject(errno(code));
      const text = readFileSync(path.join(copy, 'content.json'), 'utf8');
      const res = await putTo('/api/content', text, 'application/json');
      assert.equal(res.status, 507);
      assert.deepEqual(await res.json(), words);
      const photo = await putTo('/api/media/images/nieuw.png', PNG, 'image/png');
      assert.equal(photo.status, 507);
      assert.deepEqual(await photo.json(), words);
    });
  }

  it('leaves anything that is no file-system error to the host (500 "Interne fout", logged)', async () => {
    const { folder, putTo, copy } = await handlerOver(mkdtempSync(path.join(root, 'bug-')));
    folder.writeContent = () => Promise.reject(new TypeError('a bug'));
    const text = readFileSync(path.join(copy, 'content.json'), 'utf8');
    await assert.rejects(putTo('/api/content', text, 'application/json'), /a bug/);
  });
});

describe('buurtkiosk edit: a content.json that is not a file of the folder', () => {
  async function handlerWithContent(place: (file: string, root: string) => void): Promise<Handler> {
    const root = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-edit-link-'));
    const folder = path.join(root, 'buurtkiosk');
    cpSync(dataDir, folder, { recursive: true });
    rmSync(path.join(folder, 'content.json'));
    place(path.join(folder, 'content.json'), root);
    after(() => rmSync(root, { recursive: true, force: true }));
    return createEditorHandler({
      folder: await EditorFolder.open(folder),
      token: TOKEN,
      html: '<!doctype html>beheer',
      csp: "default-src 'none'",
    });
  }
  const get = (h: Handler) => h(new Request(`${ORIGIN}/api/content`, { headers: { [TOKEN_HEADER]: TOKEN } }));

  it('refuses a link to a file outside the folder, as the import does, and sends none of its text', async () => {
    const h = await handlerWithContent((file, root) => {
      writeFileSync(path.join(root, 'geheim.json'), '{"wachtwoord": "hunter2"}');
      symlinkSync(path.join(root, 'geheim.json'), file);
    });
    const res = await get(h);
    assert.equal(res.status, 422);
    assert.equal(
      await res.text(),
      'content.json verwijst naar een bestand buiten de map buurtkiosk; zet het echte bestand in de map',
    );
  });

  it("refuses a link to the process's own environment", async () => {
    const h = await handlerWithContent((file) => symlinkSync('/proc/self/environ', file));
    const res = await get(h);
    assert.equal(res.status, 422);
    assert.doesNotMatch(await res.text(), /PATH=/);
  });

  it('refuses a FIFO without waiting for a writer, and still reads a link inside the folder', async () => {
    const fifo = await handlerWithContent((file) => execFileSync('mkfifo', [file]));
    const res = await get(fifo);
    assert.equal(res.status, 422);
    assert.equal(await res.text(), 'content.json is geen gewoon bestand; zet er het echte bestand');
    const inside = await handlerWithContent((file) => {
      writeFileSync(`${file}.echt`, readFileSync(path.join(dataDir, 'content.json')));
      symlinkSync(`${file}.echt`, file);
    });
    assert.equal((await get(inside)).status, 200);
  });
});
