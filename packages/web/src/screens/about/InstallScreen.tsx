import { Page } from '../../ui/Page.tsx';

/**
 * How to put Tend on a home screen or a desktop, browser by browser. Installing changes nothing about
 * where the vault lives: it stays on this device, and the installed app is the same Tend.
 */
export function InstallScreen() {
  return (
    <Page title="Install Tend" className="about">
      <p className="lead">
        Installed, Tend opens from your home screen or your desktop in a window of its own, and works without
        a connection. Nothing is downloaded from a store, and your vault stays on this device as it is now.
      </p>
      <h2>iPhone and iPad</h2>
      <ol>
        <li>Open Tend in Safari.</li>
        <li>Tap the Share button (a square with an arrow pointing up).</li>
        <li>Choose “Add to Home Screen”, then “Add”.</li>
      </ol>
      <h2>Android</h2>
      <ol>
        <li>Open Tend in Chrome.</li>
        <li>Open the menu (three dots at the top right).</li>
        <li>Choose “Install app” or “Add to Home screen”.</li>
      </ol>
      <h2>A computer</h2>
      <p>
        In Chrome or Edge, choose the install icon at the right end of the address bar, or “Install Tend” in
        the browser’s menu. In Safari on a Mac, choose File, then “Add to Dock”.
      </p>
      <h2>Shortcuts</h2>
      <p>
        On most phones, a long press on Tend’s icon offers Pause, Support now and a new journal entry
        directly.
      </p>
      <p className="quiet">
        A vault on one device is not on another by installing. To have it on several, add an account in
        Settings and sign in on each.
      </p>
    </Page>
  );
}
