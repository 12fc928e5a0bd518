/** Finds a form field by its problem path, looking inside the shadow roots of the editor's elements. */

/** The first element under `root` (through open shadow roots) with `data-path` equal to `path`. */
export function findFieldElement(root: ParentNode, path: string): HTMLElement | null {
  const selector = `[data-path="${CSS.escape(path)}"]`;
  const direct = root.querySelector<HTMLElement>(selector);
  if (direct) return direct;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const found = findFieldElement(el.shadowRoot, path);
      if (found) return found;
    }
  }
  return null;
}
