/**
 * Time limits for everything done on one USB stick. A read from a hung device blocks one thread of
 * libuv's pool (4 by default, shared with the web host reading files) until the kernel gives up, and
 * racing the promise against a timer does not free that thread. So a guard runs one operation at a
 * time per stick, gives each a deadline, and after the first overrun refuses everything else on that
 * stick (quarantine): a bad stick holds at most one thread. Across all sticks, at most
 * MAX_STUCK_OPERATIONS may be stuck at once; beyond that no stick is touched until one returns.
 */

/** An operation on the stick did not finish in time; the stick is now quarantined. */
export class StickTimeoutError extends Error {
  constructor(readonly operation: string) {
    super(`usb: ${operation} did not finish in time`);
  }
}

/**
 * Nothing was started: this stick overran a deadline earlier (`this-stick`), or too many operations
 * on any sticks are stuck (`too-many-stuck`, not this stick's fault: try again later).
 */
export class StickQuarantinedError extends Error {
  constructor(
    readonly operation: string,
    readonly reason: 'this-stick' | 'too-many-stuck',
  ) {
    super(`usb: ${operation} not started (${reason})`);
  }
}

/** Every operation on a stick gets this long (a 1 MB chunk on a slow USB 2 stick takes under 1 s). */
const DEFAULT_DEADLINE_MS = 8000;
/** Stuck pool threads allowed in all: two of libuv's four stay free for the screen. */
export const MAX_STUCK_OPERATIONS = 2;

let stuckOperations = 0;

/** Operations that overran their deadline and have not returned yet, across all sticks. */
export function stuckOperationCount(): number {
  return stuckOperations;
}

export interface GuardOptions {
  deadlineMs?: number;
  /** Test seam: runs inside the guarded operation first, to make a stick slow or hang. */
  delay?: (operation: string) => Promise<void> | void;
}

/** One stick's operations: one at a time, each with a deadline, none after the first overrun. */
export class DeviceGuard {
  readonly deadlineMs: number;
  #delay: GuardOptions['delay'];
  #quarantined: string | null = null;
  #tail: Promise<unknown> = Promise.resolve();

  constructor(options: GuardOptions = {}) {
    this.deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    this.#delay = options.delay;
  }

  /** The operation that overran, or null while the stick answers. */
  get quarantinedBy(): string | null {
    return this.#quarantined;
  }

  /**
   * Runs `start` after the stick's previous operation and within the deadline. When it overruns, it
   * is left to finish on its own: `discard` then receives its late result (to close a file handle).
   */
  run<T>(operation: string, start: () => Promise<T>, discard?: (late: T) => void): Promise<T> {
    const turn = this.#tail.then(() => this.#runNow(operation, start, discard));
    this.#tail = turn.catch(() => undefined);
    return turn;
  }

  #runNow<T>(operation: string, start: () => Promise<T>, discard?: (late: T) => void): Promise<T> {
    if (this.#quarantined !== null) return Promise.reject(new StickQuarantinedError(operation, 'this-stick'));
    if (stuckOperations >= MAX_STUCK_OPERATIONS) {
      return Promise.reject(new StickQuarantinedError(operation, 'too-many-stuck'));
    }
    const delay = this.#delay;
    const work = (async () => {
      await delay?.(operation);
      return start();
    })();
    return new Promise<T>((resolve, reject) => {
      let overran = false;
      const timer = setTimeout(() => {
        overran = true;
        this.#quarantined = operation;
        stuckOperations++;
        reject(new StickTimeoutError(operation));
      }, this.deadlineMs);
      work.then(
        (value) => {
          clearTimeout(timer);
          if (!overran) return resolve(value);
          stuckOperations--;
          discard?.(value);
        },
        (err: unknown) => {
          clearTimeout(timer);
          if (!overran) return reject(err instanceof Error ? err : new Error(String(err)));
          stuckOperations--;
        },
      );
    });
  }
}

/** True for the errors that mean "this stick does not answer", as opposed to a file problem. */
export function isStickUnresponsive(err: unknown): err is StickTimeoutError | StickQuarantinedError {
  return err instanceof StickTimeoutError || err instanceof StickQuarantinedError;
}
