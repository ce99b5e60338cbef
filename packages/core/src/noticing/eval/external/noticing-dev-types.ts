/**
 * The external development data, as the scorer sees it once parsed. The rows themselves are read from
 * outside the repository at run time and never copied into it (see scripts/eval-noticing.ts).
 */

/** The C-SSRS levels of a forum user, from people helping others to people who attempted. */
export const riskLevels = ['Supportive', 'Indicator', 'Ideation', 'Behavior', 'Attempt'] as const;
export type RiskLevel = (typeof riskLevels)[number];

/** One forum user: everything they wrote, and the level a clinician gave them. */
export interface RiskUser {
  readonly level: RiskLevel;
  readonly isAtRisk: boolean;
  readonly text: string;
}

/** One first-person thought with Tend's names for what annotators found in it. */
export interface LabelledThought {
  readonly text: string;
  /** Tend-side labels (e.g. `should_statements`), through the data's own label mapping. */
  readonly labels: ReadonlySet<string>;
  /** The label sets annotated for this row: a missing label means "no" only inside these. */
  readonly labelSets: ReadonlySet<string>;
}

export interface NoticingDevData {
  readonly users: readonly RiskUser[];
  readonly thoughts: readonly LabelledThought[];
  /** For each Tend-side label, the label sets that can give it. */
  readonly setsOfLabel: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The raw text of the three files, as read from the folder. */
export interface NoticingDevFiles {
  readonly users: string;
  readonly thoughts: string;
  readonly mapping: string;
}
