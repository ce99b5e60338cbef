import { lookingBack, lookingBackSpans, partName, qualityNames, type LookingBackSpan } from '@tend/core';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useLookingBackInput } from '../../state/use-looking-back.ts';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { SegmentedChoice } from '../../ui/SegmentedChoice.tsx';
import { patternSentence } from '../patterns/pattern-words.ts';
import './looking-back.css';

const pictures = () => import('./LookingBackPictures.tsx');
const PartPicture = lazy(() => pictures().then((m) => ({ default: m.PartPicture })));
const PatternPicture = lazy(() => pictures().then((m) => ({ default: m.PatternPicture })));
const CountPicture = lazy(() => pictures().then((m) => ({ default: m.CountPicture })));
const PeoplePicture = lazy(() => pictures().then((m) => ({ default: m.PeoplePicture })));
const QualitiesPicture = lazy(() => pictures().then((m) => ({ default: m.QualitiesPicture })));
const SelfTalkPicture = lazy(() => pictures().then((m) => ({ default: m.SelfTalkPicture })));

const spanWords = {
  month: 'Month',
  season: 'Season',
  year: 'Year',
  everything: 'Everything',
} as const satisfies Record<LookingBackSpan, string>;

function View({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="looking-back-view">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

const Drawing = ({ children }: { children: ReactNode }) => (
  <Suspense fallback={<p className="quiet">Drawing the picture…</p>}>{children}</Suspense>
);

/** At /looking-back: one place to see how things have moved, over a span the person chooses. */
export function LookingBackScreen() {
  const { ports } = useApp();
  const input = useLookingBackInput();
  const { settings } = useVaultSession();
  const [span, setSpan] = useState<LookingBackSpan>('season');
  const view = useMemo(() => lookingBack(input, span, ports.clock.now()), [input, span, ports]);
  const names = new Map(input.parts.map((p) => [p.id, partName(p)]));
  const patterns = new Map(input.patterns.map((p) => [p.id, patternSentence(p)]));
  return (
    <Page title="Looking back" className="looking-back">
      <p className="lead">
        How things have moved, in pictures and in words. Nothing here is a score; every month counts as it
        was.
      </p>
      <SegmentedChoice
        legend="Look back over"
        options={lookingBackSpans}
        words={spanWords}
        value={span}
        onValue={(value) => setSpan(value ?? 'season')}
        canClear={false}
      />
      {view.uneven ? <p className="plain-note">{view.uneven}</p> : null}
      <View id="lb-parts" title="How I have been relating to my parts">
        {view.parts.length ? null : <p className="quiet">No parts were met in this span.</p>}
        {view.parts.map((story) => (
          <div key={story.partId} className="looking-back-item">
            <h3>
              <Link to={`/parts/${story.partId}/story`}>{names.get(story.partId) ?? 'A part'}</Link>
            </h3>
            <p>{story.summary}</p>
            <Drawing>
              <PartPicture story={story} />
            </Drawing>
          </div>
        ))}
      </View>
      <View id="lb-patterns" title="Patterns">
        {view.patterns.length ? null : (
          <p className="quiet">No moments were tagged with a pattern in this span.</p>
        )}
        {view.patterns.map((story) => (
          <div key={story.patternId} className="looking-back-item">
            <h3>
              <Link to={`/patterns/${story.patternId}`}>{patterns.get(story.patternId) ?? 'A pattern'}</Link>
            </h3>
            <p>{story.summary}</p>
            <Drawing>
              <PatternPicture story={story} />
            </Drawing>
          </div>
        ))}
      </View>
      <View id="lb-kindness" title="Kindness moments">
        <p>{view.kindness.summary}</p>
        {view.kindness.total ? (
          <Drawing>
            <CountPicture
              title="Kindness moments, month by month"
              words="kindness moments"
              months={view.kindness.months}
            />
          </Drawing>
        ) : null}
      </View>
      <View id="lb-people" title="Time with people">
        {view.people.length ? null : <p className="quiet">No check-ins in this span.</p>}
        <ul className="plain-list">
          {view.people.map((p) => (
            <li key={p.relationshipId}>{p.summary}</li>
          ))}
        </ul>
        {view.people.length ? (
          <Drawing>
            <PeoplePicture people={view.people} />
          </Drawing>
        ) : null}
      </View>
      <View id="lb-qualities" title="The six qualities">
        <p>{view.qualities.summary}</p>
        {view.qualities.qualities.some((q) => q.noted) ? (
          <>
            <ul className="plain-list">
              {view.qualities.qualities.map((q) => (
                <li key={q.quality}>
                  <strong>{qualityNames[q.quality]}.</strong> {q.summary}
                </li>
              ))}
            </ul>
            <Drawing>
              <QualitiesPicture qualities={view.qualities.qualities} />
            </Drawing>
          </>
        ) : null}
      </View>
      <View id="lb-grief" title="Grief I have been carrying">
        {view.griefs.length ? null : <p className="quiet">No griefs begun yet.</p>}
        <ul className="plain-list">
          {view.griefs.map((g) => (
            <li key={g.griefId}>
              <Link to={`/grief/${g.griefId}`}>{g.summary}</Link>
            </li>
          ))}
        </ul>
      </View>
      <View id="lb-pauses" title="Pauses">
        <p>{view.pauses.summary}</p>
        {view.pauses.total ? (
          <Drawing>
            <CountPicture title="Pauses, month by month" words="pauses" months={view.pauses.months} />
          </Drawing>
        ) : null}
      </View>
      {settings.isNoticingOn ? (
        <View id="lb-self-talk" title="Self-talk gentle noticing named">
          <p>{view.selfTalk.summary}</p>
          {view.selfTalk.pieces ? (
            <Drawing>
              <SelfTalkPicture counts={view.selfTalk.byPattern} />
            </Drawing>
          ) : null}
          <p className="quiet">
            Only the kinds are kept with what you wrote, never the words, and only while gentle noticing is
            on.
          </p>
        </View>
      ) : null}
    </Page>
  );
}
