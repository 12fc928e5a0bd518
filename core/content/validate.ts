/** Validation of content.json: every problem, in Dutch, with its line and its place in words. Same code in kiosk, CLI and editor. */
import type { Problem } from './problem';
import { placeOf } from './place';
import { contentSchema, storedContentSchema, type Content } from './schema';
import { validateJsonText, validateValue } from './validate-text';

export type ValidationResult = { ok: true; content: Content } | { ok: false; problems: Problem[] };

/** Validates already-parsed JSON (the editor's draft); problems are named by their place. */
export function validateContent(value: unknown): ValidationResult {
  const result = validateValue(contentSchema, value, placeOf);
  return result.ok ? { ok: true, content: result.value } : result;
}

/** Parses and validates the text of a content.json; problems carry line and place, sorted by line. */
export function validateContentText(text: string): ValidationResult {
  const result = validateJsonText(contentSchema, text, placeOf);
  return result.ok ? { ok: true, content: result.value } : result;
}

/**
 * A content.json the kiosk stored under an earlier release, read back at start: the rules it was
 * accepted under, without those added since (see storedContentSchema).
 */
export function validateStoredContentText(text: string): ValidationResult {
  const result = validateJsonText(storedContentSchema, text, placeOf);
  return result.ok ? { ok: true, content: result.value } : result;
}
