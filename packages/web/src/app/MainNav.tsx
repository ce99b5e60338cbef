import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { useLingui } from '@lingui/react';
import type { ReactNode } from 'react';
import { Link } from '../router/router.tsx';
import { useHasPractice } from '../state/use-practice.ts';
import type { NavSection } from './routes.ts';
import { routePath, sectionOf, useRoute } from './routing.ts';
import { LineIcon } from '../ui/LineIcon.tsx';

interface NavItem {
  readonly section: NavSection;
  readonly label: MessageDescriptor;
  readonly icon: ReactNode;
}

const items: readonly NavItem[] = [
  { section: 'home', label: msg`Home`, icon: <path d="M4 11 12 4l8 7v9h-5v-6H9v6H4z" /> },
  {
    section: 'journal',
    label: msg`Journal`,
    icon: <path d="M6 3h11a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H6zM9 8h6M9 12h6" />,
  },
  {
    section: 'parts',
    label: msg`Parts`,
    icon: (
      <path d="M9 9a3 3 0 1 0 0-.01M16 15a3 3 0 1 0 0-.01M11 10.5l3 3M5 20c0-2 2-4 4-4M19 4c0 2-2 4-4 4" />
    ),
  },
  {
    section: 'people',
    label: msg`People`,
    icon: (
      <path d="M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3 3-5 6-5s6 2 6 5M14 15.5c.6-.3 1.3-.5 2-.5 3 0 6 2 6 5" />
    ),
  },
  {
    section: 'practice',
    label: msg`Practice`,
    icon: <path d="M4 8h16v11H4zM9 8V5h6v3M4 13h16" />,
  },
  {
    section: 'settings',
    label: msg`Settings`,
    icon: (
      <path d="M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zM12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2" />
    ),
  },
];

/**
 * Bottom navigation on a phone (thumb reach), a side column on a wide screen: one element, placed by CSS.
 * A practice has its own place once one is open; most people never open one, and never see it.
 */
export function MainNav() {
  const current = sectionOf(useRoute());
  const hasPractice = useHasPractice();
  const { i18n } = useLingui();
  const shown = hasPractice ? items : items.filter((item) => item.section !== 'practice');
  return (
    <nav className="main-nav" aria-label={i18n._(msg`Main`)}>
      <ul>
        {shown.map((item) => (
          <li key={item.section}>
            <Link
              to={routePath({ name: item.section })}
              aria-current={item.section === current ? 'page' : undefined}
            >
              <LineIcon>{item.icon}</LineIcon>
              <span>{i18n._(item.label)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
