/** A Content-Security-Policy as a map of its directives: `script-src` → `'self' 'sha256-…'`. */
export function cspDirectives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values.join(' ')] as const;
      }),
  );
}
