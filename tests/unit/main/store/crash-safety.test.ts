/**
 * Power cut / crash at any point of the commit: a child process imports two contents in turn and is
 * killed with SIGKILL at a random moment; after each kill the store, opened as at start-up, must load
 * and show one of the two versions whole (loadCurrent verifies every file's hash).
 * SIGKILL keeps what the kernel already has, so this proves the ordering of renames and pointer
 * switches; surviving a real power cut also relies on the fsyncs, which a test cannot pull the plug on.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importFolder } from '../../../../main/import/import-folder';
import { bundleChildScript } from '../../../support/child-script';
import { ContentStore } from '../../../../main/store/content-store';
import { noisePng } from '../../../support/test-images';
import { sampleStickContent, tempFolder, writeStickFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

/**
 * Kills wanted (the unit runner runs this file twice, once per time zone). On a loaded machine the
 * time budget stops earlier, but never below the minimum; CRASH_ITERATIONS=1000 for a long run.
 */
const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? 100);
const MIN_ITERATIONS = 10;
const BUDGET_MS = process.env.CRASH_ITERATIONS ? Infinity : 14_000;
let tmp: { dir: string; remove(): void };
let childScript: string;

before(async () => {
  tmp = tempFolder('buurtkiosk-crash-');
  // Bundled once, so each child starts without compiling TypeScript.
  childScript = await bundleChildScript('tests/support/store-crash-child.ts', tmp.dir);
});
after(() => tmp.remove());

/**
 * Runs the child until `delayMs` after it says "go", then SIGKILLs it. Resolves with the moments
 * (ms after "go") of the commits the child reported before it died.
 */
function runAndKill(root: string, a: string, b: string, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, root, a, b], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (output === '') setTimeout(() => child.kill('SIGKILL'), delayMs);
      output += chunk;
    });
    child.once('error', reject);
    child.once('close', () =>
      resolve([...output.matchAll(/^done (\d+) imported$/gm)].map((m) => Number(m[1]))),
    );
  });
}

describe('crash safety of the commit', () => {
  it('always loads the old or the new version whole after SIGKILL at random points of the commit', async (t) => {
    const contentA = sampleStickContent();
    contentA.title = 'Inhoud A';
    const contentB = sampleStickContent();
    contentB.title = 'Inhoud B';
    contentB.activities![1]!.image = 'images/b.png';
    const a = writeStickFolder(path.join(tmp.dir, 'A'), { content: contentA });
    const b = writeStickFolder(path.join(tmp.dir, 'B'), {
      content: contentB,
      files: { 'images/b.png': noisePng(256) },
    });
    const root = path.join(tmp.dir, 'store');
    const store = new ContentStore(root);
    const seeded = await importFolder({ folder: a, source: 'A', medium: 'folder', store });
    assert.equal(seeded.kind, 'imported');
    // Kill moments spread from before the child's first commit to a few commits in, whatever the
    // machine's speed: first from one import timed here, then from what the children report.
    const started = performance.now();
    await importFolder({ folder: b, source: 'B', medium: 'folder', store });
    let importMs = Math.max(5, performance.now() - started);
    const titles = new Map<string, string>();
    const seen = new Set<string>();
    const loopStart = Date.now();
    let i = 0;
    for (; i < ITERATIONS && (i < MIN_ITERATIONS || Date.now() - loopStart < BUDGET_MS); i++) {
      const reported = await runAndKill(root, a, b, Math.random() * importMs * 3);
      // Aim at the first commits; a child killed before any commit says the window is too short.
      importMs = reported.length > 0 ? (importMs + Math.min(...reported)) / 2 : importMs * 1.5;
      const loaded = await new ContentStore(root).loadCurrent();
      assert.ok(loaded, `iteration ${i}: nothing loadable`);
      const { version, content } = loaded.bundle;
      assert.ok(
        content.title === 'Inhoud A' || content.title === 'Inhoud B',
        `iteration ${i}: ${content.title}`,
      );
      if (titles.has(version)) assert.equal(titles.get(version), content.title);
      titles.set(version, content.title!);
      seen.add(content.title!);
    }
    t.diagnostic(`${i} kills, import ≈ ${Math.round(importMs)} ms, ${Date.now() - loopStart} ms in all`);
    assert.equal(seen.size, 2, 'kills landed both before and after commits');
  });
});
