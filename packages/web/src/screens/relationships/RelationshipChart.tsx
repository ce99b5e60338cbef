import { Trans, useLingui } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import { qualityNames, type CheckInMonth, type QualityStory } from '@tend/core';
import { useId } from 'react';
import { divergingBars, divergingSize, type DivergingMonth } from './diverging-bars.ts';
import './relationship-chart.css';
import { sayMonth } from '../../i18n/sentences/story.ts';

interface DivergingPictureProps {
  readonly title: string;
  readonly upWords: string;
  /** What is drawn below the line; a picture of one count alone has none. */
  readonly downWords?: string;
  readonly months: readonly DivergingMonth[];
}

/**
 * Months (or people) side by side: one count drawn above the middle line, the other below, each
 * labelled. Looking back draws single counts with it too.
 */
export function DivergingPicture({ title, upWords, downWords, months }: DivergingPictureProps) {
  const titleId = useId();
  const { bars, width } = divergingBars(months);
  const { middle } = divergingSize;
  const described = months
    .map((m) => `${m.label}: ${upWords} ${m.up}${downWords ? `, ${downWords} ${m.down}` : ''}`)
    .join('; ');
  return (
    <figure className="relationship-chart">
      {/* Seen as the picture's title; the picture's own accessible name already says it. */}
      <p className="chart-title" aria-hidden="true">
        {title}
      </p>
      <svg
        viewBox={`0 0 ${divergingSize.width} ${divergingSize.height}`}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{`${title}. ${described}.`}</title>
        <line x1={0} x2={divergingSize.width} y1={middle} y2={middle} className="chart-axis" />
        {bars.map((bar) => (
          <g key={bar.label}>
            <rect className="chart-up" x={bar.x} y={bar.upY} width={width} height={bar.upHeight} rx={2} />
            <rect className="chart-down" x={bar.x} y={middle} width={width} height={bar.downHeight} rx={2} />
            {bar.labelled ? (
              <text
                x={bar.x + width / 2}
                y={divergingSize.labelY}
                textAnchor="middle"
                className="chart-label"
              >
                {bar.label.slice(0, 3)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption>
        <span className="key key-up">
          <Trans>Above the line: {upWords}</Trans>
        </span>
        {downWords ? (
          <span className="key key-down">
            <Trans>Below the line: {downWords}</Trans>
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}

/** Nourishing against depleting, and boundaries held against self-abandonment, month by month. Lazy. */
export function RelationshipChart({ months }: { months: readonly CheckInMonth[] }) {
  const withYear = new Set(months.map((m) => m.month.slice(0, 4))).size > 1;
  const label = (m: CheckInMonth) => sayMonth(m.month, withYear);
  const { t } = useLingui();
  return (
    <>
      <DivergingPicture
        title={t`How time together left you, month by month`}
        upWords={t`nourished`}
        downWords={t`depleted`}
        months={months.map((m) => ({ label: label(m), up: m.nourished, down: m.depleted }))}
      />
      <DivergingPicture
        title={t`Boundaries held and abandoning yourself, month by month`}
        upWords={t`held a boundary`}
        downWords={t`abandoned yourself to keep the peace`}
        months={months.map((m) => ({ label: label(m), up: m.heldBoundary, down: m.abandonedMyself }))}
      />
    </>
  );
}

/**
 * One quality over time: the times it was felt mostly or fully above the line, a little or not at
 * all below. Each picture sits under its own words, which say the same.
 */
export function QualityChart({ story, withYear }: { story: QualityStory; withYear: boolean }) {
  const { t } = useLingui();
  const quality = useCoreWord()(qualityNames[story.quality]);
  return (
    <DivergingPicture
      title={t`${quality}, month by month`}
      upWords={t`mostly or fully`}
      downWords={t`a little or not at all`}
      months={story.months.map((m) => ({
        label: sayMonth(m.month, withYear),
        up: m.felt.mostly + m.felt.fully,
        down: m.felt['a-little'] + m.felt['not-at-all'],
      }))}
    />
  );
}
