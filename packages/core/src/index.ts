export * from './primitives.ts';
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
  vaultExportPieces,
  readVaultExport,
  vaultExportFormat,
  type VaultExport,
  type ImportResult,
} from './vault/vault-export.ts';
export {
  journalEntryKind,
  journalLimits,
  noLinks,
  journalLinkKinds,
  linksOf,
  type JournalLinkKind,
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
export { linkJournalEntry, unlinkJournalEntry, entriesLinkedTo } from './journal/link-journal-entry.ts';
export { buildSearchIndex, type SearchIndex, type SearchEntry } from './search/search-index.ts';
export { searchKinds, type SearchKind } from './search/search-kinds.ts';
export { searchEverything, type SearchHit, type SearchGroup } from './search/search-everything.ts';
export {
  englishSearchTitles,
  searchKindWords,
  searchShowAllWords,
  searchTitleWords,
  type SearchTitles,
} from './search/search-words.ts';
export {
  lookingBack,
  lookingBackSpans,
  sinceOf,
  type LookingBack,
  type LookingBackInput,
  type LookingBackSpan,
  type LookingBackPerson,
  type LookingBackGrief,
} from './looking-back/looking-back.ts';
export type { MonthCount } from './looking-back/month-counts.ts';
export type { LookingBackPauses, HelpedOption } from './looking-back/pause-view.ts';
export type {
  LookingBackQualities,
  LookingBackQuality,
  QualityMonthCount,
} from './looking-back/quality-view.ts';
export type { LookingBackSelfTalk, SelfTalkCount } from './looking-back/self-talk-view.ts';
export {
  keepNoticedSelfTalk,
  noticedSelfTalkOf,
  selfTalkPatterns,
  selfTalkWordsOf,
  type NoticedSelfTalk,
  type SelfTalkPattern,
} from './looking-back/self-talk.ts';
export { lookingBackCopy, onThisDayWords } from './looking-back/looking-back-copy.ts';
export { onThisDay, type OnThisDayItem, type OnThisDayInput } from './looking-back/on-this-day.ts';
export {
  hideOnThisDay,
  hiddenOnThisDay,
  hiddenToMove,
  isOnThisDayHidden,
  onThisDayHiddenKind,
  type OnThisDayHidden,
} from './looking-back/hide-on-this-day.ts';
export {
  crisisRegions,
  crisisRegion,
  commonEmergencyNumbers,
  elsewhereRegion,
  type CrisisRegion,
  type CrisisLine,
  type CommonEmergencyNumber,
} from './support/crisis-lines.ts';
export { suggestRegion, type DeviceHints, type RegionSuggestion } from './support/suggest-region.ts';

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
  type ProjectionDelay,
} from './parts/part-story.ts';
export type { StoryMonth, PresenceCount, MonthKey } from './parts/story-month.ts';
export { sayStorySentence, type StoryFacts, type StorySentence } from './parts/story-summary.ts';
export { storyCopy, describeDelay, describeMonth } from './parts/story-copy.ts';
export {
  originWords,
  partRoleWords,
  partStateWords,
  linkWords,
  linkChoiceWords,
  partFieldWords,
  partName,
} from './parts/part-words.ts';
export { roleMeanings, termMeanings, type PlainTerm } from './parts/meaning-words.ts';
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
export { meetingExcerpt } from './meetings/meeting-excerpt.ts';
export {
  stanceWords,
  stanceShortWords,
  presenceWords,
  delayUnitWords,
  delayUnitCountWords,
  responseWords,
} from './meetings/meeting-words.ts';
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
export { griefSubjectWords } from './grief/grief-words.ts';
export * from './noticing/index.ts';
export { generateVault, type GenerateOptions } from './generate/generate-vault.ts';

