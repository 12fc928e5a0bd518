/**
 * Keys on the command line: the device's signing setting (config.json in the user data folder, as
 * the kiosk itself reads it), a public key given with --key (text or a .pem file, public or secret),
 * and where `keygen` keeps the secret key by default.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import path from 'node:path';
import { resolveDeviceConfig, type SigningSetting } from '../../core/config/device-config';
import { readCapped } from '../content/load-content';
import { deviceConfigFile, loadDeviceConfig } from '../config/load-device-config';
import { publicKeyBase64 } from '../import/signature';
import { createLogger } from '../log';

/** The secret key's file name. */
const PRIVATE_KEY_FILE = 'buurtkiosk-sleutel.pem';

/** Where `keygen` puts the secret key and `sign` looks for it: never the current folder. */
export function defaultKeyFile(dataDir: string): string {
  return path.join(dataDir, 'sleutels', PRIVATE_KEY_FILE);
}

/**
 * The kiosk on this machine as its config.json sets it up: what it accepts, and its own buurtpunt
 * (null without one), which `validate` and `import` check the content for, as the kiosk does.
 */
export async function deviceSettings(
  dataDir: string,
): Promise<{ signing: SigningSetting; location: string | null }> {
  const loaded = await loadDeviceConfig(deviceConfigFile(dataDir), createLogger('config'));
  const device = resolveDeviceConfig(loaded.layer);
  return { signing: device.signing, location: device.location };
}

/**
 * A public key from `--key`: the key itself (base64 or PEM), or a .pem file holding a public or a
 * secret key (the public half is used). Null when it is neither.
 */
export async function publicKeyFromOption(option: string): Promise<string | null> {
  const fromFile = await readCapped(option, 16 * 1024).catch(() => null);
  const text = fromFile === null || fromFile === 'too-big' ? option : fromFile.toString('utf8');
  try {
    const key = text.includes('PRIVATE KEY') ? createPublicKey(createPrivateKey(text)) : null;
    if (key) return key.asymmetricKeyType === 'ed25519' ? publicKeyBase64(key) : null;
    return text.trim();
  } catch {
    return null;
  }
}
