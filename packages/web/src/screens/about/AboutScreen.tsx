import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';

/** Loaded lazily; reachable with or without a vault. */
export function AboutScreen() {
  const { t } = useLingui();
  const version = __TEND_APP_VERSION__;
  return (
    <Page title={t`About Tend`} className="about">
      <p className="lead">
        <Trans>
          Tend is a private companion for reflection: a place to meet your inner parts and your relationships
          with steadiness and care, at your own pace.
        </Trans>
      </p>
      <p>
        <Trans>
          Tend is not therapy, not a medical device and not a crisis service. If you are in danger, please
          call your local emergency number. Support now, at the top of every screen, lists crisis lines for
          your region.
        </Trans>
      </p>
      <h2>
        <Trans>Your privacy</Trans>
      </h2>
      <ul>
        <li>
          <Trans>
            What you write is encrypted on your device before it is stored. Only your passphrase opens it.
          </Trans>
        </li>
        <li>
          <Trans>If you add an account, only sealed, encrypted data is sent to the server, for sync.</Trans>
        </li>
        <li>
          <Trans>
            Tend makes no requests to anyone else: no analytics, no trackers, and its typeface comes from Tend
            itself.
          </Trans>
        </li>
        <li>
          <Trans>You can export everything or delete everything at any time, without asking anyone.</Trans>
        </li>
      </ul>
      <h2>
        <Trans>Without the passphrase</Trans>
      </h2>
      <p>
        <Trans>
          If both your passphrase and your recovery code are lost, no one can open your vault, including the
          people who run Tend. That is what keeps it private.
        </Trans>
      </p>
      <h2>
        <Trans>On your phone or computer</Trans>
      </h2>
      <p>
        <Trans>
          Tend can sit on your home screen like an app and open without a browser around it.{' '}
          <Link to="/install">How to install Tend</Link>
        </Trans>
      </p>
      <p>
        <Trans>
          New to parts, Pause or how Tend keeps things private? <Link to="/tour">Take the short tour</Link>
        </Trans>
      </p>
      <p className="quiet">
        <Trans>Tend version {version}</Trans>
      </p>
    </Page>
  );
}
