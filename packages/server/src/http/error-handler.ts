import { errorStatus, type ApiErrorBody, type ErrorCode } from '@tend/contract';
import type { Logger } from 'pino';
import { classifyDatabaseError, describeDatabaseError } from '../db/database-errors.ts';
import { AppError } from '../errors.ts';
import type { AppContextHono } from './app-env.ts';
import { sendJsonText } from './json-response.ts';
import { ClientAbortError } from './read-json.ts';

export function sendError(c: AppContextHono, code: ErrorCode, message: string): Response {
  const body: ApiErrorBody = { error: { code, message, requestId: c.get('requestId') } };
  return sendJsonText(c, errorStatus[code], JSON.stringify(body));
}

/** Stack frames without the first line: an error's message may quote what a request contained. */
function framesOf(error: unknown): string[] {
  if (!(error instanceof Error) || typeof error.stack !== 'string') return [];
  return error.stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 12)
    .map((line) => line.trim());
}

/**
 * Every failure becomes `{error: {code, message, requestId}}`. Expected ones keep their code; a client
 * that went away mid-request is noted at info (nobody receives the answer); the database being unable
 * to write is 503 `unavailable` (never a false success); anything else is a bare 500 `internal`,
 * logged by name and stack frames only.
 */
export function errorHandler(logger: Logger) {
  return (error: unknown, c: AppContextHono): Response => {
    if (error instanceof AppError) {
      if (error.retryAfterSeconds !== undefined) c.header('retry-after', String(error.retryAfterSeconds));
      return sendError(c, error.code, error.message);
    }
    const requestId = c.get('requestId');
    if (error instanceof ClientAbortError) {
      logger.info({ reqId: requestId }, 'client closed the connection before its request arrived');
      return sendError(c, 'bad_request', 'The request did not arrive whole.');
    }
    if (classifyDatabaseError(error) !== null) {
      logger.warn({ reqId: requestId, db: describeDatabaseError(error) }, 'database unavailable');
      return sendError(c, 'unavailable', 'The server cannot store this right now. Please try again later.');
    }
    const name = error instanceof Error ? error.name : typeof error;
    logger.error({ reqId: requestId, errorName: name, frames: framesOf(error) }, 'unhandled error');
    return sendError(c, 'internal', 'Something went wrong on the server.');
  };
}
