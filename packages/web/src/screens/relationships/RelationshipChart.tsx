import { useLingui } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import { qualityNames, type CheckInMonth, type QualityStory } from '@tend/core';
import { Fragment, useId, type ReactNode } from 'react';
import { labelLines } from '../../ui/label-lines.ts';
import { ChartFrame } from '../../ui/ChartFrame.tsx';
import { divergingBars, divergingSize, type DivergingMonth } from './diverging-bars.ts';
import './relationship-chart.css';
import { sayMonth } from '../../i18n/sentences/story.ts';

interface DivergingPictureProps {
  readonly title: string;
  readonly upWords: string;
  /** What is drawn below the line; a picture of one count alone has none. */
  readonly downWords?: string;
  readonly months: readonly DivergingMonth[];
  /** The same in words, beside the picture. */
  readonly summary?: ReactNode;
  /** Names (people) are wrapped onto two short lines under their bars; months are shortened. */
  readonly isNamed?: boolean;
}

/** One more line of labels under the bars, for names wrapped onto two. */
const secondLine = 12;

/** A name under its bar on up to two lines, wrapped at spaces; the whole name stays in its tooltip. */
function NameLines({ name, x, perLine }: { name: string; x: number; perLine: number }) {
  const label = labelLines(name, perLine, 2);
  return (
    <>
      {label.isWhole ? null : <title>{name}</title>}
      {label.lines.map((line, n) => (
        <Fragment key={n}>
          {n ? ' ' : null}
          <tspan x={x} dy={n ? secondLine : 0}>
            {line}
          </tspan>
        </Fragment>
      ))}
    </>
  );
}

/**
 * Months (or people) side by side: one count drawn above the middle line, the other below, each
 * labelled. Looking back draws single counts with it too.
 */
export function DivergingPicture(props: DivergingPictureProps) {
  const { title, upWords, downWords, months, summary, isNamed = false } = props;
  const titleId = useId();
  const { t } = useLingui();
  const { bars, width } = divergingBars(months);
  const { middle } = divergingSize;
  const height = divergingSize.height + (isNamed ? secondLine : 0);
  // About as many letters as fit under a bar and its gap, at the labels' size.
  const perLine = Math.max(3, Math.floor((width + 6) / 5.6));
  const described = months
    .map((m) => `${m.label}: ${upWords} ${m.up}${downWords ? `, ${downWords} ${m.down}` : ''}`)
    .join('; ');
  return (
    <ChartFrame
      title={title}
      className="relationship-chart"
      summary={summary}
      legend={
        // A key in a line rather than a list: a page's own lists (check-ins, people) stay its only ones.
        <p className="chart-legend">
          <span>
            <span className="swatch chart-up" aria-hidden="true" />
            {t`Above the line: ${upWords}`}
          </span>
          {downWords ? (
            <span>
              <span className="swatch chart-down" aria-hidden="true" />
              {t`Below the line: ${downWords}`}
            </span>
          ) : null}
        </p>
      }
    >
      <svg viewBox={`0 0 ${divergingSize.width} ${height}`} role="img" aria-labelledby={titleId}>
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
                {isNamed ? (
                  <NameLines name={bar.label} x={bar.x + width / 2} perLine={perLine} />
                ) : (
                  <>
                    {bar.label.length > 3 ? <title>{bar.label}</title> : null}
                    {bar.label.slice(0, 3)}
                  </>
                )}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
    </ChartFrame>
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