// Pause when it hits, the patterns it belongs to, kindness on ordinary days, and the person's resources.
export {
  pauseKind,
  pauseSteps,
  breathOutcomes,
  bodyNeeds,
  pauseNeeds,
  pauseTextFields,
  pauseLimits,
  optionsHelpedOf,
  type Pause,
  type PauseFields,
  type PauseChanges,
  type PauseStep,
  type Breath,
  type BreathOutcome,
  type BodyNeed,
  type PauseNeed,
  type PauseTextField,
  type PauseProblem,
  type PauseResult,
} from './pauses/pause.ts';
export { checkPause, isPause } from './pauses/check-pause.ts';
export { startPause, type PauseDraft } from './pauses/start-pause.ts';
export { updatePause, type PauseUpdate } from './pauses/update-pause.ts';
export { finishPause, type PauseAfterwards } from './pauses/finish-pause.ts';
export { unfinishedPauses, byNewestStart } from './pauses/unfinished-pauses.ts';
export { hasPauseAnswers } from './pauses/has-pause-answers.ts';
export {
  pauseOptions,
  optionOrder,
  reachNeeds,
  placeNeeds,
  type PauseOption,
  type PauseOptions,
} from './pauses/pause-options.ts';
export { pauseCopy } from './pauses/pause-copy.ts';
export { bodyNeedWords, pauseNeedWords } from './pauses/pause-words.ts';
export {
  patternKind,
  patternTextFields,
  patternLimits,
  type Pattern,
  type PatternFields,
  type PatternDraft,
  type PatternTextField,
  type PatternProblem,
  type PatternResult,
} from './patterns/pattern.ts';
export { checkPattern, isPattern } from './patterns/check-pattern.ts';
export { namePattern } from './patterns/name-pattern.ts';
export { editPattern } from './patterns/edit-pattern.ts';
export {
  patternStory,
  type PatternStory,
  type PatternStoryOptions,
  type PatternMoment,
} from './patterns/pattern-story.ts';
export { sayPatternSentence, type PatternFacts, type PatternSentence } from './patterns/pattern-summary.ts';
export type { PatternMonth } from './patterns/pattern-month.ts';
export { patternCopy } from './patterns/pattern-copy.ts';
export {
  kindnessKind,
  kindnessWhats,
  kindnessLimits,
  type KindnessMoment,
  type KindnessFields,
  type KindnessDraft,
  type KindnessWhat,
  type KindnessProblem,
  type KindnessResult,
} from './kindness/kindness-moment.ts';
export { checkKindnessMoment, isKindnessMoment } from './kindness/check-kindness.ts';
export { recordKindness } from './kindness/record-kindness.ts';
export {
  kindnessThisWeek,
  weekAround,
  type KindnessWeek,
  type WeekStart,
} from './kindness/kindness-this-week.ts';
export { kindnessCopy } from './kindness/kindness-copy.ts';
export {
  resourceKind,
  resourceTypes,
  resourceTextFields,
  resourceLimits,
  byResourceOrder,
  type Resource,
  type ResourceFields,
  type ResourceDraft,
  type ResourceType,
  type ResourceTextField,
  type ResourceProblem,
  type ResourceResult,
} from './resources/resource.ts';
export { checkResource, isResource } from './resources/check-resource.ts';
export { addResource } from './resources/add-resource.ts';
export { editResource } from './resources/edit-resource.ts';
export { arrangeResources } from './resources/arrange-resources.ts';
export { removeResource, type ResourceRemoval } from './resources/remove-resource.ts';
export { resourceTypeWords } from './resources/resource-words.ts';

