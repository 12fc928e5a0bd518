/**
 * One careful GET of a publication file: conditional (If-None-Match / If-Modified-Since), redirects
 * followed by hand under redirect-policy.ts, the body streamed with a byte cap and aborted past it, a
 * deadline for the whole request and for every silence (a server trickling a byte at a time is cut
 * off), no content encoding accepted that was not asked for (a 1 KB gzip bomb never unpacks), no
 * cookies, and the update address's credentials sent only to its own origin.
 */
import type { UpdateAddress } from './update-address';
import { judgeRedirect, MAX_REDIRECTS } from './redirect-policy';

/** What a server said about the copy we hold: sent back so an unchanged file costs a 304. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** Time limits of one request. */
export interface HttpTimeouts {
  /** The whole request, redirects included. */
  totalMs: number;
  /** Longest silence: before the answer starts, and between two parts of the body. */
  idleMs: number;
}

export interface GetRequest {
  address: UpdateAddress;
  url: URL;
  /** More bytes than this and the download is aborted. */
  maxBytes: number;
  validators?: Validators | null;
  timeouts: HttpTimeouts;
  userAgent: string;
  /** Aborts the request (the kiosk is stopping). */
  signal?: AbortSignal;
}

/**
 * `unreachable`: no answer, a timeout or a server error (worth trying again later); `too-big`: more
 * bytes than `maxBytes`; `refused`: another answer the kiosk will not take (a refused redirect, an
 * encoding, a status like 403).
 */
export type GetFailure = 'unreachable' | 'too-big' | 'refused';

export type GetResult =
  | { kind: 'ok'; bytes: Buffer; validators: Validators; contentType: string }
  | { kind: 'not-modified' }
  /** 404 or 410: the file is not (or no longer) there. */
  | { kind: 'missing' }
  /** `detail` is one line of Dutch for the staff view; `status` the HTTP status that said no, if any. */
  | { kind: 'failed'; failure: GetFailure; detail: string; status?: number };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Fetches one file; never throws (a stop through `signal` ends as `unreachable`). */
export async function httpGet(req: GetRequest): Promise<GetResult> {
  const watch = new Watchdog(req.timeouts, req.signal);
  try {
    return await getFollowingRedirects(req, watch);
  } catch (err) {
    return {
      kind: 'failed',
      failure: 'unreachable',
      detail: watch.reason() ?? networkError(err, req.address.authorization !== null),
    };
  } finally {
    watch.stop();
  }
}

async function getFollowingRedirects(req: GetRequest, watch: Watchdog): Promise<GetResult> {
  let url = req.url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await fetch(url, {
      method: 'GET',
      redirect: 'manual',
      credentials: 'omit',
      headers: requestHeaders(req, url),
      signal: watch.signal,
    });
    watch.heard();
    if (!REDIRECT_STATUSES.has(response.status)) return readResponse(response, req, watch);
    await response.body?.cancel().catch(() => undefined);
    const verdict = judgeRedirect(response.headers.get('location'), url, req.address.base);
    if (!verdict.ok) return refused(`de server stuurt door met ${verdict.reason}; niet gevolgd`);
    url = verdict.url;
  }
  return refused(`de server blijft doorverwijzen (meer dan ${MAX_REDIRECTS} keer); niet gevolgd`);
}

function requestHeaders(req: GetRequest, url: URL): Record<string, string> {
  const headers: Record<string, string> = {
    accept: '*/*',
    'accept-encoding': 'identity',
    'user-agent': req.userAgent,
  };
  if (req.validators?.etag) headers['if-none-match'] = req.validators.etag;
  if (req.validators?.lastModified) headers['if-modified-since'] = req.validators.lastModified;
  // Credentials go to the configured server only, never to wherever it redirects.
  if (req.address.authorization && url.origin === req.address.base.origin) {
    headers.authorization = req.address.authorization;
  }
  return headers;
}

async function readResponse(response: Response, req: GetRequest, watch: Watchdog): Promise<GetResult> {
  const status = response.status;
  if (status !== 200) {
    await response.body?.cancel().catch(() => undefined);
    if (status === 304 && req.validators) return { kind: 'not-modified' };
    if (status === 404 || status === 410) return { kind: 'missing' };
    if (status >= 500 || status === 408 || status === 429) {
      return {
        kind: 'failed',
        failure: 'unreachable',
        detail: `de server heeft een probleem (HTTP ${status})`,
      };
    }
    return { kind: 'failed', failure: 'refused', detail: `de server weigert (HTTP ${status})`, status };
  }
  const encoding = response.headers.get('content-encoding')?.trim().toLowerCase() ?? 'identity';
  if (encoding !== 'identity' && encoding !== '') {
    await response.body?.cancel().catch(() => undefined);
    return refused(`de server stuurt de gegevens ingepakt (${encoding}) terwijl daar niet om gevraagd werd`);
  }
  const declared = Number(response.headers.get('content-length') ?? 'NaN');
  if (declared > req.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return tooBig(req.maxBytes);
  }
  const bytes = await readCapped(response, req.maxBytes, watch);
  if (bytes === 'too-big') return tooBig(req.maxBytes);
  return {
    kind: 'ok',
    bytes,
    validators: {
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    },
    contentType: response.headers.get('content-type') ?? '',
  };
}

