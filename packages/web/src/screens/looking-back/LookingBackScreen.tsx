import { Trans, useLingui } from '@lingui/react/macro';
import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { useLingui as useI18n } from '@lingui/react';
import { lookingBack, lookingBackSpans, qualityNames, type LookingBackSpan } from '@tend/core';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useLookingBackInput } from '../../state/use-looking-back.ts';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { SegmentedChoice } from '../../ui/SegmentedChoice.tsx';
import { patternSentence } from '../patterns/pattern-words.ts';
import { usePartName } from '../parts/part-name.ts';
import { useCoreWord } from '../../i18n/core-words.ts';
import './looking-back.css';
import {
  sayGrief,
  sayKindness,
  sayPauses,
  sayPerson,
  sayQualities,
  sayQuality,
  saySelfTalk,
  sayUneven,
} from '../../i18n/sentences/looking-back.ts';
import { sayPatternStory } from '../../i18n/sentences/pattern-story.ts';
import { sayPartStory } from '../../i18n/sentences/story.ts';

const pictures = () => import('./LookingBackPictures.tsx');
const PartPicture = lazy(() => pictures().then((m) => ({ default: m.PartPicture })));
const PatternPicture = lazy(() => pictures().then((m) => ({ default: m.PatternPicture })));
const CountPicture = lazy(() => pictures().then((m) => ({ default: m.CountPicture })));
const PeoplePicture = lazy(() => pictures().then((m) => ({ default: m.PeoplePicture })));
const QualitiesPicture = lazy(() => pictures().then((m) => ({ default: m.QualitiesPicture })));
const SelfTalkPicture = lazy(() => pictures().then((m) => ({ default: m.SelfTalkPicture })));

const spanWords = {
  month: msg`Month`,
  season: msg`Season`,
  year: msg`Year`,
  everything: msg`Everything`,
} as const satisfies Record<LookingBackSpan, MessageDescriptor>;

function View({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="looking-back-view">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Drawing({ children }: { children: ReactNode }) {
  const { t } = useLingui();
  return <Suspense fallback={<p className="quiet">{t`Drawing the picture…`}</p>}>{children}</Suspense>;
}

/** At /looking-back: one place to see how things have moved, over a span the person chooses. */
export function LookingBackScreen() {
  const { ports } = useApp();
  const input = useLookingBackInput();
  const { settings } = useVaultSession();
  const [span, setSpan] = useState<LookingBackSpan>('season');
  const view = useMemo(() => lookingBack(input, span, ports.clock.now()), [input, span, ports]);
  const { t } = useLingui();
  const { i18n } = useI18n();
  const word = useCoreWord();
  const partName = usePartName();
  const names = new Map(input.parts.map((p) => [p.id, partName(p)]));
  const spanChoices = {
    month: i18n._(spanWords.month),
    season: i18n._(spanWords.season),
    year: i18n._(spanWords.year),
    everything: i18n._(spanWords.everything),
  };
  const patterns = new Map(input.patterns.map((p) => [p.id, patternSentence(p)]));
  return (
    <Page title={t`Looking back`} className="looking-back">
      <p className="lead">
        <Trans>
          How things have moved, in pictures and in words. Nothing here is a score; every month counts as it
          was.
        </Trans>
      </p>
      <SegmentedChoice
        legend={t`Look back over`}
        options={lookingBackSpans}
        words={spanChoices}
        value={span}
        onValue={(value) => setSpan(value ?? 'season')}
        canClear={false}
      />
      {view.uneven ? <p className="plain-note">{sayUneven(view)}</p> : null}
      <View id="lb-parts" title={t`How I have been relating to my parts`}>
        {view.parts.length ? null : (
          <p className="quiet">
            <Trans>No parts were met in this span.</Trans>
          </p>
        )}
        {view.parts.map((story) => (
          <div key={story.partId} className="looking-back-item">
            <h3>
              <Link to={`/parts/${story.partId}/story`}>
                {names.get(story.partId) ?? partName(undefined)}
              </Link>
            </h3>
            <p>{sayPartStory(story)}</p>
            <Drawing>
              <PartPicture story={story} />
            </Drawing>
          </div>
        ))}
      </View>
      <View id="lb-patterns" title={t`Patterns`}>
        {view.patterns.length ? null : (
          <p className="quiet">
            <Trans>No moments were tagged with a pattern in this span.</Trans>
          </p>
        )}
        {view.patterns.map((story) => (
          <div key={story.patternId} className="looking-back-item">
            <h3>
              <Link to={`/patterns/${story.patternId}`}>{patterns.get(story.patternId) ?? t`A pattern`}</Link>
            </h3>
            <p>{sayPatternStory(story)}</p>
            <Drawing>
              <PatternPicture story={story} />
            </Drawing>
          </div>
        ))}
      </View>
      <View id="lb-kindness" title={t`Kindness moments`}>
        <p>{sayKindness(view)}</p>
        {view.kindness.total ? (
          <Drawing>
            <CountPicture
              title={t`Kindness moments, month by month`}
              words={t`kindness moments`}
              months={view.kindness.months}
            />
          </Drawing>
        ) : null}
      </View>
      <View id="lb-people" title={t`Time with people`}>
        {view.people.length ? null : (
          <p className="quiet">
            <Trans>No check-ins in this span.</Trans>
          </p>
        )}
        <ul className="plain-list">
          {view.people.map((p) => (
            <li key={p.relationshipId}>{sayPerson(p)}</li>
          ))}
        </ul>
        {view.people.length ? (
          <Drawing>
            <PeoplePicture people={view.people} />
          </Drawing>
        ) : null}
      </View>
      <View id="lb-qualities" title={t`The six qualities`}>
        <p>{sayQualities(view)}</p>
        {view.qualities.qualities.some((q) => q.noted) ? (
          <>
            <ul className="plain-list">
              {view.qualities.qualities.map((q) => (
                <li key={q.quality}>
                  <strong>{word(qualityNames[q.quality])}.</strong> {sayQuality(view.span, q)}
                </li>
              ))}
            </ul>
            <Drawing>
              <QualitiesPicture qualities={view.qualities.qualities} />
            </Drawing>
          </>
        ) : null}
      </View>
      <View id="lb-grief" title={t`Grief I have been carrying`}>
        {view.griefs.length ? null : (
          <p className="quiet">
            <Trans>No griefs begun yet.</Trans>
          </p>
        )}
        <ul className="plain-list">
          {view.griefs.map((g) => (
            <li key={g.griefId}>
              <Link to={`/grief/${g.griefId}`}>{sayGrief(g)}</Link>
            </li>
          ))}
        </ul>
      </View>
      <View id="lb-pauses" title={t`Pauses`}>
        <p>{sayPauses(view)}</p>
        {view.pauses.total ? (
          <Drawing>
            <CountPicture title={t`Pauses, month by month`} words={t`pauses`} months={view.pauses.months} />
          </Drawing>
        ) : null}
      </View>
      {settings.isNoticingOn ? (
        <View id="lb-self-talk" title={t`Self-talk gentle noticing named`}>
          <p>{saySelfTalk(view)}</p>
          {view.selfTalk.pieces ? (
            <Drawing>
              <SelfTalkPicture counts={view.selfTalk.byPattern} />
            </Drawing>
          ) : null}
          <p className="quiet">
            <Trans>
              Only the kinds are kept with what you wrote, never the words, and only while gentle noticing is
              on.
            </Trans>
          </p>
        </View>
      ) : null}
    </Page>
  );
}
