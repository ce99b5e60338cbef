import { useLingui } from '@lingui/react/macro';
import { Page } from '../../ui/Page.tsx';
import { LockedWritingNote } from '../locked/LockedWritingNote.tsx';
import { KindnessMoments } from './KindnessMoments.tsx';

/** A kindness moment on its own page, so it can be noted while the vault is locked too. */
export function KindnessScreen() {
  const { t } = useLingui();
  return (
    <Page title={t`A kindness moment`}>
      <LockedWritingNote />
      <KindnessMoments />
    </Page>
  );
}
