import { Trans } from '@lingui/react/macro';

/** What sharing with a practitioner means, before any connection. */
export function SharingExplained() {
  return (
    <ul className="plain-list sharing-explained">
      <li>
        <Trans>You choose exactly what to share: one entry at a time, or a kind of entry from now on.</Trans>
      </li>
      <li>
        <Trans>Your practitioner sees what you chose and nothing else.</Trans>
      </li>
      <li>
        <Trans>It is sealed on this device before it leaves. The server cannot read any of it.</Trans>
      </li>
      <li>
        <Trans>
          You can stop sharing anything, or end the connection, at any time. What they have already read stays
          with them, as it would in a session.
        </Trans>
      </li>
    </ul>
  );
}
