import { Trans, useLingui } from '@lingui/react/macro';
import { t } from '@lingui/core/macro';
import { editPattern, patternStory, type PatternFields, type PatternMoment, responseWords } from '@tend/core';
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
import { patternSentence } from '../../i18n/sentences/pattern-sentence.ts';
import { formatWhen } from '../../ui/dates.ts';
import { coreWord } from '../../i18n/core-words.ts';
import { delayInMinutesWords } from '../meetings/meeting-words.ts';
import { sayPatternStory } from '../../i18n/sentences/pattern-story.ts';

const PatternChart = lazy(() => import('./PatternChart.tsx').then((m) => ({ default: m.PatternChart })));

function momentWords(moment: PatternMoment): string {
  const what = moment.response ? coreWord(responseWords[moment.response]) : t`Response not said`;
  const source = moment.source === 'pause' ? t`A pause` : t`A meeting`;
  if (moment.noticedMinutes === null) return t`${source}: ${what}`;
  const delay = delayInMinutesWords(moment.noticedMinutes);
  return t`${source}: ${what}, noticed after ${delay}`;
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
  const { t } = useLingui();

  if (!pattern || !story)
    return (
      <Page title={t`Pattern`}>
        <p>
          <Trans>This pattern is not on this device.</Trans>
        </p>
        <p>
          <Link to="/patterns">
            <Trans>All patterns</Trans>
          </Link>
        </p>
      </Page>
    );

  const save = async (values: PatternFields) => {
    const result = editPattern(ports, pattern, values);
    if (!result.ok) {
      action.fail(t`Please fill in at least one of the blanks, or shorten what you wrote.`);
      return false;
    }
    const ok = await action.run(() => vault.save(result.pattern));
    if (ok) setIsEditing(false);
    return ok;
  };

  return (
    <Page title={t`Pattern`} heading={patternSentence(pattern)}>
      {pattern.fields.practising ? (
        <p className="lead">
          <Trans>What I'm practising instead: {pattern.fields.practising}</Trans>
        </p>
      ) : null}
      {/* On a wide screen the picture of the pattern sits beside its moments. */}
      <div className="page-columns">
        <div>
          <p className="pattern-summary">{sayPatternStory(story)}</p>
          {story.months.length ? (
            <Suspense fallback={null}>
              <PatternChart months={story.months} />
            </Suspense>
          ) : null}
        </div>
        <section aria-labelledby="moments-heading">
          <h2 id="moments-heading">
            <Trans>Moments</Trans>
          </h2>
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
            <p className="empty">
              <Trans>None yet.</Trans>
            </p>
          )}
          {moments.hasMore ? (
            <ShowMoreButton label={t`Show earlier moments`} onShowMore={moments.showMore} />
          ) : null}
        </section>
      </div>
      {isEditing ? (
        <section aria-labelledby="edit-pattern-heading">
          <h2 id="edit-pattern-heading">
            <Trans>Reword this pattern</Trans>
          </h2>
          <PatternForm
            initial={pattern.fields}
            submitLabel={t`Save changes`}
            action={action}
            onSubmit={save}
          />
        </section>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setIsEditing(true)}>
            <Trans>Reword this pattern</Trans>
          </button>
          <Link to="/patterns" className="button">
            <Trans>All patterns</Trans>
          </Link>
        </div>
      )}
      <LetGoSection
        what={t`this pattern`}
        note={t`The pauses and meetings tagged with it stay; they are simply no longer tagged.`}
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
