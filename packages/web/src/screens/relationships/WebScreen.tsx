import { Trans, useLingui } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import { sayQualityWebEntry } from '../../i18n/sentences/qualities.ts';
import { sayRelationshipWebEntry } from '../../i18n/sentences/relationship-web.ts';
import {
  checkInQualities,
  qualityNames,
  qualityWeb,
  relationshipWeb,
  type CheckInQuality,
  type QualityLean,
  type RelationalCheckIn,
  type Relationship,
  type RelationshipFeeling,
  type RelationshipPath,
  feelingWords,
  pathWords,
} from '@tend/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { ChartFrame } from '../../ui/ChartFrame.tsx';
import { useCheckIns, useRelationships } from '../../state/use-relationships.ts';
import { labelLines } from '../../ui/label-lines.ts';
import { inSentence } from './relationship-words.ts';
import { webNodes, webSize } from './web-layout.ts';

/** Between the lines of a wrapped name, in picture units. */
const lineHeight = 15;
import '../parts/parts.css';
import './relationships.css';

/** One person on the web, drawn in one of four line styles with a few words on why. */
type Person = {
  readonly relationship: Relationship;
  readonly line: RelationshipFeeling;
  readonly words: string;
  readonly explanation: string;
  readonly path: RelationshipPath | null;
};

type View = 'afterwards' | CheckInQuality;
const isView = (value: string): value is View =>
  value === 'afterwards' || checkInQualities.some((q) => q === value);

/** A quality's lean drawn in the same four line styles as the feeling afterwards. */
const lineOfLean = {
  often: 'nourishing',
  sometimes: 'mixed',
  rarely: 'depleting',
  'not-enough-noted': 'not-enough-check-ins',
} as const satisfies Record<QualityLean, RelationshipFeeling>;

/** The words a picture and its list use, in the language Tend speaks. */
function useWebWords() {
  const { t } = useLingui();
  const word = useCoreWord();
  return {
    word,
    lean: {
      often: t`Often, lately`,
      sometimes: t`Some of the time, lately`,
      rarely: t`Rarely, lately`,
      'not-enough-noted': t`Not enough noted to say`,
    } satisfies Record<QualityLean, string>,
    key: {
      afterwards: [t`nourishing`, t`mixed`, t`depleting`, t`not enough check-ins`],
      quality: [t`often`, t`some of the time`, t`rarely`, t`not enough noted`],
    },
  };
}

type WebWords = ReturnType<typeof useWebWords>;

function peopleOf(
  view: View,
  relationships: readonly Relationship[],
  checkIns: readonly RelationalCheckIn[],
  now: number,
  words: WebWords,
): Person[] {
  if (view === 'afterwards')
    return relationshipWeb(relationships, checkIns, now).flatMap((entry, i) => {
      const relationship = relationships[i];
      if (!relationship) return [];
      const { feeling, path } = entry;
      return [
        {
          relationship,
          line: feeling,
          words: words.word(feelingWords[feeling]),
          explanation: sayRelationshipWebEntry(entry),
          path,
        },
      ];
    });
  const paths = relationshipWeb(relationships, [], now);
  return qualityWeb(relationships, checkIns, view, now).flatMap((entry, i) => {
    const relationship = relationships[i];
    if (!relationship) return [];
    const path = paths[i]?.path ?? null;
    const { lean } = entry;
    return [
      {
        relationship,
        line: lineOfLean[lean],
        words: words.lean[lean],
        explanation: sayQualityWebEntry(entry, view),
        path,
      },
    ];
  });
}

interface WebPictureProps {
  readonly people: readonly Person[];
  readonly view: View;
  readonly words: WebWords;
  /** The same web in words, beside the picture. */
  readonly summary: ReactNode;
}

