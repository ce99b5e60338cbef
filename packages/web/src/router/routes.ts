/** The app's paths, parsed and built in one place so links and screens cannot drift apart. */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'welcome' }
  | { readonly name: 'unlock' }
  | { readonly name: 'journal' }
  | { readonly name: 'journal-new' }
  | { readonly name: 'journal-entry'; readonly id: string }
  | { readonly name: 'parts' }
  | { readonly name: 'parts-new' }
  | { readonly name: 'parts-map' }
  | { readonly name: 'part'; readonly id: string }
  | { readonly name: 'part-edit'; readonly id: string }
  | { readonly name: 'part-meet'; readonly id: string }
  | { readonly name: 'part-story'; readonly id: string }
  | { readonly name: 'meet' }
  | { readonly name: 'grief' }
  | { readonly name: 'grief-new' }
  | { readonly name: 'grief-entry'; readonly id: string }
  | { readonly name: 'pause' }
  | { readonly name: 'pause-resume'; readonly id: string }
  | { readonly name: 'resources' }
  | { readonly name: 'patterns' }
  | { readonly name: 'pattern'; readonly id: string }
  | { readonly name: 'people' }
  | { readonly name: 'people-new' }
  | { readonly name: 'people-web' }
  | { readonly name: 'person'; readonly id: string }
  | { readonly name: 'person-edit'; readonly id: string }
  | { readonly name: 'person-check-in'; readonly id: string }
  | { readonly name: 'settings' }
  | { readonly name: 'practitioner' }
  | { readonly name: 'practitioner-session' }
  | { readonly name: 'practitioner-log' }
  | { readonly name: 'connect' }
  | { readonly name: 'practice' }
  | { readonly name: 'practice-client'; readonly id: string }
  | { readonly name: 'support' }
  | { readonly name: 'about' }
  | { readonly name: 'not-found' };

export type RouteName = Route['name'];

const fixedPaths: Record<string, Route> = {
  '/': { name: 'home' },
  '/welcome': { name: 'welcome' },
  '/unlock': { name: 'unlock' },
  '/journal': { name: 'journal' },
  '/journal/new': { name: 'journal-new' },
  '/parts': { name: 'parts' },
  '/parts/new': { name: 'parts-new' },
  '/parts/map': { name: 'parts-map' },
  '/meet': { name: 'meet' },
  '/grief': { name: 'grief' },
  '/grief/new': { name: 'grief-new' },
  '/pause': { name: 'pause' },
  '/resources': { name: 'resources' },
  '/patterns': { name: 'patterns' },
  '/people': { name: 'people' },
  '/people/new': { name: 'people-new' },
  '/people/web': { name: 'people-web' },
  '/settings': { name: 'settings' },
  '/practitioner': { name: 'practitioner' },
  '/practitioner/session': { name: 'practitioner-session' },
  '/practitioner/log': { name: 'practitioner-log' },
  '/connect': { name: 'connect' },
  '/practice': { name: 'practice' },
  '/support': { name: 'support' },
  '/about': { name: 'about' },
};

const entryPath = /^\/journal\/([0-9a-zA-Z-]{1,64})$/;
const partPath = /^\/parts\/([0-9a-zA-Z-]{1,64})(?:\/(edit|meet|story))?$/;
const griefPath = /^\/grief\/([0-9a-zA-Z-]{1,64})$/;
const patternPath = /^\/patterns\/([0-9a-zA-Z-]{1,64})$/;
const pausePath = /^\/pause\/([0-9a-zA-Z-]{1,64})$/;
const personPath = /^\/people\/([0-9a-zA-Z-]{1,64})(?:\/(edit|check-in))?$/;
const practiceClientPath = /^\/practice\/clients\/([0-9a-zA-Z-]{1,64})$/;
const partPages = { edit: 'part-edit', meet: 'part-meet', story: 'part-story' } as const;

/** Reads a pathname; a trailing slash is forgiven, anything unknown is "not-found". */
export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  const fixed = fixedPaths[path];
  if (fixed) return fixed;
  const entry = entryPath.exec(path);
  if (entry?.[1]) return { name: 'journal-entry', id: entry[1] };
  const part = partPath.exec(path);
  if (part?.[1]) {
    const page = part[2];
    const name = page === 'edit' || page === 'meet' || page === 'story' ? partPages[page] : 'part';
    return { name, id: part[1] };
  }
  const grief = griefPath.exec(path);
  if (grief?.[1]) return { name: 'grief-entry', id: grief[1] };
  const pause = pausePath.exec(path);
  if (pause?.[1]) return { name: 'pause-resume', id: pause[1] };
  const pattern = patternPath.exec(path);
  if (pattern?.[1]) return { name: 'pattern', id: pattern[1] };
  const person = personPath.exec(path);
  if (person?.[1]) {
    const page = person[2];
    const name = page === 'edit' ? 'person-edit' : page === 'check-in' ? 'person-check-in' : 'person';
    return { name, id: person[1] };
  }
  const client = practiceClientPath.exec(path);
  if (client?.[1]) return { name: 'practice-client', id: client[1] };
  return { name: 'not-found' };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'home':
      return '/';
    case 'journal-new':
      return '/journal/new';
    case 'journal-entry':
      return `/journal/${encodeURIComponent(route.id)}`;
    case 'parts-new':
      return '/parts/new';
    case 'parts-map':
      return '/parts/map';
    case 'part':
      return `/parts/${encodeURIComponent(route.id)}`;
    case 'part-edit':
      return `/parts/${encodeURIComponent(route.id)}/edit`;
    case 'part-meet':
      return `/parts/${encodeURIComponent(route.id)}/meet`;
    case 'part-story':
      return `/parts/${encodeURIComponent(route.id)}/story`;
    case 'grief-new':
      return '/grief/new';
    case 'grief-entry':
      return `/grief/${encodeURIComponent(route.id)}`;
    case 'pause-resume':
      return `/pause/${encodeURIComponent(route.id)}`;
    case 'pattern':
      return `/patterns/${encodeURIComponent(route.id)}`;
    case 'people-new':
      return '/people/new';
    case 'people-web':
      return '/people/web';
    case 'person':
      return `/people/${encodeURIComponent(route.id)}`;
    case 'person-edit':
      return `/people/${encodeURIComponent(route.id)}/edit`;
    case 'person-check-in':
      return `/people/${encodeURIComponent(route.id)}/check-in`;
    case 'practitioner-session':
      return '/practitioner/session';
    case 'practitioner-log':
      return '/practitioner/log';
    case 'practice-client':
      return `/practice/clients/${encodeURIComponent(route.id)}`;
    case 'not-found':
      return '/';
    default:
      return `/${route.name}`;
  }
}

/** Screens anyone may see, with no vault or while it is locked. */
const openRoutes: ReadonlySet<RouteName> = new Set(['support', 'about']);

export type VaultGate = 'none' | 'locked' | 'unlocked';

/**
 * What to show for a route in a given vault state. A private path asked for while locked shows the
 * unlock screen in place, so the person lands where they meant to go once the vault opens.
 */
export function gateRoute(route: Route, gate: VaultGate): RouteName {
  if (openRoutes.has(route.name)) return route.name;
  if (gate === 'none') return 'welcome';
  if (gate === 'locked') return 'unlock';
  if (route.name === 'welcome' || route.name === 'unlock') return 'home';
  return route.name;
}
