import { Trans } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import { fearQuestions, type Relationship, griefSubjectWords, partName, playedRoleWords } from '@tend/core';
import { Link } from '../../router/router.tsx';
import { useGriefs, useParts } from '../../state/use-parts.ts';

/** Roles and fears in the person's words, linked parts and any grief tied to this relationship. */
export function AboutRelationship({ relationship }: { relationship: Relationship }) {
  const { roles, fears, partIds } = relationship.fields;
  const word = useCoreWord();
  const parts = useParts().filter((p) => partIds.includes(p.id));
  const griefs = useGriefs().filter((g) => g.fields.relationshipId === relationship.id);
  return (
    <>
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">
          <Trans>Roles and fears</Trans>
        </h2>
        {roles.length || fears.length ? (
          <ul className="plain-list">
            {roles.map((r, i) => (
              <li key={`role-${i}`}>
                {r.role === 'own-words' ? r.words : word(playedRoleWords[r.role])}
                {r.puttingDown ? (
                  <span className="quiet">
                    {' · '}
                    <Trans>putting this down</Trans>
                  </span>
                ) : null}
              </li>
            ))}
            {fears.map((f, i) => (
              <li key={`fear-${i}`}>{f.fear === 'own-words' ? f.words : word(fearQuestions[f.fear])}</li>
            ))}
          </ul>
        ) : (
          <p className="empty">
            <Trans>None noted. You can add them when you edit, if it helps.</Trans>
          </p>
        )}
      </section>
      <section aria-labelledby="parts-heading">
        <h2 id="parts-heading">
          <Trans>Parts that show up with them</Trans>
        </h2>
        {parts.length ? (
          <ul className="plain-list">
            {parts.map((p) => (
              <li key={p.id}>
                <Link to={`/parts/${p.id}`}>{partName(p)}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">
            <Trans>No parts linked.</Trans>
          </p>
        )}
      </section>
      <section aria-labelledby="grief-heading">
        <h2 id="grief-heading">
          <Trans>Grief</Trans>
        </h2>
        {griefs.length ? (
          <ul className="plain-list">
            {griefs.map((g) => (
              <li key={g.id}>
                <Link to={`/grief/${g.id}`}>
                  {g.fields.title.trim() || word(griefSubjectWords[g.fields.what])}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">
            <Trans>
              Nothing here yet. If there is grief tied to this relationship, you can begin it here.
            </Trans>
          </p>
        )}
        <p>
          <Link to="/grief/new">
            <Trans>Begin a grief</Trans>
          </Link>
        </p>
      </section>
    </>
  );
}
