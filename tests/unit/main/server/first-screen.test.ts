/**
 * The first screen drawn into index.html by the handler (renderer/ssr through dist/ssr): the header
 * and the first slide of the instant, with the test hooks, before any script runs; a CSP that allows
 * exactly the styles drawn; content that cannot add markup; and today's page whenever the server
 * render is missing, broken or not wanted (the screen never goes blank).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { after, before, describe, it } from 'node:test';
import type { KioskPayload, RenderFirstScreen } from '../../../../core/api';
import type { RendererConfig } from '../../../../core/config/device-config';
import type { Content } from '../../../../core/content/schema';
import { KioskState } from '../../../../main/kiosk-state';
import { loadSampleContent } from '../../../../main/kiosk';
import { firstScreenModule, rendererDistDir } from '../../../../main/paths';
import { guarded, loadFirstScreen } from '../../../../main/server/first-screen';
import { createHandler } from '../../../../main/server/handler';
import { readAfterPaintScript } from '../../../../main/server/after-paint-script';
import { createIndexPage } from '../../../../main/server/index-page';
import { readInlineHashes } from '../../../../main/server/inline-hashes';
import { cspHash } from '../../../../main/server/security-headers';
import { cspDirectives } from '../../../support/csp';
import { brussels, configFor, contentWith } from '../../core/deck/deck-fixtures';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-first-screen-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const template = () => readFileSync(path.join(rendererDistDir, 'index.html'), 'utf8');
const inline = () => readInlineHashes(rendererDistDir);
const afterPaint = () => readAfterPaintScript(rendererDistDir);

/** The payload the handler sends for this content and config (with the zone offsets). */
async function payloadFor(
  content?: Content,
  config: RendererConfig = configFor('bijloke'),
): Promise<KioskPayload> {
  const sample = await loadSampleContent();
  const state = new KioskState({ ...sample, content: content ?? sample.content }, config);
  const handler = createHandler({ state, rendererDir: rendererDistDir, buildDate: '2026-11-01' });
  return (await (await handler(new Request('http://127.0.0.1/api/kiosk'))).json()) as KioskPayload;
}

