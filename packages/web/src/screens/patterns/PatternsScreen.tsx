import { namePattern, type PatternFields } from '@tend/core';
import { useApp } from '../../state/app-provider.tsx';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { usePatterns } from '../../state/use-patterns.ts';
import { emptyPattern, PatternForm } from './PatternForm.tsx';
import { patternSentence } from './pattern-words.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';

/** The loops the person has named, and a place to name another. */
export function PatternsScreen() {
  const { vault, ports } = useApp();
  const patterns = usePatterns();
  const action = useAction();

  const name = async (values: PatternFields) => {
    const result = namePattern(ports, values);
    if (!result.ok) {
      action.fail('Please fill in at least one of the blanks, or shorten what you wrote.');
      return false;
    }
    return action.run(() => vault.save(result.pattern));
  };

  return (
    <Page title="Patterns">
      <p className="lead">
        A pattern is a loop you notice: when something happens, what you usually do, and what you are
        practising instead. You can tag a pause with it afterwards.
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
        <EmptyState drawing="stones">No patterns named yet. There is no hurry.</EmptyState>
      )}
      <section aria-labelledby="name-pattern-heading">
        <h2 id="name-pattern-heading">Name a pattern</h2>
        <PatternForm initial={emptyPattern} submitLabel="Name this pattern" action={action} onSubmit={name} />
      </section>
    </Page>
  );
}
