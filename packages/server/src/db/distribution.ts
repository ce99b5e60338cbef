import type { tableNames } from './schema.ts';

/**
 * How each table is spread over a Citus cluster (docs/ARCHITECTURE.md, Scale). Every table of a
 * person's data is distributed by its owner's account id and co-located with `accounts`, so one
 * person's rows, joins and transactions stay on one node. Three are not owned and say why.
 */
export type Distribution =
  | { readonly kind: 'owner'; readonly column: string }
  | { readonly kind: 'own-key'; readonly column: string; readonly why: string }
  | { readonly kind: 'reference'; readonly why: string };

export const distribution: Readonly<Record<(typeof tableNames)[number], Distribution>> = {
  accounts: { kind: 'owner', column: 'id' },
  sessions: { kind: 'owner', column: 'account_id' },
  records: { kind: 'owner', column: 'owner_id' },
  invitations: { kind: 'owner', column: 'practitioner_id' },
  shares: { kind: 'owner', column: 'client_id' },
  shared_records: { kind: 'owner', column: 'owner_id' },
  access_log: { kind: 'owner', column: 'owner_id' },
  usernames: {
    kind: 'own-key',
    column: 'username',
    why: 'sign-in finds the account by its name before anyone knows its id',
  },
  rate_limit_buckets: {
    kind: 'own-key',
    column: 'bucket_key',
    why: 'a bucket counts attempts per address or per typed username, which no account owns',
  },
  server_secrets: { kind: 'reference', why: 'one row per secret, read at start by every instance' },
};

/** The `create_reference_table` / `create_distributed_table` calls, in an order Citus accepts. */
export function citusStatements(): string[] {
  return Object.entries(distribution).map(([table, d]) => {
    if (d.kind === 'reference') return `SELECT create_reference_table('${table}');`;
    if (d.kind === 'own-key') {
      return `SELECT create_distributed_table('${table}', '${d.column}', colocate_with => 'none');`;
    }
    const colocation = table === 'accounts' ? '' : ", colocate_with => 'accounts'";
    return `SELECT create_distributed_table('${table}', '${d.column}'${colocation});`;
  });
}
