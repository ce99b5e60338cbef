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
    // The screen says it in words (bring-in-choices.ts); the message is only the problem's name.
    super(problem);
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
  const opened = source === 'day-one' ? await openZips(files) : files;
  const texts = opened.map((file) => {
    const text = decodeText(file.bytes);
    if (text === null) throw new BringInFileError('not-text');
    return { name: file.name, text, lastModified: file.lastModified };
  });
  const [first] = texts;
  if (source === 'text' || !first) return readTextFiles(texts, localDate);
  if (source === 'day-one') return joinReadings(texts.map((file) => readDayOneJson(file.text)));
  return readDaylioRows(await parseCsv(first.text), options);
}

/** A real CSV parser: quoted commas, quotes and line breaks inside notes, any line ends. */
async function parseCsv(text: string): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  return Papa.parse(text, { skipEmptyLines: 'greedy' }).data;
}

const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Day One exports a ZIP with one JSON file per journal (and photos, which stay out): open it here. */
async function openZips(files: readonly ChosenFile[]): Promise<ChosenFile[]> {
  if (!files.some((file) => isZip(file.bytes))) return [...files];
  const { unzipSync } = await import('fflate');
  let budget = bringInMaxBytes;
  return files.flatMap((file) => {
    if (!isZip(file.bytes)) return [file];
    let inside: Record<string, Uint8Array>;
    try {
      // Only JSON is unpacked, and only as much as a file may hold in all: a ZIP can claim anything.
      inside = unzipSync(file.bytes, {
        filter: (entry) => /\.json$/i.test(entry.name) && (budget -= entry.originalSize) >= 0,
      });
    } catch {
      throw new BringInFileError('not-text');
    }
    if (budget < 0) throw new BringInFileError('too-large');
    return Object.entries(inside).map(([name, bytes]) => ({ name, bytes, lastModified: file.lastModified }));
  });
}

function joinReadings(readings: readonly BringInReading[]): BringInReading {
  return {
    source: 'day-one',
    entries: readings.flatMap((r) => r.entries),
    activities: [],
    unread: readings.flatMap((r) => r.unread),
    leftOut: { photos: readings.reduce((sum, r) => sum + r.leftOut.photos, 0) },
  };
}
