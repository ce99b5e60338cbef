import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { BringInSource } from '@tend/core';

export const sources = ['daylio', 'day-one', 'text'] as const satisfies readonly BringInSource[];

export const sourceWords: Record<BringInSource, MessageDescriptor> = {
  daylio: msg`Daylio (a CSV export)`,
  'day-one': msg`Day One (a JSON or ZIP export)`,
  text: msg`Markdown or text files, one entry each`,
};

export const acceptBySource: Record<BringInSource, string> = {
  daylio: '.csv,text/csv',
  'day-one': '.json,.zip,application/json,application/zip',
  text: '.md,.markdown,.txt,text/markdown,text/plain',
};

export const fileProblemWords = {
  'too-large': msg`That is more than Tend reads at once (50 MB). Would you like to try a smaller export?`,
  'not-text': msg`This does not look like a text file, so Tend cannot read it. Nothing was added.`,
  'no-files': msg`Please choose a file first.`,
} as const satisfies Record<string, MessageDescriptor>;
