// Types for the pure encoder inside the `qrcode` package: importing it alone keeps the canvas and
// Node renderers (fs, pngjs) out of the renderer bundle.
declare module 'qrcode/lib/core/qrcode.js' {
  import type { QRCode, QRCodeOptions } from 'qrcode';
  export function create(text: string, options?: QRCodeOptions): QRCode;
}
