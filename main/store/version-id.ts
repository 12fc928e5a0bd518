/**
 * The identity of a content version: a hash over content.json and every image it uses, so a stick
 * with a replaced photo under the same name is a new version, and identical content is not.
 */
import { createHash } from 'node:crypto';

/** sha256 of bytes, hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** 16 hex characters from the content.json hash and the (path, hash) of each image. */
export function contentVersion(contentSha: string, imageShas: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256').update(`buurtkiosk-content-1\n${contentSha}\n`);
  for (const file of [...imageShas.keys()].sort()) hash.update(`${file}\0${imageShas.get(file)}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** Store folder names are versions: exactly 16 lower-case hex characters, nothing else. */
export function isVersionName(name: string): boolean {
  return /^[0-9a-f]{16}$/.test(name);
}
