/** Text files as Windows editors save them: UTF-8 with or without BOM, or UTF-16 (Notepad's "Unicode"). */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Decodes by BOM, or spots UTF-16 without one by the zero bytes beside ASCII text. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const [a, b] = [bytes[0], bytes[1]];
  if (a === 0xff && b === 0xfe) return { text: utf16(bytes.subarray(2), false), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: utf16(bytes.subarray(2), true), encoding: 'utf-16be' };
  if (bytes.length >= 2 && bytes.length % 2 === 0) {
    if (a !== 0 && b === 0) return { text: utf16(bytes, false), encoding: 'utf-16le' };
    if (a === 0 && b !== 0) return { text: utf16(bytes, true), encoding: 'utf-16be' };
  }
  const text = new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 BOM
  return { text, encoding: 'utf-8' };
}

function utf16(bytes: Uint8Array, bigEndian: boolean): string {
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
  const little = bigEndian ? swapPairs(even) : even;
  return new TextDecoder('utf-16le').decode(little);
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  return out;
}
