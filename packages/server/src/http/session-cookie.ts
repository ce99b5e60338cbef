import type { AppContextHono } from './app-env.ts';

export interface CookieOptions {
  readonly cookieSecure: boolean;
}

/**
 * `__Host-` pins the cookie to this exact host over TLS (no Domain, Path=/, Secure). On plain-http
 * loopback (COOKIE_SECURE=false) the prefix cannot be used without Secure, so the name drops it.
 */
export const sessionCookieName = (options: CookieOptions) =>
  options.cookieSecure ? '__Host-tend-session' : 'tend-session';

const maxAgeSeconds = 30 * 24 * 60 * 60;

function serialize(options: CookieOptions, value: string, maxAge: number): string {
  const secure = options.cookieSecure ? '; Secure' : '';
  return `${sessionCookieName(options)}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure}`;
}

export function setSessionCookie(c: AppContextHono, options: CookieOptions, value: string): void {
  c.header('set-cookie', serialize(options, value, maxAgeSeconds), { append: true });
}

export function clearSessionCookie(c: AppContextHono, options: CookieOptions): void {
  c.header('set-cookie', serialize(options, '', 0), { append: true });
}

/** The session cookie's raw value; our values need no decoding, anything odd is simply not a session. */
export function readSessionCookie(c: AppContextHono, options: CookieOptions): string | undefined {
  const name = sessionCookieName(options);
  for (const part of (c.req.header('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
