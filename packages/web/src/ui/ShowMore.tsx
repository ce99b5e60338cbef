import { useState } from 'react';

/** Long lists (ten years of meetings) draw a page at a time; the rest is one button away. */
export function useShowMore(total: number, pageSize: number) {
  const [count, setCount] = useState(pageSize);
  return {
    count: Math.min(count, total),
    hasMore: total > count,
    showMore: () => setCount((shown) => shown + pageSize),
  };
}

export function ShowMoreButton({ label, onShowMore }: { label: string; onShowMore: () => void }) {
  return (
    <div className="actions">
      <button type="button" onClick={onShowMore}>
        {label}
      </button>
    </div>
  );
}
