/**
 * CPU time of the Chromium processes, read from /proc: the browser Playwright launched is a child of
 * this Node process, and its zygote, renderers, GPU/compositor and utility processes descend from
 * it. Counting the whole tree leaves nothing out that CDP's process list might not name. Chromium's
 * own browser-UI renderers (`--top-chrome-webui`: headless Chromium keeps the omnibox popup's WebUI
 * loaded, which uses several percent of a core on its own, with about:blank as much as with the
 * kiosk; Electron has no such UI) are counted apart.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (almost always 100). */
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime + cutime + cstime, in ticks (children reaped by the process count too). */
  ticks: number;
  browserUi: boolean;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const num = (i: number) => Number(fields[i] ?? 0);
    const browserUi = readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--top-chrome-webui');
    // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
    return { pid, ppid: num(1), ticks: num(11) + num(12) + num(13) + num(14), browserUi };
  } catch {
    return null; // the process ended between listing and reading
  }
}

export interface ChromiumCpu {
  /** Every process but Chromium's own browser-UI renderers (ms). */
  pageMs: number;
  /** Chromium's browser-UI renderers (ms). */
  browserUiMs: number;
}

/** CPU used so far by all descendants of `root` (default: this process), in two sums. */
export function chromiumCpu(root: number = process.pid): ChromiumCpu {
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((s): s is ProcStat => s !== null);
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const ticks = { page: 0, browserUi: 0 };
  const queue = [...(children.get(root) ?? [])];
  for (let s = queue.pop(); s; s = queue.pop()) {
    if (s.browserUi) ticks.browserUi += s.ticks;
    else ticks.page += s.ticks;
    queue.push(...(children.get(s.pid) ?? []));
  }
  const ms = (t: number) => (t * 1000) / TICKS_PER_SECOND;
  return { pageMs: ms(ticks.page), browserUiMs: ms(ticks.browserUi) };
}
