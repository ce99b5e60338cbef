import { Trans } from '@lingui/react/macro';
import { Link } from '../../router/router.tsx';

export function ResourcesSection() {
  return (
    <section className="settings-section" aria-labelledby="resources-heading">
      <h2 id="resources-heading">
        <Trans>Your resources</Trans>
      </h2>
      <p>
        <Trans>
          The people, places, practices and phrases that steady you. Pause shows them when you need them.
        </Trans>
      </p>
      <p>
        <Link to="/resources">
          <Trans>See and edit your resources</Trans>
        </Link>
      </p>
    </section>
  );
}
