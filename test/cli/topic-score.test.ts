import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  readTopicSets,
  scoreTopicSets,
  summariseTopics,
  type SentenceScore,
} from '../../src/cli/topic-score';

/** A folder holding one set `tz` with the given articles and gold. */
function setDir(files: Record<string, string>, gold: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'topics-'));
  mkdirSync(path.join(dir, 'tz'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'tz', name), text);
  writeFileSync(path.join(dir, 'tz', 'gold.json'), JSON.stringify(gold));
  return dir;
}

const ARTICLE =
  'Teachers walk out\n\nTeachers in Ohio walked out over pay on Monday, closing 40 schools.\n\n' +
  'The governor met union leaders in Columbus on Tuesday. The museum reopened in 1998.\n';

describe('readTopicSets', () => {
  it('refuses a topic outside the vocabulary and a sentence not in its article', () => {
    const unknown = setDir(
      { 'tz01.txt': ARTICLE },
      { 'tz01.txt': [{ sentence: 'Teachers in Ohio', topics: ['gossip'] }] },
    );
    expect(() => readTopicSets(unknown)).toThrow(/unknown topic gossip/);
    const absent = setDir(
      { 'tz01.txt': ARTICLE },
      { 'tz01.txt': [{ sentence: 'Nobody said this.', topics: [] }] },
    );
    expect(() => readTopicSets(absent)).toThrow(/not in the article/);
  });
});

describe('scoreTopicSets', () => {
  it("pairs each gold sentence with the topics of the app's events inside it", () => {
    const dir = setDir(
      { 'tz01.txt': ARTICLE },
      {
        'tz01.txt': [
          {
            sentence: 'Teachers in Ohio walked out over pay on Monday, closing 40 schools.',
            topics: ['labour', 'education'],
          },
          {
            sentence: 'The governor met union leaders in Columbus on Tuesday.',
            topics: ['labour', 'politics'],
          },
          { sentence: 'The museum reopened in 1998.', topics: ['arts-culture'] },
        ],
      },
    );
    const { sentences } = scoreTopicSets(readTopicSets(dir));
    expect(sentences.map((s) => s.file)).toEqual(['tz-tz01.txt', 'tz-tz01.txt', 'tz-tz01.txt']);
    // Every sentence holds a date, so every one made an event, whose topics came with their words.
    expect(sentences.every((s) => s.system !== null)).toBe(true);
    const walkout = sentences[0]!;
    expect(walkout.system).toContain('labour');
    expect(walkout.triggers['labour']!.length).toBeGreaterThan(0);
  });
});

describe('summariseTopics', () => {
  const s = (gold: string[], system: string[] | null): SentenceScore => ({
    file: 'a',
    sentence: 'x',
    gold,
    system,
    triggers: {},
  });

  it('counts (sentence, topic) pairs and sets sentences without events apart', () => {
    const r = summariseTopics([
      s(['labour', 'education'], ['labour']),
      s(['sport'], ['sport', 'labour']),
      s([], []),
      s(['weather'], null),
    ]);
    expect([r.all.tp, r.all.fp, r.all.fn]).toEqual([2, 1, 1]);
    expect(r.all.p).toBeCloseTo(66.67, 1);
    expect([r.sentences, r.withEvents, r.exact]).toEqual([4, 3, 1]);
    expect(r.topics.find((t) => t.id === 'labour')).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.topics.find((t) => t.id === 'weather')).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });
});
