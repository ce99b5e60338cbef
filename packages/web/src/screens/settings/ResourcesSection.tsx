import { Link } from '../../router/router.tsx';

export function ResourcesSection() {
  return (
    <section className="settings-section" aria-labelledby="resources-heading">
      <h2 id="resources-heading">Your resources</h2>
      <p>The people, places, practices and phrases that steady you. Pause shows them when you need them.</p>
      <p>
        <Link to="/resources">See and edit your resources</Link>
      </p>
    </section>
  );
}
