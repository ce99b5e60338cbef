/** A tile's small picture: months as bars, or a whole span as one bar in its parts. */
export type GlimpseShape =
  | { readonly kind: 'bars'; readonly counts: readonly number[] }
  | {
      readonly kind: 'split';
      readonly parts: readonly { readonly className: string; readonly count: number }[];
    };

const size = { width: 120, height: 28 } as const;

/**
 * Only a picture of what the tile's words already say, so it is hidden from screen readers; the
 * view it opens draws it in full, in a frame with its title, key and words.
 */
export function Glimpse({ shape }: { shape: GlimpseShape }) {
  if (shape.kind === 'bars') {
    const counts = shape.counts.slice(-12);
    const most = Math.max(0, ...counts);
    if (!most) return null;
    const slot = size.width / counts.length;
    // A few months get wide bars, a year narrow ones; always a gap between them.
    const bar = Math.max(2, Math.min(24, slot * 0.6));
    return (
      <svg
        className="glimpse"
        viewBox={`0 0 ${size.width} ${size.height}`}
        aria-hidden="true"
        focusable="false"
      >
        {counts.map((n, i) => {
          const height = Math.max(n ? 2 : 1, (n / most) * size.height);
          return (
            <rect
              key={i}
              className={n ? 'g-bar' : 'g-none'}
              x={i * slot + (slot - bar) / 2}
              y={size.height - height}
              width={bar}
              height={height}
              rx={1.5}
            />
          );
        })}
      </svg>
    );
  }
  const total = shape.parts.reduce((a, p) => a + p.count, 0);
  if (!total) return null;
  let x = 0;
  return (
    <svg className="glimpse" viewBox={`0 0 ${size.width} 12`} aria-hidden="true" focusable="false">
      {shape.parts.map((part) => {
        const width = (part.count / total) * size.width;
        const at = x;
        x += width;
        return part.count ? (
          <rect key={part.className} className={part.className} x={at} y={0} width={width} height={12} />
        ) : null;
      })}
    </svg>
  );
}
