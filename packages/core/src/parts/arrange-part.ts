import type { DomainPorts } from '../ports.ts';
import { changePart } from './change-part.ts';
import type { Part, PartPosition, PartResult } from './part.ts';

/** Saves where the person placed a part on their map of parts. */
export function arrangePart(
  ports: Pick<DomainPorts, 'clock'>,
  part: Part,
  position: PartPosition,
): PartResult {
  return changePart(ports, part, { position: { x: position.x, y: position.y } });
}
