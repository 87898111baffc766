import { describe, expect, it } from 'vitest';
import { buildEvents, eventId } from '../../../src/core/events';
import { findActors, findCredits } from '../../../src/core/actors';
import type { Timex } from '../../../src/core/types';
import { makeArticle, timexAt } from './make-article';

const eventsOf = (text: string, timexes: (a: ReturnType<typeof makeArticle>) => Timex[]) => {
  const article = makeArticle('a', text);
  const { mentions } = findActors(text, article.id);
  return buildEvents(article, timexes(article), mentions, findCredits(text));
};

describe('buildEvents(article, timexes, mentions, credits)', () => {
  describe('which timexes make events', () => {
    it.each([
      ['The minister arrived on Tuesday.', 'Tuesday', '2023-10-17', 'DATE', true],
      ['The talks will resume in March.', 'March', '2024-03', 'DATE', true],
      ['The plane landed at 9:30 a.m.', '9:30 a.m.', '2023-10-17T09:30', 'TIME', true],
      ['The war has lasted 18 months.', '18 months', 'P18M', 'DURATION', false],
      ['They meet every Tuesday.', 'every Tuesday', 'XXXX-WXX-2', 'SET', false],
      ['Prices are high now.', 'now', 'PRESENT_REF', 'DATE', false],
      ['He spoke on a Tuesday.', 'a Tuesday', 'XXXX-WXX-2', 'DATE', false],
      ['Exports beat last year’s record.', 'last year', '2022', 'DATE', false],
      ['Wednesday’s meeting marks the third time.', 'Wednesday', '2023-10-18', 'DATE', true],
      ['The 2023 budget was cut.', '2023', '2023', 'DATE', false],
      ['The summit ended in 2023 without a deal.', '2023', '2023', 'DATE', true],
      ['Police reopened the 1998 clinic bombing case.', '1998', '1998', 'DATE', true],
      ['Farmers still recall the 1976 drought.', '1976', '1976', 'DATE', true],
      ['Lenders were hit by the 2008 financial crisis.', '2008', '2008', 'DATE', true],
      ['The reform builds on the 2015 bailout.', '2015', '2015', 'DATE', true],
      ['A 2011 safety audit found faults.', '2011', '2011', 'DATE', true],
      ['The 2019 sales figures were revised.', '2019', '2019', 'DATE', false],
      ['Last Tuesday’s federal court hearing was delayed.', 'Last Tuesday', '2023-10-10', 'DATE', true],
      ['December’s figures were revised.', 'December', '2022-12', 'DATE', false],
      ['A tram derailed during Tuesday’s evening rush hour.', 'Tuesday', '2023-10-17', 'DATE', true],
      [
        'Islanders asked about last Friday’s grounding of the ferry.',
        'last Friday',
        '2023-10-13',
        'DATE',
        true,
      ],
      ['Jobs are scarce in today’s economy.', 'today', '2023-10-17', 'DATE', false],
      ['OSLO, March 8, 2024 — Talks began.', 'March 8, 2024', '2024-03-08', 'DATE', false],
      ['NAIROBI, Kenya, May 2 (Reuters) - Rain fell.', 'May 2', '2024-05-02', 'DATE', false],
      ['Talks began on March 8, 2024 - a Friday.', 'March 8, 2024', '2024-03-08', 'DATE', true],
    ] as const)('%j: %j (%s) -> %s', (text, phrase, value, type, makes) => {
      const events = eventsOf(text, (a) => [timexAt(a, phrase, value, type)]);
      expect(events.length).toBe(makes ? 1 : 0);
    });

    it('skips a date a count runs from ("since 2022") when the sentence dates its happening otherwise', () => {
      const text = 'Wednesday’s meeting marks the third time they have met since 2022.';
      const events = eventsOf(text, (a) => [
        timexAt(a, 'Wednesday', '2023-10-18'),
        timexAt(a, '2022', '2022'),
      ]);
      expect(events.map((e) => e.value)).toEqual(['2023-10-18']);
      // Alone, it dates the sentence: "has been detained since 2022".
      const alone = eventsOf('He has been detained since 2022.', (a) => [timexAt(a, '2022', '2022')]);
      expect(alone.map((e) => e.value)).toEqual(['2022']);
    });

    it('skips a date inside a photo credit', () => {
      const text = 'CAPTION: Ministers in Riga. Credit…Jane Kowalski/EPA, May 5, 2021';
      expect(eventsOf(text, (a) => [timexAt(a, 'May 5, 2021', '2021-05-05')])).toEqual([]);
    });
  });

  it('fills value, interval, sentence, timex, actors, topics and caption', () => {
    const text = 'Intro line.\nCAPTION: President Anna Berg arrived in Beijing on Tuesday for trade talks.';
    const [event] = eventsOf(text, (a) => [timexAt(a, 'Tuesday', '2023-10-17')]);
    expect(event).toMatchObject({
      articleId: 'a',
      type: 'DATE',
      value: '2023-10-17',
      start: '2023-10-17',
      end: '2023-10-18',
      granularity: 'day',
      sentence: {
        text: 'CAPTION: President Anna Berg arrived in Beijing on Tuesday for trade talks.',
        index: 1,
      },
      timex: { text: 'Tuesday', id: `a:t${text.indexOf('Tuesday')}` },
      actors: ['person:anna-berg', 'country:CN'],
      caption: true,
      cluster: '',
    });
    expect(event!.topics.map((t) => t.id)).toEqual(['diplomacy', 'economy']);
  });

  describe("topics and the article's story", () => {
    const STRIKE =
      'Teachers in Ohio began a strike over pay on Monday. The union said its members would stay ' +
      'on strike until a better offer came. Schools across the state closed as teachers picketed. ' +
      'The teachers union rejected a 3 percent pay rise. ';
    const MATCH =
      'Harbour Rovers beat Wexley Town 3-1 in the league on Saturday. The striker scored twice in ' +
      'the match. The coach praised the team after the win. The club sit top of the league. ';
    const topicsAt = (text: string, phrase: string) =>
      eventsOf(text, (a) => [timexAt(a, phrase, '2023-10-18')])[0]!.topics.map((t) => t.id);

    it("gives a sentence that names no topic the story's first one, with no words of its own", () => {
      const text = `${STRIKE}Both sides met again on Wednesday.`;
      const [event] = eventsOf(text, (a) => [timexAt(a, 'Wednesday', '2023-10-18')]);
      expect(event!.topics).toEqual([{ id: 'labour', triggers: [] }]);
      // Alone, the same sentence names no topic.
      expect(topicsAt('Both sides met again on Wednesday.', 'Wednesday')).toEqual([]);
    });

    it("gives a service stopped by the story's storm, flood, war or attack that happening too", () => {
      const SNOW =
        'Heavy snow fell across the north on Monday. Forecasters warned of more snow and freezing ' +
        'rain. The storm brought drifts of two metres and blizzards. Snow is forecast until Friday. ';
      expect(topicsAt(`${SNOW}More than 400 schools were closed on Wednesday.`, 'Wednesday')).toEqual([
        'education',
        'weather',
      ]);
      expect(topicsAt(`${SNOW}Rail services were suspended until Wednesday.`, 'Wednesday')).toEqual([
        'infrastructure',
        'weather',
      ]);
      // (Not a school of the story that nothing stopped, nor a closure in a story of no happening.)
      expect(topicsAt(`${SNOW}The school hired two teachers on Wednesday.`, 'Wednesday')).toEqual([
        'education',
      ]);
      expect(topicsAt(`${STRIKE}Most schools were closed on Wednesday.`, 'Wednesday')).toEqual(['education']);
    });

    it("gives an aside on someone's birth or upbringing no topic from the story", () => {
      expect(topicsAt(`${STRIKE}Ann Cole, who spoke for them, was born in Dayton in 1968.`, '1968')).toEqual(
        [],
      );
      expect(topicsAt(`${STRIKE}Its chair grew up in Leeds and moved to Hull in 2009.`, '2009')).toEqual([]);
      // A step of the story that names no topic still takes the story's, told beside a life too.
      expect(topicsAt(`${STRIKE}Its chair, who grew up in Leeds, met them again in 2009.`, '2009')).toEqual([
        'labour',
      ]);
      expect(topicsAt(`${STRIKE}Both sides met again in Hull in 2009.`, '2009')).toEqual(['labour']);
    });

    it("lets the words of someone's birth or upbringing name only the story's topics", () => {
      // (A former job is no happening of a story of teachers on strike.)
      expect(topicsAt(`${STRIKE}Its chair, a former nurse, was born in Dayton in 1968.`, '1968')).toEqual([]);
      expect(topicsAt(`${STRIKE}Its chair was born in 1968 and joined the union at 18.`, '1968')).toEqual([
        'labour',
      ]);
      expect(topicsAt(`${MATCH}Its chair, a former nurse, was born in Dayton in 1968.`, '1968')).toEqual([]);
      // (With no story around it, a life names no topic.)
      expect(topicsAt('Its chair, a former nurse, was born in Dayton in 1968.', '1968')).toEqual([]);
    });

    it('lets a common word name its topic only in a story of that topic', () => {
      const sentence = 'The government announced a new budget on Wednesday.';
      expect(topicsAt(`${MATCH}${sentence}`, 'Wednesday')).not.toContain('politics');
      expect(topicsAt(`${STRIKE}${sentence}`, 'Wednesday')).not.toContain('politics');
      const POLITICS =
        'The ruling party lost its majority in parliament after the election. Voters turned to the ' +
        'opposition party in the election. The prime minister conceded defeat to the opposition. ' +
        'The new coalition will elect a speaker of parliament. ';
      expect(topicsAt(`${POLITICS}${sentence}`, 'Wednesday')).toContain('politics');
    });
  });

  it.each([
    ['President Anna Berg spoke in Oslo. He said talks resume on Tuesday.', ['person:anna-berg']],
    ['President Anna Berg met Tomas Novak, a senior fellow. She said talks resume on Tuesday.', []],
    ['The vote was close. He said talks resume on Tuesday.', []],
    ['President Anna Berg spoke. Then he said talks resume on Tuesday.', []],
  ])('resolves an opening "He"/"She" only to a single person just before: %j', (text, actors) => {
    const [event] = eventsOf(text, (a) => [timexAt(a, 'Tuesday', '2023-10-17')]);
    expect(event!.actors).toEqual(actors);
  });

  it('lists only the actors of the sentence itself', () => {
    const text = 'President Anna Berg spoke in Oslo. The vote was held on Tuesday.';
    const [event] = eventsOf(text, (a) => [timexAt(a, 'Tuesday', '2023-10-17')]);
    expect(event!.actors).toEqual([]);
  });

  describe('ids', () => {
    const text = 'The minister arrived on Tuesday. Talks follow on Wednesday.';
    const timexes = (a: ReturnType<typeof makeArticle>) => [
      timexAt(a, 'Tuesday', '2023-10-17'),
      timexAt(a, 'Wednesday', '2023-10-18'),
    ];

    it('are the same when the article is parsed again', () => {
      expect(eventsOf(text, timexes).map((e) => e.id)).toEqual(eventsOf(text, timexes).map((e) => e.id));
    });

    it('do not depend on offsets: a paragraph added before keeps them', () => {
      const before = eventsOf(text, timexes).map((e) => e.id);
      const after = eventsOf(`A new first paragraph was added.\n${text}`, timexes).map((e) => e.id);
      expect(after).toEqual(before);
    });

    it('change with the article, the sentence, the timex text or the value', () => {
      const base = eventId('a', 'He came on Tuesday.', 'Tuesday', '2023-10-17');
      expect(
        new Set([
          base,
          eventId('b', 'He came on Tuesday.', 'Tuesday', '2023-10-17'),
          eventId('a', 'She came on Tuesday.', 'Tuesday', '2023-10-17'),
          eventId('a', 'He came on Tuesday.', 'Tuesday', '2023-10-24'),
        ]).size,
      ).toBe(4);
      expect(eventId('a', '  He came  on Tuesday. ', 'Tuesday', '2023-10-17')).toBe(base);
    });

    it('get a deterministic suffix when a sentence repeats', () => {
      const repeated = 'CAPTION: Leaders met on June 5, 2019.\nCAPTION: Leaders met on June 5, 2019.';
      const ids = eventsOf(repeated, (a) => [
        timexAt(a, 'June 5, 2019', '2019-06-05'),
        timexAt(a, 'June 5, 2019', '2019-06-05', 'DATE', 1),
      ]).map((e) => e.id);
      expect(ids[1]).toBe(`${ids[0]}-2`);
    });

    it('keep the original value after a hand correction', () => {
      const article = makeArticle('a', text);
      const corrected: Timex = {
        ...timexAt(article, 'Tuesday', '2023-10-24'),
        correction: { original: '2023-10-17' },
      };
      const [plain] = eventsOf(text, timexes);
      const [fixed] = buildEvents(article, [corrected], [], []);
      expect(fixed).toMatchObject({ id: plain!.id, value: '2023-10-24', start: '2023-10-24' });
    });
  });
});
