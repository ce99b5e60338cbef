import { describe, expect, it } from 'vitest';
import { routes } from './routes.ts';
import { gateRoute, isOpenRoute, matchRoute, routePath, sectionOf, type Route } from './routing.ts';

describe('matchRoute', () => {
  it.each([
    ['/', { name: 'home' }],
    ['/welcome', { name: 'welcome' }],
    ['/unlock', { name: 'unlock' }],
    ['/journal', { name: 'journal' }],
    ['/journal/', { name: 'journal' }],
    ['/journal/new', { name: 'journal-new' }],
    [
      '/journal/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
      { name: 'journal-entry', id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' },
    ],
    ['/settings', { name: 'settings' }],
    ['/settings/account', { name: 'settings-account' }],
    ['/settings/account/passkeys', { name: 'settings-account-page', id: 'passkeys' }],
    ['/looking-back/kindness', { name: 'looking-back-view', id: 'kindness' }],
    ['/settings/privacy', { name: 'settings-privacy' }],
    ['/settings/support', { name: 'settings-support' }],
    ['/settings/data', { name: 'settings-data' }],
    ['/settings/practice', { name: 'settings-practice' }],
    ['/settings/about', { name: 'settings-about' }],
    ['/settings/elsewhere', { name: 'not-found' }],
    ['/settings/bring-in', { name: 'bring-in' }],
    ['/settings/reminders', { name: 'reminders' }],
    ['/for-my-session', { name: 'for-session' }],
    ['/for-my-session/abc-9', { name: 'for-session-with', id: 'abc-9' }],
    ['/parts', { name: 'parts' }],
    ['/parts/new', { name: 'parts-new' }],
    ['/parts/map', { name: 'parts-map' }],
    ['/parts/abc-1', { name: 'part', id: 'abc-1' }],
    ['/parts/abc-1/edit', { name: 'part-edit', id: 'abc-1' }],
    ['/parts/abc-1/meet', { name: 'part-meet', id: 'abc-1' }],
    ['/parts/abc-1/story/', { name: 'part-story', id: 'abc-1' }],
    ['/parts/abc-1/other', { name: 'not-found' }],
    ['/meet', { name: 'meet' }],
    ['/grief', { name: 'grief' }],
    ['/grief/new', { name: 'grief-new' }],
    ['/grief/abc-2', { name: 'grief-entry', id: 'abc-2' }],
    ['/pause', { name: 'pause' }],
    ['/kindness', { name: 'kindness' }],
    ['/resources', { name: 'resources' }],
    ['/patterns', { name: 'patterns' }],
    ['/patterns/q-3', { name: 'pattern', id: 'q-3' }],
    ['/pause/p-9', { name: 'pause-resume', id: 'p-9' }],
    ['/people', { name: 'people' }],
    ['/people/new', { name: 'people-new' }],
    ['/people/web', { name: 'people-web' }],
    ['/people/r-1', { name: 'person', id: 'r-1' }],
    ['/people/r-1/edit', { name: 'person-edit', id: 'r-1' }],
    ['/people/r-1/check-in', { name: 'person-check-in', id: 'r-1' }],
    ['/people/r-1/story', { name: 'not-found' }],
    ['/support', { name: 'support' }],
    ['/about', { name: 'about' }],
    ['/install', { name: 'install' }],
    ['/tour', { name: 'tour' }],
    ['/practitioner', { name: 'practitioner' }],
    ['/practitioner/', { name: 'practitioner' }],
    ['/practitioner/session', { name: 'practitioner-session' }],
    ['/practitioner/log', { name: 'practitioner-log' }],
    ['/practitioner/other', { name: 'not-found' }],
    ['/connect', { name: 'connect' }],
    ['/practice', { name: 'practice' }],
    [
      '/practice/clients/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
      { name: 'practice-client', id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' },
    ],
    ['/practice/clients', { name: 'not-found' }],
    ['/practice/clients/a/b', { name: 'not-found' }],
    ['/practice/clients/<img>', { name: 'not-found' }],
    ['/journal/a/b', { name: 'not-found' }],
    ['/elsewhere', { name: 'not-found' }],
    ['/journal/<script>', { name: 'not-found' }],
  ] satisfies [string, Route][])('reads %s', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });

  it('builds the paths it reads', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'journal' },
      { name: 'journal-new' },
      { name: 'journal-entry', id: 'abc-123' },
      { name: 'settings' },
      { name: 'settings-account' },
      { name: 'settings-privacy' },
      { name: 'settings-support' },
      { name: 'settings-data' },
      { name: 'settings-practice' },
      { name: 'settings-about' },
      { name: 'parts' },
      { name: 'parts-new' },
      { name: 'parts-map' },
      { name: 'part', id: 'p-1' },
      { name: 'part-edit', id: 'p-1' },
      { name: 'part-meet', id: 'p-1' },
      { name: 'part-story', id: 'p-1' },
      { name: 'meet' },
      { name: 'grief' },
      { name: 'grief-new' },
      { name: 'grief-entry', id: 'g-1' },
      { name: 'pause' },
      { name: 'kindness' },
      { name: 'resources' },
      { name: 'patterns' },
      { name: 'pattern', id: 'q-1' },
      { name: 'pause-resume', id: 'p-1' },
      { name: 'people' },
      { name: 'people-new' },
      { name: 'people-web' },
      { name: 'person', id: 'r-1' },
      { name: 'person-edit', id: 'r-1' },
      { name: 'person-check-in', id: 'r-1' },
      { name: 'support' },
      { name: 'about' },
      { name: 'practitioner' },
      { name: 'practitioner-session' },
      { name: 'practitioner-log' },
      { name: 'connect' },
      { name: 'practice' },
      { name: 'practice-client', id: 's-1' },
      { name: 'welcome' },
      { name: 'unlock' },
    ];
    for (const route of routes) expect(matchRoute(routePath(route))).toEqual(route);
  });
});

