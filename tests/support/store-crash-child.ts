/**
 * Child process for the crash test: imports stick A, then B, then A … into one store, forever, until
 * the parent kills it with SIGKILL. Prints "go" once it starts, so the parent times its kill, and
 * "done <ms> <outcome>" after each import with the time since "go", so the parent learns when commits
 * happen on this machine now (an import found unchanged writes nothing and is quick).
 * Usage: node child.mjs STORE_ROOT FOLDER_A FOLDER_B
 */
import { importFolder } from '../../main/import/import-folder';
import { ContentStore } from '../../main/store/content-store';

const [root, a, b] = process.argv.slice(2) as [string, string, string];
const store = new ContentStore(root);

async function main(): Promise<void> {
  process.stdout.write('go\n');
  const started = performance.now();
  for (let i = 0; ; i++) {
    const folder = i % 2 === 0 ? a : b;
    const outcome = await importFolder({
      folder,
      source: folder,
      medium: 'folder',
      store,
      shownVersion: await store.currentVersion(),
    });
    process.stdout.write(`done ${Math.round(performance.now() - started)} ${outcome.kind}\n`);
  }
}

void main();
