import type { ReactNode } from 'react';
import './chart-frame.css';

/** One entry of a picture's key: the class that gives its swatch the colour with meaning, and its words. */
export interface ChartKey {
  readonly className: string;
  readonly words: string;
}

/** A picture's key as swatches beside words; the colours always come with words that say the same. */
export function ChartLegend({ keys }: { keys: readonly ChartKey[] }) {
  return (
    <ul className="chart-legend">
      {keys.map((key) => (
        <li key={key.className}>
          <span className={`swatch ${key.className}`} aria-hidden="true" />
          {key.words}
        </li>
      ))}
    </ul>
  );
}

interface ChartFrameProps {
  /** Seen above the picture, and the figure's accessible name. */
  readonly title: string;
  /** What each colour or line stands for: swatches with words, or a key of the picture's own. */
  readonly legend?: readonly ChartKey[] | ReactNode;
  /** The same as the picture in words: beside it where there is room, under it on a phone. */
  readonly summary?: ReactNode;
  readonly className?: string;
  /** The picture itself, an image with its counts in its own accessible name. */
  readonly children: ReactNode;
}

const isKeys = (legend: ChartFrameProps['legend']): legend is readonly ChartKey[] => Array.isArray(legend);

/**
 * Every picture in Tend sits in one frame: a title, the picture with its axis or key, and beside it
 * the words that say the same, so the picture is never the only way to read it.
 */
export function ChartFrame({ title, legend, summary, className, children }: ChartFrameProps) {
  return (
    <figure className={className ? `chart-frame ${className}` : 'chart-frame'}>
      <figcaption className="chart-frame-title">{title}</figcaption>
      <div className={summary ? 'chart-frame-body has-summary' : 'chart-frame-body'}>
        <div className="chart-frame-picture">
          {children}
          {isKeys(legend) ? <ChartLegend keys={legend} /> : legend}
        </div>
        {summary ? <div className="chart-frame-summary">{summary}</div> : null}
      </div>
    </figure>
  );
}
