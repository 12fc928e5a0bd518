/** Child processes for store tests, bundled once so each starts without compiling TypeScript. */
import path from 'node:path';
import { build } from 'esbuild';

/** Bundles `entry` (a .ts file) into `outDir`; returns the script to run with `node`. */
export async function bundleChildScript(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [path.resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: true,
    logLevel: 'warning',
  });
  return outfile;
}
