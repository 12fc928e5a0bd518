/** Whether the visitor's system asks for less motion (then slides cut instead of sliding). */

/** True when `prefers-reduced-motion: reduce` matches right now. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
