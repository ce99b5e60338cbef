import { Trans, useLingui } from '@lingui/react/macro';
import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { qualityNames, type LookingBack, type LookingBackInput } from '@tend/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link } from '../../router/router.tsx';
import { patternSentence } from '../../i18n/sentences/pattern-sentence.ts';
import { usePartName } from '../../i18n/part-name.ts';
import { useCoreWord } from '../../i18n/core-words.ts';
import {
  sayGrief,
  sayKindness,
  sayPauses,
  sayPerson,
  sayQualities,
  sayQuality,
  saySelfTalk,
} from '../../i18n/sentences/looking-back.ts';
import { sayPatternStory } from '../../i18n/sentences/pattern-story.ts';
import { sayPartStory } from '../../i18n/sentences/story.ts';

const pictures = () => import('./LookingBackPictures.tsx');
const PartPicture = lazy(() => pictures().then((m) => ({ default: m.PartPicture })));
const PartsAtOnce = lazy(() => pictures().then((m) => ({ default: m.PartsAtOnce })));
const PatternPicture = lazy(() => pictures().then((m) => ({ default: m.PatternPicture })));
const CountPicture = lazy(() => pictures().then((m) => ({ default: m.CountPicture })));
const PeoplePicture = lazy(() => pictures().then((m) => ({ default: m.PeoplePicture })));
const QualitiesPicture = lazy(() => pictures().then((m) => ({ default: m.QualitiesPicture })));
const SelfTalkPicture = lazy(() => pictures().then((m) => ({ default: m.SelfTalkPicture })));

/** Looking back's views, each a page of its own under the overview. */
export const lookingBackViews = [
  'parts',
  'patterns',
  'kindness',
  'people',
  'qualities',
  'grief',
  'pauses',
  'self-talk',
] as const;
export type LookingBackView = (typeof lookingBackViews)[number];

export const isLookingBackView = (value: string): value is LookingBackView =>
  (lookingBackViews as readonly string[]).includes(value);

export const viewTitles = {
  parts: msg`How I have been relating to my parts`,
  patterns: msg`Patterns`,
  kindness: msg`Kindness moments`,
  people: msg`Time with people`,
  qualities: msg`The six qualities`,
  grief: msg`Grief I have been carrying`,
  pauses: msg`Pauses`,
  'self-talk': msg`Self-talk gentle noticing named`,
} as const satisfies Record<LookingBackView, MessageDescriptor>;

/** While a picture's chunk loads, its words are already there. */
function Drawing({ words, children }: { words?: ReactNode; children: ReactNode }) {
  const { t } = useLingui();
  return (
    <Suspense
      fallback={
        <>
          {words}
          <p className="quiet">{t`Drawing the picture…`}</p>
        </>
      }
    >
      {children}
    </Suspense>
  );
}

interface ViewProps {
  readonly view: LookingBack;
  readonly input: LookingBackInput;
}

/** As many parts as show their months at once, without a tap. */
const fewParts = 2;

function PartsView({ view, input }: ViewProps) {
  const { t } = useLingui();
  const partName = usePartName();
  const names = new Map(input.parts.map((p) => [p.id, partName(p)]));
  if (!view.parts.length)
    return (
      <p className="quiet">
        <Trans>No parts were met in this span.</Trans>
      </p>
    );
  // All parts in one picture first; with more than a few, each part's own months wait behind "Month
  // by month", so a phone shows the span in a screen or two rather than a picture per part.
  const isEachOpen = view.parts.length <= fewParts;
  return (
    <>
      <Drawing>
        <PartsAtOnce stories={view.parts} names={names} />
      </Drawing>
      {view.parts.map((story) => (
        <div key={story.partId} className="looking-back-item">
          <h2>
            <Link to={`/parts/${story.partId}/story`}>{names.get(story.partId) ?? partName(undefined)}</Link>
          </h2>
          <p>{sayPartStory(story)}</p>
          <details className="looking-back-more" open={isEachOpen}>
            <summary className="disclosure-summary">{t`Month by month`}</summary>
            <Drawing>
              <PartPicture story={story} summary={null} />
            </Drawing>
          </details>
        </div>
      ))}
    </>
  );
}

