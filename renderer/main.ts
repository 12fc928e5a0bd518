/** Renderer entry: defines the elements; index.html holds <kiosk-app>. */
import './kiosk-app';
