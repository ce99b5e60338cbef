import type { AppContextHono } from './app-env.ts';

export interface CookieOptions {
  readonly cookieSecure: boolean;
}

/**
 * `__Host-` pins a cookie to this exact host over TLS (no Domain, Path=/, Secure). On plain-http
 * loopback (COOKIE_SECURE=false) the prefix cannot be used without Secure, so the name drops it.
 */
const cookieName = (options: CookieOptions, base: string) => (options.cookieSecure ? `__Host-${base}` : base);

export const sessionCookieName = (options: CookieOptions) => cookieName(options, 'tend-session');
export const deviceCookieName = (options: CookieOptions) => cookieName(options, 'tend-device');

const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;
/** A device stays known for a year after its last sign-in. */
const deviceMaxAgeSeconds = 365 * 24 * 60 * 60;

function serialize(options: CookieOptions, name: string, value: string, maxAge: number): string {
  const secure = options.cookieSecure ? '; Secure' : '';
  return `${name}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure}`;
}

export function setSessionCookie(c: AppContextHono, options: CookieOptions, value: string): void {
  const line = serialize(options, sessionCookieName(options), value, sessionMaxAgeSeconds);
  c.header('set-cookie', line, { append: true });
}

export function clearSessionCookie(c: AppContextHono, options: CookieOptions): void {
  c.header('set-cookie', serialize(options, sessionCookieName(options), '', 0), { append: true });
}

export function setDeviceCookie(c: AppContextHono, options: CookieOptions, value: string): void {
  const line = serialize(options, deviceCookieName(options), value, deviceMaxAgeSeconds);
  c.header('set-cookie', line, { append: true });
}

export function clearDeviceCookie(c: AppContextHono, options: CookieOptions): void {
  c.header('set-cookie', serialize(options, deviceCookieName(options), '', 0), { append: true });
}

/** A cookie's raw value; our values need no decoding, anything odd is simply not ours. */
function readCookie(c: AppContextHono, name: string): string | undefined {
  for (const part of (c.req.header('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export const readSessionCookie = (c: AppContextHono, options: CookieOptions) =>
  readCookie(c, sessionCookieName(options));

export const readDeviceCookie = (c: AppContextHono, options: CookieOptions) =>
  readCookie(c, deviceCookieName(options));
