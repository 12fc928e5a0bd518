/**
 * A short stand-in for a long cache key: its length and two independent 32-bit hashes (FNV-1a and
 * a multiply-xorshift mix), 64 bits in all. The fit cache keeps up to 64 scales, each found for all
 * the words of a slide; holding those words as keys kept up to 64 copies of every slide's text for
 * months. Two different texts that share length and both hashes are too unlikely to matter here
 * (a wrong scale would at worst leave a slide's type a size too small or large until it changes).
 */
export function shortKey(text: string): string {
  let fnv = 0x811c9dc5;
  let mix = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ c, 0x01000193);
    mix = Math.imul(mix ^ c, 0x5bd1e995);
    mix ^= mix >>> 15;
  }
  return `${text.length.toString(36)}.${(fnv >>> 0).toString(36)}.${(mix >>> 0).toString(36)}`;
}
