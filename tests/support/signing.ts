/** Signing for tests: a key pair made by `buurtkiosk keygen`, folders signed by `buurtkiosk sign`. */
import { createPrivateKey, sign } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { keygenCommand, signCommand } from '../../main/cli/sign-command';

export interface TestSigner {
  keyFile: string;
  /** The public key as config.json's signingKey takes it. */
  publicKey: string;
  /** Signs `folder` (or a stick root) as `buurtkiosk sign` does, with the clock at `at`. */
  signFolder(folder: string, at?: string): Promise<string[]>;
  /** An ed25519 signature (base64) over any bytes: for manifests a real signer would never write. */
  signBytes(bytes: string | Buffer): string;
  /** Writes `manifestText` as ondertekening.json in `folder`, with a valid signature beside it. */
  writeSigned(folder: string, manifestText: string): void;
}

/** A fresh key pair in `dir`. */
export async function makeSigner(dir: string): Promise<TestSigner> {
  const lines: string[] = [];
  const code = await keygenCommand((l) => lines.push(l), { outDir: dir });
  if (code !== 0) throw new Error(lines.join('\n'));
  const keyFile = path.join(dir, 'buurtkiosk-sleutel.pem');
  const publicKey = (lines.at(-1) ?? '').trim();
  const key = createPrivateKey(readFileSync(keyFile));
  const signBytes = (bytes: string | Buffer) => sign(null, Buffer.from(bytes), key).toString('base64');
  return {
    keyFile,
    publicKey,
    async signFolder(folder, at = '2026-11-27T10:00:00.000Z') {
      const out: string[] = [];
      const result = await signCommand(folder, (l) => out.push(l), {
        keyFile,
        now: () => new Date(at),
        buildDate: '2026-01-01',
      });
      if (result !== 0) throw new Error(out.join('\n'));
      return out;
    },
    signBytes,
    writeSigned(folder, manifestText) {
      writeFileSync(path.join(folder, 'ondertekening.json'), manifestText);
      writeFileSync(path.join(folder, 'ondertekening.sig'), `${signBytes(manifestText)}\n`);
    },
  };
}
