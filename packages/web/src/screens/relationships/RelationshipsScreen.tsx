import { Trans, useLingui } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import { relationshipWeb, feelingWords, pathWords } from '@tend/core';
import { useMemo } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { useCheckIns, useRelationships } from '../../state/use-relationships.ts';
import '../parts/parts.css';
import './relationships.css';
import { EmptyState } from '../../ui/EmptyState.tsx';

export function RelationshipsScreen() {
  const { ports } = useApp();
  const { t } = useLingui();
  const word = useCoreWord();
  const relationships = useRelationships();
  const checkIns = useCheckIns();
  const web = useMemo(
    () =>
      new Map(relationshipWeb(relationships, checkIns, ports.clock.now()).map((e) => [e.relationshipId, e])),
    [relationships, checkIns, ports],
  );

  return (
    <Page title={t`People`} className="relationships">
      <p className="lead">
        <Trans>
          The people around you. After time with someone, you can check in with how it felt, a few taps at
          most.
        </Trans>
      </p>
      <div className="actions">
        <Link to="/people/new" className="button primary">
          <Trans>Add someone</Trans>
        </Link>
        {relationships.length ? (
          <Link to="/people/web" className="button">
            <Trans>The web</Trans>
          </Link>
        ) : null}
      </div>
      {relationships.length === 0 ? (
        <EmptyState drawing="people">
          <Trans>No one here yet. Whenever you are ready, you can add someone.</Trans>
        </EmptyState>
      ) : (
        <ul className="entry-list">
          {relationships.map((relationship) => {
            const entry = web.get(relationship.id);
            const path = entry?.path;
            return (
              <li key={relationship.id}>
                <Link to={`/people/${relationship.id}`} className="entry-link">
                  <span className="entry-title">{relationship.fields.name}</span>
                  <span className="entry-snippet">
                    {[path ? word(pathWords[path]) : '', entry ? word(feelingWords[entry.feeling]) : '']
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </Page>
  );
}
