import { useMemo, type ReactNode } from 'react';
import { useRouter } from '../router/router.tsx';
import { routes, type NavSection } from './routes.ts';

type Entry = (typeof routes)[number];
type NotFound = { readonly name: 'not-found' };

/** A path read against the table: the route's name and its named pieces (`{ name: 'part', id }`). */
export type Route = NonNullable<ReturnType<Entry['read']>> | NotFound;
export type RouteName = Route['name'];

const byName: ReadonlyMap<string, Entry> = new Map(routes.map((entry) => [entry.name, entry]));
// Fixed paths first, so '/parts/new' is never read as the part with the id "new".
const byPrecedence: readonly Entry[] = [
  ...routes.filter((entry) => !entry.hasParams),
  ...routes.filter((entry) => entry.hasParams),
];

/** Reads a pathname; a trailing slash is forgiven, anything unknown is "not-found". */
export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  for (const entry of byPrecedence) {
    const route = entry.read(path);
    if (route) return route;
  }
  return { name: 'not-found' };
}

export function routePath(route: Route): string {
  return byName.get(route.name)?.path(route) ?? '/';
}

export type VaultGate = 'none' | 'locked' | 'unlocked';

/**
 * What to show for a route in a given vault state. A private path asked for while locked shows the
 * unlock screen in place, so the person lands where they meant to go once the vault opens; the few
 * screens that write into the locked inbox show while locked too.
 */
export function gateRoute(route: Route, gate: VaultGate): RouteName {
  const access = byName.get(route.name)?.access ?? 'vault';
  if (access === 'open') return route.name;
  if (gate === 'none') return 'welcome';
  if (gate === 'locked') return access === 'writable' ? route.name : 'unlock';
  if (access === 'door') return 'home';
  return route.name;
}

/** The main navigation's section a route belongs to, if any. */
export function sectionOf(route: Route): NavSection | null {
  return byName.get(route.name)?.section ?? null;
}

/** Whether a route's screen is open to everyone, with or without a vault (Support now, About). */
export function isOpenRoute(route: Route): boolean {
  return byName.get(route.name)?.access === 'open';
}

/** Whether a route is a step-by-step flow, shown without the main navigation. */
export function isFlowRoute(route: Route): boolean {
  return byName.get(route.name)?.isFlow ?? false;
}

/**
 * The screen for a route as the gate lets it through: the route's own, or the one the gate chose in
 * its place (home for a door). Null for "not-found" and for the doors, which the shell shows itself.
 */
export function showRoute(route: Route, gate: VaultGate): ReactNode {
  const shown = gateRoute(route, gate);
  const values = shown === route.name ? route : {};
  return byName.get(shown)?.show(values) ?? null;
}

/** Loads ahead the screen showRoute would show for this route in this state, if it has its own chunk. */
export async function preloadRoute(route: Route, gate: VaultGate): Promise<void> {
  await byName.get(gateRoute(route, gate))?.preload();
}

/** The route of the current path. */
export function useRoute(): Route {
  const { path } = useRouter();
  return useMemo(() => matchRoute(path), [path]);
}
