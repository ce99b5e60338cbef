import { commonEmergencyNumbers, type CrisisRegion } from '@tend/core';
import { formatDay } from '../../ui/dates.ts';
import { callLink, emergencyLinks } from '../../ui/contact-links.ts';

/** The shown region's emergency number as a call link, with where and when it was checked. */
function RegionEmergency({ region }: { region: CrisisRegion }) {
  const links = emergencyLinks(region.emergency);
  return (
    <div className="emergency">
      <div className="contact-links">
        {links.map((link) => (
          <a key={link.href} className="button call-link" href={link.href}>
            {link.label}
          </a>
        ))}
      </div>
      <p>The emergency number in {region.name}, if you are in danger right now.</p>
      {region.emergencySource && region.emergencyLastChecked ? (
        <p className="line-meta">
          Last checked {formatDay(region.emergencyLastChecked)} against {region.emergencySource}
        </p>
      ) : null}
    </div>
  );
}

/** Where no region fits: the emergency numbers that work in many places, each a call link. */
function CommonEmergency() {
  return (
    <div className="emergency">
      <p>In danger right now? Please call your local emergency number. These work in many places:</p>
      <ul className="common-numbers">
        {commonEmergencyNumbers.map((entry) => (
          <li key={entry.number}>
            <a className="button call-link" href={callLink(entry.number).href}>
              {callLink(entry.number).label}
            </a>
            <span>
              {entry.where}
              <span className="line-meta">
                {' '}
                · checked {formatDay(entry.lastChecked)} against {entry.source}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function EmergencyNumbers({ region }: { region: CrisisRegion }) {
  return emergencyLinks(region.emergency).length ? <RegionEmergency region={region} /> : <CommonEmergency />;
}
