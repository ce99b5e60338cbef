import {
  relationshipWeb,
  type Relationship,
  type RelationshipWebEntry,
  feelingWords,
  pathWords,
} from '@tend/core';
import { useMemo } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { useCheckIns, useRelationships } from '../../state/use-relationships.ts';
import { shortLabel, webNodes, webSize } from './web-layout.ts';
import '../parts/parts.css';
import './relationships.css';

type Person = { readonly relationship: Relationship; readonly entry: RelationshipWebEntry };

function WebPicture({ people }: { people: readonly Person[] }) {
  const nodes = webNodes(people.length);
  const { centre, width, height } = webSize;
  return (
    <figure className="relationship-web">
      <svg viewBox={`-70 0 ${width + 140} ${height}`} role="img" aria-labelledby="web-picture-title">
        <title id="web-picture-title">
          The people around you, each line drawn by how time together has felt lately. The list below says the
          same in words.
        </title>
        {people.map(({ relationship, entry }, i) => {
          const node = nodes[i];
          if (!node) return null;
          const dx = node.anchor === 'start' ? 14 : node.anchor === 'end' ? -14 : 0;
          const dy = node.anchor === 'middle' ? (node.y < centre ? -16 : 26) : 5;
          return (
            <g key={relationship.id} className={`web-person feeling-${entry.feeling}`}>
              <line x1={centre} y1={centre} x2={node.x} y2={node.y} className="web-line" />
              <circle cx={node.x} cy={node.y} r={9} className="web-dot" />
              <text x={node.x + dx} y={node.y + dy} textAnchor={node.anchor} className="web-name">
                {shortLabel(relationship.fields.name)}
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
        <span className="key feeling-nourishing">Solid line: nourishing</span>
        <span className="key feeling-mixed">Thin line: mixed</span>
        <span className="key feeling-depleting">Dashed line: depleting</span>
        <span className="key feeling-not-enough-check-ins">Dotted line: not enough check-ins</span>
      </figcaption>
    </figure>
  );
}

/** The web: who is around the person and how time with each has felt lately, as a picture and a list. */
export function WebScreen() {
  const { ports } = useApp();
  const relationships = useRelationships();
  const checkIns = useCheckIns();
  const people = useMemo(() => {
    const entries = relationshipWeb(relationships, checkIns, ports.clock.now());
    return relationships.flatMap((relationship, i) => {
      const entry = entries[i];
      return entry ? [{ relationship, entry }] : [];
    });
  }, [relationships, checkIns, ports]);

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
      {people.length ? <WebPicture people={people} /> : <p className="empty">No one here yet.</p>}
      <section aria-labelledby="web-list-heading">
        <h2 id="web-list-heading">In words</h2>
        <ul className="entry-list web-list">
          {people.map(({ relationship, entry }) => (
            <li key={relationship.id}>
              <Link to={`/people/${relationship.id}`} className="entry-link">
                <span className="entry-title">
                  {relationship.fields.name}: {feelingWords[entry.feeling].toLowerCase()}
                </span>
                <span className="entry-snippet">
                  {entry.explanation}
                  {entry.path ? ` Path: ${pathWords[entry.path].toLowerCase()}.` : ''}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
