/** The closed set of API error codes and their HTTP statuses: the one table both sides read. */
export const errorStatus = {
  bad_request: 400,
  unauthorized: 401,
  csrf_rejected: 403,
  not_found: 404,
  method_not_allowed: 405,
  account_unavailable: 409,
  payload_too_large: 413,
  /** The account's (or the share's) storage on the server is full: nothing of the request was kept. */
  quota_exceeded: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export const errorCodes = Object.keys(errorStatus) as ErrorCode[];

export interface ApiErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string; readonly requestId: string };
}
