/**
 * content.json files with more problems than anyone reads, as an audit found them: the sample content
 * with 150,000 repeats of `,"a":1` (905 KB, under the 5 MB cap) or 200,000 unknown keys. Listed one
 * by one they overflowed the stack of the report and held the kiosk for seconds.
 */
import { sampleStickContent } from './usb-stick';

/** The sample as a stick has it, with `extra` written just before its closing brace. */
function sampleWith(extra: string): string {
  const text = JSON.stringify(sampleStickContent(), null, 2);
  return `${text.slice(0, text.lastIndexOf('}'))}${extra}}\n`;
}

/** `"a": 1` given `times` times in the outer block: the first is an unknown field, the rest twice given. */
export function repeatedKeyContent(times: number): string {
  return sampleWith(',"a":1'.repeat(times));
}

/** `count` unknown fields "k0", "k1", … in the outer block. */
export function unknownKeysContent(count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`,"k${i}":1`);
  return sampleWith(parts.join(''));
}
