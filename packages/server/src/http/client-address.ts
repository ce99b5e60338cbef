import type { AppContextHono } from './app-env.ts';

/**
 * The address rate limits count per. Behind a proxy you run (TRUST_PROXY=true) it is the last
 * X-Forwarded-For hop, the one your proxy added; otherwise the socket's peer.
 */
export function clientAddress(c: AppContextHono, options: { trustProxy: boolean }): string {
  if (options.trustProxy) {
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',');
    const last = hops.at(-1)?.trim();
    if (last) return last;
  }
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
