/** Per-screen settings (config.json in the user data folder, overridden by CLI flags). */
import { z } from 'zod';

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

const seconds = z
  .number({ error: 'moet een aantal seconden zijn, bv. 12' })
  .int({ error: 'moet een geheel aantal seconden zijn' })
  .min(3, { error: 'minstens 3 seconden' })
  .max(600, { error: 'hoogstens 600 seconden' });

export const deviceConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  /** This screen's own buurtpunt (a location id): shown first and largest. */
  location: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'verwacht de id van een buurtpunt, bv. "bijloke"' })
    .optional(),
  durations: z.strictObject(Object.fromEntries(SLIDE_KINDS.map((k) => [k, seconds.optional()]))).optional(),
  /** Seconds without touch before the screen returns to the rotation. */
  idleTimeoutSeconds: z.number().int().min(10).max(3600).optional(),
});

export type DeviceConfigInput = z.output<typeof deviceConfigSchema>;

/** What the renderer needs to know of the device config, every value filled in. */
export interface RendererConfig {
  location: string | null;
  durations: Record<SlideKind, number>;
  idleTimeoutSeconds: number;
}

/** Fills in defaults; later layers (CLI flags) win over earlier ones. */
export function resolveRendererConfig(...layers: DeviceConfigInput[]): RendererConfig {
  const out: RendererConfig = { location: null, durations: { ...DEFAULT_DURATIONS }, idleTimeoutSeconds: 60 };
  for (const layer of layers) {
    if (layer.location !== undefined) out.location = layer.location;
    if (layer.idleTimeoutSeconds !== undefined) out.idleTimeoutSeconds = layer.idleTimeoutSeconds;
    for (const kind of SLIDE_KINDS) {
      const s = layer.durations?.[kind];
      if (s !== undefined) out.durations[kind] = s;
    }
  }
  return out;
}
