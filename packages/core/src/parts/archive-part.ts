import type { DomainPorts } from '../ports.ts';
import { changePart } from './change-part.ts';
import type { Part, PartResult } from './part.ts';

/** Hides a part from everyday views. Its words, links and meetings all stay. */
export function archivePart(ports: Pick<DomainPorts, 'clock'>, part: Part): PartResult {
  return changePart(ports, part, { archived: true });
}

/** Brings an archived part back, exactly as it was. */
export function restorePart(ports: Pick<DomainPorts, 'clock'>, part: Part): PartResult {
  return changePart(ports, part, { archived: false });
}
