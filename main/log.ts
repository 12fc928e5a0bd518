/** One-line logging with a subsystem prefix (`usb: stick removed during read`). */
export type Logger = (message: string) => void;

/** A logger that prefixes every line with its subsystem and writes to stderr. */
export function createLogger(prefix: string): Logger {
  return (message) => {
    // Tests start many kiosks; BUURTKIOSK_QUIET keeps their output readable.
    if (process.env.BUURTKIOSK_QUIET) return;
    process.stderr.write(`${new Date().toISOString()} ${prefix}: ${message}\n`);
  };
}
