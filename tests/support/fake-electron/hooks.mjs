// Module resolve hook: 'electron' is the fake in ./electron.ts, resolved through the rest of the
// chain (tsx) so that its TypeScript gets loaded like any other test file.
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return next('./electron.ts', { ...context, parentURL: import.meta.url });
  return next(specifier, context);
}
