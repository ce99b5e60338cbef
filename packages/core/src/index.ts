export type { Clock, Ids, DomainPorts } from './ports.ts';
export { makeUuidV7, isUuid, uuidPattern } from './ids/uuid-v7.ts';
export { toBase64Url, fromBase64Url, base64UrlPattern, utf8 } from './encoding.ts';
export {
  newVaultObject,
  editVaultObject,
  stableJson,
  type VaultObject,
  type Fields,
  type FieldValue,
} from './vault/vault-object.ts';
export { mergeVaultObjects } from './vault/merge.ts';
export { parseVaultObject } from './vault/parse-vault-object.ts';
export {
  makeVaultExport,
  readVaultExport,
  vaultExportFormat,
  type VaultExport,
  type ImportResult,
} from './vault/vault-export.ts';
export {
  journalEntryKind,
  journalLimits,
  noLinks,
  checkJournalEntry,
  isJournalEntry,
  isCalendarDate,
  localDate,
  type JournalEntry,
  type JournalEntryFields,
  type JournalLinks,
  type JournalProblem,
} from './journal/journal-entry.ts';
export {
  writeJournalEntry,
  editJournalEntry,
  type JournalDraft,
  type JournalResult,
} from './journal/write-journal-entry.ts';
export { searchJournal, foldText, byNewest, type JournalHit } from './journal/search-journal.ts';
export { crisisRegions, crisisRegion, type CrisisRegion, type CrisisLine } from './support/crisis-lines.ts';
