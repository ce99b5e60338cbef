import type { DomainPorts } from '../ports.ts';
import { editVaultObject, newVaultObject } from '../vault/vault-object.ts';
import { checkSessionList, type SessionListProblem } from './check-practice.ts';
import { sessionListKind, type SessionList, type SessionListFields } from './practice.ts';

export type SessionListDraft = Pick<SessionListFields, 'connectionId'> & Partial<SessionListFields>;

export type SessionListResult =
  { ok: true; sessionList: SessionList } | { ok: false; problems: SessionListProblem[] };

/** "What I want to bring to session": one list per connection, of shared items and the client's words. */
export function sessionList(ports: DomainPorts, draft: SessionListDraft): SessionListResult {
  const fields: SessionListFields = { entries: [], forDate: null, ...draft };
  const problems = checkSessionList(fields);
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    sessionList: newVaultObject(ports.ids.newId(), sessionListKind, fields, ports.clock.now()),
  };
}

export function editSessionList(
  ports: Pick<DomainPorts, 'clock'>,
  list: SessionList,
  changes: Partial<Pick<SessionListFields, 'entries' | 'forDate'>>,
): SessionListResult {
  const problems = checkSessionList({ ...list.fields, ...changes });
  if (problems.length) return { ok: false, problems };
  return { ok: true, sessionList: editVaultObject<SessionListFields>(list, changes, ports.clock.now()) };
}
