import type { DomainPorts } from '../ports.ts';
import { newVaultObject } from '../vault/vault-object.ts';
import { checkPattern } from './check-pattern.ts';
import { patternKind, type PatternDraft, type PatternFields, type PatternResult } from './pattern.ts';

/**
 * Names a loop in the person's own words. Any one of the three blanks is enough to begin; a pattern
 * may be a trauma pattern, a healing one, or both at once.
 */
export function namePattern(ports: DomainPorts, draft: PatternDraft): PatternResult {
  const now = ports.clock.now();
  const fields: PatternFields = { when: '', usually: '', practising: '', ...draft };
  const problems = checkPattern(fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, pattern: newVaultObject(ports.ids.newId(), patternKind, fields, now) };
}
