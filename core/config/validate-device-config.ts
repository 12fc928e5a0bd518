/** Validation of a screen's config.json: the same parsing, messages and lines as for content. */
import type { Problem } from '../content/problem';
import { validateJsonText, validateValue } from '../content/validate-text';
import { deviceConfigSchema, type DeviceConfigInput } from './device-config';

export type DeviceConfigResult = { ok: true; config: DeviceConfigInput } | { ok: false; problems: Problem[] };

/** Validates already-parsed JSON. */
export function validateDeviceConfig(value: unknown): DeviceConfigResult {
  const result = validateValue(deviceConfigSchema, value);
  return result.ok ? { ok: true, config: result.value } : result;
}

/** Parses and validates the text of a config.json; every problem carries its line when it can be found. */
export function validateDeviceConfigText(text: string): DeviceConfigResult {
  const result = validateJsonText(deviceConfigSchema, text);
  return result.ok ? { ok: true, config: result.value } : result;
}
