import { Trans, useLingui } from '@lingui/react/macro';
import { useLingui as useI18n } from '@lingui/react';
import { useLookingBackInput } from '../../state/use-looking-back.ts';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Page } from '../../ui/Page.tsx';
import { NotFoundScreen } from '../not-found/NotFoundScreen.tsx';
import { useLookingBack } from './LookingBackScreen.tsx';
import { isLookingBackView, LookingBackViewContent, viewTitles } from './LookingBackViews.tsx';
import './looking-back.css';

/** At /looking-back/:id (kindness, pauses…): one view of Looking back in full, over the same span as the overview. */
export function LookingBackViewScreen({ id: which }: { id: string }) {
  const { settings } = useVaultSession();
  const input = useLookingBackInput();
  const { view, spanChoice } = useLookingBack();
  const { t } = useLingui();
  const { i18n } = useI18n();
  if (!isLookingBackView(which)) return <NotFoundScreen />;
  const title = i18n._(viewTitles[which]);
  const isHidden = which === 'self-talk' && !settings.isNoticingOn;
  return (
    <Page title={title} className="looking-back" back={{ to: '/looking-back', label: t`Looking back` }}>
      {spanChoice}
      <section aria-label={title} className="looking-back-view">
        {isHidden ? (
          <p className="quiet">
            <Trans>Gentle noticing is off, so nothing is kept of the kinds of self-talk.</Trans>
          </p>
        ) : (
          <LookingBackViewContent which={which} view={view} input={input} />
        )}
      </section>
    </Page>
  );
}
