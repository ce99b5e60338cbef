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

// The inner relationship: parts, meetings with them, their story, and grief.
export {
  partKind,
  partOrigins,
  partRoles,
  partStates,
  partLinkKinds,
  partTextFields,
  partLimits,
  emptyPartFields,
  type Part,
  type PartFields,
  type PartDraft,
  type PartOrigin,
  type PartRole,
  type PartState,
  type PartLink,
  type PartLinkKind,
  type PartPosition,
  type PartTextField,
  type PartProblem,
  type PartResult,
} from './parts/part.ts';
export { checkPart, isPart } from './parts/check-part.ts';
export { createPart } from './parts/create-part.ts';
export { editPart } from './parts/edit-part.ts';
export { archivePart, restorePart } from './parts/archive-part.ts';
export { arrangePart } from './parts/arrange-part.ts';
export { linkParts, unlinkParts, linksOfPart } from './parts/link-parts.ts';
export {
  partStory,
  byWhen,
  localMonth,
  type PartStory,
  type PartStoryOptions,
  type StoryMonth,
  type ProjectionDelay,
  type PresenceCount,
  type MonthKey,
} from './parts/part-story.ts';
export { storyCopy, describeDelay, describeMonth } from './parts/story-copy.ts';
export {
  meetingKind,
  stances,
  presences,
  patternResponses,
  delayUnits,
  meetingTextFields,
  meetingLimits,
  delayInMinutes,
  type Meeting,
  type MeetingFields,
  type MeetingDraft,
  type Stance,
  type Presence,
  type PatternResponse,
  type DelayUnit,
  type RecognisedAfter,
  type Projection,
  type MeetingTextField,
  type MeetingProblem,
  type MeetingResult,
} from './meetings/meeting.ts';
export { checkMeeting, isMeeting } from './meetings/check-meeting.ts';
export { recordMeeting } from './meetings/record-meeting.ts';
export { editMeeting } from './meetings/edit-meeting.ts';
export {
  griefKind,
  griefSubjects,
  griefLimits,
  griefAdditions,
  type Grief,
  type GriefFields,
  type GriefAbout,
  type GriefSubject,
  type GriefAddition,
  type GriefProblem,
  type GriefResult,
} from './grief/grief.ts';
export { checkGrief, checkGriefAddition, isGrief } from './grief/check-grief.ts';
export { beginGrief, type GriefDraft } from './grief/begin-grief.ts';
export { addToGrief } from './grief/add-to-grief.ts';
export { editGrief } from './grief/edit-grief.ts';
export * from './noticing/index.ts';
export * from './noticing/index.ts';
export { generateVault, type GenerateOptions } from './generate/generate-vault.ts';
