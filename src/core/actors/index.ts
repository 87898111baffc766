import type { Actor, ActorMention, Span } from '../types';
import { findCredits } from './credits';
import { findActorCandidates } from './find';
import { mergeActors } from './merge';

export { findCredits, mergeSpans, overlapsAny } from './credits';
export { findActorCandidates, type ActorCandidate } from './find';
export { mergeActors, type ArticleCandidates } from './merge';
export { createGazetteer, getGazetteer, type Gazetteer } from './gazetteer';

/**
 * Actors and mentions of one text, credits excluded: the single-article form of
 * findActorCandidates + mergeActors.
 *
 * @example findActors('Mr. Novak met President Anna Berg in Oslo.').actors.map((a) => a.id)
 * // ['country:NO', 'person:anna-berg', 'person:novak']
 */
export function findActors(
  text: string,
  articleId = 'a',
  exclude: Span[] = findCredits(text),
): { actors: Actor[]; mentions: ActorMention[] } {
  return mergeActors([{ articleId, candidates: findActorCandidates(text, exclude) }]);
}
