import { z } from 'zod';

/**
 * The closed set of API error codes: each with its HTTP status and what it means. The one table the
 * server answers from and the client reads (the app's words cover every code, `copy/error-messages.ts`).
 */
export const errorTable = {
  bad_request: { status: 400, meaning: 'The request does not match the contract; nothing was changed.' },
  unauthorized: { status: 401, meaning: 'No session, an ended one, or credentials that did not match.' },
  csrf_rejected: { status: 403, meaning: 'A cookie-authenticated write came without the CSRF header.' },
  not_found: { status: 404, meaning: 'No such route, or nothing this account may see by that id.' },
  method_not_allowed: { status: 405, meaning: 'The path exists but not with this method.' },
  account_unavailable: { status: 409, meaning: 'The username or account id cannot be used.' },
  payload_too_large: { status: 413, meaning: 'The body is larger than the route reads.' },
  quota_exceeded: {
    status: 413,
    meaning: "The account's (or the share's) storage on the server is full: nothing of the request was kept.",
  },
  unsupported_media_type: { status: 415, meaning: 'The body was not sent as application/json.' },
  rate_limited: { status: 429, meaning: 'Too many tries; Retry-After says when to try again.' },
  internal: { status: 500, meaning: 'Something failed on the server.' },
  unavailable: { status: 503, meaning: 'The database cannot answer or store right now.' },
} as const satisfies Record<string, { readonly status: number; readonly meaning: string }>;

export type ErrorCode = keyof typeof errorTable;

export const errorCodes = Object.keys(errorTable) as [ErrorCode, ...ErrorCode[]];

/** Each code's HTTP status. */
export const errorStatus = Object.fromEntries(errorCodes.map((code) => [code, errorTable[code].status])) as {
  readonly [C in ErrorCode]: (typeof errorTable)[C]['status'];
};

/** Every failed answer of the API. */
export const ApiErrorBody = z.strictObject({
  error: z.strictObject({ code: z.enum(errorCodes), message: z.string(), requestId: z.string() }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
