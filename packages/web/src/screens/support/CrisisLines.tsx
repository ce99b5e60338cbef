import { crisisRegion, crisisRegions, type CrisisLine } from '@tend/core';
import { useId } from 'react';
import { formatDay } from '../../ui/dates.ts';
import { callLink, emergencyLinks, textLink } from './contact-links.ts';

function LineCard({ line }: { line: CrisisLine }) {
  const text = line.text ? textLink(line.text) : null;
  return (
    <li className="crisis-line">
      <h3>{line.name}</h3>
      <div className="contact-links">
        {line.phone ? (
          <a className="button primary" href={callLink(line.phone).href}>
            {callLink(line.phone).label}
          </a>
        ) : null}
        {text ? (
          <a className="button" href={text.href}>
            {text.label}
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
  readonly region: string | null;
  readonly onRegion: (code: string) => void;
}

/** Crisis lines for the region the person chose (never guessed), with the emergency number. */
export function CrisisLines({ region, onRegion }: CrisisLinesProps) {
  const selectId = useId();
  const chosen = crisisRegion(region);
  const emergency = emergencyLinks(chosen.emergency);

  return (
    <section className="crisis" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading">Someone to talk to</h2>
      <p className="not-crisis-service">
        Tend is not a crisis service. If you are in danger, please call your local emergency number.
      </p>
      <div className="field">
        <label htmlFor={selectId}>Your region</label>
        <select id={selectId} value={chosen.code} onChange={(e) => onRegion(e.target.value)}>
          {crisisRegions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div className="emergency">
        {emergency.length ? (
          <>
            <p>
              Emergency number in {chosen.name}: <strong>{chosen.emergency}</strong>
            </p>
            <div className="contact-links">
              {emergency.map((link) => (
                <a key={link.href} className="button" href={link.href}>
                  {link.label}
                </a>
              ))}
            </div>
          </>
        ) : (
          <p>In an emergency, please call your local emergency number.</p>
        )}
      </div>
      <ul className="crisis-lines">
        {chosen.lines.map((line) => (
          <LineCard key={`${line.name}-${line.phone ?? line.text ?? ''}`} line={line} />
        ))}
      </ul>
    </section>
  );
}
