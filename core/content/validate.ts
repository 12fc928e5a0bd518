/**
 * Validation of content.json: every problem, in Dutch, with its line and its place in words; from a
 * file, at most MAX_PROBLEMS and then how many more, since a stick may hold 150,000 of them. Same
 * code in kiosk, CLI and editor.
 */
import type { Problem } from './problem';
import { MAX_PROBLEMS } from './problem-cap';
import { placeOf } from './place';
import { contentSchema, storedContentSchema, type Content } from './schema';
import { validateJsonText, validateValue } from './validate-text';

/** `parsed`: the file's value as read, when it could be (see Validation in validate-text.ts). */
export type ValidationResult =
  { ok: true; content: Content } | { ok: false; problems: Problem[]; parsed?: unknown };

/**
 * Validates already-parsed JSON (the editor's draft); problems are named by their place. All of them:
 * the editor built the draft and marks each field, so it is not capped here.
 */
export function validateContent(value: unknown): ValidationResult {
  const result = validateValue(contentSchema, value, placeOf);
  return result.ok ? { ok: true, content: result.value } : result;
}

/** Parses and validates the text of a content.json; problems carry line and place, sorted by line. */
export function validateContentText(text: string): ValidationResult {
  const result = validateJsonText(contentSchema, text, placeOf, MAX_PROBLEMS);
  return result.ok ? { ok: true, content: result.value } : result;
}

/**
 * A content.json the kiosk stored under an earlier release, read back at start: the rules it was
 * accepted under, without those added since (see storedContentSchema).
 */
export function validateStoredContentText(text: string): ValidationResult {
  const result = validateJsonText(storedContentSchema, text, placeOf, MAX_PROBLEMS);
  return result.ok ? { ok: true, content: result.value } : result;
}
