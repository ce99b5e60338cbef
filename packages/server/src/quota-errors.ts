import { AppError } from './errors.ts';

/** The account's vault on the server is full: nothing of the request was kept. */
export const accountFull = () =>
  new AppError(
    'quota_exceeded',
    'This account has no more room on the server. Nothing from this request was stored.',
  );

/** The share holds as much as a share may: nothing of the request was kept. */
export const shareFull = () =>
  new AppError(
    'quota_exceeded',
    'This share has no more room on the server. Nothing from this request was stored.',
  );
