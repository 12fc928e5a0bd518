/**
 * `npm run bench`: runs the measurements in Debian's Chromium, prints a table and writes
 * bench/results.json. `--only <name>` (repeatable or comma-separated) picks measurements, `--quick`
 * shortens them, `--no-write` leaves results.json alone. Exits 1 when a target is missed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './support/browser';
import { formatTable } from './support/table';
import type { Figure, Measurement, MeasurementResult } from './types';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const RESULTS_FILE = path.join(BENCH_DIR, 'results.json');

/** Every measurement, in the order they run; each lives in bench/<name>.ts. */
const NAMES = [
  'weight',
  'startup',
  'rest',
  'throttled',
  'scale',
  'smoothness',
  'soak',
  'import',
  'network',
] as const;

interface StoredResult extends MeasurementResult {
  measuredAt: string;
  quick: boolean;
  seconds: number;
  /** The machine's 1-minute load average as the measurement started and ended (it is shared). */
  loadAverage: { start: number; end: number };
}

interface ResultsFile {
  machine: Record<string, unknown>;
  measurements: Record<string, StoredResult>;
}

function parseArgs(argv: string[]): { only: string[]; quick: boolean; write: boolean } {
  const only: string[] = [];
  let quick = false;
  let write = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') quick = true;
    else if (arg === '--no-write') write = false;
    else if (arg === '--only') only.push(...(argv[++i] ?? '').split(','));
    else if (arg.startsWith('--only=')) only.push(...arg.slice('--only='.length).split(','));
    else throw new Error(`unknown argument ${arg} (use --only <name>, --quick, --no-write)`);
  }
  const unknown = only.filter((n) => !(NAMES as readonly string[]).includes(n));
  if (unknown.length)
    throw new Error(`unknown measurement ${unknown.join(', ')}; known: ${NAMES.join(', ')}`);
  return { only, quick, write };
}

/** Loads bench/<name>.ts; null when the file does not exist yet (a feature that has not landed). */
async function loadMeasurement(name: string): Promise<Measurement | null> {
  if (!existsSync(path.join(BENCH_DIR, `${name}.ts`))) return null;
  const mod = (await import(`./${name}`)) as { measurement?: Measurement };
  if (!mod.measurement) throw new Error(`bench/${name}.ts does not export \`measurement\``);
  return mod.measurement;
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function main(): Promise<void> {
  const { only, quick, write } = parseArgs(process.argv.slice(2));
  const names = only.length ? NAMES.filter((n) => only.includes(n)) : [...NAMES];
  const browser = await launchChromium();
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    loadAverageAtStart: os.loadavg().map((l) => Number(l.toFixed(2))),
    node: process.version,
    chromium: browser.version(),
    platform: `${os.platform()} ${os.release()}`,
  };
  const results: Record<string, StoredResult> = {};
  try {
    for (const name of names) {
      const started = Date.now();
      const loadAtStart = oneMinuteLoad();
      let result: MeasurementResult;
      try {
        const measurement = await loadMeasurement(name);
        if (!measurement) {
          result = { figures: [notLanded(name)] };
        } else {
          log(`${name}: running${quick ? ' (quick)' : ''}`);
          result = await measurement.run({ browser, quick, log });
        }
      } catch (err) {
        // A crashed measurement is a missed target, never a silently absent row.
        const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
        result = {
          figures: [
            { name: `${name}: crashed`, value: null, unit: '', target: 'runs', pass: false, note: message },
          ],
        };
      }
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      const loadAverage = { start: loadAtStart, end: oneMinuteLoad() };
      results[name] = { ...result, measuredAt: new Date().toISOString(), quick, seconds, loadAverage };
      log(`${name}: done in ${seconds} s, load average ${loadAverage.start} → ${loadAverage.end}`);
    }
  } finally {
    await browser.close();
  }
  const figures: Figure[] = names.flatMap((n) => results[n]!.figures);
  console.log(formatTable(figures));
  if (write)
    writeResults({ ...machine, loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))) }, results);
  if (figures.some((f) => f.pass === false)) process.exitCode = 1;
}

function oneMinuteLoad(): number {
  return Number((os.loadavg()[0] ?? 0).toFixed(2));
}

function notLanded(name: string): Figure {
  return {
    name: `${name}: not yet landed`,
    value: null,
    unit: '',
    target: '',
    pass: null,
    note: `bench/${name}.ts does not exist yet`,
  };
}

/** Replaces the measured entries and keeps the others (a `--only` run updates just its rows). */
function writeResults(machine: Record<string, unknown>, fresh: Record<string, StoredResult>): void {
  let previous: ResultsFile = { machine: {}, measurements: {} };
  if (existsSync(RESULTS_FILE)) {
    try {
      previous = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as ResultsFile;
    } catch {
      // unreadable old results are simply replaced
    }
  }
  const file: ResultsFile = { machine, measurements: { ...previous.measurements, ...fresh } };
  writeFileSync(RESULTS_FILE, JSON.stringify(file, null, 2) + '\n');
  log(`wrote ${path.relative(process.cwd(), RESULTS_FILE)}`);
}

await main();
