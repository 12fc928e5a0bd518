/** Per-screen settings (config.json in the user data folder, overridden by CLI flags). */
import { z } from 'zod';
import {
  DEFAULT_UPDATE_INTERVAL_SECONDS,
  MAX_UPDATE_INTERVAL_SECONDS,
  MIN_UPDATE_INTERVAL_SECONDS,
} from '../update/poll-schedule';

export const SLIDE_KINDS = ['status', 'activities', 'facebook', 'services', 'about', 'announcement'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** Seconds each slide type stays up: longer for the dense ones. */
export const DEFAULT_DURATIONS: Readonly<Record<SlideKind, number>> = {
  status: 15,
  activities: 15,
  facebook: 12,
  services: 10,
  about: 15,
  announcement: 12,
};

/** Where sticks get mounted: desktop Raspberry Pi OS (/media/<user>), udisks2 (/run/media), by hand (/mnt). */
export const DEFAULT_USB_ROOTS: readonly string[] = ['/media', '/run/media', '/mnt'];

// The bounds come first and stop there: zod's .int() also refuses 1e20 (not a safe integer), which
// would add "geheel aantal" to "hoogstens" for a number that is whole, only far too big.
const seconds = z
  .number({ error: 'moet een aantal seconden zijn, bv. 12' })
  .min(3, { error: 'minstens 3 seconden', abort: true })
  .max(600, { error: 'hoogstens 600 seconden', abort: true })
  .int({ error: 'moet een geheel aantal seconden zijn' });

const clockTime = z
  .string({ error: 'verwacht een uur als tekst, bv. "07:30"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'verwacht een uur als "07:30" (van 00:00 tot 23:59)' });

/**
 * An end time: as in content.json's hours, "24:00" may end a day. It is read as "00:00" (midnight),
 * which isDisplayOn already takes as an off-time across midnight.
 */
const offTime = z
  .string({ error: 'verwacht een uur als tekst, bv. "22:00"' })
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, {
    error: 'verwacht een uur als "22:00" (van 00:00 tot 24:00)',
  })
  .overwrite((time) => (time === '24:00' ? '00:00' : time));

/**
 * An ed25519 public key as `buurtkiosk keygen` prints it (the 32 raw bytes in base64), as base64 of
 * its SPKI DER (which starts "MCowBQYDK2VwAyEA"), or as a PEM block.
 */
const ED25519_PUBLIC_KEY =
  /^(?:[A-Za-z0-9+/_-]{43}=?|MCowBQYDK2VwAyEA[A-Za-z0-9+/]{43}=|-----BEGIN PUBLIC KEY-----\s+[A-Za-z0-9+/=\s]+-----END PUBLIC KEY-----\s*)$/;

export const deviceConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  /** This screen's own buurtpunt (a location id): shown first and largest. */
  location: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'verwacht de id van een buurtpunt, bv. "bijloke"' })
    .optional(),
  durations: z.strictObject(Object.fromEntries(SLIDE_KINDS.map((k) => [k, seconds.optional()]))).optional(),
  /** Seconds without touch before the screen returns to the rotation. */
  idleTimeoutSeconds: z
    .number({ error: 'moet een aantal seconden zijn, bv. 60' })
    .min(10, { error: 'minstens 10 seconden', abort: true })
    .max(3600, { error: 'hoogstens 3600 seconden (een uur)', abort: true })
    .int({ error: 'moet een geheel aantal seconden zijn' })
    .optional(),
  /** Folders under which USB sticks appear; replaces the defaults when given. */
  usbRoots: z
    .array(
      z
        .string({ error: 'verwacht een map als tekst, bv. "/media"' })
        .regex(/^\/[^\0]*$/, { error: 'verwacht een volledig pad dat met / begint, bv. "/media"' }),
      { error: 'verwacht een lijst van mappen, bv. ["/media", "/mnt"]' },
    )
    .min(1, { error: 'geef minstens één map, of laat usbRoots weg' })
    .max(10, { error: 'hoogstens 10 mappen' })
    .optional(),
  /** Daily hours the screen shows the rotation; outside them a dark clock. Absent: always on. */
  displayHours: z
    .strictObject({ on: clockTime, off: offTime }, { error: 'verwacht { "on": "07:30", "off": "22:00" }' })
    .superRefine((h, ctx) => {
      if (h.on !== h.off) return;
      // From 00:00 to 24:00 (read as 00:00) is the whole day, which no displayHours already says.
      const message =
        h.on === '00:00'
          ? 'van 00:00 tot 24:00 is de hele dag: laat displayHours weg om altijd aan te blijven'
          : 'aan en uit mogen niet hetzelfde uur zijn (laat displayHours weg om altijd aan te blijven)';
      ctx.addIssue({ code: 'custom', message, path: ['off'] });
    })
    .optional(),
  /** Public key staff content must be signed with; absent: unsigned content is accepted. */
  signingKey: z
    .string({ error: 'verwacht de publieke sleutel als tekst' })
    .regex(ED25519_PUBLIC_KEY, {
      error:
        'geen geldige publieke ed25519-sleutel: verwacht 44 tekens base64 of een blok "-----BEGIN PUBLIC KEY-----"',
    })
    .optional(),
  /** The folder of a publication (`buurtkiosk publish`) on a web server; needs `signingKey`. */
  updateUrl: z
    .string({ error: 'verwacht een webadres als tekst, bv. "https://www.example.be/buurtkiosk/"' })
    .regex(/^https?:\/\/[^\s/?#@]+(@[^\s/?#@]+)?(\/[^\s?#]*)?$/i, {
      error:
        'verwacht een webadres dat met https:// of http:// begint, zonder ? of #, bv. "https://www.example.be/buurtkiosk/"',
    })
    .optional(),
  /** Seconds between two looks at `updateUrl` (±10%). */
  updateIntervalSeconds: z
    .number({ error: 'moet een aantal seconden zijn, bv. 300' })
    .min(MIN_UPDATE_INTERVAL_SECONDS, {
      error: `minstens ${MIN_UPDATE_INTERVAL_SECONDS} seconden`,
      abort: true,
    })
    .max(MAX_UPDATE_INTERVAL_SECONDS, {
      error: `hoogstens ${MAX_UPDATE_INTERVAL_SECONDS} seconden (een dag)`,
      abort: true,
    })
    .int({ error: 'moet een geheel aantal seconden zijn' })
    .optional(),
});

