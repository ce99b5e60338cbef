import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';

export function NotFoundScreen() {
  return (
    <Page title="Page not found">
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/">Go to the start</Link>
      </p>
    </Page>
  );
}