// Relationships and relational check-ins: the outer web, how time together feels, and gentle questions.
export {
  relationshipKind,
  relationshipTypes,
  playedRoles,
  changeFears,
  relationshipPaths,
  relationshipLimits,
  type Relationship,
  type RelationshipFields,
  type RelationshipAbout,
  type RelationshipType,
  type PlayedRole,
  type RoleIPlay,
  type ChangeFear,
  type FearOfChanging,
  type RelationshipPath,
  type PathChange,
  type Boundary,
  type RelationshipProblem,
  type RelationshipResult,
} from './relationships/relationship.ts';
export {
  checkRelationship,
  checkPathChange,
  checkBoundary,
  isRelationship,
} from './relationships/check-relationship.ts';
export { addRelationship, type RelationshipDraft } from './relationships/add-relationship.ts';
export { editRelationship } from './relationships/edit-relationship.ts';
export { changePath, type PathChangeOptions } from './relationships/change-path.ts';
export { pathHistory, currentPath, type PathEntry } from './relationships/path-history.ts';
export { addBoundary } from './relationships/add-boundary.ts';
export { editBoundary } from './relationships/edit-boundary.ts';
export { removeBoundary } from './relationships/remove-boundary.ts';
export { relationshipBoundaries, type BoundaryEntry } from './relationships/relationship-boundaries.ts';
export {
  relationshipStory,
  type RelationshipStory,
  type RelationshipStoryOptions,
} from './relationships/relationship-story.ts';
export type { CheckInMonth } from './relationships/check-in-month.ts';
export {
  leanOf,
  sayRelationshipSentence,
  type RelationshipFacts,
  type RelationshipSentence,
} from './relationships/relationship-story-summary.ts';
export {
  relationshipWeb,
  relationshipFeelings,
  relationshipWebRule,
  type RelationshipFeeling,
  type RelationshipWebEntry,
  type RelationshipWebOptions,
} from './relationships/relationship-web.ts';
export { keepsDepleting, keepsDepletingRule } from './relationships/keeps-depleting.ts';
export {
  fearQuestions,
  gentleQuestions,
  leans,
  relationshipStoryCopy,
  relationshipWebCopy,
  type Lean,
} from './relationships/relationship-copy.ts';
export {
  relationshipTypeWords,
  playedRoleWords,
  pathWords,
  feelingWords,
} from './relationships/relationship-words.ts';
export {
  checkInKind,
  checkInQualities,
  feltScale,
  abandonedMyselfAnswers,
  heldBoundaryAnswers,
  afterwardsScale,
  checkInLimits,
  emptyCheckInAnswers,
  type RelationalCheckIn,
  type RelationalCheckInFields,
  type CheckInAnswers,
  type CheckInQuality,
  type Felt,
  type AbandonedMyself,
  type HeldBoundary,
  type CheckInDraft,
  type CheckInProblem,
  type CheckInResult,
} from './check-ins/check-in.ts';
export { checkCheckIn, isCheckIn } from './check-ins/check-check-in.ts';
export { recordCheckIn } from './check-ins/record-check-in.ts';
export { editCheckIn } from './check-ins/edit-check-in.ts';
export {
  qualityStories,
  type QualityStories,
  type QualityStory,
  type QualitySaid,
  type QualitySpan,
  type QualityMonth,
  type QualityStoryOptions,
} from './check-ins/quality-story.ts';
export { qualityWeb, qualityLeans, type QualityLean, type QualityWebEntry } from './check-ins/quality-web.ts';
export { qualityCopy, qualityNames, qualityWebCopy } from './check-ins/quality-copy.ts';
export {
  qualityWords,
  qualityShortWords,
  feltWords,
  abandonedWords,
  heldBoundaryWords,
  afterwardsOptions,
  afterwardsWords,
  afterwardsOption,
  checkInFacts,
  type AfterwardsOption,
} from './check-ins/check-in-words.ts';

// The safety plan (Stanley–Brown): one per vault, each step a short list of the person's own words.
export * from './safety-plan/index.ts';

