/**
 * The one public surface of core: everything the CLI, the worker and the app use comes from here.
 */
export * from './types';
export { parseCorpus, applyCorrection, type ParseOptions } from './pipeline';
export { validateCorpus } from './validate';
export { hashString, shortHash, slugify } from './hash';
export { valueToInterval, isoToMs, msToIsoDay, type Interval } from './time/interval';
export { tagTimexes, type TagOptions } from './time';
export { inferPublicationDate } from './time/pubdate';
export { ingestFile, decodeText } from './ingest';
export { findActors, findActorCandidates, mergeActors, findCredits, getGazetteer } from './actors';
export { assignTopics, TOPICS } from './topics';
export { buildEvents, clusterEvents, eventId } from './events';
export * from './query';
