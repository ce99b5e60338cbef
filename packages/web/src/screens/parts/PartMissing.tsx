import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';

export function PartMissing() {
  return (
    <Page title="Part not found">
      <p>This part is not in your vault on this device.</p>
      <p>
        <Link to="/parts">Back to your parts</Link>
      </p>
    </Page>
  );
}
