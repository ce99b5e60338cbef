/** Largest request body the server reads at all (a push or a shared write), in bytes. */
export const maxBodyBytes = 1024 * 1024 + 256 * 1024;
/** Sign-in, sign-up, recovery and re-authentication: a few fields of fixed size. */
export const authBodyBytes = 4 * 1024;
/** Invitations and shares: ids and small sealed blobs (a sealed profile is at most 4 KiB). */
export const formBodyBytes = 8 * 1024;

/**
 * Every route of the API, for the server's router, the client and the tests that must cover them all.
 * `maxBody` is the largest body the route reads; anything larger is refused before it is parsed.
 */
export const apiRoutes = {
  health: { method: 'GET', path: '/api/v1/health', maxBody: 0 },
  signup: { method: 'POST', path: '/api/v1/auth/signup', maxBody: authBodyBytes },
  loginParams: { method: 'POST', path: '/api/v1/auth/params', maxBody: authBodyBytes },
  login: { method: 'POST', path: '/api/v1/auth/login', maxBody: authBodyBytes },
  session: { method: 'GET', path: '/api/v1/auth/session', maxBody: 0 },
  logout: { method: 'POST', path: '/api/v1/auth/logout', maxBody: authBodyBytes },
  changePassphrase: { method: 'POST', path: '/api/v1/auth/passphrase', maxBody: authBodyBytes },
  recover: { method: 'POST', path: '/api/v1/auth/recover', maxBody: authBodyBytes },
  newRecoveryCode: { method: 'POST', path: '/api/v1/auth/recovery-code', maxBody: authBodyBytes },
  deleteAccount: { method: 'POST', path: '/api/v1/account/delete', maxBody: authBodyBytes },
  push: { method: 'POST', path: '/api/v1/sync/push', maxBody: maxBodyBytes },
  pull: { method: 'GET', path: '/api/v1/sync/pull', maxBody: 0 },
  // The practitioner space: every share-scoped id travels in the body or query, never the path.
  openPractice: { method: 'POST', path: '/api/v1/practice/open', maxBody: authBodyBytes },
  createInvitation: { method: 'POST', path: '/api/v1/practice/invitations', maxBody: formBodyBytes },
  readInvitation: { method: 'POST', path: '/api/v1/invitations/read', maxBody: formBodyBytes },
  acceptInvitation: { method: 'POST', path: '/api/v1/invitations/accept', maxBody: formBodyBytes },
  shares: { method: 'GET', path: '/api/v1/shares', maxBody: 0 },
  relabelShare: { method: 'POST', path: '/api/v1/shares/label', maxBody: formBodyBytes },
  endShare: { method: 'POST', path: '/api/v1/shares/end', maxBody: formBodyBytes },
  shareRecords: { method: 'GET', path: '/api/v1/shares/records', maxBody: 0 },
  writeShared: { method: 'POST', path: '/api/v1/shares/records', maxBody: maxBodyBytes },
  accessLog: { method: 'GET', path: '/api/v1/shares/access-log', maxBody: 0 },
} as const;

export type ApiRouteName = keyof typeof apiRoutes;

/** Cookie-authenticated writes must carry this header; a cross-site form cannot set it. */
export const csrfHeader = 'x-tend-request';
export const csrfHeaderValue = '1';
