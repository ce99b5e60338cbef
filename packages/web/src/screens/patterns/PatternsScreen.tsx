import { Trans, useLingui } from '@lingui/react/macro';
import { namePattern, type PatternFields } from '@tend/core';
import { useApp } from '../../state/app-provider.tsx';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { usePatterns } from '../../state/use-patterns.ts';
import { emptyPattern, PatternForm } from './PatternForm.tsx';
import { patternSentence } from '../../i18n/sentences/pattern-sentence.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';

/** The loops the person has named, and a place to name another. */
export function PatternsScreen() {
  const { vault, ports } = useApp();
  const patterns = usePatterns();
  const action = useAction();
  const { t } = useLingui();

  const name = async (values: PatternFields) => {
    const result = namePattern(ports, values);
    if (!result.ok) {
      action.fail(t`Please fill in at least one of the blanks, or shorten what you wrote.`);
      return false;
    }
    return action.run(() => vault.save(result.pattern));
  };

  return (
    <Page title={t`Patterns`}>
      <p className="lead">
        <Trans>
          A pattern is a loop you notice: when something happens, what you usually do, and what you are
          practising instead. You can tag a pause with it afterwards.
        </Trans>
      </p>
      {patterns.length ? (
        <ul className="entry-list">
          {patterns.map((pattern) => (
            <li key={pattern.id}>
              <Link to={`/patterns/${pattern.id}`} className="entry-link">
                <span className="entry-title">{patternSentence(pattern)}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState drawing="stones">
          <Trans>No patterns named yet. There is no hurry.</Trans>
        </EmptyState>
      )}
      <section aria-labelledby="name-pattern-heading">
        <h2 id="name-pattern-heading">
          <Trans>Name a pattern</Trans>
        </h2>
        <PatternForm
          initial={emptyPattern}
          submitLabel={t`Name this pattern`}
          action={action}
          onSubmit={name}
        />
      </section>
    </Page>
  );
}