export type DeviceConfigInput = z.output<typeof deviceConfigSchema>;

/**
 * One layer of settings: config.json's valid fields (or flags), plus, from config.json, why its
 * signing key cannot be used (present but unreadable, or the file unparseable as a whole).
 */
export type DeviceConfigLayer = DeviceConfigInput & { signingBroken?: string };

/**
 * What the device accepts: anything, only content signed with `key`, or nothing at all because a key
 * was meant but cannot be read (fail closed: a broken setting never turns signing off).
 */
export type SigningSetting =
  { kind: 'none' } | { kind: 'key'; key: string } | { kind: 'broken'; reason: string };

/**
 * Daily on/off times, "HH:MM" in Europe/Brussels. `off` before `on` means on across midnight; an off
 * "24:00" in config.json arrives here as "00:00".
 */
export interface DisplayHours {
  on: string;
  off: string;
}

/** What the renderer needs to know of the device config, every value filled in. */
export interface RendererConfig {
  location: string | null;
  durations: Record<SlideKind, number>;
  idleTimeoutSeconds: number;
  displayHours: DisplayHours | null;
}

/** The whole device config, every value filled in; main keeps the parts the renderer does not need. */
export interface DeviceConfig extends RendererConfig {
  usbRoots: string[];
  signing: SigningSetting;
  updateUrl: string | null;
  updateIntervalSeconds: number;
}

/**
 * Merges layers over the defaults; later layers (CLI flags) win field by field, durations per slide
 * type. A broken signing key in any layer stays broken: no later layer turns signing off.
 */
export function resolveDeviceConfig(...layers: DeviceConfigLayer[]): DeviceConfig {
  const out: DeviceConfig = {
    location: null,
    durations: { ...DEFAULT_DURATIONS },
    idleTimeoutSeconds: 60,
    displayHours: null,
    usbRoots: [...DEFAULT_USB_ROOTS],
    signing: { kind: 'none' },
    updateUrl: null,
    updateIntervalSeconds: DEFAULT_UPDATE_INTERVAL_SECONDS,
  };
  for (const layer of layers) {
    if (layer.location !== undefined) out.location = layer.location;
    if (layer.idleTimeoutSeconds !== undefined) out.idleTimeoutSeconds = layer.idleTimeoutSeconds;
    if (layer.displayHours !== undefined) out.displayHours = { ...layer.displayHours };
    if (layer.usbRoots !== undefined) out.usbRoots = [...layer.usbRoots];
    if (layer.updateUrl !== undefined) out.updateUrl = layer.updateUrl;
    if (layer.updateIntervalSeconds !== undefined) out.updateIntervalSeconds = layer.updateIntervalSeconds;
    for (const kind of SLIDE_KINDS) {
      const s = layer.durations?.[kind];
      if (s !== undefined) out.durations[kind] = s;
    }
    if (out.signing.kind === 'broken') continue;
    if (layer.signingBroken !== undefined) out.signing = { kind: 'broken', reason: layer.signingBroken };
    else if (layer.signingKey !== undefined) out.signing = { kind: 'key', key: layer.signingKey };
  }
  return out;
}

/** The renderer's share of a device config (no mount paths or keys cross to the renderer). */
export function rendererConfigOf(config: DeviceConfig): RendererConfig {
  const { location, durations, idleTimeoutSeconds, displayHours } = config;
  return { location, durations: { ...durations }, idleTimeoutSeconds, displayHours };
}

/** Fills in defaults; later layers (CLI flags) win over earlier ones. */
export function resolveRendererConfig(...layers: DeviceConfigInput[]): RendererConfig {
  return rendererConfigOf(resolveDeviceConfig(...layers));
}
