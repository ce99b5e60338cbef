import { Trans } from '@lingui/react/macro';
import { Link } from '../../router/router.tsx';

/** The safety plan lives in Support now, one tap from every screen; Settings says where to find it. */
export function SafetyPlanLinkSection() {
  return (
    <section className="settings-section" aria-labelledby="safety-plan-link-heading">
      <h2 id="safety-plan-link-heading">
        <Trans>Your safety plan</Trans>
      </h2>
      <p>
        <Trans>
          Your safety plan is kept in Support now, so it is one tap away from every screen when things get
          very hard. You can write it or change it there at any time.
        </Trans>
      </p>
      <p>
        <Link to="/support">
          <Trans>Open Support now</Trans>
        </Link>
      </p>
    </section>
  );
}
