/**
 * Start-up: navigation start to the first slide's text painted, and first contentful paint, median of
 * cold loads each, beside a floor page (one element with the Brussels time from Intl in an inline
 * classic script) served by the same server in the same run, loads interleaved.
 */
import { coldLoad, median, type Phases } from './support/cold-load';
import { startBenchHost } from './support/host';
import type { Measurement } from './types';

/** The kiosk may take at most this multiple of the floor, on first text and on first paint. */
export const STARTUP_RATIO_TARGET = 1.5;
/** Cold loads of each page (at least 11, odd so the median is one load). */
const LOADS = 11;

export const measurement: Measurement = {
  name: 'startup',
  async run({ browser, quick, log }) {
    const loads = quick ? 5 : LOADS;
    const host = await startBenchHost();
    const app: number[] = [];
    const floor: number[] = [];
    const fcp: number[] = [];
    const floorFcp: number[] = [];
    const phases: Phases[] = [];
    const present: number[] = [];
    try {
      // One warm-up of each, not counted: the first context of a browser pays for process start-up.
      await coldLoad(browser, host.floorUrl);
      await coldLoad(browser, host.url);
      // Alternate, so a busy moment on the shared machine hits both series alike.
      for (let i = 0; i < loads; i++) {
        const floorLoad = await coldLoad(browser, host.floorUrl);
        floor.push(floorLoad.firstSlideMs);
        if (floorLoad.fcpMs !== null) floorFcp.push(floorLoad.fcpMs);
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
    const fcpMs = fcp.length ? median(fcp) : null;
    const floorFcpMs = floorFcp.length ? median(floorFcp) : null;
    const fcpRatio = fcpMs !== null && floorFcpMs !== null ? fcpMs / floorFcpMs : null;
    return {
      figures: [
        {
          name: `start-up: first slide painted (median of ${loads})`,
          value: round(appMs),
          unit: 'ms',
          target: `≤ ${STARTUP_RATIO_TARGET}× floor (${round(floorMs * STARTUP_RATIO_TARGET)} ms)`,
          pass: ratio <= STARTUP_RATIO_TARGET,
          note: `${ratio.toFixed(2)}× the floor; medians: ${describePhases(phases)}, slide laid out ${round(median(present))} ms`,
        },
        {
          name: `start-up: first contentful paint (median of ${loads})`,
          value: fcpMs === null ? null : round(fcpMs),
          unit: 'ms',
          target:
            floorFcpMs === null
              ? `≤ ${STARTUP_RATIO_TARGET}× floor`
              : `≤ ${STARTUP_RATIO_TARGET}× floor (${round(floorFcpMs * STARTUP_RATIO_TARGET)} ms)`,
          pass: fcpRatio === null ? false : fcpRatio <= STARTUP_RATIO_TARGET,
          note:
            fcpRatio === null
              ? 'no first-contentful-paint entry'
              : `${fcpRatio.toFixed(2)}× the floor's ${round(floorFcpMs ?? 0)} ms; as presented by the compositor`,
        },
        {
          name: `start-up: floor page (median of ${loads})`,
          value: round(floorMs),
          unit: 'ms',
          target: '',
          pass: null,
          note: `one element with Intl.DateTimeFormat('nl-BE', Europe/Brussels) time from an inline classic script, same server; its first contentful paint ${floorFcpMs === null ? '—' : `${round(floorFcpMs)} ms`}`,
        },
      ],
      details: { appMs: app, floorMs: floor, presentMs: present, fcpMs: fcp, floorFcpMs: floorFcp, phases },
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
