/** Publications for the network tests: content written to a folder, then `buurtkiosk publish`ed. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContentInput } from '../../core/content/schema';
import { publishCommand } from '../../main/cli/publish-command';
import type { TestSigner } from './signing';
import { writeStickFolder } from './usb-stick';

export interface PublishInput {
  /** content.json; default the sample. */
  content?: ContentInput;
  /** Images (or other files) beside content.json, by relative path, besides the sample images. */
  files?: Record<string, Uint8Array>;
  /** The signing moment (ISO). */
  at: string;
}

/** Publishes into `outDir` as `buurtkiosk publish` does; returns its output lines. */
export async function publishTo(signer: TestSigner, outDir: string, input: PublishInput): Promise<string[]> {
  const building = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-publish-'));
  try {
    const folder = writeStickFolder(building, {
      ...(input.content ? { content: input.content } : {}),
      ...(input.files ? { files: input.files } : {}),
    });
    const lines: string[] = [];
    const code = await publishCommand(folder, outDir, (line) => lines.push(line), {
      keyFile: signer.keyFile,
      now: () => new Date(input.at),
      buildDate: '2026-01-01',
    });
    if (code !== 0) throw new Error(`publish failed (${code}): ${lines.join('\n')}`);
    return lines;
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

/** An ISO instant `minutes` before now: publications signed in the past, in order. */
export function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}
