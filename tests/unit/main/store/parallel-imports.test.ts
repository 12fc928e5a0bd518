/**
 * Two `buurtkiosk import` processes at once, many rounds (each process stays up between rounds): the store must always end with `current`
 * naming a version that is there and whole. Without one writer at a time, one process's prune
 * removed the version the other had just made current (2 of 30 rounds before the store lock).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bundleChildScript } from '../../../support/child-script';
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
  // Bundled once, so each child starts without compiling TypeScript.
  childScript = await bundleChildScript('tests/support/parallel-import-child.ts', tmp.dir);
});
after(() => tmp.remove());

/** A long-lived importer process: `round(folders)` imports them and resolves with the outcomes. */
function startChild(root: string): { round(folders: string[]): Promise<string[]>; stop(): void } {
  const child = spawn(process.execPath, [childScript, root], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, BUURTKIOSK_QUIET: '1' },
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    async round(folders) {
      child.stdin.write(`${JSON.stringify(folders)}\n`);
      const answer = await lines.next();
      return JSON.parse(String(answer.value)) as string[];
    },
    stop: () => child.stdin.end(),
  };
}

describe('two imports at once', () => {
  it(`leaves current naming a whole version after each of ${ROUNDS} rounds of two parallel importers`, async () => {
    const sticks = Array.from({ length: STICKS }, (_, i) => {
      const content = sampleStickContent();
      content.title = `Parallel ${i}`;
      return writeStickFolder(path.join(tmp.dir, `stick-${i}`), { content });
    });
    const root = path.join(tmp.dir, 'store');
    const children = [startChild(root), startChild(root)];
    after(() => children.forEach((c) => c.stop()));
    for (let round = 0; round < ROUNDS; round++) {
      // Each child takes a different half of the sticks, so both commit and prune all through the
      // round (with fewer imports per round, the old race showed up later, or not in 30 rounds).
      const shift = round % STICKS;
      const order = [...sticks.slice(shift), ...sticks.slice(0, shift)];
      const half = Math.ceil(STICKS / 2);
      const [first = [], second = []] = await Promise.all([
        children[0]!.round(order.slice(0, half)),
        children[1]!.round(order.slice(half)),
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
