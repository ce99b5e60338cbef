import {
  riskLevels,
  type LabelledThought,
  type NoticingDevData,
  type NoticingDevFiles,
  type RiskLevel,
  type RiskUser,
} from './noticing-dev-types.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isRiskLevel = (value: unknown): value is RiskLevel =>
  typeof value === 'string' && (riskLevels as readonly string[]).includes(value);

function jsonLines(text: string, what: string): Json[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const value: unknown = JSON.parse(line);
      if (!isObject(value)) throw new Error(`${what}, line ${index + 1}: not an object`);
      return value;
    });
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((each): each is string => typeof each === 'string') : [];
}

// The label sets of the thought data, as they appear in `label_space` and as the mapping's prefixes.
const distortions = 'cbtbench_distortions_10';
const setOfSourceLabel = (label: string): string | undefined => {
  if (label.startsWith('cssrs:')) return undefined;
  if (label.startsWith('core_major:')) return 'cbtbench_core_major_3';
  if (label.startsWith('core_fine:')) return 'cbtbench_core_fine_19';
  return distortions;
};

interface Mapping {
  readonly labelsOf: (source: string) => readonly string[];
  readonly setsOfLabel: ReadonlyMap<string, ReadonlySet<string>>;
}

function readMapping(text: string): Mapping {
  const parsed: unknown = JSON.parse(text);
  const map = isObject(parsed) && isObject(parsed.map) ? parsed.map : {};
  const spelling = isObject(parsed) && isObject(parsed.canonical_spelling) ? parsed.canonical_spelling : {};
  const setsOfLabel = new Map<string, Set<string>>();
  for (const [source, labels] of Object.entries(map)) {
    const set = setOfSourceLabel(source);
    if (set === undefined) continue;
    for (const label of stringsOf(labels))
      setsOfLabel.set(label, (setsOfLabel.get(label) ?? new Set()).add(set));
  }
  const labelsOf = (source: string): readonly string[] => {
    const lower = source.toLowerCase();
    const canonical = spelling[lower];
    return stringsOf(map[lower] ?? (typeof canonical === 'string' ? map[canonical] : undefined));
  };
  return { labelsOf, setsOfLabel };
}

function readUser(row: Json): RiskUser {
  const { level, at_risk: atRisk, text } = row;
  if (!isRiskLevel(level) || typeof atRisk !== 'boolean' || typeof text !== 'string')
    throw new Error('a user row without level, at_risk or text');
  return { level, isAtRisk: atRisk, text };
}

function readThought(row: Json, mapping: Mapping): LabelledThought {
  const { text, labels, label_space: space } = row;
  if (typeof text !== 'string' || typeof space !== 'string') throw new Error('a thought row without text');
  return {
    text,
    labels: new Set(stringsOf(labels).flatMap(mapping.labelsOf)),
    labelSets: new Set(space.match(/cbtbench_[a-z_]+?_\d+/gu) ?? []),
  };
}

/** Reads the three files of the development data; throws on a row it cannot understand. */
export function parseNoticingDev(files: NoticingDevFiles): NoticingDevData {
  const mapping = readMapping(files.mapping);
  return {
    users: jsonLines(files.users, 'users').map(readUser),
    thoughts: jsonLines(files.thoughts, 'thoughts').map((row) => readThought(row, mapping)),
    setsOfLabel: mapping.setsOfLabel,
  };
}