describe('gateRoute', () => {
  it('keeps Support now and About open in every state', () => {
    for (const gate of ['none', 'locked', 'unlocked'] as const) {
      expect(gateRoute({ name: 'support' }, gate)).toBe('support');
      expect(gateRoute({ name: 'about' }, gate)).toBe('about');
    }
  });

  it('welcomes a device with no vault and asks a locked one to unlock', () => {
    expect(gateRoute({ name: 'journal' }, 'none')).toBe('welcome');
    expect(gateRoute({ name: 'unlock' }, 'none')).toBe('welcome');
    expect(gateRoute({ name: 'journal-entry', id: 'x' }, 'locked')).toBe('unlock');
    expect(gateRoute({ name: 'welcome' }, 'locked')).toBe('unlock');
  });

  it('shows the screens that write into the locked inbox while locked, and only those', () => {
    const writable = ['pause', 'journal-new', 'kindness'] as const;
    for (const name of writable) {
      expect(gateRoute({ name }, 'locked')).toBe(name);
      expect(gateRoute({ name }, 'unlocked')).toBe(name);
      expect(gateRoute({ name }, 'none')).toBe('welcome');
    }
    const shownLocked = routes.filter(
      (r) => gateRoute(matchRoute(r.path({ id: 'x-1' })), 'locked') === r.name,
    );
    expect(shownLocked.map((r) => r.name).sort()).toEqual([
      'about',
      'install',
      'journal-new',
      'kindness',
      'pause',
      'support',
      'unlock',
    ]);
  });

  it('keeps the practitioner space behind the vault, an invitation link included', () => {
    expect(gateRoute({ name: 'connect' }, 'none')).toBe('welcome');
    expect(gateRoute({ name: 'connect' }, 'locked')).toBe('unlock');
    expect(gateRoute({ name: 'connect' }, 'unlocked')).toBe('connect');
    expect(gateRoute({ name: 'practice-client', id: 's-1' }, 'locked')).toBe('unlock');
    expect(gateRoute({ name: 'practitioner-log' }, 'unlocked')).toBe('practitioner-log');
  });

  it('sends an unlocked vault past the welcome and unlock screens', () => {
    expect(gateRoute({ name: 'welcome' }, 'unlocked')).toBe('home');
    expect(gateRoute({ name: 'unlock' }, 'unlocked')).toBe('home');
    expect(gateRoute({ name: 'settings' }, 'unlocked')).toBe('settings');
  });
});

describe('sectionOf', () => {
  it('marks the section each route belongs to in the main navigation', () => {
    const sections = {
      home: ['home', 'tour'],
      journal: ['journal', 'journal-new', 'journal-entry'],
      parts: [
        'parts',
        'parts-new',
        'parts-map',
        'part',
        'part-edit',
        'part-meet',
        'part-story',
        'meet',
        'meeting',
        'meeting-edit',
        'grief',
        'grief-new',
        'grief-entry',
      ],
      people: [
        'people',
        'people-new',
        'people-web',
        'person',
        'person-edit',
        'person-check-in',
        'check-in',
        'check-in-edit',
      ],
      practice: ['practice', 'practice-client'],
      settings: [
        'settings',
        'settings-account',
        'settings-account-page',
        'settings-privacy',
        'settings-support',
        'settings-data',
        'settings-practice',
        'settings-about',
        'about',
        'install',
        'bring-in',
        'reminders',
      ],
    } as const;
    const sectionByName = new Map<string, string>(
      Object.entries(sections).flatMap(([section, names]) => names.map((name) => [name, section])),
    );
    for (const entry of routes) {
      const route = matchRoute(entry.path({ id: 'x-1' }));
      expect(route.name).toBe(entry.name);
      expect(sectionOf(route), entry.name).toBe(sectionByName.get(entry.name) ?? null);
    }
    expect(sectionByName.size).toBe(routes.filter((r) => r.section !== null).length);
    expect(sectionOf({ name: 'not-found' })).toBeNull();
  });
});

describe('the route table', () => {
  it('gives every route but the doors a screen, and every name once', () => {
    const names = routes.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of routes) {
      const values = { id: 'x-1' };
      if (entry.access === 'door') expect(entry.show(values), entry.name).toBeNull();
      else expect(entry.show(values), entry.name).not.toBeNull();
    }
  });

  it('shows a screen only for values its path accepts', () => {
    const part = routes.find((r) => r.name === 'part');
    expect(part?.show({ id: '<img>' })).toBeNull();
    expect(part?.show({})).toBeNull();
  });
});

describe('isOpenRoute', () => {
  it('lets through, while the vault is still opening, only the screens open to everyone', () => {
    expect(isOpenRoute(matchRoute('/support'))).toBe(true);
    expect(isOpenRoute(matchRoute('/about'))).toBe(true);
    expect(isOpenRoute(matchRoute('/journal'))).toBe(false);
    expect(isOpenRoute(matchRoute('/search'))).toBe(false);
    expect(isOpenRoute(matchRoute('/looking-back/kindness'))).toBe(false);
  });
});
