/**
 * Reed–Solomon error correction codewords as the QR standard (ISO/IEC 18004, 7.5.2) defines them:
 * arithmetic in GF(256) modulo x⁸ + x⁴ + x³ + x² + 1, generator polynomials with roots α⁰ … αⁿ⁻¹.
 */

/** Powers of α (EXP[i] = αⁱ) and their inverse (LOG[αⁱ] = i), for multiplying by adding exponents. */
const EXP = new Uint8Array(255);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++) {
  EXP[i] = x;
  LOG[x] = i;
  // Times α: shift left, reducing by the field's polynomial (0x11d) when x⁸ appears.
  x = (x << 1) ^ ((x >> 7) * 0x11d);
}

const times = (a: number, b: number): number => (a && b ? EXP[(LOG[a]! + LOG[b]!) % 255]! : 0);

/** (x − α⁰)(x − α¹)…(x − αⁿ⁻¹), highest power first (its leading 1 included). */
function generator(n: number): number[] {
  let poly = [1];
  for (let i = 0; i < n; i++) {
    // poly · (x + αⁱ): minus is plus in GF(256).
    poly = [...poly, 0].map((c, j) => c ^ times(poly[j - 1] ?? 0, EXP[i]!));
  }
  return poly;
}

/** The `n` error correction codewords of one block: the remainder of data · xⁿ divided by the generator. */
export function errorCorrection(data: Uint8Array, n: number): Uint8Array {
  const divisor = generator(n);
  const rest = new Uint8Array(n);
  for (const byte of data) {
    const factor = byte ^ rest[0]!;
    rest.copyWithin(0, 1);
    rest[n - 1] = 0;
    for (let j = 0; j < n; j++) rest[j]! ^= times(divisor[j + 1]!, factor);
  }
  return rest;
}
