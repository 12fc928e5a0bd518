/**
 * `buurtkiosk keygen` and `buurtkiosk sign`: the staff side of optional content signing. keygen makes
 * an ed25519 key pair (the private key stays with staff, the public key goes in the kiosk's settings);
 * sign writes content.json.sig beside content.json.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SIGNATURE_FILE } from '../import/check-signature';
import { publicKeyBase64, signBytes } from '../import/signature';
import { MAX_CONTENT_BYTES, readCapped } from '../content/load-content';

export const PRIVATE_KEY_FILE = 'buurtkiosk-sleutel.pem';

/** Writes a new private key into `outDir` (never over an existing one) and prints the public key. */
export async function keygenCommand(outDir: string, out: (line: string) => void): Promise<number> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const file = path.join(outDir, PRIVATE_KEY_FILE);
  try {
    await writeFile(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    out(
      code === 'EEXIST'
        ? `${file} bestaat al; verplaats die eerst (een nieuwe sleutel maakt oude handtekeningen ongeldig).`
        : `Kan ${file} niet schrijven (${code ?? String(err)}).`,
    );
    return 2;
  }
  out(`Geheime sleutel: ${file}`);
  out('  Bewaar die goed en geef hem aan niemand: wie hem heeft, kan inhoud voor de kiosk ondertekenen.');
  out('Publieke sleutel (zet die bij "signingKey" in config.json van de kiosk):');
  out(`  ${publicKeyBase64(publicKey)}`);
  return 0;
}

/** Signs the exact bytes of content.json (or the one in a folder) into content.json.sig. */
export async function signCommand(
  keyFile: string,
  target: string,
  out: (line: string) => void,
): Promise<number> {
  const contentFile = path.basename(target) === 'content.json' ? target : path.join(target, 'content.json');
  let keyPem: string;
  let bytes: Buffer | 'too-big';
  try {
    keyPem = await readFile(keyFile, 'utf8');
    bytes = await readCapped(contentFile, MAX_CONTENT_BYTES);
  } catch (err) {
    out(
      `Kan niet lezen: ${(err as NodeJS.ErrnoException).path ?? target} (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    );
    return 2;
  }
  if (bytes === 'too-big') {
    out(`${contentFile} is te groot (hoogstens 5 MB).`);
    return 2;
  }
  let signature: string;
  try {
    signature = signBytes(bytes, keyPem);
  } catch {
    out(`${keyFile} is geen geheime ed25519-sleutel (maak er een met "buurtkiosk keygen").`);
    return 2;
  }
  const sigFile = path.join(path.dirname(contentFile), SIGNATURE_FILE);
  await writeFile(`${sigFile}.tmp`, `${signature}\n`);
  await rename(`${sigFile}.tmp`, sigFile);
  out(`Ondertekend: ${sigFile}`);
  out('  Zet content.json.sig samen met content.json in de map buurtkiosk op de stick.');
  out('  Verander je content.json nog, onderteken dan opnieuw.');
  return 0;
}
