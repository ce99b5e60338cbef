import { Trans } from '@lingui/react/macro';
import { useEffect, useRef } from 'react';
import { Link, useRouter } from '../router/router.tsx';
import { useNoticing } from './noticing-provider.tsx';
import { useVisibleTop } from './use-visible-top.ts';
import './noticing.css';

interface CrisisOfferProps {
  readonly isShown: boolean;
  readonly onNotNow: () => void;
}

/**
 * A calm offer of Support now when words sound very heavy, kept where the person can see it while
 * they type on a phone. A status, not an alert: it never takes focus, never blocks writing or saving
 * and never contacts anyone. The live region is always there, so it speaks when it appears.
 */
export function CrisisOffer({ isShown, onNotNow }: CrisisOfferProps) {
  const banner = useRef<HTMLDivElement>(null);
  useVisibleTop(banner, isShown);
  return (
    <div role="status" ref={banner} className={isShown ? 'crisis-offer' : 'notice-empty'}>
      {isShown ? (
        <>
          <p>
            <Trans>This sounds very heavy. Would you like to see Support now?</Trans>
          </p>
          <div className="crisis-offer-actions">
            <Link to="/support" className="button support-link">
              <Trans>See Support now</Trans>
            </Link>
            <button type="button" onClick={onNotNow}>
              <Trans>Not now</Trans>
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}

/** The one offer for every watched field, placed once by the shell. */
export function CrisisOfferBanner() {
  const { isOfferShown, notNow, moved } = useNoticing();
  const { path } = useRouter();
  const shownPath = useRef(path);
  useEffect(() => {
    if (path !== shownPath.current) moved();
    shownPath.current = path;
  }, [path, moved]);
  return <CrisisOffer isShown={isOfferShown} onNotNow={notNow} />;
}
