import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useState } from 'react';
import { useRouter } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { ConnectFlow } from './ConnectFlow.tsx';
import { NeedsAccount } from './NeedsAccount.tsx';
import { SharingExplained } from './SharingExplained.tsx';
import { usePractice, usePracticeSnapshot } from '../../state/use-practice.ts';
import './practice.css';

/**
 * The code from an invitation link: after '#', so the browser never sends it to the server. It is read
 * here on the device and nowhere else.
 */
export function codeFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw || raw.length > 200) return '';
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return '';
  }
}

/** Where an invitation link lands: the connect flow with the code already filled in. */
export function ConnectScreen() {
  const practice = usePractice();
  const snapshot = usePracticeSnapshot();
  const { navigate } = useRouter();
  const { t } = useLingui();
  const [code] = useState(() => codeFromHash(window.location.hash));
  const codeShown = code;
  useEffect(() => {
    void practice.refresh();
  }, [practice]);

  return (
    <Page title={t`Connect with a practitioner`} className="practice">
      {snapshot.status === 'unavailable' ? (
        <>
          <NeedsAccount what="connecting" />
          {code ? (
            <p>
              <Trans>
                Keep this code for then: <strong translate="no">{codeShown}</strong>. Once the account is
                added, open My practitioner in Settings and enter it, or open the link again.
              </Trans>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p className="lead">
            <Trans>Someone has invited you to share some of what you keep here with them.</Trans>
          </p>
          <SharingExplained />
          {/* Replacing this address on success takes the used code out of the browser's history. */}
          <ConnectFlow initialCode={code} onConnected={() => navigate('/practitioner', { replace: true })} />
        </>
      )}
    </Page>
  );
}
