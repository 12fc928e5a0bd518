/** The small responses both handlers send: short Dutch text or JSON, with the common headers. */
import { COMMON_HEADERS } from './security-headers';

/** A plain-text answer; error bodies say what went wrong in words, never which file or why inside. */
export function textResponse(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...headers },
  });
}

/** A JSON answer; API answers change with every request, so none is cached. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...COMMON_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    },
  });
}

/** 405 with the methods that would have been answered, as RFC 9110 asks. */
export function methodNotAllowed(allow: string): Response {
  return textResponse(405, 'Methode niet toegestaan', { allow });
}

/** 421: the request names a host that is not ours (DNS rebinding, kiosk://evil/). */
export function misdirectedRequest(): Response {
  return textResponse(421, 'Onbekende host');
}

/** A bad request: the path or request line cannot be read. */
export function badRequest(): Response {
  return textResponse(400, 'Ongeldig verzoek');
}
