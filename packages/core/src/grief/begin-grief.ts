import type { DomainPorts } from '../ports.ts';
import { newVaultObject } from '../vault/vault-object.ts';
import { checkGrief } from './check-grief.ts';
import { additionKey, griefKind, type GriefAbout, type GriefFields, type GriefResult } from './grief.ts';

export type GriefDraft = Pick<GriefAbout, 'what'> &
  Partial<Omit<GriefAbout, 'what'>> & {
    /** Optional first words, kept as the first addition. */
    readonly text?: string;
  };

/** Begins a grief. Only what is being grieved is needed; the words can come now or later. */
export function beginGrief(ports: DomainPorts, draft: GriefDraft): GriefResult {
  const now = ports.clock.now();
  const { text, ...about } = draft;
  const base: GriefFields = { title: '', partId: null, relationshipId: null, ...about };
  const fields: GriefFields = text?.trim()
    ? { ...base, [additionKey(ports.ids.newId())]: { at: now, text } }
    : base;
  const problems = checkGrief(fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, grief: newVaultObject(ports.ids.newId(), griefKind, fields, now) };
}
