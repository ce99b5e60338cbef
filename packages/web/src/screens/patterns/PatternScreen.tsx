import {
  describeDelay,
  editPattern,
  patternStory,
  type PatternFields,
  type PatternMoment,
  responseWords,
} from '@tend/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { Link, useRouter } from '../../router/router.tsx';
import { LetGoSection, removedEverywhere } from '../../ui/LetGoSection.tsx';
import { ShowMoreButton, useShowMore } from '../../ui/ShowMore.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { useMeetings } from '../../state/use-parts.ts';
import { usePatterns } from '../../state/use-patterns.ts';
import { usePauses } from '../../state/use-pauses.ts';
import { PatternForm } from './PatternForm.tsx';
import { patternSentence } from './pattern-words.ts';
import { formatWhen } from '../../ui/dates.ts';

const PatternChart = lazy(() => import('./PatternChart.tsx').then((m) => ({ default: m.PatternChart })));

function momentWords(moment: PatternMoment): string {
  const what = moment.response ? responseWords[moment.response] : 'Response not said';
  const delay =
    moment.noticedMinutes === null ? '' : `, noticed after ${describeDelay(moment.noticedMinutes)}`;
  return `${moment.source === 'pause' ? 'A pause' : 'A meeting'}: ${what}${delay}`;
}

/** One pattern: its words, its moments in time, and month by month how the responses went. */
export function PatternScreen({ id }: { id: string }) {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const pattern = usePatterns().find((p) => p.id === id) ?? null;
  const pauses = usePauses();
  const meetings = useMeetings();
  const action = useAction();
  const [isEditing, setIsEditing] = useState(false);
  const story = useMemo(
    () => (pattern ? patternStory(pattern, pauses, meetings) : null),
    [pattern, pauses, meetings],
  );
  const moments = useShowMore(story?.moments.length ?? 0, 30);

  if (!pattern || !story)
    return (
      <Page title="Pattern">
        <p>This pattern is not on this device.</p>
        <p>
          <Link to="/patterns">All patterns</Link>
        </p>
      </Page>
    );

  const save = async (values: PatternFields) => {
    const result = editPattern(ports, pattern, values);
    if (!result.ok) {
      action.fail('Please fill in at least one of the blanks, or shorten what you wrote.');
      return false;
    }
    const ok = await action.run(() => vault.save(result.pattern));
    if (ok) setIsEditing(false);
    return ok;
  };

  return (
    <Page title="Pattern" heading={patternSentence(pattern)}>
      {pattern.fields.practising ? (
        <p className="lead">What I'm practising instead: {pattern.fields.practising}</p>
      ) : null}
      <p className="pattern-summary">{story.summary}</p>
      {story.months.length ? (
        <Suspense fallback={null}>
          <PatternChart months={story.months} />
        </Suspense>
      ) : null}
      <section aria-labelledby="moments-heading">
        <h2 id="moments-heading">Moments</h2>
        {story.moments.length ? (
          <ol className="entry-list">
            {story.moments
              .slice(story.moments.length - moments.count)
              .reverse()
              .map((moment) => (
                <li key={moment.id}>
                  <span className="entry-title">{formatWhen(moment.at, 'day')}</span>{' '}
                  <span>{momentWords(moment)}</span>
                </li>
              ))}
          </ol>
        ) : (
          <p className="empty">None yet.</p>
        )}
        {moments.hasMore ? (
          <ShowMoreButton label="Show earlier moments" onShowMore={moments.showMore} />
        ) : null}
      </section>
      {isEditing ? (
        <section aria-labelledby="edit-pattern-heading">
          <h2 id="edit-pattern-heading">Reword this pattern</h2>
          <PatternForm initial={pattern.fields} submitLabel="Save changes" action={action} onSubmit={save} />
        </section>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setIsEditing(true)}>
            Reword this pattern
          </button>
          <Link to="/patterns" className="button">
            All patterns
          </Link>
        </div>
      )}
      <LetGoSection
        what="this pattern"
        note="The pauses and meetings tagged with it stay; they are simply no longer tagged."
        onDelete={async () => {
          await vault.remove(pattern.id);
          navigate('/patterns', { replace: true });
        }}
      >
        <p>{removedEverywhere}</p>
      </LetGoSection>
    </Page>
  );
}
