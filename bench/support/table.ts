/** The results table printed by `npm run bench`: figure, value, target, pass/fail. */
import type { Figure } from '../types';

/** Renders figures as an aligned plain-text table (notes on an indented line below each row). */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    f.value === null ? '—' : `${formatNumber(f.value)} ${f.unit}`,
    f.target || '(ter info)',
    f.pass === null ? '' : f.pass ? 'OK' : 'MISSED',
  ]);
  const header = ['figure', 'value', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  figures.forEach((f, i) => {
    out.push(line(rows[i]!));
    if (f.note) out.push(`    ${f.note}`);
  });
  return out.join('\n');
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100
    ? value.toFixed(0)
    : Math.abs(value) >= 10
      ? value.toFixed(1)
      : value.toFixed(2);
}
