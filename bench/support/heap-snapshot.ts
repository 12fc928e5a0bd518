/**
 * A V8 heap snapshot of a page summed by kind: the JS objects a leak would grow (objects, arrays,
 * closures, strings), apart from compiled code and Blink's native objects, which grow and shrink as
 * V8 optimises and Blink caches styles.
 */
import type { CDPSession } from '@playwright/test';
import { collectGarbage } from './browser';

export interface HeapSummary {
  /** Self size of JS values (objects, arrays, closures, strings, numbers), bytes. */
  jsBytes: number;
  /** Self size of compiled code and bytecode, bytes. */
  codeBytes: number;
  /** Self size of Blink's native objects (DOM, styles), bytes. */
  nativeBytes: number;
  /** Self size and count per "type:name" (constructor names for objects), to compare two summaries. */
  byName: Map<string, { count: number; bytes: number }>;
}

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

const JS_TYPES = new Set([
  'object',
  'closure',
  'array',
  'string',
  'concatenated string',
  'sliced string',
  'number',
  'regexp',
  'bigint',
]);

/** Takes a snapshot after a full GC and sums it. */
export async function heapSummary(cdp: CDPSession): Promise<HeapSummary> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await collectGarbage(cdp);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const raw = JSON.parse(chunks.join('')) as RawSnapshot;
  const fields = raw.snapshot.meta.node_fields;
  const types = raw.snapshot.meta.node_types[0];
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const summary: HeapSummary = { jsBytes: 0, codeBytes: 0, nativeBytes: 0, byName: new Map() };
  for (let i = 0; i < raw.nodes.length; i += fields.length) {
    const type = types[raw.nodes[i + iType]!] ?? '?';
    const bytes = raw.nodes[i + iSize]!;
    if (JS_TYPES.has(type)) summary.jsBytes += bytes;
    else if (type === 'code') summary.codeBytes += bytes;
    else if (type === 'native') summary.nativeBytes += bytes;
    const key = `${type}:${(raw.strings[raw.nodes[i + iName]!] ?? '').slice(0, 50)}`;
    const entry = summary.byName.get(key) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += bytes;
    summary.byName.set(key, entry);
  }
  return summary;
}

/** The `top` names whose self size grew most from `before` to `after`: "+12 KB object:Foo (+40)". */
export function largestGrowth(before: HeapSummary, after: HeapSummary, top = 3): string[] {
  return [...after.byName]
    .map(([name, a]) => {
      const b = before.byName.get(name) ?? { count: 0, bytes: 0 };
      return { name, bytes: a.bytes - b.bytes, count: a.count - b.count };
    })
    .filter((g) => g.bytes > 0 && !g.name.startsWith('code:') && !g.name.startsWith('native:'))
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, top)
    .map((g) => `+${(g.bytes / 1024).toFixed(1)} KB ${g.name} (${g.count >= 0 ? '+' : ''}${g.count})`);
}
