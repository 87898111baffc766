export { buildEvents, eventId, normalizeForId, skipReason } from './build';
export { clusterEvents, contentWords, CLUSTER_SCORING } from './cluster';
