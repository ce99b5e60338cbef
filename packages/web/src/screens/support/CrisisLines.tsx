import { crisisRegion, crisisRegions, type CrisisLine, type RegionSuggestion } from '@tend/core';
import { useId } from 'react';
import { formatDay } from '../../ui/dates.ts';
import { callLink, textLink } from '../../ui/contact-links.ts';
import { EmergencyNumbers } from './EmergencyNumbers.tsx';

function LineCard({ line }: { line: CrisisLine }) {
  const text = line.text ? textLink(line.text) : null;
  return (
    <li className="crisis-line">
      <h3>{line.name}</h3>
      <div className="contact-links">
        {line.phone ? (
          <a className="button primary call-link" href={callLink(line.phone).href}>
            {callLink(line.phone).label}
          </a>
        ) : null}
        {text ? (
          <a className="button" href={text.href}>
            {text.label}
          </a>
        ) : null}
        {line.url ? (
          <a className="button primary" href={line.url} target="_blank" rel="noopener noreferrer">
            Open {new URL(line.url).host}
          </a>
        ) : null}
      </div>
      <p className="line-meta">{line.hours}</p>
      <p className="line-meta">
        Last checked {formatDay(line.lastChecked)} against {line.source}
      </p>
    </li>
  );
}

interface CrisisLinesProps {
  /** The region the person chose, if any. */
  readonly region: string | null;
  /** What the device's language and time zone suggest, shown until the person chooses. */
  readonly suggestion: RegionSuggestion | null;
  readonly onRegion: (code: string) => void;
}

const basisWords = {
  'time-zone': 'this device’s time zone',
  language: 'this device’s language',
} as const;

/**
 * Crisis lines with something to tap at once: the region the person chose, else one suggested from
 * the device (said plainly, and changed in one step), else the numbers that work in many places.
 */
export function CrisisLines({ region, suggestion, onRegion }: CrisisLinesProps) {
  const selectId = useId();
  const shown = crisisRegion(region ?? suggestion?.code);
  const isSuggested = region === null && suggestion !== null;

  return (
    <section className="crisis" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading" className="visually-hidden">
        Someone to talk to
      </h2>
      <EmergencyNumbers region={shown} />
      <ul className="crisis-lines">
        {shown.lines.map((line) => (
          <LineCard key={`${line.name}-${line.phone ?? line.text ?? ''}`} line={line} />
        ))}
      </ul>
      <div className="field region-choice">
        <label htmlFor={selectId}>Your region</label>
        <select
          id={selectId}
          value={shown.code}
          onChange={(e) => onRegion(e.target.value)}
          aria-describedby={`${selectId}-hint`}
        >
          {crisisRegions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
        <p className="field-hint" id={`${selectId}-hint`}>
          {isSuggested
            ? `Suggested from ${basisWords[suggestion.basis]}. It stays on this device; change it if it is not right.`
            : 'It stays on this device.'}
        </p>
      </div>
      <p className="not-crisis-service">
        Tend is not a crisis service. If you are in danger, please call your local emergency number.
      </p>
    </section>
  );
}
