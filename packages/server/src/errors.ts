import type { ErrorCode } from '@tend/contract';

/**
 * An expected failure with a code from the contract's table. The message is for people reading the
 * response; it never carries what the request contained.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: ErrorCode;
  /** For rate_limited: seconds until a retry may succeed. */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, retryAfterSeconds?: number) {
    super(message);
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const unauthorized = () =>
  new AppError('unauthorized', 'The sign-in details did not match, or the session has ended.');
