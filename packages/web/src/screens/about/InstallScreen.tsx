import { Trans, useLingui } from '@lingui/react/macro';
import { Page } from '../../ui/Page.tsx';

/**
 * How to put Tend on a home screen or a desktop, browser by browser. Installing changes nothing about
 * where the vault lives: it stays on this device, and the installed app is the same Tend.
 */
export function InstallScreen() {
  const { t } = useLingui();
  return (
    <Page title={t`Install Tend`} className="about">
      <p className="lead">
        <Trans>
          Installed, Tend opens from your home screen or your desktop in a window of its own, and works
          without a connection. Nothing is downloaded from a store, and your vault stays on this device as it
          is now.
        </Trans>
      </p>
      <h2>
        <Trans>iPhone and iPad</Trans>
      </h2>
      <ol>
        <li>
          <Trans>Open Tend in Safari.</Trans>
        </li>
        <li>
          <Trans>Tap the Share button (a square with an arrow pointing up).</Trans>
        </li>
        <li>
          <Trans>Choose “Add to Home Screen”, then “Add”.</Trans>
        </li>
      </ol>
      <h2>
        <Trans>Android</Trans>
      </h2>
      <ol>
        <li>
          <Trans>Open Tend in Chrome.</Trans>
        </li>
        <li>
          <Trans>Open the menu (three dots at the top right).</Trans>
        </li>
        <li>
          <Trans>Choose “Install app” or “Add to Home screen”.</Trans>
        </li>
      </ol>
      <h2>
        <Trans>A computer</Trans>
      </h2>
      <p>
        <Trans>
          In Chrome or Edge, choose the install icon at the right end of the address bar, or “Install Tend” in
          the browser’s menu. In Safari on a Mac, choose File, then “Add to Dock”.
        </Trans>
      </p>
      <h2>
        <Trans>Shortcuts</Trans>
      </h2>
      <p>
        <Trans>
          On most phones, a long press on Tend’s icon offers Pause, Support now and a new journal entry
          directly.
        </Trans>
      </p>
      <p className="quiet">
        <Trans>
          A vault on one device is not on another by installing. To have it on several, add an account in
          Settings and sign in on each.
        </Trans>
      </p>
    </Page>
  );
}
