/**
 * Weight: bytes of JS, CSS and fonts a cold start transfers, raw and gzip-compressed, with the
 * largest parts of app.js from esbuild's metafile when the JS budget is at stake.
 */
import { gzipSync } from 'node:zlib';
import type { Response } from '@playwright/test';
import { newKioskContext } from './support/browser';
import { describeChain, readBundleMakeup } from './support/bundle-makeup';
import { startBenchHost } from './support/host';
import type { Figure, Measurement } from './types';

/** The renderer's JavaScript may weigh at most this much, gzip-compressed (bytes). */
export const JS_GZIP_BUDGET = 60 * 1024;

type Kind = 'js' | 'css' | 'font' | 'html' | 'other';

interface Transfer {
  url: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

/** Text of the page's classic inline scripts (not its JSON data block, not scripts with a src). */
function inlineScripts(html: string): string[] {
  return [
    ...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*\stype="application\/json")[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[1]!)
    .filter((code) => code.trim() !== '');
}

function kindOf(response: Response): Kind {
  const type = response.request().resourceType();
  if (type === 'script') return 'js';
  if (type === 'stylesheet') return 'css';
  if (type === 'font') return 'font';
  if (type === 'document') return 'html';
  return 'other';
}

export const measurement: Measurement = {
  name: 'weight',
  async run({ browser }) {
    const host = await startBenchHost();
    const transfers: Transfer[] = [];
    /** The page as served, for its inline scripts. */
    let html = '';
    const context = await newKioskContext(browser);
    try {
      const page = await context.newPage();
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        const kind = kindOf(response);
        // The long-poll never finishes on purpose; API payloads are content, not weight.
        if (kind === 'other') return;
        pending.push(
          response.body().then((body) => {
            if (kind === 'html') html = body.toString('utf8');
            transfers.push({
              url: new URL(response.url()).pathname,
              kind,
              raw: body.length,
              gzip: gzipSync(body, { level: 9 }).length,
            });
          }),
        );
      });
      await page.goto(host.url, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      // The chunk loaded after the first frame counts too. The staff page's does not come: it loads
      // only when staff open it (renderer/kiosk-staff-view.ts), and no cold start does.
      // A function, not a string: the page's CSP forbids eval.
      await page.waitForFunction(() => customElements.get('kiosk-interactive') !== undefined);
      await page.waitForTimeout(500);
      await Promise.all(pending);
    } finally {
      await context.close();
      await host.close();
    }
    // Code inline in the page is JavaScript too (the font-load script; on a drawn page the
    // after-paint script, which starts the app): counted as if it were a file of its own.
    // The handler drew the first screen in (declarative shadow roots) or left it to app.js.
    const drawn = /shadowrootmode=/.test(html);
    for (const code of inlineScripts(html)) {
      const bytes = Buffer.from(code);
      transfers.push({
        url: '/ (inline script)',
        kind: 'js',
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      });
    }
    const sum = (kind: Kind, key: 'raw' | 'gzip') =>
      transfers.filter((t) => t.kind === kind).reduce((s, t) => s + t[key], 0);
    const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
    const jsGzip = sum('js', 'gzip');
    // The drawn page runs only its inline scripts before its first frame; app.js and its shared
    // chunk follow that frame (renderer/after-paint.ts), the later chunk a few frames on
    // (renderer/later.ts).
    const later = transfers.filter((t) => t.kind === 'js' && t.url.includes('/chunks/later-'));
    const laterGzip = later.reduce((s, t) => s + t.gzip, 0);
    const firstGzip = drawn
      ? transfers
          .filter((t) => t.kind === 'js' && t.url.endsWith('(inline script)'))
          .reduce((s, t) => s + t.gzip, 0)
      : 0;
    const makeup = readBundleMakeup();
    const top = (makeup ?? [])
      .slice(0, 4)
      .map((p) => `${p.name} ${kb(p.bytes)} KB (${Math.round(p.share * 100)}%)`);
    const figures: Figure[] = [
      {
        name: 'weight: JavaScript, gzip',
        value: kb(jsGzip),
        unit: 'KB',
        target: `≤ ${JS_GZIP_BUDGET / 1024} KB`,
        pass: jsGzip <= JS_GZIP_BUDGET,
        note:
          // At night the handler draws nothing and app.js runs before the first frame, as before.
          (drawn
            ? `${kb(firstGzip)} KB inline before the first frame, ${kb(jsGzip - laterGzip - firstGzip)} KB for ` +
              `the app after it, ${kb(laterGzip)} KB later; `
            : `${kb(jsGzip - laterGzip)} KB before the first frame (page not drawn), ${kb(laterGzip)} KB after it; `) +
          (makeup
            ? `largest parts (minified): ${top.join(', ')}`
            : 'dist/meta.json missing: run node scripts/build.mjs'),
      },
      info('weight: JavaScript, raw', kb(sum('js', 'raw')), 'KB'),
      info(
        'weight: index.html, raw / gzip',
        kb(sum('html', 'raw')),
        'KB',
        `${kb(sum('html', 'gzip'))} KB gzip: app.css and the content are inline`,
      ),
      info('weight: CSS files, raw / gzip', kb(sum('css', 'raw')), 'KB', `${kb(sum('css', 'gzip'))} KB gzip`),
      info(
        'weight: fonts (woff2)',
        kb(sum('font', 'raw')),
        'KB',
        `${transfers.filter((t) => t.kind === 'font').length} files, ${kb(sum('font', 'gzip'))} KB gzip`,
      ),
    ];
    if (makeup && jsGzip > JS_GZIP_BUDGET) {
      // Name the culprit precisely: the largest part and the import chain that brings it in.
      const worst = makeup.find((p) => p.chain.some((f) => f.includes('node_modules/'))) ?? makeup[0]!;
      figures[0]!.note += `; ${worst.name} comes in through ${describeChain(worst)}`;
    }
    return { figures, details: { transfers, bundle: makeup } };
  },
};

function info(name: string, value: number, unit: string, note?: string): Figure {
  return { name, value, unit, target: '', pass: null, ...(note ? { note } : {}) };
}
