import { Trans } from '@lingui/react/macro';
import { Link } from '../../router/router.tsx';

/** Both sides of the practitioner space, linked whether or not anything is open yet. */
export function PractitionerSection() {
  return (
    <section className="settings-section" aria-labelledby="practitioner-heading">
      <h2 id="practitioner-heading">
        <Trans>Sharing with a practitioner</Trans>
      </h2>
      <p>
        <Trans>
          If you see a therapist, counsellor or coach, you can choose things to share with them, sealed so the
          server cannot read them. You can stop at any time.
        </Trans>
      </p>
      <p>
        <Link to="/practitioner">
          <Trans>My practitioner</Trans>
        </Link>
      </p>
      <p className="quiet">
        <Trans>
          If you are a practitioner yourself: <Link to="/practice">your practice</Link>.
        </Trans>
      </p>
    </section>
  );
}
