import { Trans } from '@lingui/react/macro';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Link, useRouter } from '../router/router.tsx';
import './page.css';
import { LineIcon } from './LineIcon.tsx';

interface PageProps {
  readonly title: string;
  /** The visible heading when it differs from the document title. */
  readonly heading?: string;
  readonly className?: string;
  /** The page this one sits under (a section of Settings under Settings), linked above the heading. */
  readonly back?: { readonly to: string; readonly label: string };
  readonly children: ReactNode;
}

/**
 * One screen: sets the document title and, after an in-app navigation or when focus was lost, moves
 * focus to the heading so screen reader and keyboard users start at the top of the new page.
 */
export function Page({ title, heading, className, back, children }: PageProps) {
  const { navigations } = useRouter();
  const backLabel = back?.label;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = [title, 'Tend'].join(' · ');
  }, [title]);

  useEffect(() => {
    if (navigations > 0) headingRef.current?.focus({ preventScroll: true });
  }, [navigations]);

  // A screen that replaces another without a navigation (unlocking, locking) would leave focus nowhere.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) headingRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div className={className ? `page ${className}` : 'page'}>
      {back ? (
        <Link to={back.to} className="page-back">
          <LineIcon>
            <path d="M15 5l-7 7 7 7" />
          </LineIcon>
          <Trans>
            <span className="visually-hidden">Back to </span>
            {backLabel}
          </Trans>
        </Link>
      ) : null}
      <h1 ref={headingRef} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {children}
    </div>
  );
}
