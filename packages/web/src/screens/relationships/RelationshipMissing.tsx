import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';

export function RelationshipMissing() {
  return (
    <Page title="Not found">
      <p>This relationship is not in your vault on this device.</p>
      <p>
        <Link to="/people">Back to your people</Link>
      </p>
    </Page>
  );
}
