/**
 * The code a drawn page starts the app with (renderer/after-paint.ts, built as a classic script into
 * after-paint.js), read once for the handler to put into the page itself (main/server/index-page.ts).
 * Inline, it costs the first paint no request and no module compile, and it listens for a visitor's
 * touch before the drawn screen is even painted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The script's text; null when the file is missing or unreadable, or would end its <script> element
 * early. Without it the handler draws nothing: app.js then draws the page, so a screen is never
 * left drawn with no app to take it over.
 */
export function readAfterPaintScript(rendererDir: string): string | null {
  try {
    const code = readFileSync(path.join(rendererDir, 'after-paint.js'), 'utf8');
    return code.trim() === '' || /<\/script|<!--/i.test(code) ? null : code;
  } catch {
    return null;
  }
}
