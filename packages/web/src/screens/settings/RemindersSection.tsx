import { Trans } from '@lingui/react/macro';
import { Link } from '../../router/router.tsx';

export function RemindersSection() {
  return (
    <section className="settings-section" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">
        <Trans>Reminders</Trans>
      </h2>
      <p>
        <Trans>Off unless you make one: your own words, on the days and at the times you choose.</Trans>
      </p>
      <p>
        <Link to="/settings/reminders">
          <Trans>Reminders</Trans>
        </Link>
      </p>
    </section>
  );
}
