import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';

export function RelationshipMissing() {
  const { t } = useLingui();
  return (
    <Page title={t`Not found`}>
      <p>
        <Trans>This relationship is not in your vault on this device.</Trans>
      </p>
      <p>
        <Link to="/people">
          <Trans>Back to your people</Trans>
        </Link>
      </p>
    </Page>
  );
}
