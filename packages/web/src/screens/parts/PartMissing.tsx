import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';

export function PartMissing() {
  const { t } = useLingui();
  return (
    <Page title={t`Part not found`}>
      <p>
        <Trans>This part is not in your vault on this device.</Trans>
      </p>
      <p>
        <Link to="/parts">
          <Trans>Back to your parts</Trans>
        </Link>
      </p>
    </Page>
  );
}
