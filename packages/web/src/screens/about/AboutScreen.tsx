import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';

/** Loaded lazily; reachable with or without a vault. */
export function AboutScreen() {
  return (
    <Page title="About Tend" className="about">
      <p className="lead">
        Tend is a private companion for reflection: a place to meet your inner parts and your relationships
        with steadiness and care, at your own pace.
      </p>
      <p>
        Tend is not therapy, not a medical device and not a crisis service. If you are in danger, please call
        your local emergency number. Support now, at the top of every screen, lists crisis lines for your
        region.
      </p>
      <h2>Your privacy</h2>
      <ul>
        <li>
          What you write is encrypted on your device before it is stored. Only your passphrase opens it.
        </li>
        <li>If you add an account, only sealed, encrypted data is sent to the server, for sync.</li>
        <li>
          Tend makes no requests to anyone else: no analytics, no trackers, and its typeface comes from Tend
          itself.
        </li>
        <li>You can export everything or delete everything at any time, without asking anyone.</li>
      </ul>
      <h2>Without the passphrase</h2>
      <p>
        If both your passphrase and your recovery code are lost, no one can open your vault, including the
        people who run Tend. That is what keeps it private.
      </p>
      <h2>On your phone or computer</h2>
      <p>
        Tend can sit on your home screen like an app and open without a browser around it.{' '}
        <Link to="/install">How to install Tend</Link>
      </p>
      <p className="quiet">Tend version {__TEND_APP_VERSION__}</p>
    </Page>
  );
}
