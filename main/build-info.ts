/** Facts fixed at build time (dist/build-info.json, written by scripts/build.mjs). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { appRoot } from './paths';

export interface BuildInfo {
  /** YYYY-MM-DD: a clock showing an earlier day is clearly wrong. */
  buildDate: string;
  version: string;
}

/** Reads dist/build-info.json; running from source without a build gives a conservative early date. */
export function readBuildInfo(): BuildInfo {
  try {
    return JSON.parse(readFileSync(path.join(appRoot, 'dist', 'build-info.json'), 'utf8')) as BuildInfo;
  } catch {
    return { buildDate: '2026-01-01', version: 'dev' };
  }
}
