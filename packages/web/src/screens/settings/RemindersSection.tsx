import { Link } from '../../router/router.tsx';

export function RemindersSection() {
  return (
    <section className="settings-section" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      <p>Off unless you make one: your own words, on the days and at the times you choose.</p>
      <p>
        <Link to="/settings/reminders">Reminders</Link>
      </p>
    </section>
  );
}