/** The text a reader sees in markup: tags and Lit's comment markers gone, spaces collapsed. */
function visibleText(markup: string): string {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The drawn <kiosk-location-status> of a location in the status slide, as text, with its data-state. */
function statusBlock(html: string, id: string): { state: string; text: string } {
  const match = new RegExp(
    `<kiosk-location-status[^>]*\\sdata-location="${id}"\\s+data-state="([a-z-]+)"[\\s\\S]*?</kiosk-location-status>`,
  ).exec(html);
  assert.ok(match, `status block ${id} is drawn`);
  return { state: match[1]!, text: visibleText(match[0]) };
}

const logged: string[] = [];
const log = (line: string) => void logged.push(line);
let render: RenderFirstScreen;

before(async () => {
  const loaded = await loadFirstScreen(firstScreenModule, log);
  assert.ok(loaded, `${firstScreenModule} loads: run npm run build`);
  render = loaded;
});

describe('the first screen in index.html', () => {
  const cases = [
    {
      at: '2026-12-03T10:00',
      header: 'donderdag 3 december · 10:00',
      bijloke: ['open', 'Nu open · tot 12:00'],
      hof: ['closed', 'Gesloten · opent dinsdag 8 december om 10:00'],
    },
    {
      at: '2026-12-02T16:30',
      header: 'woensdag 2 december · 16:30',
      bijloke: ['closed', 'Gesloten · opent donderdag om 9:00'],
      hof: ['closed', 'Gesloten · opent dinsdag 8 december om 10:00'],
    },
    {
      // The night Belgium goes to summer time: 02:00 does not exist, the words must still be right.
      at: '2027-03-28T03:15',
      header: 'zondag 28 maart · 3:15',
      bijloke: ['closed', 'Gesloten · opent donderdag 1 april om 9:00'],
      hof: ['closed', 'Gesloten · opent dinsdag 30 maart om 10:00'],
    },
  ] as const;

  for (const { at, header, bijloke, hof } of cases) {
    it(`says what is open at ${at}, in the header and the status slide, with the test hooks`, async () => {
      const now = brussels(at);
      const page = createIndexPage(inline(), render, afterPaint())(template(), await payloadFor(), now);
      assert.match(
        page.html,
        /<kiosk-app\s+data-mode="rotation"><template shadowroot="open" shadowrootmode="open">/,
      );
      assert.match(page.html, /<kiosk-status-slide\s+data-slide="status"/);
      assert.ok(visibleText(page.html).includes(header), `header says "${header}"`);
      for (const [id, [state, words]] of [
        ['bijloke', bijloke],
        ['hof-ten-rode', hof],
      ] as const) {
        const block = statusBlock(page.html, id);
        assert.equal(block.state, state, `${id} at ${at}`);
        assert.ok(block.text.includes(words), `${id} says "${words}", not "${block.text}"`);
      }
      assert.match(page.html, new RegExp(`data-drawn-at="${now}"`));
      assert.match(page.html, /Tik op het scherm voor contactgegevens/);
    });
  }

  it('starts the app only after the first paint, which the page no longer needs it for', async () => {
    const page = createIndexPage(inline(), render, afterPaint())(
      template(),
      await payloadFor(),
      brussels('2026-12-03T10:00'),
    );
    // The after-paint script, inline in app.js's place, imports app.js once the drawn screen is
    // painted. Nothing is fetched or compiled for the app before that: it would take the CPU from
    // the first frame.
    const script = afterPaint();
    assert.ok(script, 'the build wrote after-paint.js');
    assert.ok(page.html.includes(`<script>${script}</script>`), 'the after-paint script is inline');
    assert.match(template(), /<link rel="modulepreload"/, "the built page preloads app.js's chunks");
    assert.doesNotMatch(page.html, /modulepreload|after-paint\.js/);
    assert.doesNotMatch(page.html, /<script[^>]*src="app\.js"/);
    assert.doesNotMatch(page.html, /blocking="render"><\/script>/);
  });

  it('runs the after-paint script as a classic script that keeps its names out of window', () => {
    const script = afterPaint()!;
    // A static import or export would be a syntax error in a classic script: the drawn screen would
    // then stay a picture, with no app to take it over.
    assert.doesNotThrow(() => new vm.Script(script));
    const context = vm.createContext({});
    assert.throws(() => vm.runInContext(script, context), /document is not defined/);
    assert.deepEqual(Object.keys(context), [], 'no global names');
    assert.match(script, /import\("\.\/app\.js"\)/);
  });

  it('allows every style drawn into the page by its hash, in the header and the <meta> alike, and no other', async () => {
    const page = createIndexPage(inline(), render, afterPaint())(
      template(),
      await payloadFor(),
      brussels('2026-12-03T10:00'),
    );
    const styles = [...page.html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => cspHash(m[1]!));
    assert.ok(styles.length >= 5, 'app.css and a style per drawn element');
    const header = cspDirectives(page.policy);
    const meta = cspDirectives(
      /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page.html)![1]!,
    );
    for (const policy of [header, meta]) {
      const allowed = new Set(policy.get('style-src')!.split(' '));
      for (const hash of styles) assert.ok(allowed.has(hash), `style ${hash} allowed`);
      assert.equal(allowed.size, new Set(styles).size + 1, "only 'self' and the page's own styles");
      const scripts = ["'self'", ...inline().scripts, cspHash(afterPaint()!)];
      assert.equal(
        policy.get('script-src'),
        scripts.join(' '),
        "the build's inline script and the after-paint one",
      );
    }
    header.delete('frame-ancestors');
    assert.deepEqual(meta, header);
    assert.doesNotMatch(page.policy, /unsafe-/);
    // Style attributes would need 'unsafe-inline' or 'unsafe-hashes': the drawn markup has none.
    assert.doesNotMatch(page.html, /\sstyle=/);
  });

  it('draws content as text: a title cannot add an element, a script or a style to the page', async () => {
    const hostile = '</template></kiosk-app><script>alert(1)</script><style>*{display:none}</style><!--';
    const content = contentWith((c) => {
      c.title = hostile;
      c.locations[0]!.name = hostile;
      c.locations[0]!.address.street = `"'><img src=x onerror=alert(1)>`;
    });
    const now = brussels('2026-12-03T10:00');
    const plain = createIndexPage(inline(), render, afterPaint())(template(), await payloadFor(), now).html;
    const page = createIndexPage(inline(), render, afterPaint())(
      template(),
      await payloadFor(content, configFor()),
      now,
    ).html;
    const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;
    for (const tag of [/<script/g, /<style/g, /<template/g, /<img/g, /<\/kiosk-app>/g]) {
      assert.equal(count(page, tag), count(plain, tag), `${tag.source} elements`);
    }
    assert.ok(page.includes('&lt;/template&gt;&lt;/kiosk-app&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
  });
});

describe('without a first screen the page is drawn by app.js as before', () => {
  const now = brussels('2026-12-03T10:00');

  async function assertPlainPage(
    renderer: RenderFirstScreen | null,
    payload?: KioskPayload,
    script: string | null = afterPaint(),
  ) {
    const page = createIndexPage(inline(), renderer, script)(
      template(),
      payload ?? (await payloadFor()),
      now,
    );
    assert.match(page.html, /<kiosk-app><\/kiosk-app>/);
    // The empty page holds the first frame back for app.js: no blank frame first.
    assert.match(page.html, /<script type="module" src="app\.js" blocking="render"><\/script>/);
    assert.equal(page.policy.split('style-src ')[1]!.split(';')[0], ["'self'", ...inline().styles].join(' '));
    assert.match(page.html, /id="kiosk-payload"/);
    assert.equal(
      page.policy.split('script-src ')[1]!.split(';')[0],
      ["'self'", ...inline().scripts].join(' '),
    );
  }

  it('when dist/ssr is missing (a renderer built by hand, an old package)', async () => {
    logged.length = 0;
    assert.equal(await loadFirstScreen(path.join(tmp, 'missing', 'first-screen.js'), log), null);
    assert.match(logged.join('\n'), /missing[/\\]first-screen\.js is not usable/);
    await assertPlainPage(null);
  });

  it('when the module fails to load or lacks its function', async () => {
    const broken = path.join(tmp, 'broken.mjs');
    writeFileSync(broken, "throw new Error('kapot');\n");
    const empty = path.join(tmp, 'empty.mjs');
    writeFileSync(empty, 'export const other = 1;\n');
    for (const file of [broken, empty]) {
      logged.length = 0;
      assert.equal(await loadFirstScreen(file, log), null);
      assert.equal(logged.length, 1);
    }
  });

  it('when drawing throws or answers something other than a first screen', async () => {
    const answers: (() => unknown)[] = [
      () => {
        throw new TypeError('document is not defined');
      },
      () => ({ html: 42, styles: [] }),
      () => ({ html: '<p>iets anders</p>', styles: [] }),
      () => ({ html: '<kiosk-app></kiosk-app>', styles: [null] }),
      () => 'x',
    ];
    for (const answer of answers) {
      logged.length = 0;
      const renderer = guarded(answer as RenderFirstScreen, log);
      await assertPlainPage(renderer);
      assert.equal(logged.length, 1, 'the failure is logged');
    }
  });

  it('when the after-paint script is missing, empty or would end its <script> early', async () => {
    // A drawn screen without it would stay a picture: no app would ever take it over.
    const dir = path.join(tmp, 'renderer-without-after-paint');
    mkdirSync(dir, { recursive: true });
    assert.equal(readAfterPaintScript(dir), null, 'missing');
    for (const code of ['  \n', 'console.log("</script><script>alert(1)")', 'x = "<!--<script>"']) {
      writeFileSync(path.join(dir, 'after-paint.js'), code);
      assert.equal(readAfterPaintScript(dir), null, JSON.stringify(code));
    }
    await assertPlainPage(render, undefined, null);
  });

  it('outside the display hours, where the night view moves its clock itself', async () => {
    const config = { ...configFor('bijloke'), displayHours: { on: '11:00', off: '22:00' } };
    const payload = await payloadFor(undefined, config);
    assert.equal(render(payload, now), null);
    await assertPlainPage(render, payload);
  });
});
