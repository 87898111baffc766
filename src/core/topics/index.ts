export { assignTopics, createTopicMatcher, type TopicMatcher } from './assign';
export { IDIOMS, TOPICS, type TopicEntry } from './vocabulary';