function WebPicture({ people, view, words, summary }: WebPictureProps) {
  const { i18n, t } = useLingui();
  const key = view === 'afterwards' ? words.key.afterwards : words.key.quality;
  const quality = view === 'afterwards' ? '' : inSentence(words.word(qualityNames[view]), i18n.locale);
  const nodes = webNodes(people.length);
  const { centre, width, height } = webSize;
  return (
    <ChartFrame
      title={
        view === 'afterwards'
          ? t`How time together has felt lately`
          : t`How often you noted ${quality} lately`
      }
      className="relationship-web"
      summary={summary}
      legend={
        <p className="web-key">
          <span className="key feeling-nourishing">
            <Trans>Solid line: {key[0]}</Trans>
          </span>
          <span className="key feeling-mixed">
            <Trans>Thin line: {key[1]}</Trans>
          </span>
          <span className="key feeling-depleting">
            <Trans>Dashed line: {key[2]}</Trans>
          </span>
          <span className="key feeling-not-enough-check-ins">
            <Trans>Dotted line: {key[3]}</Trans>
          </span>
        </p>
      }
    >
      <svg viewBox={`-70 0 ${width + 140} ${height}`} role="img" aria-labelledby="web-picture-title">
        <title id="web-picture-title">
          {view === 'afterwards'
            ? t`The people around you, each line drawn by how time together has felt lately. The list below says the same in words.`
            : t`The people around you, each line drawn by how often you noted ${quality} lately. The list below says the same in words.`}
        </title>
        {people.map(({ relationship, line }, i) => {
          const node = nodes[i];
          if (!node) return null;
          const name = relationship.fields.name;
          const label = labelLines(name);
          const dx = node.anchor === 'start' ? 14 : node.anchor === 'end' ? -14 : 0;
          // Lines above a top node grow upwards; beside a node they centre on it.
          const spread = (label.lines.length - 1) * lineHeight;
          const dy = node.anchor === 'middle' ? (node.y < centre ? -16 - spread : 26) : 5 - spread / 2;
          return (
            <g key={relationship.id} className={`web-person feeling-${line}`}>
              <line x1={centre} y1={centre} x2={node.x} y2={node.y} className="web-line" />
              <circle cx={node.x} cy={node.y} r={9} className="web-dot" />
              <text x={node.x + dx} y={node.y + dy} textAnchor={node.anchor} className="web-name">
                {label.isWhole ? null : <title>{name}</title>}
                {label.lines.map((line, n) => (
                  <tspan key={n} x={node.x + dx} dy={n ? lineHeight : 0}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        <circle cx={centre} cy={centre} r={22} className="web-you" />
        <text x={centre} y={centre + 5} textAnchor="middle" className="web-you-label">
          {t`You`}
        </text>
      </svg>
    </ChartFrame>
  );
}

/** The web: who is around the person and how time with each has felt lately, as a picture and a list. */
export function WebScreen() {
  const { ports } = useApp();
  const { i18n, t } = useLingui();
  const words = useWebWords();
  const relationships = useRelationships();
  const checkIns = useCheckIns();
  const [view, setView] = useState<View>('afterwards');
  const people = useMemo(
    () => peopleOf(view, relationships, checkIns, ports.clock.now(), words),
    // The words follow the language Tend speaks.
    [view, relationships, checkIns, ports, i18n.locale],
  );

  const inWords = (
    <section aria-labelledby="web-list-heading">
      <h2 id="web-list-heading">
        <Trans>In words</Trans>
      </h2>
      <ul className="entry-list web-list">
        {people.map(({ relationship, words: feltWords, explanation, path }) => {
          const name = relationship.fields.name;
          const felt = inSentence(feltWords, i18n.locale);
          const pathName = path ? inSentence(words.word(pathWords[path]), i18n.locale) : '';
          return (
            <li key={relationship.id}>
              <Link to={`/people/${relationship.id}`} className="entry-link">
                <span className="entry-title">{t`${name}: ${felt}`}</span>
                <span className="entry-snippet">
                  {explanation}
                  {path ? ` ${t`Path: ${pathName}.`}` : ''}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );

  return (
    <Page title={t`The web`} className="relationships">
      <p className="lead">
        <Trans>
          The people around you, and how time together has felt over the last weeks. Quieter weeks are not
          gaps.
        </Trans>
      </p>
      <div className="actions">
        <Link to="/people" className="button">
          <Trans>All people</Trans>
        </Link>
      </div>
      <div className="field">
        <label htmlFor="web-view">
          <Trans>View the web by</Trans>
        </label>
        <select
          id="web-view"
          value={view}
          onChange={(e) => {
            if (isView(e.target.value)) setView(e.target.value);
          }}
        >
          <option value="afterwards">{t`How I felt afterwards`}</option>
          {checkInQualities.map((q) => (
            <option key={q} value={q}>
              {words.word(qualityNames[q])}
            </option>
          ))}
        </select>
      </div>
      {people.length ? (
        <WebPicture people={people} view={view} words={words} summary={inWords} />
      ) : (
        <p className="empty">
          <Trans>No one here yet.</Trans>
        </p>
      )}
    </Page>
  );
}
