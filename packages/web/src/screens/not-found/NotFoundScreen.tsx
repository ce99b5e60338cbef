import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';

export function NotFoundScreen() {
  const { t } = useLingui();
  return (
    <Page title={t`Page not found`}>
      <p>
        <Trans>There is nothing at this address.</Trans>
      </p>
      <p>
        <Link to="/">
          <Trans>Go to the start</Trans>
        </Link>
      </p>
    </Page>
  );
}
