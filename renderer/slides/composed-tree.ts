/**
 * Visits `root` and every node under it, in document order, going into each element's shadow root
 * (before its light children): what a slide shows includes the words inside its child elements,
 * such as a buurtpunt's status block.
 */
export function visitComposed(root: Node, visit: (node: Node) => void): void {
  visit(root);
  if (root instanceof Element && root.shadowRoot) visitComposed(root.shadowRoot, visit);
  for (let child = root.firstChild; child; child = child.nextSibling) visitComposed(child, visit);
}
