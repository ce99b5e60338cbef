import { stances, type StoryMonth, stanceShortWords } from '@tend/core';
import { useId } from 'react';
import { barWidth, chartSize, storyBars } from './story-bars.ts';
import './story-chart.css';

/** Stances per month as stacked bars, each with its month and count in text. Loaded lazily. */
export function StoryChart({ months }: { months: readonly StoryMonth[] }) {
  const titleId = useId();
  const bars = storyBars(months);
  const width = barWidth(bars.length);
  const used = new Set(bars.flatMap((b) => b.segments.map((s) => s.stance)));
  if (!used.size) return <p className="quiet">No stances noted yet, so there is no picture to draw.</p>;
  return (
    <figure className="story-chart">
      <svg
        viewBox={`0 0 ${chartSize.width} ${chartSize.height}`}
        role="img"
        aria-labelledby={titleId}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>
          {`How you related to this part, month by month: ${bars
            .map(
              (b) =>
                `${b.label}, ${b.segments.map((s) => `${stanceShortWords[s.stance]} ${s.count}`).join(', ') || 'none noted'}`,
            )
            .join('; ')}.`}
        </title>
        {bars.map((bar) => (
          <g key={bar.month}>
            {bar.segments.map((s) => (
              <rect
                key={s.stance}
                className={`stance-fill stance-${s.stance}`}
                x={bar.x}
                y={s.y}
                width={width}
                height={Math.max(1, s.height)}
                rx={3}
              />
            ))}
            <text className="chart-text" x={bar.x + width / 2} y={chartSize.height - 10} textAnchor="middle">
              {bar.label.slice(0, 3)}
            </text>
            {bar.total ? (
              <text
                className="chart-text"
                x={bar.x + width / 2}
                y={(bar.segments.at(-1)?.y ?? chartSize.top) - 4}
                textAnchor="middle"
              >
                {bar.total}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {stances
            .filter((s) => used.has(s))
            .map((s) => (
              <li key={s}>
                <span className={`swatch stance-${s}`} aria-hidden="true" />
                {stanceShortWords[s]}
              </li>
            ))}
        </ul>
      </figcaption>
    </figure>
  );
}
