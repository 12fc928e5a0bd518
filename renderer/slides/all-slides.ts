/**
 * Defines every slide element. The rotation's first frame only needs the status slide
 * (render-slide.ts imports that one); the kiosk loads the rest after it (renderer/later.ts), the
 * editor's preview at once.
 */
import './kiosk-about-slide';
import './kiosk-activities-slide';
import './kiosk-announcement-slide';
import './kiosk-facebook-slide';
import './kiosk-services-slide';
import './kiosk-status-slide';
