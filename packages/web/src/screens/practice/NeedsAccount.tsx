import { Link } from '../../router/router.tsx';

/** The practitioner space needs an account: said plainly, with the way to add one. */
export function NeedsAccount({ what }: { what: string }) {
  return (
    <>
      <p>
        {what} needs an account. What is shared travels through it between client and practitioner, sealed so
        that the server cannot read any of it. Right now your vault lives on this device only.
      </p>
      <p>
        You can add an account in <Link to="/settings/account">Settings › Account and devices</Link>, whenever
        you like.
      </p>
    </>
  );
}
