/** One time a practitioner fetched shared material, as the hash chain covers it. */
export interface AccessLogFields {
  readonly seq: number;
  readonly shareId: string;
  readonly practitionerId: string;
  readonly at: number;
  readonly recordIds: readonly string[];
  readonly prevHash: string;
}

/** prevHash of a client's first entry. */
export const accessLogGenesis = 'tend-access-log-v1';

/**
 * The exact text each entry's hash is taken over (SHA-256 of its UTF-8, base64url), the same on the
 * server and in the app. Record ids keep the order they were logged in.
 */
export function accessLogEntryText(entry: AccessLogFields): string {
  return [
    'tend/v1/access',
    String(entry.seq),
    entry.shareId,
    entry.practitionerId,
    String(entry.at),
    entry.recordIds.join(','),
    entry.prevHash,
  ].join('\u0000');
}
