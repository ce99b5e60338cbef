import { Link, useRouter } from '../router/router.tsx';

interface TopBarProps {
  readonly onLock: (() => void) | null;
  /** Pause works whenever there is a vault: while locked it writes into the locked inbox. */
  readonly isPauseShown: boolean;
}

/** On every screen, locked or not: the name, Pause, Support now, and Lock while the vault is open. */
export function TopBar({ onLock, isPauseShown }: TopBarProps) {
  const { navigate } = useRouter();
  return (
    <header className="top-bar">
      <Link to="/" className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <circle cx="16" cy="16" r="14" />
          <path d="M16 24c0-6 0-9 6-13-1 6-3 9-6 10M16 24c0-4-1-7-5-9 1 4 2 6 5 7" />
        </svg>
        Tend
      </Link>
      <div className="top-actions">
        {isPauseShown ? (
          <button type="button" className="pause-button" onClick={() => navigate('/pause')}>
            Pause
          </button>
        ) : null}
        <button type="button" className="support-button" onClick={() => navigate('/support')}>
          Support now
        </button>
        {onLock ? (
          <button type="button" className="lock-button" onClick={onLock}>
            Lock
          </button>
        ) : null}
      </div>
    </header>
  );
}
