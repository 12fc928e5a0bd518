/**
 * The one web-platform global core/ uses. WHATWG URL exists in every runtime core runs in (Node, the
 * kiosk's Chromium, the editor's browser) but is not part of the ES library, and core/ compiles
 * against the ES library alone so that any other DOM or Node global is a compile error.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
}
