import type { z } from 'zod';
import {
  AcceptInvitationRequest,
  AccessLogQuery,
  AccessLogResponse,
  CreateInvitationRequest,
  CreateInvitationResponse,
  EndShareRequest,
  OpenPracticeRequest,
  ReadInvitationRequest,
  ReadInvitationResponse,
  RelabelShareRequest,
  ShareAsClient,
  ShareRecordsQuery,
  ShareRecordsResponse,
  SharesResponse,
  WriteSharedRequest,
  WriteSharedResponse,
} from './practice.ts';
import {
  ChangePassphraseRequest,
  DeleteAccountRequest,
  HealthResponse,
  LoginParamsRequest,
  LoginParamsResponse,
  LoginRequest,
  NewRecoveryCodeRequest,
  PullQuery,
  PullResponse,
  PushRequest,
  PushResponse,
  RecoverRequest,
  SessionResponse,
  SignupRequest,
} from './schemas.ts';

/** Largest request body the server reads at all (a push or a shared write), in bytes. */
export const maxBodyBytes = 1024 * 1024 + 256 * 1024;
/** Sign-in, sign-up, recovery and re-authentication: a few fields of fixed size. */
export const authBodyBytes = 4 * 1024;
/** Invitations and shares: ids and small sealed blobs (a sealed profile is at most 4 KiB). */
export const formBodyBytes = 8 * 1024;

/**
 * One route of the API. `maxBody` is the largest body it reads (anything larger is refused before it
 * is parsed); `request` and `query` are the schemas of what it reads, `response` the schema of what
 * it answers with `status` (null: no body, 204). A failure is always an `ApiErrorBody`.
 */
export interface ApiRoute {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly maxBody: number;
  readonly request?: z.ZodType;
  readonly query?: z.ZodType;
  readonly status: 200 | 201 | 204;
  readonly response: z.ZodType | null;
}

const noContent = { status: 204, response: null } as const;

/** Every route of the API, for the server's router, the client and the tests that must cover them all. */
export const apiRoutes = {
  health: { method: 'GET', path: '/api/v1/health', maxBody: 0, status: 200, response: HealthResponse },
  signup: {
    method: 'POST',
    path: '/api/v1/auth/signup',
    maxBody: authBodyBytes,
    request: SignupRequest,
    status: 201,
    response: SessionResponse,
  },
  loginParams: {
    method: 'POST',
    path: '/api/v1/auth/params',
    maxBody: authBodyBytes,
    request: LoginParamsRequest,
    status: 200,
    response: LoginParamsResponse,
  },
  login: {
    method: 'POST',
    path: '/api/v1/auth/login',
    maxBody: authBodyBytes,
    request: LoginRequest,
    status: 200,
    response: SessionResponse,
  },
  session: {
    method: 'GET',
    path: '/api/v1/auth/session',
    maxBody: 0,
    status: 200,
    response: SessionResponse,
  },
  logout: { method: 'POST', path: '/api/v1/auth/logout', maxBody: authBodyBytes, ...noContent },
  changePassphrase: {
    method: 'POST',
    path: '/api/v1/auth/passphrase',
    maxBody: authBodyBytes,
    request: ChangePassphraseRequest,
    status: 200,
    response: SessionResponse,
  },
  recover: {
    method: 'POST',
    path: '/api/v1/auth/recover',
    maxBody: authBodyBytes,
    request: RecoverRequest,
    status: 200,
    response: SessionResponse,
  },
  newRecoveryCode: {
    method: 'POST',
    path: '/api/v1/auth/recovery-code',
    maxBody: authBodyBytes,
    request: NewRecoveryCodeRequest,
    status: 200,
    response: SessionResponse,
  },
  deleteAccount: {
    method: 'POST',
    path: '/api/v1/account/delete',
    maxBody: authBodyBytes,
    request: DeleteAccountRequest,
    ...noContent,
  },
  push: {
    method: 'POST',
    path: '/api/v1/sync/push',
    maxBody: maxBodyBytes,
    request: PushRequest,
    status: 200,
    response: PushResponse,
  },
  pull: {
    method: 'GET',
    path: '/api/v1/sync/pull',
    maxBody: 0,
    query: PullQuery,
    status: 200,
    response: PullResponse,
  },
  // The practitioner space: every share-scoped id travels in the body or query, never the path.
  openPractice: {
    method: 'POST',
    path: '/api/v1/practice/open',
    maxBody: authBodyBytes,
    request: OpenPracticeRequest,
    ...noContent,
  },
  createInvitation: {
    method: 'POST',
    path: '/api/v1/practice/invitations',
    maxBody: formBodyBytes,
    request: CreateInvitationRequest,
    status: 201,
    response: CreateInvitationResponse,
  },
  readInvitation: {
    method: 'POST',
    path: '/api/v1/invitations/read',
    maxBody: formBodyBytes,
    request: ReadInvitationRequest,
    status: 200,
    response: ReadInvitationResponse,
  },
  acceptInvitation: {
    method: 'POST',
    path: '/api/v1/invitations/accept',
    maxBody: formBodyBytes,
    request: AcceptInvitationRequest,
    status: 201,
    response: ShareAsClient,
  },
  shares: { method: 'GET', path: '/api/v1/shares', maxBody: 0, status: 200, response: SharesResponse },
  relabelShare: {
    method: 'POST',
    path: '/api/v1/shares/label',
    maxBody: formBodyBytes,
    request: RelabelShareRequest,
    ...noContent,
  },
  endShare: {
    method: 'POST',
    path: '/api/v1/shares/end',
    maxBody: formBodyBytes,
    request: EndShareRequest,
    ...noContent,
  },
  shareRecords: {
    method: 'GET',
    path: '/api/v1/shares/records',
    maxBody: 0,
    query: ShareRecordsQuery,
    status: 200,
    response: ShareRecordsResponse,
  },
  writeShared: {
    method: 'POST',
    path: '/api/v1/shares/records',
    maxBody: maxBodyBytes,
    request: WriteSharedRequest,
    status: 200,
    response: WriteSharedResponse,
  },
  accessLog: {
    method: 'GET',
    path: '/api/v1/shares/access-log',
    maxBody: 0,
    query: AccessLogQuery,
    status: 200,
    response: AccessLogResponse,
  },
} as const satisfies Record<string, ApiRoute>;

