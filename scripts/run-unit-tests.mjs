// Runs every tests/unit/**/*.test.ts with node's test runner (through tsx), once with the machine in
// UTC and once in Europe/Brussels: time zone bugs hide on machines that happen to be in Brussels.
// Files are listed explicitly (Node 20 does not expand globs) and the count run is checked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);

function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findTests(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const files = (
  only.length ? only.map((f) => path.resolve(f)) : findTests(path.join(root, 'tests', 'unit'))
).sort();
if (files.length === 0) {
  console.error('no unit test files found under tests/unit');
  process.exit(1);
}

// A data folder of our own: the developer's config.json (a signingKey, say) must not change results.
const data = process.env.BUURTKIOSK_DATA ?? mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-unit-data-'));
process.on('exit', () => {
  if (data !== process.env.BUURTKIOSK_DATA) rmSync(data, { recursive: true, force: true });
});

for (const tz of ['UTC', 'Europe/Brussels']) {
  console.log(`\n# unit tests with TZ=${tz} (${files.length} files)`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
    cwd: root,
    env: { ...process.env, TZ: tz, BUURTKIOSK_DATA: data },
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
