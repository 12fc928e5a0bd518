/** The one rule for a file name inside a content folder, on a stick, in the store and in a manifest. */

/**
 * A relative path with forward slashes: not empty, no leading `/`, no `\`, NUL or `:` (a Windows
 * drive), no empty, `.` or `..` parts. Such a path can only name something inside its folder.
 */
export function isPlainRelativePath(p: string): boolean {
  return (
    p !== '' &&
    p.length <= 400 &&
    !p.startsWith('/') &&
    !/[\\\0:]/.test(p) &&
    !p.split('/').some((s) => s === '' || s === '.' || s === '..')
  );
}
