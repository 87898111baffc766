import { describe, expect, it } from 'vitest';
import { assignTopics, createTopicMatcher, TOPICS } from '../../../src/core/topics';

describe('assignTopics(text)', () => {
  it.each([
    [
      'The court issued an arrest warrant for the general.',
      'justice',
      ['court', 'arrest', 'arrest warrant', 'warrant'],
    ],
    ['Airstrikes hit the city overnight.', 'conflict', ['airstrikes']],
    ['The troops invaded in February.', 'conflict', ['troops', 'invaded']],
    ['Exports fell as new sanctions bit.', 'economy', ['exports', 'sanctions']],
    ['They discussed the gas pipeline.', 'energy', ['gas', 'pipeline']],
    ['The two leaders held talks on the sidelines of the summit.', 'diplomacy', ['talks', 'summit']],
    ['Thousands of refugees fled the fighting.', 'human-rights', ['refugees', 'fled']],
    ['The earthquake destroyed homes.', 'disaster', ['earthquake']],
    ['Voters went to the polls in the election.', 'politics', ['voters', 'election']],
  ])('%j -> %s %j', (text, topic, triggers) => {
    expect(assignTopics(text)).toContainEqual({ id: topic, triggers });
  });

  it.each([
    'The cat slept on the warm windowsill.',
    'Warrants nothing: we wandered.',
    'A tarmac is not a market-place... or is it?',
  ])('%j has no topic from partial words', (text) => {
    const all = assignTopics(text).flatMap((t) => t.triggers);
    // Triggers match whole words only: "war" is not found inside "warm", "wandered", "tarmac".
    expect(all).not.toContain('war');
  });

  it('records each trigger once, in text order', () => {
    expect(assignTopics('War, war and more war.')).toEqual([{ id: 'conflict', triggers: ['war'] }]);
  });

  it('uses the vocabulary it is given', () => {
    const matcher = createTopicMatcher([
      { id: 'sport', label: 'Sport', iptc: 'medtop:15000000', triggers: ['match', 'world cup'] },
    ]);
    expect(assignTopics('The World Cup matches began.', matcher)).toEqual([
      { id: 'sport', triggers: ['world cup', 'matches'] },
    ]);
  });
});

describe('TOPICS', () => {
  it('has 10-16 topics, each with an id, label and triggers, ids unique', () => {
    expect(TOPICS.length).toBeGreaterThanOrEqual(10);
    expect(TOPICS.length).toBeLessThanOrEqual(16);
    expect(new Set(TOPICS.map((t) => t.id)).size).toBe(TOPICS.length);
    for (const t of TOPICS) {
      expect(t.triggers.length).toBeGreaterThan(3);
      expect(t.iptc ?? 'medtop:00000000').toMatch(/^medtop:\d{8}$/);
    }
  });
});
