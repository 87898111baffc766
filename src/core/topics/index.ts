export { assignTopics, createTopicMatcher, type TopicMatcher } from './assign';
export { TOPICS, type TopicEntry } from './vocabulary';
