/**
 * Two `buurtkiosk import` processes at once, many rounds: the store must always end with `current`
 * naming a version that is there and whole. Without one writer at a time, one process's prune
 * removed the version the other had just made current (2 of 30 rounds before the store lock).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { ContentStore, KEEP_PREVIOUS } from '../../../../main/store/content-store';
import { sampleStickContent, tempFolder, writeStickFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

const ROUNDS = Number(process.env.PARALLEL_ROUNDS ?? 30);
/** Distinct sticks: more than the store keeps, so every round prunes. */
const STICKS = KEEP_PREVIOUS + 3;
let tmp: { dir: string; remove(): void };
let childScript: string;

before(async () => {
  tmp = tempFolder('buurtkiosk-parallel-');
  childScript = path.join(tmp.dir, 'child.mjs');
  await build({
    entryPoints: [path.resolve('tests/support/parallel-import-child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: true,
    logLevel: 'warning',
  });
});
after(() => tmp.remove());

/** Runs one child to its end; resolves with its outcome lines. */
function runChild(root: string, folders: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, root, ...folders], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, BUURTKIOSK_QUIET: '1' },
    });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (output += chunk));
    child.once('error', reject);
    child.once('close', () => resolve(output.trim().split('\n')));
  });
}

describe('two imports at once', () => {
  it(`leaves current naming a whole version after each of ${ROUNDS} rounds of two parallel importers`, async () => {
    const sticks = Array.from({ length: STICKS }, (_, i) => {
      const content = sampleStickContent();
      content.title = `Parallel ${i}`;
      return writeStickFolder(path.join(tmp.dir, `stick-${i}`), { content });
    });
    const root = path.join(tmp.dir, 'store');
    for (let round = 0; round < ROUNDS; round++) {
      // Each child takes a different half of the sticks, so both commit and prune in every round.
      const shift = round % STICKS;
      const order = [...sticks.slice(shift), ...sticks.slice(0, shift)];
      const half = Math.ceil(STICKS / 2);
      const [first, second] = await Promise.all([
        runChild(root, order.slice(0, half)),
        runChild(root, order.slice(half)),
      ]);
      for (const line of [...first, ...second])
        assert.match(line, /^(imported|unchanged)$/, `round ${round}`);
      const store = new ContentStore(root);
      const current = await store.currentVersion();
      assert.ok(current, `round ${round}: no current`);
      assert.ok(await store.loadVersion(current), `round ${round}: current ${current} is not whole`);
    }
  });
});
