import { Trans, useLingui } from '@lingui/react/macro';
import { Link, useRouter } from '../router/router.tsx';
import { LineIcon } from '../ui/LineIcon.tsx';

interface TopBarProps {
  readonly onLock: (() => void) | null;
  /** Pause works whenever there is a vault: while locked it writes into the locked inbox. */
  readonly isPauseShown: boolean;
}

/**
 * On every screen, locked or not, in one row: the name, Pause, Support now, and Lock while the vault
 * is open. On a narrow screen or with large text the name and Lock keep only their icons (and their
 * names for screen readers), so Pause and Support now always keep their words.
 */
export function TopBar({ onLock, isPauseShown }: TopBarProps) {
  const { navigate } = useRouter();
  const { t } = useLingui();
  return (
    <header className="top-bar">
      <Link to="/" className="brand" aria-label={t`Tend, home`}>
        <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <circle cx="16" cy="16" r="14" />
          <path d="M16 24c0-6 0-9 6-13-1 6-3 9-6 10M16 24c0-4-1-7-5-9 1 4 2 6 5 7" />
        </svg>
        <span className="brand-name">Tend</span>
      </Link>
      <div className="top-actions">
        {isPauseShown ? (
          <button type="button" className="pause-button" onClick={() => navigate('/pause')}>
            <Trans>Pause</Trans>
          </button>
        ) : null}
        <button type="button" className="support-button" onClick={() => navigate('/support')}>
          <Trans>Support now</Trans>
        </button>
        {onLock ? (
          <button type="button" className="lock-button" onClick={onLock}>
            <LineIcon className="lock-icon">
              <rect x="5" y="11" width="14" height="10" rx="2" />
              <path d="M8 11V8a4 4 0 0 1 8 0v3" />
            </LineIcon>
            <span className="lock-label">
              <Trans>Lock</Trans>
            </span>
          </button>
        ) : null}
      </div>
    </header>
  );
}
