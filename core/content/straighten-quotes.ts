/**
 * The editor's one-click fix for Word's and Outlook's curly quotes: only the quotes that stand where
 * JSON needs a straight " are replaced, found by the parser itself; curly quotes and apostrophes
 * inside a text (`"De “kleine” vragen"`, `"’t Keur"`) stay as they are.
 */
import { CURLY_QUOTES, parseJsonText } from './json-parser';
import { JSON_LIMITS } from './safe-json';

/** The text with those quotes straightened, and how many were replaced (0: nothing to do). */
export function straightenQuotes(text: string): { text: string; replaced: number } {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let fixed = text;
  let replaced = 0;
  // Each round fixes the quote the parser stops at (and its partner); a file has few of them.
  for (let round = 0; round < 1000; round++) {
    const outcome = parseJsonText(fixed, JSON_LIMITS, start);
    if (outcome.ok) break;
    const { issue, at } = outcome.error;
    if (issue.kind === 'curly-quote') {
      const partner = closingPartner(fixed, at);
      fixed = replaceAt(fixed, at);
      if (partner !== null) fixed = replaceAt(fixed, partner);
      replaced += partner === null ? 1 : 2;
    } else if (issue.kind === 'curly-quote-end') {
      fixed = replaceAt(fixed, at);
      replaced += 1;
    } else {
      break;
    }
  }
  return { text: fixed, replaced };
}

/**
 * The curly quote that closes the one opening at `at`: on the same line, followed by what may follow
 * a key or value (, : } ] or the line's end); else simply the next curly quote.
 */
function closingPartner(text: string, at: number): number | null {
  const lineEnd = text.indexOf('\n', at);
  const end = lineEnd === -1 ? text.length : lineEnd;
  let first: number | null = null;
  for (let i = at + 1; i < end; i++) {
    if (!CURLY_QUOTES.has(text.charAt(i))) continue;
    first ??= i;
    if (/^\s*([,:}\]]|$)/.test(text.slice(i + 1, end))) return i;
  }
  return first;
}

function replaceAt(text: string, at: number): string {
  return `${text.slice(0, at)}"${text.slice(at + 1)}`;
}
