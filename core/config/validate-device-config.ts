/** Validation of a screen's config.json: the same Dutch messages with their place as for content. */
import { lineOfPath } from '../content/locate';
import type { Problem } from '../content/problem';
import { parseJsonSafely } from '../content/safe-json';
import { dutchMessage, pathSteps, toProblems } from '../content/validate';
import { deviceConfigSchema, type DeviceConfigInput } from './device-config';

export type DeviceConfigResult = { ok: true; config: DeviceConfigInput } | { ok: false; problems: Problem[] };

/** Validates already-parsed JSON. */
export function validateDeviceConfig(value: unknown): DeviceConfigResult {
  const parsed = deviceConfigSchema.safeParse(value, { error: dutchMessage });
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, problems: parsed.error.issues.flatMap(toProblems) };
}

/** Parses and validates the text of a config.json; every problem carries its line when it can be found. */
export function validateDeviceConfigText(text: string): DeviceConfigResult {
  const json = parseJsonSafely(text);
  if (!json.ok) return json;
  const result = validateDeviceConfig(json.value);
  if (result.ok && json.problems.length === 0) return result;
  const problems = [...json.problems, ...(result.ok ? [] : result.problems)];
  return {
    ok: false,
    problems: problems.map((p) => {
      const line = lineOfPath(text, pathSteps(p.path));
      return line === undefined ? p : { ...p, line };
    }),
  };
}
