/** Every route of the API, for the server's router, the client and the tests that must cover them all. */
export const apiRoutes = {
  health: { method: 'GET', path: '/api/v1/health' },
  signup: { method: 'POST', path: '/api/v1/auth/signup' },
  loginParams: { method: 'POST', path: '/api/v1/auth/params' },
  login: { method: 'POST', path: '/api/v1/auth/login' },
  session: { method: 'GET', path: '/api/v1/auth/session' },
  logout: { method: 'POST', path: '/api/v1/auth/logout' },
  changePassphrase: { method: 'POST', path: '/api/v1/auth/passphrase' },
  recover: { method: 'POST', path: '/api/v1/auth/recover' },
  deleteAccount: { method: 'POST', path: '/api/v1/account/delete' },
  push: { method: 'POST', path: '/api/v1/sync/push' },
  pull: { method: 'GET', path: '/api/v1/sync/pull' },
  // The practitioner space: every share-scoped id travels in the body or query, never the path.
  openPractice: { method: 'POST', path: '/api/v1/practice/open' },
  createInvitation: { method: 'POST', path: '/api/v1/practice/invitations' },
  readInvitation: { method: 'POST', path: '/api/v1/invitations/read' },
  acceptInvitation: { method: 'POST', path: '/api/v1/invitations/accept' },
  shares: { method: 'GET', path: '/api/v1/shares' },
  relabelShare: { method: 'POST', path: '/api/v1/shares/label' },
  endShare: { method: 'POST', path: '/api/v1/shares/end' },
  shareRecords: { method: 'GET', path: '/api/v1/shares/records' },
  writeShared: { method: 'POST', path: '/api/v1/shares/records' },
  accessLog: { method: 'GET', path: '/api/v1/shares/access-log' },
} as const;

export type ApiRouteName = keyof typeof apiRoutes;

/** Cookie-authenticated writes must carry this header; a cross-site form cannot set it. */
export const csrfHeader = 'x-tend-request';
export const csrfHeaderValue = '1';

/** Largest request body the server reads, in bytes. */
export const maxBodyBytes = 1024 * 1024 + 256 * 1024;
