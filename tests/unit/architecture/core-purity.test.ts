import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

const importsOf = (text: string) =>
  [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('core/ stays pure (it runs in main, the renderer and the editor alike)', () => {
  const files = sourceFiles(path.join(root, 'core'));

  it('has source files to check', () => assert.ok(files.length > 5));

  for (const file of files) {
    const rel = path.relative(root, file);
    it(`${rel} imports nothing from node:, electron, main/ or renderer/`, () => {
      const bad = importsOf(readFileSync(file, 'utf8')).filter((spec) => {
        if (/^(node:|electron$|electron\/|fs$|path$|os$|child_process$|http$|crypto$)/.test(spec))
          return true;
        if (!spec.startsWith('.')) return false;
        const target = path.resolve(path.dirname(file), spec);
        return !target.startsWith(path.join(root, 'core') + path.sep);
      });
      assert.deepEqual(bad, []);
    });

    it(`${rel} uses no DOM or Node globals`, () => {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      const globals =
        code.match(/\b(document|window|localStorage|navigator|process|Buffer|require)\s*[.(]/g) ?? [];
      assert.deepEqual(globals, []);
    });
  }
});
