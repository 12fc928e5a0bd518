// Resolves `import ... from 'electron'` to the recording fake, for the main-process boot test.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
