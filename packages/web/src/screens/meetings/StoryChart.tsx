import { useLingui } from '@lingui/react/macro';
import {
  presences,
  presenceWords,
  stances,
  stanceShortWords,
  type Presence,
  type StoryMonth,
} from '@tend/core';
import { useId, type ReactNode } from 'react';
import { ChartFrame } from '../../ui/ChartFrame.tsx';
import { barWidth, chartSize, stackedBars, type StoryBar } from './story-bars.ts';
import { useCoreWord } from '../../i18n/core-words.ts';
import { inWords } from '../../i18n/core-word-table.ts';
import './story-chart.css';

interface StackedChartProps<K extends string> {
  readonly title: string;
  readonly bars: readonly StoryBar<K>[];
  readonly keys: readonly K[];
  readonly words: Readonly<Record<K, string>>;
  /** The class that gives a key its colour with meaning (styles/base.css). */
  readonly classOf: (key: K) => string;
  readonly empty: string;
  /** The same in words, beside the picture. */
  readonly summary?: ReactNode;
}

/** Months as stacked bars, with a visible title, a legend in words, and the whole picture in its name. */
function StackedChart<K extends string>(props: StackedChartProps<K>) {
  const { title, bars, keys, words, classOf, empty, summary } = props;
  const titleId = useId();
  const { t } = useLingui();
  const width = barWidth(bars.length);
  const used = new Set(bars.flatMap((b) => b.segments.map((s) => s.key)));
  if (!used.size)
    return (
      <>
        {summary}
        <p className="quiet">{empty}</p>
      </>
    );
  const described = bars
    .map(
      (b) => `${b.label}, ${b.segments.map((s) => `${words[s.key]} ${s.count}`).join(', ') || t`none noted`}`,
    )
    .join('; ');
  return (
    <ChartFrame
      title={title}
      className="story-chart"
      summary={summary}
      legend={keys
        .filter((key) => used.has(key))
        .map((key) => ({ className: classOf(key), words: words[key] }))}
    >
      <svg
        viewBox={`0 0 ${chartSize.width} ${chartSize.height}`}
        role="img"
        aria-labelledby={titleId}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{`${title}: ${described}.`}</title>
        {bars.map((bar) => (
          <g key={bar.month}>
            {bar.segments.map((s) => (
              <rect
                key={s.key}
                className={`stance-fill ${classOf(s.key)}`}
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
    </ChartFrame>
  );
}

/** Stances per month as stacked bars, each with its month and count in text. Loaded lazily. */
export function StoryChart({ months, summary }: { months: readonly StoryMonth[]; summary?: ReactNode }) {
  const { t } = useLingui();
  const word = useCoreWord();
  return (
    <StackedChart
      title={t`How you related to this part, month by month`}
      bars={stackedBars(months, stances, (m) => m.stances)}
      keys={stances}
      words={inWords(stanceShortWords, word)}
      classOf={(stance) => `stance-${stance}`}
      empty={t`No stances noted yet, so there is no picture to draw.`}
      summary={summary}
    />
  );
}

/** How present the person was in each month's meetings; meetings where it was not noted are left out. */
export function PresenceChart({ months, summary }: { months: readonly StoryMonth[]; summary?: ReactNode }) {
  const noted: readonly Presence[] = presences;
  const { t } = useLingui();
  const word = useCoreWord();
  return (
    <StackedChart
      title={t`How present you were, month by month`}
      bars={stackedBars(months, noted, (m) => m.presence)}
      keys={noted}
      words={inWords(presenceWords, word)}
      classOf={(presence) => `presence-${presence}`}
      empty={t`How present you were has not been noted yet, so there is no picture to draw.`}
      summary={summary}
    />
  );
}
