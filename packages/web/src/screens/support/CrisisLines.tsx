import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react';
import { Trans } from '@lingui/react/macro';
import { crisisDataWord } from './crisis-words.ts';
import { crisisRegion, crisisRegions, type CrisisLine, type RegionSuggestion } from '@tend/core';
import { useId } from 'react';
import { formatDay } from '../../ui/dates.ts';
import { callLink, textLink } from '../../ui/contact-links.ts';
import { EmergencyNumbers } from './EmergencyNumbers.tsx';

function LineCard({ line }: { line: CrisisLine }) {
  const { i18n } = useLingui();
  const host = line.url ? new URL(line.url).host : '';
  const checked = formatDay(line.lastChecked);
  const source = line.source;
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
            <Trans>Open {host}</Trans>
          </a>
        ) : null}
      </div>
      <p className="line-meta">{crisisDataWord((d) => i18n._(d), line.hours)}</p>
      <p className="line-meta">
        <Trans>
          Last checked {checked} against {source}
        </Trans>
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
  'time-zone': msg`Suggested from this device’s time zone. It stays on this device; change it if it is not right.`,
  language: msg`Suggested from this device’s language. It stays on this device; change it if it is not right.`,
  'chosen-language': msg`Suggested from the language you chose for Tend. It stays on this device; change it if it is not right.`,
} as const;

/**
 * Crisis lines with something to tap at once: the region the person chose, else one suggested from
 * the device (said plainly, and changed in one step), else the numbers that work in many places.
 */
export function CrisisLines({ region, suggestion, onRegion }: CrisisLinesProps) {
  const { i18n } = useLingui();
  const selectId = useId();
  const shown = crisisRegion(region ?? suggestion?.code);
  const isSuggested = region === null && suggestion !== null;

  return (
    <section className="crisis" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading" className="visually-hidden">
        <Trans>Someone to talk to</Trans>
      </h2>
      <EmergencyNumbers region={shown} />
      <ul className="crisis-lines">
        {shown.lines.map((line) => (
          <LineCard key={`${line.name}-${line.phone ?? line.text ?? ''}`} line={line} />
        ))}
      </ul>
      <div className="field region-choice">
        <label htmlFor={selectId}>
          <Trans>Your region</Trans>
        </label>
        <select
          id={selectId}
          value={shown.code}
          onChange={(e) => onRegion(e.target.value)}
          aria-describedby={`${selectId}-hint`}
        >
          {crisisRegions.map((r) => (
            <option key={r.code} value={r.code}>
              {crisisDataWord((d) => i18n._(d), r.name)}
            </option>
          ))}
        </select>
        <p className="field-hint" id={`${selectId}-hint`}>
          {isSuggested ? i18n._(basisWords[suggestion.basis]) : i18n._(msg`It stays on this device.`)}
        </p>
      </div>
      <p className="not-crisis-service">
        <Trans>
          Tend is not a crisis service. If you are in danger, please call your local emergency number.
        </Trans>
      </p>
    </section>
  );
}
