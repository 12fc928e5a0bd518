/** Reads the CSP hashes the build wrote beside index.html (scripts/index-page.mjs). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { InlineHashes } from './security-headers';

const HASH = /^'sha256-[A-Za-z0-9+/]+=*'$/;

/**
 * `csp-hashes.json` of a renderer folder. Missing or malformed (a renderer not built by
 * scripts/build.mjs): no inline code is allowed, so the page may lose its warm-up and styles, but
 * the policy never becomes weaker than 'self'.
 */
export function readInlineHashes(rendererDir: string): InlineHashes {
  try {
    const parsed = JSON.parse(readFileSync(path.join(rendererDir, 'csp-hashes.json'), 'utf8')) as unknown;
    const list = (value: unknown) =>
      Array.isArray(value) && value.every((v) => typeof v === 'string' && HASH.test(v))
        ? (value as string[])
        : [];
    const record = (parsed ?? {}) as Record<string, unknown>;
    return { scripts: list(record.scripts), styles: list(record.styles) };
  } catch {
    return { scripts: [], styles: [] };
  }
}
