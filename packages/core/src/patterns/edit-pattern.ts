import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { checkPattern } from './check-pattern.ts';
import type { Pattern, PatternFields, PatternResult } from './pattern.ts';

/** Rewords a pattern. Moments tagged with it stay tagged: they refer to it by id. */
export function editPattern(
  ports: Pick<DomainPorts, 'clock'>,
  pattern: Pattern,
  changes: Partial<PatternFields>,
): PatternResult {
  const edited = editVaultObject(pattern, changes, ports.clock.now());
  const problems = checkPattern(edited.fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, pattern: edited };
}
