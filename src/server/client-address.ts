import type { IncomingMessage } from 'node:http';

/**
 * Who a request comes from, for counting failed token checks per client. Behind a trusted
 * reverse proxy every connection is the proxy's, so the address it appended last to
 * X-Forwarded-For is taken instead (earlier entries are the client's own say, and may be forged).
 */
export function clientAddress(request: Request, req: IncomingMessage | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',').map((entry) => entry.trim()).filter(Boolean).at(-1);
    if (forwarded) return forwarded;
  }
  // yoga.fetch (tests, no socket) has no address: such requests share one counter.
  return req?.socket.remoteAddress ?? 'unknown';
}
