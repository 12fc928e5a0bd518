/**
 * `buurtkiosk publish MAP --key SLEUTEL.pem --out UITMAP`: checks and signs the content exactly as
 * `sign` does (invalid content is refused with the messages of `validate`), then writes a folder
 * that any static web server can serve as it is: content.json, the images it names, the signed
 * manifest and its signature. The same folder copied onto a stick as buurtkiosk/ is a signed stick.
 * The folder is written beside UITMAP and swapped in at the end; an earlier publication there is
 * replaced, any other non-empty folder is left alone.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, realpath, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { SIGNATURE_FILE, SIGNED_MANIFEST_FILE } from '../../core/import/signed-manifest';
import { fsyncPath, writeSynced } from '../store/durable-fs';
import { signFolder, type SignOptions } from './sign-command';

/** Checks, signs and writes the publication; exit 0 written, 1 refused content, 2 anything else. */
export async function publishCommand(
  target: string,
  outDir: string,
  out: (line: string) => void,
  options: SignOptions = {},
): Promise<number> {
  const destination = path.resolve(outDir);
  const signed = await signFolder(target, out, options, {
    refused: 'Niet gepubliceerd',
    again: 'publiceer dan opnieuw',
  });
  if (typeof signed === 'number') return signed;
  if (await overlaps(signed.folder, destination)) {
    out(`Kies voor --out een map buiten ${signed.folder} (nu: ${destination}).`);
    return 2;
  }
  const refusal = await replaceableFolder(destination);
  if (refusal) {
    out(refusal);
    return 2;
  }
  const building = `${destination}.nieuw-${randomBytes(4).toString('hex')}`;
  try {
    for (const { file, bytes } of signed.files) await writeInto(building, file.path, bytes);
    await writeInto(building, SIGNED_MANIFEST_FILE, Buffer.from(signed.text, 'utf8'));
    await writeInto(building, SIGNATURE_FILE, Buffer.from(signed.signature, 'utf8'));
    await swapIn(building, destination);
  } catch (err) {
    await rm(building, { recursive: true, force: true });
    out(
      `Kan de publicatie niet schrijven in ${destination} (${(err as NodeJS.ErrnoException).code ?? String(err)}).`,
    );
    return 2;
  }
  const images = signed.files.length - 1;
  out(
    `Gepubliceerd in ${destination}: content.json, ${images === 1 ? '1 afbeelding' : `${images} afbeeldingen`}, ${SIGNED_MANIFEST_FILE} en ${SIGNATURE_FILE}.`,
  );
  out('  Zet de inhoud van die map op de webserver, in de map van "updateUrl" (zie docs/netwerk.md).');
  out('  Dezelfde map werkt ook als map buurtkiosk op een USB-stick.');
  return 0;
}

/** A file of the publication, fsynced, its folders made. */
async function writeInto(root: string, relative: string, bytes: Uint8Array): Promise<void> {
  const file = path.join(root, ...relative.split('/'));
  await mkdir(path.dirname(file), { recursive: true });
  await writeSynced(file, bytes);
}

/** Null when `dir` is absent, empty or an earlier publication; else why it is left alone. */
async function replaceableFolder(dir: string): Promise<string | null> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    return `${dir} is geen map die gebruikt kan worden (${code ?? String(err)}).`;
  }
  if (names.length === 0 || names.includes(SIGNED_MANIFEST_FILE)) return null;
  return `${dir} bestaat al en is geen eerdere publicatie; kies een lege of nieuwe map voor --out.`;
}

/** Puts the new folder in place of the old one (if any), then removes the old one. */
async function swapIn(building: string, destination: string): Promise<void> {
  await fsyncPath(building);
  const old = `${destination}.oud-${randomBytes(4).toString('hex')}`;
  const hadOld = await rename(destination, old).then(
    () => true,
    (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
      return false;
    },
  );
  await rename(building, destination);
  await fsyncPath(path.dirname(destination));
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/** True when one folder is inside the other (or they are the same). */
async function overlaps(contentFolder: string, destination: string): Promise<boolean> {
  const real = async (p: string) => realpath(p).catch(() => path.resolve(p));
  const a = (await real(contentFolder)) + path.sep;
  const b = (await real(destination)) + path.sep;
  return a.startsWith(b) || b.startsWith(a);
}
