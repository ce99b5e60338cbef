import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planPage, spansOf, withinBudget } from './plan-page.ts';

const rowsOf = (sizes: readonly number[]) => sizes.map((size, i) => ({ seq: i + 1, size }));

describe('paging by bytes', () => {
  it('cuts a page at the count or the bytes, always taking the first row', () => {
    expect(planPage(rowsOf([300, 300, 500]), 10, 600)).toEqual({ take: 2, lastSeq: 2, hasMore: true });
    expect(planPage(rowsOf([900, 10]), 10, 600)).toEqual({ take: 1, lastSeq: 1, hasMore: true });
    expect(planPage(rowsOf([1, 1, 1]), 2, 600)).toEqual({ take: 2, lastSeq: 2, hasMore: true });
    expect(planPage(rowsOf([1, 1]), 2, 600)).toEqual({ take: 2, lastSeq: 2, hasMore: false });
    expect(planPage([], 2, 600)).toEqual({ take: 0, lastSeq: undefined, hasMore: false });
  });

  it('keeps every page within its bytes unless one row alone is larger, and loses no row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(1000), { maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        (sizes, limit) => {
          const rows = rowsOf(sizes);
          const seen: number[] = [];
          let rest = rows;
          while (rest.length > 0) {
            const plan = planPage(rest.slice(0, limit + 1), limit, 1200);
            const page = rest.slice(0, plan.take);
            const bytes = page.reduce((sum, row) => sum + row.size, 0);
            expect(plan.take).toBeGreaterThan(0);
            expect(page.length === 1 || bytes <= 1200).toBe(true);
            seen.push(...page.map((row) => row.seq));
            rest = rest.slice(plan.take);
          }
          expect(seen).toEqual(rows.map((row) => row.seq));
        },
      ),
    );
  });

  it('splits a page into spans of about the given bytes that cover it exactly', () => {
    expect(spansOf(rowsOf([100, 100, 300, 50]), 0, 250)).toEqual([
      { after: 0, upTo: 2 },
      { after: 2, upTo: 3 },
      { after: 3, upTo: 4 },
    ]);
    expect(spansOf([], 7, 250)).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.nat(500), { minLength: 1, maxLength: 30 }), (sizes) => {
        const rows = rowsOf(sizes).map((row) => ({ ...row, seq: row.seq + 10 }));
        const spans = spansOf(rows, 10, 400);
        expect(spans[0]?.after).toBe(10);
        expect(spans.at(-1)?.upTo).toBe(rows.at(-1)?.seq);
        spans.forEach((span, i) => {
          if (i > 0) expect(span.after).toBe(spans[i - 1]?.upTo);
          const inside = rows.filter((row) => row.seq > span.after && row.seq <= span.upTo);
          const bytes = inside.reduce((sum, row) => sum + row.size, 0);
          expect(inside.length === 1 || bytes <= 400).toBe(true);
        });
      }),
    );
  });

  it('picks bodies in order within a budget, always the first', () => {
    const rows = [{ size: 500 }, { size: 100 }, { size: 600 }];
    expect(withinBudget(rows, 100)).toEqual([{ size: 500 }]);
    expect(withinBudget(rows, 650)).toEqual([{ size: 500 }, { size: 100 }]);
  });
});
