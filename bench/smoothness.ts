/**
 * Smoothness: long tasks (≥ 50 ms) during slide transitions, fast-forwarded with the fake clock and
 * each left to finish its animation in real time. (The CPU the browser uses between changes is
 * bench/rest.ts; the same transitions on a 4× slower CPU are bench/throttled.ts.)
 */
import { transitionLongTasks } from './support/transitions';
import type { Measurement } from './types';

export const measurement: Measurement = {
  name: 'smoothness',
  async run({ browser, quick, log }) {
    const transitions = await transitionLongTasks(browser, {
      wanted: quick ? 20 : 100,
      label: 'smoothness',
      log,
    });
    return { figures: [transitions.figure], details: { transitions: transitions.details } };
  },
};
