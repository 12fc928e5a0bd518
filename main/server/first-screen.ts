/**
 * Loads the server render of the first screen (renderer/ssr/first-screen.ts, built into
 * dist/ssr/first-screen.js) at run time, so main/ never imports renderer code. Whatever goes wrong,
 * loading or drawing, the answer is null and the page is served as before, drawn by app.js: the
 * screen is never blank because of it.
 */
import { pathToFileURL } from 'node:url';
import type { FirstScreen, RenderFirstScreen } from '../../core/api';
import type { Logger } from '../log';

/** The module's render function, guarded; null (with one log line) when it is missing or broken. */
export async function loadFirstScreen(file: string, log: Logger): Promise<RenderFirstScreen | null> {
  try {
    const module = (await import(pathToFileURL(file).href)) as { renderFirstScreen?: unknown };
    if (typeof module.renderFirstScreen !== 'function') throw new Error('renderFirstScreen ontbreekt');
    return guarded(module.renderFirstScreen as RenderFirstScreen, log);
  } catch (error) {
    log(`${file} is not usable (${messageOf(error)}); the page is drawn by app.js`);
    return null;
  }
}

/** `render` that answers null instead of throwing or returning something other than a first screen. */
export function guarded(render: RenderFirstScreen, log: Logger): RenderFirstScreen {
  return (payload, now) => {
    try {
      const screen: unknown = render(payload, now);
      if (screen === null || isFirstScreen(screen)) return screen;
      throw new Error('unexpected result');
    } catch (error) {
      log(`drawing the first screen failed (${messageOf(error)}); the page is drawn by app.js`);
      return null;
    }
  };
}

function isFirstScreen(value: unknown): value is FirstScreen {
  const screen = value as Partial<FirstScreen> | undefined;
  return (
    typeof screen?.html === 'string' &&
    screen.html.includes('<kiosk-app') &&
    Array.isArray(screen.styles) &&
    screen.styles.every((style) => typeof style === 'string')
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
