import { useLingui } from '@lingui/react/macro';
import { type Part, type PartLinkKind, type PartPosition } from '@tend/core';
import { Fragment, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { mapSize, moveByKey, clampPosition } from './map-layout.ts';
import { labelLines } from '../../ui/label-lines.ts';
import { usePartName } from '../../i18n/part-name.ts';

interface MapPictureProps {
  readonly parts: readonly Part[];
  readonly positions: ReadonlyMap<string, PartPosition>;
  /** A part is being moved (drag or arrow key); not saved yet. */
  readonly onMove: (id: string, at: PartPosition) => void;
  /** The person let go, or pressed Enter or Escape: keep the part where it is. */
  readonly onKeep: (id: string, at: PartPosition) => void;
  readonly onSay: (words: string) => void;
}

const lineClass: Record<PartLinkKind, string> = {
  protects: 'line-protects',
  'in-conflict-with': 'line-conflict',
  'close-to': 'line-close',
};

/**
 * Room around the drawing space for the names under parts at its edges (up to three lines below the
 * lowest), so a name is never cut by the picture's border.
 */
const labelRoom = { side: 24, below: 48 } as const;

/** A part's name under its circle, wrapped rather than cut; the full name stays in the node's label. */
function MapLabel({ name }: { name: string }) {
  const label = labelLines(name, 18, 3);
  return (
    <text y={38} textAnchor="middle">
      {/* A space between the lines, so the name reads whole to assistive technology as well. */}
      {label.lines.map((line, n) => (
        <Fragment key={n}>
          {n ? ' ' : null}
          <tspan x={0} dy={n ? 14 : 0}>
            {line}
          </tspan>
        </Fragment>
      ))}
    </text>
  );
}

/** The parts as labelled circles and their links as lines, movable by pointer and by keyboard. */
export function MapPicture({ parts, positions, onMove, onKeep, onSay }: MapPictureProps) {
  const svg = useRef<SVGSVGElement>(null);
  const dragging = useRef<string | null>(null);
  const moved = useRef<{ id: string; at: PartPosition } | null>(null);
  const { t } = useLingui();
  const partName = usePartName();

  const toMap = (event: PointerEvent): PartPosition | null => {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix) return null;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return clampPosition({ x: point.x, y: point.y });
  };

  const move = (id: string, at: PartPosition) => {
    moved.current = { id, at };
    onMove(id, at);
  };

  const finish = (id: string) => {
    const last = moved.current;
    moved.current = null;
    if (last?.id === id) onKeep(id, last.at);
  };

  const onKey = (part: Part, event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      finish(part.id);
      return;
    }
    const at = positions.get(part.id);
    const next = at ? moveByKey(at, event.key, event.shiftKey) : null;
    if (!next) return;
    event.preventDefault();
    move(part.id, next);
    const name = partName(part);
    onSay(t`${name} moved. Press Enter to keep it here.`);
  };

  return (
    <svg
      ref={svg}
      className="map-picture"
      viewBox={`${-labelRoom.side} 0 ${mapSize.width + 2 * labelRoom.side} ${mapSize.height + labelRoom.below}`}
      role="group"
      aria-label={t`Map of your parts`}
    >
      <defs>
        <marker
          id="protects-arrow"
          viewBox="0 0 10 10"
          refX="24"
          refY="5"
          markerWidth="8"
          markerHeight="8"
          orient="auto"
        >
          <path d="M0 0 10 5 0 10z" className="map-arrow" />
        </marker>
      </defs>
      {parts.flatMap((part) =>
        part.fields.links.map((link) => {
          const from = positions.get(part.id);
          const to = positions.get(link.to);
          if (!from || !to) return null;
          return (
            <line
              key={`${part.id}-${link.kind}-${link.to}`}
              className={`map-line ${lineClass[link.kind]}`}
              x1={from.x}
              y1={from.y}
              x2={to.x}
              y2={to.y}
              markerEnd={link.kind === 'protects' ? 'url(#protects-arrow)' : undefined}
            />
          );
        }),
      )}
      {parts.map((part) => {
        const at = positions.get(part.id);
        if (!at) return null;
        const name = partName(part);
        return (
          <g
            key={part.id}
            className="map-node"
            role="button"
            tabIndex={0}
            aria-label={t`${name}, movable`}
            transform={`translate(${at.x} ${at.y})`}
            onKeyDown={(e) => onKey(part, e)}
            onBlur={() => finish(part.id)}
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              dragging.current = part.id;
            }}
            onPointerMove={(e) => {
              const next = dragging.current === part.id ? toMap(e) : null;
              if (next) move(part.id, next);
            }}
            onPointerUp={() => {
              dragging.current = null;
              finish(part.id);
            }}
          >
            <circle r={22} />
            <MapLabel name={name} />
          </g>
        );
      })}
    </svg>
  );
}
