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
import { useMemo, useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { useCheckIns, useRelationships } from '../../state/use-relationships.ts';
import { labelLines } from '../../ui/label-lines.ts';
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

const leanWords = {
  often: 'Often, lately',
  sometimes: 'Some of the time, lately',
  rarely: 'Rarely, lately',
  'not-enough-noted': 'Not enough noted to say',
} as const satisfies Record<QualityLean, string>;

const keyWords = {
  afterwards: ['nourishing', 'mixed', 'depleting', 'not enough check-ins'],
  quality: ['often', 'some of the time', 'rarely', 'not enough noted'],
} as const;

function peopleOf(
  view: View,
  relationships: readonly Relationship[],
  checkIns: readonly RelationalCheckIn[],
  now: number,
): Person[] {
  if (view === 'afterwards')
    return relationshipWeb(relationships, checkIns, now).flatMap((entry, i) => {
      const relationship = relationships[i];
      if (!relationship) return [];
      const { feeling, explanation, path } = entry;
      return [{ relationship, line: feeling, words: feelingWords[feeling], explanation, path }];
    });
  const paths = relationshipWeb(relationships, [], now);
  return qualityWeb(relationships, checkIns, view, now).flatMap((entry, i) => {
    const relationship = relationships[i];
    if (!relationship) return [];
    const path = paths[i]?.path ?? null;
    const { lean, explanation } = entry;
    return [{ relationship, line: lineOfLean[lean], words: leanWords[lean], explanation, path }];
  });
}

function WebPicture({ people, view }: { people: readonly Person[]; view: View }) {
  const key = view === 'afterwards' ? keyWords.afterwards : keyWords.quality;
  const nodes = webNodes(people.length);
  const { centre, width, height } = webSize;
  return (
    <figure className="relationship-web">
      <svg viewBox={`-70 0 ${width + 140} ${height}`} role="img" aria-labelledby="web-picture-title">
        <title id="web-picture-title">
          {view === 'afterwards'
            ? 'The people around you, each line drawn by how time together has felt lately.'
            : `The people around you, each line drawn by how often you noted ${qualityNames[view].toLowerCase()} lately.`}{' '}
          The list below says the same in words.
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
          You
        </text>
      </svg>
      <figcaption className="web-key">
        <span className="key feeling-nourishing">Solid line: {key[0]}</span>
        <span className="key feeling-mixed">Thin line: {key[1]}</span>
        <span className="key feeling-depleting">Dashed line: {key[2]}</span>
        <span className="key feeling-not-enough-check-ins">Dotted line: {key[3]}</span>
      </figcaption>
    </figure>
  );
}

/** The web: who is around the person and how time with each has felt lately, as a picture and a list. */
export function WebScreen() {
  const { ports } = useApp();
  const relationships = useRelationships();
  const checkIns = useCheckIns();
  const [view, setView] = useState<View>('afterwards');
  const people = useMemo(
    () => peopleOf(view, relationships, checkIns, ports.clock.now()),
    [view, relationships, checkIns, ports],
  );

  return (
    <Page title="The web" className="relationships">
      <p className="lead">
        The people around you, and how time together has felt over the last weeks. Quieter weeks are not gaps.
      </p>
      <div className="actions">
        <Link to="/people" className="button">
          All people
        </Link>
      </div>
      <div className="field">
        <label htmlFor="web-view">View the web by</label>
        <select
          id="web-view"
          value={view}
          onChange={(e) => {
            if (isView(e.target.value)) setView(e.target.value);
          }}
        >
          <option value="afterwards">How I felt afterwards</option>
          {checkInQualities.map((q) => (
            <option key={q} value={q}>
              {qualityNames[q]}
            </option>
          ))}
        </select>
      </div>
      {people.length ? <WebPicture people={people} view={view} /> : <p className="empty">No one here yet.</p>}
      <section aria-labelledby="web-list-heading">
        <h2 id="web-list-heading">In words</h2>
        <ul className="entry-list web-list">
          {people.map(({ relationship, words, explanation, path }) => (
            <li key={relationship.id}>
              <Link to={`/people/${relationship.id}`} className="entry-link">
                <span className="entry-title">
                  {relationship.fields.name}: {words.toLowerCase()}
                </span>
                <span className="entry-snippet">
                  {explanation}
                  {path ? ` Path: ${pathWords[path].toLowerCase()}.` : ''}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
