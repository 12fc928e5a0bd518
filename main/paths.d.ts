/** The package root (holds package.json, data/ and dist/), found from this file in source or bundle. */
export declare function findAppRoot(from?: string): string;
export declare const appRoot: string;
/** The bundled sample content shown until the first import. */
export declare const sampleContentDir: any;
/** The built renderer (index.html, app.js, fonts). */
export declare const rendererDistDir: any;
/** The per-user data folder, as Electron's userData would be: $XDG_CONFIG_HOME/buurtkiosk. */
export declare function userDataDir(env?: NodeJS.ProcessEnv): string;
