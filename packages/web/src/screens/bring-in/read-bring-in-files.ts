import {
  bringInMaxBytes,
  localDate,
  readDaylioRows,
  readDayOneJson,
  readTextFiles,
  type BringInReading,
  type BringInSource,
} from '@tend/core';
import { decodeText } from './decode-text.ts';

/** A file as chosen in the page: its name, bytes and modification time. */
export interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly lastModified: number;
}

/** Why the files could not be read at all; the preview says so and nothing is written. */
export class BringInFileError extends Error {
  override readonly name = 'BringInFileError';
  readonly problem: 'too-large' | 'not-text' | 'no-files';
  constructor(problem: BringInFileError['problem']) {
    super(`These files could not be read (${problem}).`);
    this.problem = problem;
  }
}

export interface ReadOptions {
  readonly includeMoodOnly: boolean;
}

/** Reads the chosen files of one app on the device; the CSV library loads only for Daylio. */
export async function readBringInFiles(
  source: BringInSource,
  files: readonly ChosenFile[],
  options: ReadOptions,
): Promise<BringInReading> {
  if (!files.length) throw new BringInFileError('no-files');
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
  if (total > bringInMaxBytes) throw new BringInFileError('too-large');
  const texts = files.map((file) => {
    const text = decodeText(file.bytes);
    if (text === null) throw new BringInFileError('not-text');
    return { name: file.name, text, lastModified: file.lastModified };
  });
  const [first] = texts;
  if (source === 'text' || !first) return readTextFiles(texts, localDate);
  if (source === 'day-one') return readDayOneJson(first.text);
  return readDaylioRows(await parseCsv(first.text), options);
}

/** A real CSV parser: quoted commas, quotes and line breaks inside notes, any line ends. */
async function parseCsv(text: string): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  return Papa.parse(text, { skipEmptyLines: 'greedy' }).data;
}
