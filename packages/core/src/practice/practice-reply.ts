import type { DomainPorts } from '../ports.ts';
import { editVaultObject, newVaultObject } from '../vault/vault-object.ts';
import { checkPracticeReply, type PracticeReplyProblem } from './check-practice.ts';
import { practiceReplyKind, type PracticeReply, type PracticeReplyFields } from './practice.ts';

export type PracticeReplyDraft = Pick<PracticeReplyFields, 'connectionId' | 'toId'> &
  Partial<Pick<PracticeReplyFields, 'text' | 'decision'>>;

export type PracticeReplyResult =
  { ok: true; reply: PracticeReply } | { ok: false; problems: PracticeReplyProblem[] };

/** The client's answer to a reflection or suggestion: their words, and for a suggestion, a decision. */
export function practiceReply(ports: DomainPorts, draft: PracticeReplyDraft): PracticeReplyResult {
  const fields: PracticeReplyFields = { text: '', decision: null, ...draft };
  const problems = checkPracticeReply(fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, reply: newVaultObject(ports.ids.newId(), practiceReplyKind, fields, ports.clock.now()) };
}

export function editPracticeReply(
  ports: Pick<DomainPorts, 'clock'>,
  reply: PracticeReply,
  changes: Partial<Pick<PracticeReplyFields, 'text' | 'decision'>>,
): PracticeReplyResult {
  const problems = checkPracticeReply({ ...reply.fields, ...changes });
  if (problems.length) return { ok: false, problems };
  return { ok: true, reply: editVaultObject<PracticeReplyFields>(reply, changes, ports.clock.now()) };
}
