import { useLingui } from '@lingui/react';
import { Trans } from '@lingui/react/macro';
import { crisisDataWord } from './crisis-words.ts';
import { commonEmergencyNumbers, type CrisisRegion } from '@tend/core';
import { formatDay } from '../../ui/dates.ts';
import { callLink, emergencyLinks } from '../../ui/contact-links.ts';

/** The shown region's emergency number as a call link, with where and when it was checked. */
function RegionEmergency({ region }: { region: CrisisRegion }) {
  const { i18n } = useLingui();
  const links = emergencyLinks(region.emergency);
  const where = crisisDataWord((d) => i18n._(d), region.name);
  const checked = region.emergencyLastChecked ? formatDay(region.emergencyLastChecked) : '';
  const source = region.emergencySource;
  return (
    <div className="emergency">
      <div className="contact-links">
        {links.map((link) => (
          <a key={link.href} className="button call-link" href={link.href}>
            {link.label}
          </a>
        ))}
      </div>
      <p>
        <Trans>The emergency number in {where}, if you are in danger right now.</Trans>
      </p>
      {region.emergencySource && region.emergencyLastChecked ? (
        <p className="line-meta">
          <Trans>
            Last checked {checked} against {source}
          </Trans>
        </p>
      ) : null}
    </div>
  );
}

/** Where no region fits: the emergency numbers that work in many places, each a call link. */
function CommonEmergency() {
  const { i18n } = useLingui();
  return (
    <div className="emergency">
      <p>
        <Trans>
          In danger right now? Please call your local emergency number. These work in many places:
        </Trans>
      </p>
      <ul className="common-numbers">
        {commonEmergencyNumbers.map((entry) => (
          <li key={entry.number}>
            <a className="button call-link" href={callLink(entry.number).href}>
              {callLink(entry.number).label}
            </a>
            <CommonWhere
              where={crisisDataWord((d) => i18n._(d), entry.where)}
              checked={formatDay(entry.lastChecked)}
              source={entry.source}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

function CommonWhere({ where, checked, source }: { where: string; checked: string; source: string }) {
  return (
    <span>
      {where}
      <span className="line-meta">
        {' '}
        <Trans>
          · checked {checked} against {source}
        </Trans>
      </span>
    </span>
  );
}

export function EmergencyNumbers({ region }: { region: CrisisRegion }) {
  return emergencyLinks(region.emergency).length ? <RegionEmergency region={region} /> : <CommonEmergency />;
}
