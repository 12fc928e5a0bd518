/**
 * Child process for the parallel-import test, as `buurtkiosk import` runs: reads one JSON list of
 * folders per line on stdin, imports them into the store in order, and answers with one line listing
 * the outcomes ("imported", "unchanged", "failed …"). Staying up between rounds spares a process start.
 * Usage: node child.mjs STORE_ROOT
 */
import { createInterface } from 'node:readline';
import { importFolder } from '../../main/import/import-folder';
import { ContentStore } from '../../main/store/content-store';

const store = new ContentStore(process.argv[2] ?? '');

async function round(folders: string[]): Promise<string[]> {
  const outcomes: string[] = [];
  for (const folder of folders) {
    const outcome = await importFolder({
      folder,
      source: folder,
      medium: 'folder',
      store,
      shownVersion: await store.currentVersion(),
    });
    outcomes.push(`${outcome.kind}${'message' in outcome ? ` ${outcome.message}` : ''}`);
  }
  return outcomes;
}

for await (const line of createInterface({ input: process.stdin })) {
  process.stdout.write(`${JSON.stringify(await round(JSON.parse(line) as string[]))}\n`);
}
