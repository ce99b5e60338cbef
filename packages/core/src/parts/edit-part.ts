import type { DomainPorts } from '../ports.ts';
import { changePart } from './change-part.ts';
import type { Part, PartDraft, PartResult } from './part.ts';

/**
 * Changes the person's words and choices about a part. Archiving, links and the map position have
 * their own use cases, so a form can never undo them by accident.
 */
export function editPart(ports: Pick<DomainPorts, 'clock'>, part: Part, draft: PartDraft): PartResult {
  return changePart(ports, part, draft);
}
