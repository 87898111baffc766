export { buildEvents, eventId, normalizeForId, skipReason } from './build';
export { datelineEnd, withoutDateline } from './dateline';
export { clusterEvents, contentWords, CLUSTER_SCORING } from './cluster';
