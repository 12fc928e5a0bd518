/**
 * What app.js and its chunks are made of, from esbuild's metafile (dist/meta.json, written by scripts/build.mjs):
 * minified bytes per package or first-party folder, and the import chain that pulls each one in.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { appRoot } from '../../main/paths';

interface Metafile {
  inputs: Record<string, { imports: { path: string }[] }>;
  outputs: Record<string, { entryPoint?: string; inputs: Record<string, { bytesInOutput: number }> }>;
}

/** One package (`zod`, `@lit/reactive-element`) or first-party folder (`core/hours`) in the bundle. */
export interface BundlePart {
  name: string;
  /** Minified bytes in app.js and its chunks. */
  bytes: number;
  /** Share of all the renderer's JavaScript. */
  share: number;
  /** Shortest import chain from the entry to the first file of this part. */
  chain: string[];
}

/** Groups a metafile input path: packages by name, our own files by their folder. */
export function partOf(input: string): string {
  const nm = input.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const segs = input.slice(nm + 'node_modules/'.length).split('/');
    return segs[0]!.startsWith('@') ? `${segs[0]}/${segs[1]}` : segs[0]!;
  }
  return path.posix.dirname(input);
}

/** Reads dist/meta.json; null when the build did not write it. */
export function readBundleMakeup(metaFile = path.join(appRoot, 'dist', 'meta.json')): BundlePart[] | null {
  if (!existsSync(metaFile)) return null;
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Metafile;
  // app.js and its chunks (the shared one it imports, the one loaded after the first frame).
  const outputs = Object.entries(meta.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .map(([, output]) => output);
  const entryPoint = outputs.find((o) => o.entryPoint !== undefined)?.entryPoint;
  if (!entryPoint) return null;
  const inputs = outputs.flatMap((o) => Object.entries(o.inputs));
  const total = inputs.reduce((sum, [, i]) => sum + i.bytesInOutput, 0);
  const bytes = new Map<string, number>();
  for (const [input, { bytesInOutput }] of inputs) {
    const part = partOf(input);
    bytes.set(part, (bytes.get(part) ?? 0) + bytesInOutput);
  }
  const chains = shortestChains(meta, entryPoint);
  return [...bytes]
    .map(([name, b]) => ({ name, bytes: b, share: total ? b / total : 0, chain: chains.get(name) ?? [] }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** Breadth-first from the entry: the first (shortest) chain that reaches each part. */
function shortestChains(meta: Metafile, entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>();
  const seen = new Set([entry]);
  const queue: string[][] = [[entry]];
  while (queue.length) {
    const chain = queue.shift()!;
    const file = chain.at(-1)!;
    const part = partOf(file);
    if (!chains.has(part)) chains.set(part, chain);
    for (const { path: next } of meta.inputs[file]?.imports ?? []) {
      if (seen.has(next) || !meta.inputs[next]) continue;
      seen.add(next);
      queue.push([...chain, next]);
    }
  }
  return chains;
}

/** "renderer/kiosk-app.ts → core/hours/local-time.ts → zod": first-party steps, then the package. */
export function describeChain(part: BundlePart): string {
  const own = part.chain.filter((f) => !f.includes('node_modules/'));
  const steps = part.chain.some((f) => f.includes('node_modules/')) ? [...own, part.name] : own;
  return steps.join(' → ');
}
