/**
 * Everything the first slide does not need: touch mode, the staff overlays and the other slide
 * types. Loaded after the first frame (renderer/main.ts), so start-up parses and runs less script;
 * until it arrives the elements are plain unknown tags, upgraded in place when it does. Of the staff
 * status page only its opening gestures come here: the page is a chunk of its own, loaded when staff
 * first open it (kiosk-staff-view.ts).
 */
import './interactive/kiosk-interactive';
import './kiosk-notice';
import './kiosk-staff-view';
import './slides/all-slides';
