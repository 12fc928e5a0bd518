/**
 * The layers are kept by tools, not by reading: the compiler (one tsconfig per layer, `tsc -b`) and
 * dependency-cruiser (`npm run lint`). These tests prove the tools would refuse a violation, by
 * running them with the project's own settings over small probe trees in a temporary folder.
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'buurtkiosk-layers-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Writes `files` (path → text) under a fresh folder and returns it. */
function probeTree(name: string, files: Record<string, string>): string {
  const dir = path.join(work, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/**
 * Type-checks `code` as one more file of the `layer` project: the layer's own tsconfig and all of its
 * files, so a package type that drags in Node's or the DOM's globals would show here too.
 */
async function compileAs(layer: 'core' | 'renderer' | 'main', code: string): Promise<string[]> {
  const dir = probeTree(`tsc-${layer}`, {
    'probe.ts': code,
    'tsconfig.json': JSON.stringify({
      extends: path.join(root, layer, 'tsconfig.json'),
      compilerOptions: {
        composite: false,
        noEmit: true,
        emitDeclarationOnly: false,
        typeRoots: [path.join(root, 'node_modules', '@types')],
      },
      files: ['probe.ts'],
      references: [],
    }),
  });
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const { stdout } = await run(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], {
    encoding: 'utf8',
  }).catch((err: { stdout: string }) => err);
  return stdout
    .split('\n')
    .filter((line) => line.includes('error TS'))
    .map((line) => line.replace(/^.*probe\.ts/, 'probe.ts'));
}

/** Runs dependency-cruiser with the project's rules over a probe tree; returns "from: rule" per violation. */
function cruise(files: Record<string, string>): string[] {
  const dir = probeTree('cruise', {
    ...files,
    'tsconfig.base.json': JSON.stringify({ extends: path.join(root, 'tsconfig.base.json') }),
  });
  const bin = path.join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const result = spawnSync(
    process.execPath,
    [bin, '--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'json', '.'],
    { cwd: dir, encoding: 'utf8' },
  );
  const report = JSON.parse(result.stdout) as {
    summary: { violations: { from: string; rule: { name: string } }[] };
  };
  return [...new Set(report.summary.violations.map((v) => `${v.from}: ${v.rule.name}`))].sort();
}

describe('the compiler gives each layer only its own platform', () => {
  // One probe per layer, compiled in parallel: tsc takes seconds to start.
  const core = compileAs(
    'core',
    [
      'export const title = document.title;',
      "import { readFileSync } from 'node:fs';",
      'export const read = readFileSync;',
      'export const dir = process.cwd();',
      'export const days = [1, 2].map((d) => d * 2);',
      "export const https = new URL('https://example.org/').protocol;",
      '',
    ].join('\n'),
  );
  const renderer = compileAs(
    'renderer',
    "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
  );
  const main = compileAs('main', 'export const width = window.innerWidth;\n');

  it('refuses a DOM global, a node: import and a Node global in core/, and nothing else', async () => {
    const errors = await core;
    assert.equal(errors.length, 3, errors.join('\n'));
    assert.match(errors[0] ?? '', /^probe\.ts\(1,.*Cannot find name 'document'/);
    assert.match(errors[1] ?? '', /^probe\.ts\(2,.*Cannot find module 'node:fs'/);
    assert.match(errors[2] ?? '', /^probe\.ts\(4,.*Cannot find name 'process'/);
  });

  it('refuses Node built-ins in renderer/', async () => {
    const errors = await renderer;
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] ?? '', /Cannot find module 'node:fs'/);
  });

  it('refuses the DOM in main/', async () => {
    const errors = await main;
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] ?? '', /Cannot find name 'window'/);
  });
});

describe('dependency-cruiser keeps the layers and refuses cycles', () => {
  it('refuses every import that points up or sideways, and cycles (type-only ones too)', () => {
    const found = cruise({
      'core/words.ts': 'export const words = 1;\n',
      'core/plan.ts': "import { clock } from '../renderer/clock';\nexport const plan = clock;\n",
      'core/a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n",
      'core/b.ts': "import type { A } from './a';\nexport interface B { a?: A }\n",
      'renderer/clock.ts': "import { words } from '../core/words';\nexport const clock = words;\n",
      'renderer/view.ts': "import { log } from '../main/log';\nexport const view = log;\n",
      'main/log.ts': "import { words } from '../core/words';\nexport const log = words;\n",
      'main/server.ts': "import { clock } from '../renderer/clock';\nexport const s = clock;\n",
      'editor/app.ts':
        "import { clock } from '../renderer/clock';\nimport { log } from '../main/log';\nexport const app = [clock, log];\n",
    });
    assert.deepEqual(found, [
      'core/a.ts: no-cycles',
      'core/plan.ts: core-imports-only-core',
      'editor/app.ts: editor-not-to-main',
      'main/server.ts: main-not-to-renderer-or-editor',
      'renderer/view.ts: renderer-not-to-main-or-editor',
    ]);
  });
});
