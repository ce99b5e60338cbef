import { describe, expect, it } from 'vitest';
import { divergingBars, divergingSize } from './diverging-bars.ts';

describe('divergingBars', () => {
  it('scales every bar to the largest count, above and below the middle line', () => {
    const { bars } = divergingBars([
      { label: 'Jan', up: 4, down: 0 },
      { label: 'Feb', up: 1, down: 2 },
    ]);
    expect(bars[0]?.upHeight).toBe(divergingSize.half);
    expect(bars[0]?.upY).toBe(divergingSize.middle - divergingSize.half);
    expect(bars[1]?.downHeight).toBe(divergingSize.half / 2);
    expect(bars[1]?.x).toBeGreaterThan(bars[0]?.x ?? Infinity);
  });

  it('draws nothing tall when nothing was counted', () => {
    const { bars } = divergingBars([{ label: 'Jan', up: 0, down: 0 }]);
    expect(bars[0]?.upHeight).toBe(0);
    expect(bars[0]?.downHeight).toBe(0);
  });

  it('keeps bars inside the picture however many months there are', () => {
    const months = Array.from({ length: 40 }, (_, i) => ({ label: String(i), up: 1, down: 1 }));
    const { bars, width } = divergingBars(months);
    const last = bars.at(-1);
    expect((last?.x ?? 0) + width).toBeLessThanOrEqual(divergingSize.width);
  });

  it('labels every month when there is room, and never lets labels run together when there is not', () => {
    const few = divergingBars(Array.from({ length: 6 }, (_, i) => ({ label: String(i), up: 1, down: 0 })));
    expect(few.bars.every((bar) => bar.labelled)).toBe(true);
    for (const length of [12, 24, 40, 120]) {
      const { bars } = divergingBars(
        Array.from({ length }, (_, i) => ({ label: String(i), up: 1, down: 0 })),
      );
      const labelled = bars.filter((bar) => bar.labelled);
      expect(bars.at(-1)?.labelled).toBe(true);
      for (let i = 1; i < labelled.length; i += 1) {
        expect((labelled[i]?.x ?? 0) - (labelled[i - 1]?.x ?? 0)).toBeGreaterThanOrEqual(24);
      }
    }
  });
});
