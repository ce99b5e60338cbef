import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import { griefAdditions, type Grief, griefSubjectWords } from '@tend/core';
import { Link, useRouter } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { useGriefs } from '../../state/use-parts.ts';
import { coreWord, useCoreWord } from '../../i18n/core-words.ts';
import '../parts/parts.css';
import { EmptyState } from '../../ui/EmptyState.tsx';

export function griefLabel(grief: Grief): string {
  return grief.fields.title.trim() || coreWord(griefSubjectWords[grief.fields.what]);
}

export function GriefListScreen() {
  const { navigate } = useRouter();
  const griefs = useGriefs();
  const { t } = useLingui();
  const word = useCoreWord();
  return (
    <Page title={t`Grief`} className="parts grief">
      <p className="lead">
        <Trans>
          Grief for who you were, for a life not lived, for what may not change. It can take its time here.
        </Trans>
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => navigate('/grief/new')}>
          <Trans>Begin</Trans>
        </button>
      </div>
      {griefs.length ? (
        <ul className="entry-list">
          {griefs.map((grief) => {
            const count = griefAdditions(grief).length;
            return (
              <li key={grief.id}>
                <Link to={`/grief/${grief.id}`} className="entry-link">
                  <span className="entry-title">{griefLabel(grief)}</span>
                  <span className="entry-snippet">
                    {word(griefSubjectWords[grief.fields.what])}
                    {count
                      ? ` · ${plural(count, { one: '# piece of writing', other: '# pieces of writing' })}`
                      : ''}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      ) : (
        <EmptyState drawing="stones">
          <Trans>Nothing here yet. When something asks to be grieved, there is room for it.</Trans>
        </EmptyState>
      )}
    </Page>
  );
}