/** Reads the body up to `maxBytes`; cancels the download as soon as it goes past. */
async function readCapped(
  response: Response,
  maxBytes: number,
  watch: Watchdog,
): Promise<Buffer | 'too-big'> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    watch.heard();
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-big';
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function tooBig(maxBytes: number): GetResult {
  return {
    kind: 'failed',
    failure: 'too-big',
    detail: `het bestand is groter dan toegelaten (hoogstens ${sizeWords(maxBytes)})`,
  };
}

function refused(detail: string): GetResult {
  return { kind: 'failed', failure: 'refused', detail };
}

/** "4 kB", "10 MB". */
export function sizeWords(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * Certificate errors that mean the kiosk's own clock or network, not the server, may be at fault:
 * a Pi without a time server starts at the time it was switched off (a certificate renewed since is
 * "not yet valid" to it), and school or company networks that inspect https sign with their own
 * authority. The signature on the publication protects the content either way, so http:// may do.
 */
const HTTP_ADVICE = '; een http://-adres mag ook, de inhoud is ondertekend';

const CERTIFICATE_WORDS: Readonly<Record<string, string>> = {
  CERT_NOT_YET_VALID:
    'het certificaat van de server is volgens de klok van deze kiosk nog niet geldig: loopt de klok van de kiosk achter? (https)',
  CERT_HAS_EXPIRED: 'het certificaat van de server is verlopen, of de klok van deze kiosk loopt voor (https)',
  SELF_SIGNED_CERT_IN_CHAIN:
    'het certificaat van de server wordt niet vertrouwd (onderschept het netwerk https, zoals op een school of in een bedrijf?)' +
    HTTP_ADVICE,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    'het certificaat van de server wordt niet vertrouwd (onderschept het netwerk https, zoals op een school of in een bedrijf?)' +
    HTTP_ADVICE,
  DEPTH_ZERO_SELF_SIGNED_CERT: 'de server gebruikt een zelfgemaakt certificaat (https)' + HTTP_ADVICE,
  ERR_TLS_CERT_ALTNAME_INVALID:
    'het certificaat van de server hoort bij een andere naam dan die in het adres (https)',
};

/** A network error in a few words of Dutch, from the error's cause code. */
export function networkError(err: unknown, withPassword = false): string {
  const code = codeOf(err);
  const certificate = code === undefined ? undefined : CERTIFICATE_WORDS[code];
  // Over http:// a password in the address would travel in the clear: no such advice then.
  if (certificate) return withPassword ? certificate.replace(HTTP_ADVICE, '') : certificate;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return 'de naam van de server is onbekend (geen netwerk, of een tikfout in het adres)';
  }
  if (code === 'ECONNREFUSED') return 'de server weigert de verbinding';
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return 'geen netwerkverbinding met de server';
  if (code?.includes('CERT') || code?.startsWith('ERR_TLS') || code?.startsWith('ERR_SSL')) {
    return 'het certificaat van de server is niet geldig (https)';
  }
  return 'de verbinding met de server viel weg';
}

function codeOf(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * Aborts the request at the total deadline or after `idleMs` without a sign of life, and when the
 * caller's signal fires; remembers which, for the message.
 */
class Watchdog {
  readonly #controller = new AbortController();
  readonly #total: ReturnType<typeof setTimeout>;
  #idle: ReturnType<typeof setTimeout> | null = null;
  #reason: string | null = null;
  readonly #onStop = () => this.#abort('de kiosk stopte met kijken');

  constructor(
    private readonly timeouts: HttpTimeouts,
    private readonly outer: AbortSignal | undefined,
  ) {
    this.#total = setTimeout(() => this.#abort('de server antwoordt niet op tijd'), timeouts.totalMs);
    this.heard();
    if (outer?.aborted) this.#onStop();
    outer?.addEventListener('abort', this.#onStop);
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** A sign of life: the idle deadline starts again. */
  heard(): void {
    if (this.#idle) clearTimeout(this.#idle);
    this.#idle = setTimeout(() => this.#abort('de server zwijgt te lang'), this.timeouts.idleMs);
  }

  reason(): string | null {
    return this.#reason;
  }

  stop(): void {
    clearTimeout(this.#total);
    if (this.#idle) clearTimeout(this.#idle);
    this.outer?.removeEventListener('abort', this.#onStop);
  }

  #abort(reason: string): void {
    this.#reason ??= reason;
    this.#controller.abort();
  }
}
