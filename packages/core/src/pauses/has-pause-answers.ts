import type { Pause } from './pause.ts';

/**
 * Whether the person has said anything in a pause: a word, a choice, an intensity, or closing it.
 * The breath, the steps looked at and the options shown are not answers, so a pause opened and left
 * at once leaves nothing behind.
 */
export function hasPauseAnswers(pause: Pause): boolean {
  const f = pause.fields;
  const words = [f.whatHappened, f.whoElse, f.ownNeeds, f.willDo].some((text) => text.trim() !== '');
  const choices = [f.partIds, f.relationshipIds, f.bodyNeeds, f.needs, f.optionsHelped ?? []].some(
    (list) => list.length > 0,
  );
  const said = [f.intensity, f.intensityAfter, f.response, f.patternId, f.finishedAt].some(
    (value) => value !== null,
  );
  return words || choices || said;
}
