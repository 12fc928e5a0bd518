/** The Electron host's log: every logger line into <userData>/logs/buurtkiosk.log, plus renderer errors. */
import path from 'node:path';
import type { WebContents } from 'electron';
import { createLogger, rotatingFileSink, setLogFile } from '../log';

/** The log file of a user data folder. */
export function logFileOf(userData: string): string {
  return path.join(userData, 'logs', 'buurtkiosk.log');
}

/** Starts writing every logger's lines to the rotating log file. */
export function setupLogFile(userData: string): void {
  setLogFile(rotatingFileSink(logFileOf(userData)));
}

/** Renderer warnings and errors (a slide that throws, a CSP violation) go to the same log. */
export function setupRendererLog(contents: WebContents): void {
  const log = createLogger('renderer');
  contents.on('console-message', (event) => {
    if (event.level === 'error' || event.level === 'warning') {
      log(`${event.level}: ${event.message} (${event.sourceId}:${event.lineNumber})`);
    }
  });
}
