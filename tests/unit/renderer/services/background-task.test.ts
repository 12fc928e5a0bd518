import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

/** The browser's task queue, run by hand: Chromium's scheduler.postTask, as the kiosk uses it. */
const queue: { task: () => void; priority: string; signal: AbortSignal | undefined }[] = [];
Object.assign(globalThis, {
  scheduler: {
    postTask(task: () => void, options: { priority: string; signal?: AbortSignal }): Promise<void> {
      return new Promise((resolve, reject) => {
        queue.push({ task: () => resolve(task()), priority: options.priority, signal: options.signal });
        options.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      });
    },
  },
});
// Loaded after the fake is in place: the module looks the scheduler up once.
const { stepsInBackground } = await import('../../../../renderer/services/background-task');

/** Runs the tasks queued so far (not those they queue); how many ran. */
function runQueued(): number {
  const due = queue.splice(0);
  const run = due.filter((entry) => !entry.signal?.aborted);
  for (const entry of run) entry.task();
  return run.length;
}

/** A generator that records each step it takes. */
function* counted(log: number[], parts: number): Generator<void, string> {
  for (let i = 1; i < parts; i++) {
    log.push(i);
    yield;
  }
  log.push(parts);
  return 'klaar';
}

describe('work in background steps', () => {
  it('takes one step per background task and hands over the result at the end', () => {
    const log: number[] = [];
    const results: string[] = [];
    stepsInBackground(counted(log, 3), (result) => results.push(result));
    assert.deepEqual(log, [], 'nothing runs in the caller’s task');
    assert.deepEqual(
      queue.map((entry) => entry.priority),
      ['background'],
    );
    runQueued();
    assert.deepEqual(log, [1], 'one step, then the next waits for a task of its own');
    runQueued();
    runQueued();
    assert.deepEqual(log, [1, 2, 3]);
    assert.deepEqual(results, ['klaar']);
    assert.equal(runQueued(), 0, 'nothing left');
  });

  it('runs no further step once cancelled, and never reports', () => {
    const log: number[] = [];
    const results: string[] = [];
    const cancel = stepsInBackground(counted(log, 3), (result) => results.push(result));
    runQueued();
    cancel();
    assert.equal(runQueued(), 0);
    assert.deepEqual(log, [1]);
    assert.deepEqual(results, []);
  });
});
