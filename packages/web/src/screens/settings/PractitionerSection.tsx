import { Link } from '../../router/router.tsx';

/** Both sides of the practitioner space, linked whether or not anything is open yet. */
export function PractitionerSection() {
  return (
    <section className="settings-section" aria-labelledby="practitioner-heading">
      <h2 id="practitioner-heading">Sharing with a practitioner</h2>
      <p>
        If you see a therapist, counsellor or coach, you can choose things to share with them, sealed so the
        server cannot read them. You can stop at any time.
      </p>
      <p>
        <Link to="/practitioner">My practitioner</Link>
      </p>
      <p className="quiet">
        If you are a practitioner yourself: <Link to="/practice">your practice</Link>.
      </p>
    </section>
  );
}
