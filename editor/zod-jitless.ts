/**
 * Imported first by both editor entries: zod must not probe for `new Function` (its JIT), which the
 * editor's Content-Security-Policy forbids and which would log a CSP error on every page load.
 */
import { z } from 'zod';

z.config({ jitless: true });
