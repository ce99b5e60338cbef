import { accessLogEntryText, type AccessLogFields, type SharedPayload } from '@tend/core';

/*
 * The server's side of the practitioner space, held in memory for tests: invitations, shares with
 * their records, and each client's access log. Shared by the memory services of several accounts.
 */

export interface WorldRecord {
  readonly author: 'client' | 'practitioner';
  readonly payload: SharedPayload;
  readonly seq: number;
}

export interface WorldShare {
  readonly id: string;
  readonly clientId: string;
  readonly practitionerId: string;
  clientLabel: string;
  readonly createdAt: number;
  seq: number;
  clientSeq: number;
  practitionerSeq: number;
  seenSeq: number;
  readonly records: Map<string, WorldRecord>;
}

export interface WorldInvitation {
  readonly practitionerId: string;
  readonly name: string;
  readonly practice: string;
  readonly expiresAt: number;
}

type LogEntry = AccessLogFields & { readonly hash: string };

export interface MemoryPracticeWorld {
  readonly practitioners: Map<string, { name: string; practice: string }>;
  /** By the code's 20 characters, without TEND- and dashes. */
  readonly invitations: Map<string, WorldInvitation>;
  readonly shares: Map<string, WorldShare>;
  /** Each client's access log, oldest first. */
  readonly logs: Map<string, LogEntry[]>;
  now: () => number;
  /** While true every call that needs the server is refused as offline. */
  isOffline: boolean;
}

export function createMemoryPracticeWorld(now: () => number = () => Date.now()): MemoryPracticeWorld {
  return {
    practitioners: new Map(),
    invitations: new Map(),
    shares: new Map(),
    logs: new Map(),
    now,
    isOffline: false,
  };
}

// A stand-in for SHA-256: the chain only has to notice a change, and a test has no attacker.
export const chainHash = (entry: AccessLogFields): string => {
  let hash = 2166136261;
  for (const char of accessLogEntryText(entry)) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619);
  return (hash >>> 0).toString(36);
};

/** Changes one entry of a client's access log after it was written, as a compromised server might. */
export function alterAccessLog(world: MemoryPracticeWorld, clientId: string): void {
  const log = world.logs.get(clientId);
  const first = log?.[0];
  if (log && first) log[0] = { ...first, at: first.at + 60_000 };
}

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  return [...bytes].map((b) => crockford[b % 32]).join('');
}

export const formatCode = (raw: string): string => `TEND-${raw.match(/.{4}/g)?.join('-') ?? raw}`;

/** The code's 20 characters however it was typed, or null when it cannot be one. */
export function readCode(codeOrLink: string): string | null {
  const afterHash = codeOrLink.includes('#') ? codeOrLink.slice(codeOrLink.indexOf('#') + 1) : codeOrLink;
  const raw = afterHash
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/^TEND/, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return raw.length === 20 && [...raw].every((c) => crockford.includes(c)) ? raw : null;
}