// The practitioner space: what the client's vault holds, and what a shared record carries.
export {
  connectionKind,
  sharedItemKind,
  sessionListKind,
  practiceReplyKind,
  practiceProfileKind,
  shareableKinds,
  practiceLimits,
  type ShareableKind,
  type ShareMode,
  type GoingForward,
  type Connection,
  type ConnectionFields,
  type SharedItem,
  type SharedItemFields,
  type SessionList,
  type SessionListFields,
  type SessionListEntry,
  type PracticeReply,
  type PracticeReplyFields,
  type SuggestionDecision,
  type PracticeProfile,
  type PracticeProfileFields,
  type SharedDocument,
} from './practice/practice.ts';
export {
  payloadAuthor,
  isSamePoint,
  type SharedPayload,
  type SharedPayloadType,
  type SessionPoint,
} from './practice/shared-payload.ts';
export { parseSharedPayload, parseSharedDocument } from './practice/parse-shared-payload.ts';
export {
  privateNoteKind,
  checkPrivateNote,
  isPrivateNote,
  privateNotesAbout,
  type PrivateNote,
  type PrivateNoteFields,
  type PrivateNoteProblem,
  type PrivateNoteResult,
} from './practice/private-note.ts';
export { writePrivateNote, editPrivateNote } from './practice/write-private-note.ts';
export { listOf } from './list-of.ts';
export {
  clientGlanceKind,
  isClientGlance,
  type ClientGlance,
  type ClientGlanceFields,
} from './practice/client-glance.ts';
export {
  lookAtClient,
  endClientGlance,
  dismissEndedClient,
  type ClientSight,
  type NewSinceLastLook,
} from './practice/look-at-client.ts';
export {
  groupAccessLog,
  viewingGapMs,
  type AccessEntry,
  type ViewingSession,
} from './practice/group-access-log.ts';
export { shareDocument } from './practice/share-document.ts';
export { englishShare, type ShareLabels, type ShareLanguage } from './practice/share-sections.ts';
export { shareWords, shareLabels } from './practice/share-words.ts';
export { goingForwardWords, modeWords } from './practice/sharing-words.ts';
export {
  checkSessionList,
  checkPracticeReply,
  isConnection,
  isSharedItem,
  isSessionList,
  isPracticeReply,
  type SessionListProblem,
  type PracticeReplyProblem,
} from './practice/check-practice.ts';
export {
  startConnection,
  type ConnectionDraft,
  type ConnectionProblem,
  type ConnectionResult,
} from './practice/start-connection.ts';
export { endConnection } from './practice/end-connection.ts';
export { setGoingForward } from './practice/set-going-forward.ts';
export {
  shareItem,
  type ShareItemDraft,
  type ShareItemProblem,
  type SharedItemResult,
} from './practice/share-item.ts';
export { unshareItem } from './practice/unshare-item.ts';
export {
  sessionList,
  editSessionList,
  type SessionListDraft,
  type SessionListResult,
} from './practice/session-list.ts';
export {
  practiceReply,
  editPracticeReply,
  type PracticeReplyDraft,
  type PracticeReplyResult,
} from './practice/practice-reply.ts';
export {
  planSharedRecords,
  type ServerRecord,
  type SharedRecordsInput,
  type SharedRecordsPlan,
} from './practice/plan-shared-records.ts';

// Bringing in entries from other apps' files (Daylio, Day One, Markdown), previewed before writing.
export {
  bringInMaxBytes,
  unreadListed,
  type ActivityMapping,
  type BringInReading,
  type BringInSource,
  type FoundActivity,
  type FoundEntry,
  type UnreadPart,
} from './bring-in/bring-in.ts';
export { readDaylioRows, type DaylioOptions } from './bring-in/read-daylio-rows.ts';
export { readDayOneJson } from './bring-in/read-day-one-json.ts';
export { readTextFiles, type TextFile } from './bring-in/read-text-files.ts';
export { planBringIn, type BringInPlan } from './bring-in/plan-bring-in.ts';
export { bringInWhyWords, describeBringIn } from './bring-in/bring-in-words.ts';
export { suggestKindness } from './bring-in/suggest-kindness.ts';

// The person's own readable copies: a page for a session, and the whole vault as Markdown files.
export { readableDocument, isReadableKind, type ReadableDocument } from './readable/readable-document.ts';
export { documentMarkdown, markdownText } from './readable/readable-markdown.ts';
export {
  sessionPage,
  sessionMarkdown,
  sessionKinds,
  sessionExtras,
  type SessionChoice,
  type SessionPage,
  type SessionExtras,
} from './readable/session-page.ts';
export {
  sessionPictures,
  type SessionPicture,
  type PartPicture,
  type RelationshipPicture,
} from './readable/session-pictures.ts';
export { sessionLists, type SessionListPage, type SessionListPoint } from './readable/session-lists.ts';
export { vaultMarkdownFiles, type MarkdownFile } from './readable/vault-markdown-files.ts';
export { readableWords, type ReadableWords } from './readable/readable-words.ts';
export { englishReadable, type ReadableLanguage } from './readable/readable-language.ts';

// Reminders in the person's own words: a calendar file, and a quiet note on home when Tend is open.
export {
  reminderKind,
  weekdays,
  reminderLimits,
  checkReminder,
  isReminder,
  type Reminder,
  type ReminderFields,
  type ReminderProblem,
  type Weekday,
} from './reminders/reminder.ts';
export { setReminder, editReminder, type ReminderResult } from './reminders/set-reminder.ts';
export { dueReminder, localMomentOf, dueForMinutes, type LocalMoment } from './reminders/due-reminder.ts';
export { reminderIcs } from './reminders/reminder-ics.ts';
export { reminderWords } from './reminders/reminder-words.ts';
