/**
 * Start-up: navigation start to the first slide's text painted, median of cold loads, beside a floor
 * page (one element with the Brussels time from Intl) served by the same server in the same run.
 */
import { coldLoad, median, type Phases } from './support/cold-load';
import { startBenchHost } from './support/host';
import type { Measurement } from './types';

/** The kiosk may take at most this multiple of the floor. */
export const STARTUP_RATIO_TARGET = 1.5;

export const measurement: Measurement = {
  name: 'startup',
  async run({ browser, quick, log }) {
    const loads = quick ? 5 : 10;
    const host = await startBenchHost();
    const app: number[] = [];
    const floor: number[] = [];
    const fcp: number[] = [];
    const phases: Phases[] = [];
    const present: number[] = [];
    try {
      // One warm-up of each, not counted: the first context of a browser pays for process start-up.
      await coldLoad(browser, host.floorUrl);
      await coldLoad(browser, host.url);
      // Alternate, so a busy moment on the shared machine hits both series alike.
      for (let i = 0; i < loads; i++) {
        floor.push((await coldLoad(browser, host.floorUrl)).firstSlideMs);
        const load = await coldLoad(browser, host.url);
        app.push(load.firstSlideMs);
        if (load.fcpMs !== null) fcp.push(load.fcpMs);
        phases.push(load.phases);
        present.push(load.presentMs);
        log(
          `startup ${i + 1}/${loads}: kiosk ${load.firstSlideMs.toFixed(0)} ms, floor ${floor.at(-1)!.toFixed(0)} ms`,
        );
      }
    } finally {
      await host.close();
    }
    const appMs = median(app);
    const floorMs = median(floor);
    const ratio = appMs / floorMs;
    return {
      figures: [
        {
          name: `start-up: first slide painted (median of ${loads})`,
          value: round(appMs),
          unit: 'ms',
          target: `≤ ${STARTUP_RATIO_TARGET}× floor (${round(floorMs * STARTUP_RATIO_TARGET)} ms)`,
          pass: ratio <= STARTUP_RATIO_TARGET,
          note: `${ratio.toFixed(2)}× the floor; medians: ${describePhases(phases)}, slide laid out ${round(median(present))} ms, first contentful paint (as presented) ${fcp.length ? `${round(median(fcp))} ms` : '—'}`,
        },
        {
          name: `start-up: floor page (median of ${loads})`,
          value: round(floorMs),
          unit: 'ms',
          target: '',
          pass: null,
          note: "one element with Intl.DateTimeFormat('nl-BE', Europe/Brussels) time, same server",
        },
      ],
      details: { appMs: app, floorMs: floor, presentMs: present, fcpMs: fcp, phases },
    };
  },
};

function round(ms: number): number {
  return Math.round(ms);
}

/** "HTML 12 ms, first-frame scripts 40 ms, content in the page" (medians). */
function describePhases(phases: Phases[]): string {
  const at = (pick: (p: Phases) => number | null) => {
    const values = phases.map(pick).filter((v): v is number => v !== null);
    return values.length ? `${round(median(values))} ms` : '—';
  };
  const fetched = phases.some((p) => p.apiStart !== null)
    ? `, content asked ${at((p) => p.apiStart)}, arrived ${at((p) => p.apiEnd)}`
    : ', content in the page';
  return `HTML ${at((p) => p.html)}, first-frame scripts ${at((p) => p.scripts)}${fetched}`;
}
