import { AppError } from '../errors.ts';

/**
 * One answer for a share that does not exist and for one the caller is not on: the same status and
 * the same body, so a share's existence is never told to anyone outside it.
 */
export const shareNotFound = () => new AppError('not_found', 'There is no such share.');

export const invitationNotFound = () =>
  new AppError('not_found', 'There is no such invitation, or it has been used or has expired.');

/** Invitations are made from a practice: an account without one has nothing here. */
export const practiceNotFound = () => new AppError('not_found', 'This account has no practice.');
