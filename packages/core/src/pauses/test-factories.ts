// Test data factories for pauses, patterns, kindness and resources (not exported from the package).
import type { DomainPorts } from '../ports.ts';
import { namePattern } from '../patterns/name-pattern.ts';
import type { Pattern, PatternDraft } from '../patterns/pattern.ts';
import { addResource } from '../resources/add-resource.ts';
import type { Resource, ResourceDraft } from '../resources/resource.ts';
import type { Pause, PauseResult } from './pause.ts';
import { startPause, type PauseDraft } from './start-pause.ts';

export { testPorts, type TestPorts } from '../parts/test-factories.ts';

export function okPause(result: PauseResult): Pause {
  if (!result.ok) throw new Error(`unexpected problems: ${result.problems.join()}`);
  return result.pause;
}

export function makePause(ports: DomainPorts, draft: PauseDraft = {}): Pause {
  return okPause(startPause(ports, draft));
}

export function makeResource(ports: DomainPorts, draft: ResourceDraft): Resource {
  const result = addResource(ports, draft);
  if (!result.ok) throw new Error(`unexpected problems: ${result.problems.join()}`);
  return result.resource;
}

export function makePattern(ports: DomainPorts, draft: PatternDraft = { when: 'I feel left out' }): Pattern {
  const result = namePattern(ports, draft);
  if (!result.ok) throw new Error(`unexpected problems: ${result.problems.join()}`);
  return result.pattern;
}

/** docs/CARE.md's words Tend never says, checked against every phrase these features show. */
const forbidden: readonly RegExp[] = [
  /\bfix(es|ed|ing)?\b/i,
  /\bget(ting)? rid of\b/i,
  /\bovercom(e|es|ing)\b/i,
  /\bhealed\b/i,
  /\bstreaks?\b/i,
  /\bmissed\b/i,
  /\byou haven['’]?t\b/i,
  /\bbroken\b/i,
  /\bfail(ed|ure|ing)?\b/i,
  /\bin a row\b/i,
  /\bonly \d+\b/i,
  /!/,
];

/** The forbidden patterns a piece of text matches; empty when its tone is fine. */
export function toneProblems(text: string): string[] {
  return forbidden.filter((pattern) => pattern.test(text)).map(String);
}
