import { createElement, type ComponentType, type ReactNode } from 'react';
import type { LazyScreen } from './lazy-screen.ts';
import { pathPattern, type PathParams } from './path-pattern.ts';

/**
 * Who may see a route: `vault` only while the vault is open (the default), `open` in every state
 * (Support now, About), `door` only while it is closed (welcome, unlock), `writable` while the vault
 * is open and while it is locked, for writing into the locked inbox (Pause, a new entry, kindness).
 */
export type RouteAccess = 'vault' | 'open' | 'door' | 'writable';

export interface RouteOptions<S extends string> {
  readonly access?: RouteAccess;
  /** The main navigation's section the route belongs to, marked as the current page there. */
  readonly section?: S;
  /** A step-by-step flow (Pause, meeting a part, a check-in): it has the screen to itself. */
  readonly isFlow?: boolean;
}

/** One row of a route table: its name, its path pattern and its screen. */
export interface RouteEntry<N extends string, P extends string, S extends string> {
  readonly name: N;
  readonly pattern: P;
  readonly hasParams: boolean;
  readonly access: RouteAccess;
  readonly section: S | null;
  readonly isFlow: boolean;
  /** Reads a path of this route, or null when the path belongs to another. */
  read(path: string): ({ readonly name: N } & PathParams<P>) | null;
  /** The route's path with the given values in its named pieces. */
  path(values: Readonly<Record<string, string>>): string;
  /**
   * The route's screen for these values, or null for a door (the shell shows the doors itself) or
   * values that do not fit the pattern.
   */
  show(values: Readonly<Record<string, string>>): ReactNode;
  /** Loads the route's screen ahead of its first showing (nothing to do for one in the first load). */
  preload(): Promise<void>;
}

/** A table row: `screen` receives the pattern's named pieces as props, checked by the compiler. */
export function route<const N extends string, const P extends string, const S extends string = never>(
  name: N,
  pattern: P,
  screen: ComponentType<PathParams<P>> | LazyScreen<PathParams<P>> | null,
  options: RouteOptions<S> = {},
): RouteEntry<N, P, S> {
  const paths = pathPattern(pattern);
  const read = (path: string) => {
    const params = paths.match(path);
    return params ? { ...params, name } : null;
  };
  return {
    name,
    pattern,
    hasParams: paths.hasParams,
    access: options.access ?? 'vault',
    section: options.section ?? null,
    isFlow: options.isFlow ?? false,
    read,
    path: (values) => paths.build(values),
    show(values) {
      // Built and read again, so a screen only ever receives values its pattern accepts.
      const params = paths.match(paths.build(values));
      return screen && params ? createElement(screen, params) : null;
    },
    preload: async () => {
      if (screen && 'preload' in screen) await screen.preload();
    },
  };
}
