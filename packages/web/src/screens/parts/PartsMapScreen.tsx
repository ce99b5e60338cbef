import { Trans, useLingui } from '@lingui/react/macro';
import { arrangePart, type Part, type PartPosition, linkWords } from '@tend/core';
import { useMemo, useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { Link } from '../../router/router.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { ChartFrame } from '../../ui/ChartFrame.tsx';
import { useAction } from '../../ui/use-action.ts';
import { layoutParts } from './map-layout.ts';
import { MapPicture } from './MapPicture.tsx';
import { useParts } from '../../state/use-parts.ts';
import { usePartName } from '../../i18n/part-name.ts';
import { useCoreWord } from '../../i18n/core-words.ts';
import './parts.css';

/** The same map in words: each part, its links as sentences, and a way to its page. */
function MapInWords({ parts }: { parts: readonly Part[] }) {
  const byId = new Map(parts.map((p) => [p.id, p]));
  const word = useCoreWord();
  const partName = usePartName();
  return (
    <section aria-labelledby="map-words-heading">
      <h2 id="map-words-heading">
        <Trans>The map in words</Trans>
      </h2>
      <ul className="map-words">
        {parts.map((part) => {
          const links = part.fields.links.filter((l) => byId.has(l.to));
          return (
            <li key={part.id}>
              <Link to={`/parts/${part.id}`}>{partName(part)}</Link>
              {links.length ? (
                <ul>
                  {links.map((l) => (
                    <li key={`${l.kind}-${l.to}`}>
                      {`${partName(part)} ${word(linkWords[l.kind])} ${partName(byId.get(l.to))}`}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="quiet">
                  <Trans>No links from this part.</Trans>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function PartsMapScreen() {
  const { vault, ports } = useApp();
  const parts = useParts().filter((p) => !p.fields.archived);
  const saved = useMemo(() => layoutParts(parts), [parts]);
  const [moving, setMoving] = useState<{ id: string; at: PartPosition } | null>(null);
  const [said, setSaid] = useState('');
  const action = useAction();
  const { t } = useLingui();
  const partName = usePartName();
  const positions = new Map(saved);
  if (moving) positions.set(moving.id, moving.at);

  const keep = async (id: string, at: PartPosition) => {
    const part = parts.find((p) => p.id === id);
    if (!part) return;
    const result = arrangePart(ports, part, at);
    if (!result.ok) return action.fail(t`That place could not be kept. Would you like to try another?`);
    const name = partName(part);
    if (await action.run(() => vault.save(result.part))) setSaid(t`${name} is kept in its new place.`);
    setMoving(null);
  };

  return (
    <Page title={t`Parts map`} className="parts parts-map">
      <p className="lead">
        <Trans>Place your parts where they feel right to you.</Trans>
      </p>
      <p className="quiet">
        <Trans>
          Drag a part, or focus it and use the arrow keys (Shift for bigger steps). Press Enter or Escape to
          keep it there.
        </Trans>
      </p>
      {parts.length ? (
        <ChartFrame
          title={t`Map of your parts`}
          className="parts-map-frame"
          legend={
            <p className="quiet">
              <Trans>
                An arrow points from a part to the part it protects. A dashed line joins parts in conflict, a
                dotted line parts close to each other.
              </Trans>
            </p>
          }
          summary={<MapInWords parts={parts} />}
        >
          <MapPicture
            parts={parts}
            positions={positions}
            onMove={(id, at) => setMoving({ id, at })}
            onKeep={(id, at) => void keep(id, at)}
            onSay={setSaid}
          />
        </ChartFrame>
      ) : (
        <p className="empty">
          <Trans>
            No parts to place yet. <Link to="/parts/new">Name a part</Link> whenever you are ready.
          </Trans>
        </p>
      )}
      <p role="status" className="quiet map-status">
        {said}
      </p>
      <Notice tone="problem">{action.problem}</Notice>
    </Page>
  );
}
