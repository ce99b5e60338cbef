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
});
