import type { DomainPorts } from '../ports.ts';
import { newVaultObject } from '../vault/vault-object.ts';
import { checkKindnessMoment } from './check-kindness.ts';
import {
  kindnessKind,
  type KindnessDraft,
  type KindnessFields,
  type KindnessResult,
} from './kindness-moment.ts';

/** Records a kindness moment with one tap: only what it was; it is dated now when not said. */
export function recordKindness(ports: DomainPorts, draft: KindnessDraft): KindnessResult {
  const now = ports.clock.now();
  const fields: KindnessFields = { at: now, words: '', ...draft };
  const problems = checkKindnessMoment(fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, moment: newVaultObject(ports.ids.newId(), kindnessKind, fields, now) };
}
