import { partStates, type Part, type PartState, partName, partStateWords } from '@tend/core';
import { useState } from 'react';
import { Link, useRouter } from '../../router/router.tsx';
import { CheckboxField } from '../../ui/Field.tsx';
import { Page } from '../../ui/Page.tsx';
import { useParts } from '../../state/use-parts.ts';
import './parts.css';
import { EmptyState } from '../../ui/EmptyState.tsx';

const groupTitles: Record<PartState | 'unsaid', string> = {
  active: 'Active lately',
  quieter: 'Quieter lately',
  resting: 'Resting',
  unsaid: 'Not yet said how present',
};

function PartList({ parts }: { parts: readonly Part[] }) {
  return (
    <ul className="entry-list">
      {parts.map((part) => (
        <li key={part.id}>
          <Link to={`/parts/${part.id}`} className="entry-link">
            <span className="entry-title">{partName(part)}</span>
            {part.fields.state ? (
              <span className="entry-snippet">{partStateWords[part.fields.state]}</span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function PartsScreen() {
  const { navigate } = useRouter();
  const parts = useParts();
  const [isShowingArchived, setIsShowingArchived] = useState(false);
  const present = parts.filter((p) => !p.fields.archived);
  const archived = parts.filter((p) => p.fields.archived);
  const groups = [...partStates, 'unsaid' as const].map((state) => ({
    state,
    parts: present.filter((p) => (p.fields.state ?? 'unsaid') === state),
  }));

  return (
    <Page title="Parts" className="parts">
      <p className="lead">The parts of you, in your own words. Each is welcome here, however it shows up.</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => navigate('/parts/new')}>
          New part
        </button>
        {present.length ? (
          <Link to="/parts/map" className="button">
            Parts map
          </Link>
        ) : null}
        <Link to="/grief" className="button">
          Grief
        </Link>
      </div>
      {present.length === 0 ? (
        <EmptyState>No parts here yet. Whenever you are ready, you can name one.</EmptyState>
      ) : null}
      {groups.map((group) =>
        group.parts.length ? (
          <section key={group.state} aria-label={groupTitles[group.state]}>
            <h2 className="group-heading">{groupTitles[group.state]}</h2>
            <PartList parts={group.parts} />
          </section>
        ) : null,
      )}
      {archived.length ? (
        <CheckboxField
          label="Show archived parts"
          checked={isShowingArchived}
          onChecked={setIsShowingArchived}
        />
      ) : null}
      {isShowingArchived && archived.length ? (
        <section aria-label="Archived parts">
          <h2 className="group-heading">Archived parts</h2>
          <PartList parts={archived} />
        </section>
      ) : null}
    </Page>
  );
}
