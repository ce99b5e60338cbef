import { useLingui } from '@lingui/react/macro';
import { type PatternMonth } from '@tend/core';
import { useId, type ReactNode } from 'react';
import { ChartFrame } from '../../ui/ChartFrame.tsx';
import './pattern-chart.css';
import { sayMonth } from '../../i18n/sentences/story.ts';

const size = { width: 320, height: 160, top: 16, bottom: 28 } as const;

/** Month by month, the new response beside the old one as bars; the summary beside it says it in words. */
export function PatternChart({ months, summary }: { months: readonly PatternMonth[]; summary?: ReactNode }) {
  const titleId = useId();
  const { t } = useLingui();
  const shown = months.slice(-12);
  const most = Math.max(1, ...shown.map((m) => Math.max(m.new, m.old)));
  const slot = size.width / Math.max(1, shown.length);
  const bar = Math.min(18, slot / 3);
  const plot = size.height - size.top - size.bottom;
  const y = (n: number) => size.top + plot - (n / most) * plot;
  const title = shown
    .map((m) => {
      const month = sayMonth(m.month, false);
      return t`${month}: new response ${m.new}, old response ${m.old}`;
    })
    .join('; ');
  return (
    <ChartFrame
      title={t`The new response and the old, month by month`}
      className="pattern-chart"
      summary={summary}
      legend={[
        { className: 'bar-new', words: t`The new response` },
        { className: 'bar-old', words: t`The old response` },
      ]}
    >
      <svg viewBox={`0 0 ${size.width} ${size.height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{t`Month by month. ${title}.`}</title>
        <line x1={0} x2={size.width} y1={size.top + plot} y2={size.top + plot} className="chart-axis" />
        {shown.map((m, i) => {
          const x = i * slot + slot / 2;
          return (
            <g key={m.month}>
              <rect
                className="bar-new"
                x={x - bar}
                y={y(m.new)}
                width={bar}
                height={Math.max(1, plot + size.top - y(m.new))}
                rx={2}
              />
              <rect
                className="bar-old"
                x={x}
                y={y(m.old)}
                width={bar}
                height={Math.max(1, plot + size.top - y(m.old))}
                rx={2}
              />
              <text className="chart-text" x={x} y={size.height - 8} textAnchor="middle">
                {sayMonth(m.month, false).slice(0, 3)}
              </text>
            </g>
          );
        })}
      </svg>
    </ChartFrame>
  );
}
