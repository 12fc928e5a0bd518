/** A port that is already in use, said in Dutch with how to pick another (`npm start` a second time). */

/** Thrown instead of EADDRINUSE; its message is for the person at the terminal. */
export class PortTakenError extends Error {
  constructor(readonly port: number) {
    super(
      `Poort ${port} is al in gebruik: draait buurtkiosk al in een ander venster? Stop het daar met Ctrl-C, ` +
        `of kies een andere poort met --port, bv. "npm start -- --port ${port + 1}" of "buurtkiosk serve --port ${port + 1}".`,
    );
  }
}

/** Runs `listen`; a port in use becomes a PortTakenError. */
export async function explainTakenPort<T>(port: number, listen: () => Promise<T>): Promise<T> {
  try {
    return await listen();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortTakenError(port);
    throw err;
  }
}
