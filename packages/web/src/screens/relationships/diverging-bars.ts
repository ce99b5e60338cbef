/** Layout for a picture of months, each with a count above a middle line and a count below it. */
export type DivergingMonth = { readonly label: string; readonly up: number; readonly down: number };

export type DivergingBar = DivergingMonth & {
  readonly x: number;
  readonly upY: number;
  readonly upHeight: number;
  readonly downHeight: number;
  /** Whether its label is drawn: with many months only every few, so labels never run together. */
  readonly labelled: boolean;
};

export const divergingSize = { width: 320, height: 160, middle: 80, half: 64, labelY: 156 } as const;

const gap = 6;
/** Room a three-letter month label needs at the chart's label size, in picture units. */
const labelRoom = 24;

/** Bars share one scale, so a month with more check-ins reads as taller in both directions. */
export function divergingBars(months: readonly DivergingMonth[]): { bars: DivergingBar[]; width: number } {
  const { width, middle, half } = divergingSize;
  const largest = Math.max(1, ...months.map((m) => Math.max(m.up, m.down)));
  const barWidth = Math.min(36, (width - gap) / Math.max(1, months.length) - gap);
  const labelEvery = Math.ceil(labelRoom / (barWidth + gap));
  const bars = months.map((month, i) => {
    const upHeight = (month.up / largest) * half;
    return {
      ...month,
      x: gap + i * (barWidth + gap),
      upY: middle - upHeight,
      upHeight,
      downHeight: (month.down / largest) * half,
      labelled: (months.length - 1 - i) % labelEvery === 0,
    };
  });
  return { bars, width: barWidth };
}
