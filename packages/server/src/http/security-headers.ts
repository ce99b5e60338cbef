import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

/** No inline script or style anywhere: the web app ships only files from its own origin. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the browser compile Argon2id's WebAssembly; it allows no JavaScript eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const always: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/** On every response, API and static alike. HSTS only where the cookie is Secure (served over TLS). */
export function securityHeaders(options: { hsts: boolean }): MiddlewareHandler<AppEnv> {
  const headers = Object.entries({
    ...always,
    ...(options.hsts ? { 'strict-transport-security': 'max-age=31536000' } : {}),
  });
  return async (c, next) => {
    await next();
    const { headers: target } = c.res;
    for (const [name, value] of headers) target.set(name, value);
  };
}

/** API answers are personal (sealed records, key bundles): no cache may keep them. */
export function noStore(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.res.headers.set('cache-control', 'no-store');
  };
}
