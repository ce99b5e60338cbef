import type { ReactNode } from 'react';
import { Link, useRouter } from '../router/router.tsx';
import type { RouteName } from '../router/routes.ts';

interface NavItem {
  readonly to: string;
  readonly label: string;
  readonly routes: readonly RouteName[];
  readonly icon: ReactNode;
}

const items: readonly NavItem[] = [
  { to: '/', label: 'Home', routes: ['home'], icon: <path d="M4 11 12 4l8 7v9h-5v-6H9v6H4z" /> },
  {
    to: '/journal',
    label: 'Journal',
    routes: ['journal', 'journal-new', 'journal-entry'],
    icon: <path d="M6 3h11a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H6zM9 8h6M9 12h6" />,
  },
  {
    to: '/parts',
    label: 'Parts',
    routes: [
      'parts',
      'parts-new',
      'parts-map',
      'part',
      'part-edit',
      'part-meet',
      'part-story',
      'meet',
      'grief',
      'grief-new',
      'grief-entry',
    ],
    icon: (
      <path d="M9 9a3 3 0 1 0 0-.01M16 15a3 3 0 1 0 0-.01M11 10.5l3 3M5 20c0-2 2-4 4-4M19 4c0 2-2 4-4 4" />
    ),
  },
  {
    to: '/people',
    label: 'People',
    routes: ['people', 'people-new', 'people-web', 'person', 'person-edit', 'person-check-in'],
    icon: (
      <path d="M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3 3-5 6-5s6 2 6 5M14 15.5c.6-.3 1.3-.5 2-.5 3 0 6 2 6 5" />
    ),
  },
  {
    to: '/settings',
    label: 'Settings',
    routes: ['settings', 'about'],
    icon: (
      <path d="M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zM12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2" />
    ),
  },
];

/** Bottom navigation on a phone (thumb reach), a side column on a wide screen: one element, placed by CSS. */
export function MainNav() {
  const { route } = useRouter();
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={item.routes.includes(route.name) ? 'page' : undefined}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                {item.icon}
              </svg>
              <span>{item.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
