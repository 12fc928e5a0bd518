/** Helpers for the editor's end-to-end tests: a folder to edit, a phone-sized photo, the CLI. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { readBuiltEditor } from '../../main/editor/built-editor';
import { appRoot } from '../../main/paths';
import { startHttpHost, type HttpHost } from '../../main/server/http-host';

/** A smooth 4000×3000 PNG (12 megapixels, like a phone photo) of several MB. */
export function phonePhotoPng(width = 4000, height = 3000): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      png.data[i] = (x * 255) / width;
      png.data[i + 1] = (y * 255) / height;
      png.data[i + 2] = ((x ^ y) & 0xff) / 2 + 64;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png, { deflateLevel: 1 });
}

/** Width and height from a JPEG's start-of-frame marker, or null when it is not a JPEG. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1]!;
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (bytes[i + 5]! << 8) | bytes[i + 6]!, width: (bytes[i + 7]! << 8) | bytes[i + 8]! };
    }
    i += 2 + length;
  }
  return null;
}

/** Runs the built CLI (dist/cli.js) and returns its exit code and output. */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [path.join(appRoot, 'dist', 'cli.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, BUURTKIOSK_QUIET: '1', ...env },
    timeout: 60_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/**
 * The built beheer.html from a plain web server on 127.0.0.1, under its own CSP, without
 * `buurtkiosk edit`'s API: the editor as a page that opens the stick itself (File System Access,
 * or a chosen folder and downloads), in a secure context as the private file system needs.
 */
export async function servePlainEditor(): Promise<HttpHost> {
  const { html, csp } = await readBuiltEditor();
  return startHttpHost(
    async () =>
      new Response(html, {
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp },
      }),
    0,
  );
}

/**
 * Puts a stick's buurtkiosk folder (content.json and images/<name>) in the page's private file
 * system, where the File System Access picker of the tests answers, and opens it in the editor.
 */
export async function openStickInBrowser(
  page: Page,
  contentText: string,
  images: Readonly<Record<string, Uint8Array>>,
): Promise<void> {
  await page.evaluate(
    async ({ contentText, images }) => {
      const root = await navigator.storage.getDirectory();
      const stick = await root.getDirectoryHandle('STICK', { create: true });
      const folder = await stick.getDirectoryHandle('buurtkiosk', { create: true });
      const write = async (dir: FileSystemDirectoryHandle, name: string, data: BlobPart) => {
        const w = await (await dir.getFileHandle(name, { create: true })).createWritable();
        await w.write(new Blob([data]));
        await w.close();
      };
      await write(folder, 'content.json', contentText);
      const imageDir = await folder.getDirectoryHandle('images', { create: true });
      for (const [name, bytes] of Object.entries(images)) await write(imageDir, name, new Uint8Array(bytes));
    },
    { contentText, images: Object.fromEntries(Object.entries(images).map(([n, b]) => [n, [...b]])) },
  );
  await page.getByRole('button', { name: 'Open de map buurtkiosk op de stick' }).click();
  await expect(page.getByText('Geopend:')).toContainText('buurtkiosk', { timeout: 30_000 });
}