export type ApiRoutes = typeof apiRoutes;
export type ApiRouteName = keyof ApiRoutes;

type SchemaAt<R extends ApiRouteName, K extends 'request' | 'query' | 'response'> = ApiRoutes[R] extends {
  readonly [P in K]: infer S extends z.ZodType;
}
  ? S
  : never;

/** The body a route reads, as the client sends it. */
export type RequestOf<R extends ApiRouteName> = z.input<SchemaAt<R, 'request'>>;
/** The query a route reads, before its strings are parsed. */
export type QueryOf<R extends ApiRouteName> = z.input<SchemaAt<R, 'query'>>;
/** What a route answers with on success, as sent (`undefined` for a route with no body). */
export type ResponseOf<R extends ApiRouteName> = ApiRoutes[R]['response'] extends z.ZodType
  ? z.input<ApiRoutes[R]['response']>
  : undefined;
/** What the client holds after checking a route's answer. */
export type DecodedResponseOf<R extends ApiRouteName> = ApiRoutes[R]['response'] extends z.ZodType
  ? z.output<ApiRoutes[R]['response']>
  : undefined;
/** The body a route reads, once its schema has parsed it. */
export type ParsedRequestOf<R extends ApiRouteName> = z.output<SchemaAt<R, 'request'>>;
/** The query a route reads, once its schema has parsed it. */
export type ParsedQueryOf<R extends ApiRouteName> = z.output<SchemaAt<R, 'query'>>;
/** The routes that read a body, and those that read a query. */
export type RouteWithRequest = {
  [R in ApiRouteName]: ApiRoutes[R] extends { readonly request: z.ZodType } ? R : never;
}[ApiRouteName];
export type RouteWithQuery = {
  [R in ApiRouteName]: ApiRoutes[R] extends { readonly query: z.ZodType } ? R : never;
}[ApiRouteName];
/** The routes that answer with a body. */
export type RouteWithBody = {
  [R in ApiRouteName]: ApiRoutes[R]['response'] extends z.ZodType ? R : never;
}[ApiRouteName];

/** Cookie-authenticated writes must carry this header; a cross-site form cannot set it. */
export const csrfHeader = 'x-tend-request';
export const csrfHeaderValue = '1';
