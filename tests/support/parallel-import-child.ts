/**
 * Child process for the parallel-import test: imports the given folders into one store in order, as
 * `buurtkiosk import` does, and prints one line per outcome ("imported", "unchanged", "failed …").
 * Usage: node child.mjs STORE_ROOT FOLDER...
 */
import { importFolder } from '../../main/import/import-folder';
import { ContentStore } from '../../main/store/content-store';

const [root, ...folders] = process.argv.slice(2) as [string, ...string[]];
const store = new ContentStore(root);

async function main(): Promise<void> {
  for (const folder of folders) {
    const outcome = await importFolder({
      folder,
      source: folder,
      medium: 'folder',
      store,
      shownVersion: await store.currentVersion(),
    });
    process.stdout.write(`${outcome.kind}${'message' in outcome ? ` ${outcome.message}` : ''}\n`);
  }
}

void main();