function PatternsView({ view, input }: ViewProps) {
  const { t } = useLingui();
  const patterns = new Map(input.patterns.map((p) => [p.id, patternSentence(p)]));
  if (!view.patterns.length)
    return (
      <p className="quiet">
        <Trans>No moments were tagged with a pattern in this span.</Trans>
      </p>
    );
  return view.patterns.map((story) => {
    const words = <p>{sayPatternStory(story)}</p>;
    return (
      <div key={story.patternId} className="looking-back-item">
        <h2>
          <Link to={`/patterns/${story.patternId}`}>{patterns.get(story.patternId) ?? t`A pattern`}</Link>
        </h2>
        {story.months.length ? (
          <Drawing words={words}>
            <PatternPicture story={story} summary={words} />
          </Drawing>
        ) : (
          words
        )}
      </div>
    );
  });
}

function KindnessView({ view }: ViewProps) {
  const { t } = useLingui();
  const words = <p>{sayKindness(view)}</p>;
  if (!view.kindness.total) return words;
  return (
    <Drawing words={words}>
      <CountPicture
        title={t`Kindness moments, month by month`}
        words={t`kindness moments`}
        months={view.kindness.months}
        summary={words}
      />
    </Drawing>
  );
}

function PeopleView({ view }: ViewProps) {
  if (!view.people.length)
    return (
      <p className="quiet">
        <Trans>No check-ins in this span.</Trans>
      </p>
    );
  const words = (
    <ul className="plain-list">
      {view.people.map((p) => (
        <li key={p.relationshipId}>{sayPerson(p)}</li>
      ))}
    </ul>
  );
  return (
    <Drawing words={words}>
      <PeoplePicture people={view.people} summary={words} />
    </Drawing>
  );
}

function QualitiesView({ view }: ViewProps) {
  const word = useCoreWord();
  const overview = <p>{sayQualities(view)}</p>;
  if (!view.qualities.qualities.some((q) => q.noted)) return overview;
  const words = (
    <>
      {overview}
      <ul className="plain-list">
        {view.qualities.qualities.map((q) => (
          <li key={q.quality}>
            <strong>{word(qualityNames[q.quality])}.</strong> {sayQuality(view.span, q)}
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <Drawing words={words}>
      <QualitiesPicture qualities={view.qualities.qualities} summary={words} />
    </Drawing>
  );
}

function GriefView({ view }: ViewProps) {
  if (!view.griefs.length)
    return (
      <p className="quiet">
        <Trans>No griefs begun yet.</Trans>
      </p>
    );
  return (
    <ul className="plain-list">
      {view.griefs.map((g) => (
        <li key={g.griefId}>
          <Link to={`/grief/${g.griefId}`}>{sayGrief(g)}</Link>
        </li>
      ))}
    </ul>
  );
}

function PausesView({ view }: ViewProps) {
  const { t } = useLingui();
  const words = <p>{sayPauses(view)}</p>;
  if (!view.pauses.total) return words;
  return (
    <Drawing words={words}>
      <CountPicture
        title={t`Pauses, month by month`}
        words={t`pauses`}
        months={view.pauses.months}
        summary={words}
      />
    </Drawing>
  );
}

function SelfTalkView({ view }: ViewProps) {
  const words = <p>{saySelfTalk(view)}</p>;
  return (
    <>
      {view.selfTalk.pieces ? (
        <Drawing words={words}>
          <SelfTalkPicture counts={view.selfTalk.byPattern} summary={words} />
        </Drawing>
      ) : (
        words
      )}
      <p className="quiet">
        <Trans>
          Only the kinds are kept with what you wrote, never the words, and only while gentle noticing is on.
        </Trans>
      </p>
    </>
  );
}

const views = {
  parts: PartsView,
  patterns: PatternsView,
  kindness: KindnessView,
  people: PeopleView,
  qualities: QualitiesView,
  grief: GriefView,
  pauses: PausesView,
  'self-talk': SelfTalkView,
} as const satisfies Record<LookingBackView, (props: ViewProps) => ReactNode>;

/** One view in full: its words, and its pictures each in a frame with the same words beside it. */
export function LookingBackViewContent({ which, ...props }: ViewProps & { which: LookingBackView }) {
  const View = views[which];
  return <View {...props} />;
}
