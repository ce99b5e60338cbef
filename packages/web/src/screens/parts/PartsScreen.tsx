import { Trans, useLingui } from '@lingui/react/macro';
import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { useLingui as useI18n } from '@lingui/react';
import { partStates, type Part, type PartState, partStateWords } from '@tend/core';
import { useState } from 'react';
import { Link, useRouter } from '../../router/router.tsx';
import { CheckboxField } from '../../ui/Field.tsx';
import { Page } from '../../ui/Page.tsx';
import { useParts } from '../../state/use-parts.ts';
import './parts.css';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { useCoreWord } from '../../i18n/core-words.ts';
import { usePartName } from '../../i18n/part-name.ts';

const groupTitles: Record<PartState | 'unsaid', MessageDescriptor> = {
  active: msg`Active lately`,
  quieter: msg`Quieter lately`,
  resting: msg`Resting`,
  unsaid: msg`Not yet said how present`,
};

function PartList({ parts }: { parts: readonly Part[] }) {
  const word = useCoreWord();
  const partName = usePartName();
  return (
    <ul className="entry-list">
      {parts.map((part) => (
        <li key={part.id}>
          <Link to={`/parts/${part.id}`} className="entry-link">
            <span className="entry-title">{partName(part)}</span>
            {part.fields.state ? (
              <span className="entry-snippet">{word(partStateWords[part.fields.state])}</span>
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
  const { t } = useLingui();
  const { i18n } = useI18n();
  const [isShowingArchived, setIsShowingArchived] = useState(false);
  const present = parts.filter((p) => !p.fields.archived);
  const archived = parts.filter((p) => p.fields.archived);
  const groups = [...partStates, 'unsaid' as const].map((state) => ({
    state,
    parts: present.filter((p) => (p.fields.state ?? 'unsaid') === state),
  }));

  return (
    <Page title={t`Parts`} className="parts">
      <p className="lead">
        <Trans>The parts of you, in your own words. Each is welcome here, however it shows up.</Trans>
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => navigate('/parts/new')}>
          <Trans>New part</Trans>
        </button>
        {present.length ? (
          <Link to="/parts/map" className="button">
            <Trans>Parts map</Trans>
          </Link>
        ) : null}
        <Link to="/grief" className="button">
          <Trans>Grief</Trans>
        </Link>
      </div>
      {present.length === 0 ? (
        <EmptyState>
          <Trans>No parts here yet. Whenever you are ready, you can name one.</Trans>
        </EmptyState>
      ) : null}
      {groups.map((group) =>
        group.parts.length ? (
          <section key={group.state} aria-label={i18n._(groupTitles[group.state])}>
            <h2 className="group-heading">{i18n._(groupTitles[group.state])}</h2>
            <PartList parts={group.parts} />
          </section>
        ) : null,
      )}
      {archived.length ? (
        <CheckboxField
          label={t`Show archived parts`}
          checked={isShowingArchived}
          onChecked={setIsShowingArchived}
        />
      ) : null}
      {isShowingArchived && archived.length ? (
        <section aria-label={t`Archived parts`}>
          <h2 className="group-heading">
            <Trans>Archived parts</Trans>
          </h2>
          <PartList parts={archived} />
        </section>
      ) : null}
    </Page>
  );
}
