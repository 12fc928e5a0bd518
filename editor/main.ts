/**
 * Entry of beheer.html. The same script also runs the preview frame (a srcdoc copy of itself with
 * `data-role="preview"` on its body), so the single file carries the code only once.
 */
import './zod-jitless';
import './editor-app';
import { startPreview } from './preview/preview-main';

if (document.body.dataset.role === 'preview') startPreview();
