import type { AppliedChange, RecordState, Refusal } from './ports.ts';

/** What to do with one record the server sent: write (compare-and-set), show, refuse, or nothing. */
export interface Decision {
  readonly next?: RecordState;
  readonly change?: AppliedChange;
  readonly refusal?: Refusal;
  /** True when a local pending change was merged with someone else's. */
  readonly merged?: boolean;
  /** A deletion with no tombstone (from before sealing) taken where the device held nothing. */
  readonly unsealed?: boolean;
}
