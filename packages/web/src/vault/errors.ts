import type { ImportResult } from '@tend/core';

type ImportProblem = Extract<ImportResult, { ok: false }>['problem'];

/** An export file that cannot be read; nothing of it was imported. */
export class VaultImportError extends Error {
  override readonly name = 'VaultImportError';
  readonly problem: ImportProblem;
  constructor(problem: ImportProblem) {
    super(`This file cannot be imported (${problem}). Nothing was changed.`);
    this.problem = problem;
  }
}

/** Asked for something that needs the vault in another state (unlocked, present, absent). */
export class VaultStateError extends Error {
  override readonly name = 'VaultStateError';
  /**
   * `needs-recovery-code`: adding an account needs the recovery code once (see recover()).
   * `unsynced-changes`: signing out would lose changes the server does not have yet.
   * `recovery-code-unsettled`: a new recovery code's answer never came; the server must be asked first.
   */
  readonly state:
    | 'locked'
    | 'none'
    | 'exists'
    | 'no-account'
    | 'has-account'
    | 'needs-recovery-code'
    | 'unsynced-changes'
    | 'recovery-code-unsettled';
  constructor(state: VaultStateError['state']) {
    super(`The vault cannot do that now (${state}).`);
    this.state = state;
  }
}
