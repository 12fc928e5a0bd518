// Draws assets/icon.png (512×512): a yellow house with a door and a lit window on the kiosk's dark
// blue, in a rounded square. Our own drawing, reproducible: `npx tsx scripts/make-icon.ts`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const SIZE = 512;
const SAMPLES = 4; // 4×4 samples per pixel smooth the edges
type Rgb = readonly [number, number, number];
const BLUE: Rgb = [0x0b, 0x23, 0x40];
const YELLOW: Rgb = [0xff, 0xd2, 0x3f];
const WHITE: Rgb = [0xff, 0xff, 0xff];

const inRoundedSquare = (x: number, y: number, r: number) => {
  const cx = Math.min(Math.max(x, r), SIZE - r);
  const cy = Math.min(Math.max(y, r), SIZE - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const inRect = (x: number, y: number, x0: number, y0: number, x1: number, y1: number) =>
  x >= x0 && x < x1 && y >= y0 && y < y1;
// Roof: apex at (256, 96), eaves at y = 250 from x = 86 to 426.
const inRoof = (x: number, y: number) => y >= 96 && y < 250 && Math.abs(x - 256) <= ((y - 96) / 154) * 170;

/** The colour at a sample point, or null outside the icon (transparent). */
function colourAt(x: number, y: number): Rgb | null {
  if (!inRoundedSquare(x, y, 96)) return null;
  if (inRect(x, y, 226, 310, 286, 420)) return BLUE; // door
  if (inRect(x, y, 312, 290, 368, 346)) return WHITE; // lit window
  if (inRect(x, y, 136, 250, 376, 420) || inRoof(x, y)) return YELLOW;
  if (inRect(x, y, 96, 420, 416, 436)) return WHITE; // the street
  return BLUE;
}

const png = new PNG({ width: SIZE, height: SIZE });
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        sum[0]! += c[0];
        sum[1]! += c[1];
        sum[2]! += c[2];
        sum[3]! += 1;
      }
    }
    const i = (py * SIZE + px) * 4;
    const n = sum[3]!;
    png.data[i] = n ? Math.round(sum[0]! / n) : 0;
    png.data[i + 1] = n ? Math.round(sum[1]! / n) : 0;
    png.data[i + 2] = n ? Math.round(sum[2]! / n) : 0;
    png.data[i + 3] = Math.round((n / SAMPLES ** 2) * 255);
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(path.join(root, 'assets', 'icon.png'), PNG.sync.write(png, { colorType: 6 }));
console.log('assets/icon.png geschreven (512×512)');
