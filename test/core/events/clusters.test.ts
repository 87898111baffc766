import fc from 'fast-check';
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { buildEvents, clusterEvents, contentWords } from '../../../src/core/events';
import { CALENDAR_WORDS, STOPWORDS } from '../../../src/core/events/cues';
import { findActorCandidates, mergeActors } from '../../../src/core/actors';
import type { Article, Event } from '../../../src/core/types';
import { makeArticle, timexAt } from './make-article';

/** Build events for several made-up articles: [id, published, text, [phrase, value][]]. */
function corpusOf(specs: [string, string, string, [string, string][]][]): {
  articles: Article[];
  events: Event[];
} {
  const articles = specs.map(([id, published, text]) => makeArticle(id, text, published));
  const { mentions } = mergeActors(
    articles.map((a) => ({ articleId: a.id, candidates: findActorCandidates(a.text) })),
  );
  const events = specs.flatMap(([, , , dates], i) => {
    const a = articles[i]!;
    return buildEvents(
      a,
      dates.map(([p, v]) => timexAt(a, p, v)),
      mentions.filter((m) => m.articleId === a.id),
      [],
    );
  });
  return { articles, events };
}

/** The actor mentions of made-up articles, as the pipeline finds them. */
const mentionsOf = (articles: Article[]) =>
  mergeActors(articles.map((a) => ({ articleId: a.id, candidates: findActorCandidates(a.text) }))).mentions;

const specs: [string, string, string, [string, string][]][] = [
  [
    'wire',
    '2024-05-06',
    'Prime Minister Tomas Novak arrived in Nairobi on Tuesday for talks on a rail link. Kenya hosts a trade fair on Tuesday.',
    [
      ['Tuesday', '2024-05-07'],
      ['Tuesday', '2024-05-07'],
    ],
  ],
  [
    'paper',
    '2024-05-07',
    'Mr. Novak landed in Nairobi on Tuesday, opening talks about the railway link.',
    [['Tuesday', '2024-05-07']],
  ],
  [
    'radio',
    '2024-05-08',
    'Tomas Novak arrived in Kenya’s capital on Tuesday for rail talks.',
    [['Tuesday', '2024-05-07']],
  ],
  ['other', '2024-05-07', 'A storm flooded villages in Peru on Tuesday.', [['Tuesday', '2024-05-07']]],
];

describe('clusterEvents(events, articles)', () => {
  it('puts one happening reported by three sources in one cluster, earliest source first', () => {
    const { articles, events } = corpusOf(specs);
    const { clusters, events: out } = clusterEvents(events, articles);
    const multi = clusters.filter((c) => c.events.length > 1);
    expect(multi).toHaveLength(1);
    expect(multi[0]!.articles).toEqual(['wire', 'paper', 'radio']);
    expect(multi[0]!.value).toBe('2024-05-07');
    expect(multi[0]!.id).toBe(`c-${multi[0]!.events[0]!.slice(2)}`);
    // Every event has a cluster, and clusters partition the events.
    expect(out.every((e) => clusters.some((c) => c.id === e.cluster && c.events.includes(e.id)))).toBe(true);
    expect(clusters.flatMap((c) => c.events).sort()).toEqual(out.map((e) => e.id).sort());
  });

  it('never merges two events of the same article', () => {
    const { articles, events } = corpusOf(specs);
    for (const c of clusterEvents(events, articles).clusters) {
      const ofCluster = events.filter((e) => c.events.includes(e.id));
      expect(new Set(ofCluster.map((e) => e.articleId)).size).toBe(ofCluster.length);
    }
  });

  it('keeps unrelated happenings on the same day apart', () => {
    const { articles, events } = corpusOf(specs);
    const { clusters } = clusterEvents(events, articles);
    const storm = events.find((e) => e.articleId === 'other')!;
    expect(clusters.find((c) => c.events.includes(storm.id))!.events).toEqual([storm.id]);
  });

  it('keeps the same wording on different days apart', () => {
    const { articles, events } = corpusOf([
      ['x', '2024-05-06', 'Tomas Novak arrived in Nairobi on Tuesday.', [['Tuesday', '2024-05-07']]],
      ['y', '2024-05-13', 'Tomas Novak arrived in Nairobi on Tuesday.', [['Tuesday', '2024-05-14']]],
    ]);
    expect(clusterEvents(events, articles).clusters).toHaveLength(2);
  });

  it('does not depend on the order of its input', () => {
    const { articles, events } = corpusOf(specs);
    const forward = clusterEvents(events, articles).clusters;
    const backward = clusterEvents([...events].reverse(), [...articles].reverse()).clusters;
    expect(backward).toEqual(forward);
  });

  it('merges a paraphrase of one happening in articles telling the same story', () => {
    const { articles, events } = corpusOf([
      [
        'courier',
        '2012-10-17',
        'Poland and Lithuania revived the Baltic gas interconnector at a summit in Vilnius. The interconnector was first agreed in 2009, but the pact was never implemented.',
        [['2009', '2009']],
      ],
      [
        'ledger',
        '2012-10-22',
        'The Vilnius summit put the Baltic gas interconnector back on the agenda. A 2009 agreement on the interconnector set a route near Kaunas but was never implemented.',
        [['2009', '2009']],
      ],
    ]);
    const multi = clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1);
    expect(multi.map((c) => c.articles)).toEqual([['courier', 'ledger']]);
  });

  it('merges "this week" with the day another source gives, and places the story on that day', () => {
    const { articles, events } = corpusOf([
      [
        'preview',
        '2024-05-06',
        'Kenyan rail chief Amina Odhiambo will open the Nairobi freight terminal this week.',
        [['this week', '2024-W19']],
      ],
      [
        'report',
        '2024-05-09',
        'Amina Odhiambo opened the Nairobi freight terminal on Wednesday.',
        [['Wednesday', '2024-05-08']],
      ],
    ]);
    const multi = clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1);
    expect(multi).toHaveLength(1);
    expect(multi[0]!.value).toBe('2024-05-08');
    expect(multi[0]!.articles).toEqual(['report', 'preview']);
    expect(multi[0]!.id).toBe(`c-${multi[0]!.events[0]!.slice(2)}`);
  });

  it('merges a clock time with the part of the day it lies in', () => {
    const { articles, events } = corpusOf([
      [
        'wire',
        '2024-05-07',
        'Prime Minister Amina Odhiambo will face reporters at a joint news conference in Nairobi at 6 p.m. on Tuesday.',
        [['6 p.m. on Tuesday', '2024-05-07T18:00']],
      ],
      [
        'paper',
        '2024-05-08',
        'At the joint news conference in Nairobi yesterday evening, Amina Odhiambo promised a new rail budget.',
        [['yesterday evening', '2024-05-07TEV']],
      ],
    ]);
    const multi = clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1);
    expect(multi.map((c) => [c.value, c.articles])).toEqual([['2024-05-07T18:00', ['wire', 'paper']]]);
  });

  it('asks less of a clock time and its day than of a day and its week', () => {
    const merged = (time: string, value: string) => {
      const { articles, events } = corpusOf([
        [
          'wire',
          '2024-05-07',
          `Rescuers reached the trapped miners at the Kestrel colliery ${time}.`,
          [[time, value]],
        ],
        [
          'paper',
          '2024-05-08',
          'Rescue teams reached the trapped Kestrel miners on Tuesday, ending a long night of digging.',
          [['on Tuesday', '2024-05-07']],
        ],
      ]);
      return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
    };
    expect(merged('at 4 a.m.', '2024-05-07T04:00')).toBe(1);
    expect(merged('this week', '2024-W19')).toBe(0);
  });

  it('merges a clock time and the part of the day it lies in told in a few shared words', () => {
    const merged = (paper: string) => {
      const { articles, events } = corpusOf([
        [
          'wire',
          '2015-03-11',
          'The mayor will meet residents at the town hall in Saint-Fons at 7 p.m. on Wednesday.',
          [['at 7 p.m. on Wednesday', '2015-03-11T19:00']],
        ],
        ['paper', '2015-03-12', paper, [['On Wednesday evening', '2015-03-11TEV']]],
      ]);
      return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
    };
    expect(
      merged(
        'On Wednesday evening, angry residents packed the town hall to question officials about the fire.',
      ),
    ).toBe(1);
    expect(merged('On Wednesday evening, firefighters finally put out the fire at the plant.')).toBe(0);
  });

  it('asks less of a clock time and the part of the day it lies in than of a time and its day, unless the time names it', () => {
    const merged = (wire: string, time: string, paper: string, date: [string, string]) => {
      const { articles, events } = corpusOf([
        ['wire', '2024-05-06', wire, [[time, '2024-05-05T23:00']]],
        ['paper', '2024-05-07', paper, [date]],
      ]);
      return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
    };
    const aground =
      'The ferry Kilwa Star ran aground on a reef off Zanzibar at about 11 p.m. on Sunday, the port authority said.';
    const rocks =
      'Passengers on the Kilwa Star were thrown from their bunks when the ferry hit rocks near Zanzibar on Sunday night.';
    expect(merged(aground, '11 p.m. on Sunday', rocks, ['Sunday night', '2024-05-05TNI'])).toBe(1);
    expect(merged(aground, '11 p.m.', rocks, ['on Sunday', '2024-05-05'])).toBe(0);
    // A time that names its day dates the happening by that day as the other writer does.
    expect(merged(aground, '11 p.m. on Sunday', rocks, ['on Sunday', '2024-05-05'])).toBe(1);
    // "shortly before 11 p.m." tells a time; "by 11 p.m." bounds one, and a live blog's "11 p.m.:" stamps its post.
    const before = aground.replace('at about', 'shortly before');
    expect(merged(before, '11 p.m. on Sunday', rocks, ['Sunday night', '2024-05-05TNI'])).toBe(1);
    const by =
      'The ferry Kilwa Star had run aground on a reef off Zanzibar by 11 p.m. on Sunday, the port authority said.';
    expect(merged(by, '11 p.m. on Sunday', rocks, ['Sunday night', '2024-05-05TNI'])).toBe(0);
    const stamp =
      '11 p.m.: The ferry Kilwa Star ran aground on a reef off Zanzibar, the port authority said.';
    expect(merged(stamp, '11 p.m.', rocks, ['Sunday night', '2024-05-05TNI'])).toBe(0);
    // (A timeline's entry may open with its time and no mark after it.)
    const entry = stamp.replace('11 p.m.:', '23:00');
    expect(merged(entry, '23:00', rocks, ['Sunday night', '2024-05-05TNI'])).toBe(0);
  });

  it('gives a day the words of a clock time in it told beside it ("at about 2am on Wednesday")', () => {
    const merged = (wire: string) => {
      const { articles, events } = corpusOf([
        [
          'wire',
          '2024-05-08',
          wire,
          [
            ['2am', '2024-05-08T02:00'],
            ['Wednesday', '2024-05-08'],
          ],
        ],
        [
          'paper',
          '2024-05-09',
          'A fire broke out at a storage hall in Saint-Fons on Wednesday, injuring 14 workers.',
          [['on Wednesday', '2024-05-08']],
        ],
        [
          'b1',
          '2024-05-08',
          'A storm flooded villages in Peru on Wednesday.',
          [['on Wednesday', '2024-05-08']],
        ],
        [
          'b2',
          '2024-05-08',
          'Shares in Acme fell on Wednesday after a profit warning.',
          [['on Wednesday', '2024-05-08']],
        ],
        ['b3', '2024-05-08', 'The central bank held rates on Wednesday.', [['on Wednesday', '2024-05-08']]],
      ]);
      return clusterEvents(events, articles)
        .clusters.filter((c) => c.articles.length > 1)
        .map((c) => [c.value, c.articles]);
    };
    // The words before the time and after the day tell one happening: the day takes them all.
    expect(
      merged('A fire broke out in a solvent store at about 2am on Wednesday at the Valcroix chemical plant.'),
    ).toEqual([['2024-05-08', ['wire', 'paper']]]);
    // Told apart, the time and the day keep the words nearest each: the time tells the fire.
    expect(
      merged(
        'A fire broke out in a solvent store at about 2am, and the Valcroix chemical plant stayed shut on Wednesday.',
      ),
    ).toEqual([['2024-05-08T02:00', ['wire', 'paper']]]);
  });

  it('gives the thing a relative clause tells of to the date of the main clause too ("The talks, which began this week, close today")', () => {
    const merged = (wire: string) => {
      const { articles, events } = corpusOf([
        [
          'wire',
          '2021-11-12',
          wire,
          [
            ['this week', '2021-W45'],
            ['today', '2021-11-12'],
          ],
        ],
        [
          'paper',
          '2021-11-13',
          'The Geneva round of ceasefire talks ended on Friday with a joint statement.',
          [['on Friday', '2021-11-12']],
        ],
        ['b1', '2021-11-12', 'A storm flooded villages in Peru on Friday.', [['on Friday', '2021-11-12']]],
        [
          'b2',
          '2021-11-12',
          'Shares in Acme fell on Friday after a profit warning.',
          [['on Friday', '2021-11-12']],
        ],
        ['b3', '2021-11-12', 'The central bank held rates on Friday.', [['on Friday', '2021-11-12']]],
      ]);
      // The wire's dates that the paper's Friday is merged with.
      const out = clusterEvents(events, articles).events;
      const friday = out.find((e) => e.articleId === 'paper')!.cluster;
      return out.filter((e) => e.articleId === 'wire' && e.cluster === friday).map((e) => e.value);
    };
    // The talks began this week and close today: both dates take them, and today is the Friday.
    expect(
      merged('The Geneva round of ceasefire talks, which began this week, is expected to close later today.'),
    ).toEqual(['2021-11-12']);
    // Today dates what follows "after", not the talks: the words stay with the week.
    expect(
      merged(
        'The Geneva round of ceasefire talks, which began this week, is stalled after a shelling today.',
      ),
    ).toEqual(['2021-W45']);
  });

  it('keeps a happening apart from another its sentence tells after "hours before" or "after"', () => {
    const merged = (paper: string) => {
      const { articles, events } = corpusOf([
        [
          'wire',
          '2024-05-10',
          'Lawmakers passed the harbour levy on Thursday by 63 votes to 57.',
          [['on Thursday', '2024-05-09']],
        ],
        ['paper', '2024-05-10', paper, [['on Thursday', '2024-05-09']]],
      ]);
      return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
    };
    expect(
      merged(
        'Ana Reyes was sworn in as finance minister on Thursday, hours before lawmakers passed the harbour levy.',
      ),
    ).toBe(0);
    expect(
      merged(
        'Lawmakers passed the harbour levy on Thursday, hours after Ana Reyes was sworn in as finance minister.',
      ),
    ).toBe(1);
  });

  it('reads a clock time up to an hour before a part of the day as in it, unless it bounds something', () => {
    const merged = (meeting: string, time: string, value: string) => {
      const { articles, events } = corpusOf([
        ['council', '2024-05-05', meeting, [[time, value]]],
        [
          'paper',
          '2024-05-06',
          'More than 200 residents packed the Craignure village hall last night to question the ferry operator about the grounding.',
          [['last night', '2024-05-05TNI']],
        ],
      ]);
      return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
    };
    const at = (time: string) =>
      `Residents will question the ferry operator about the grounding at a meeting in Craignure village hall at ${time} tonight.`;
    // The night starts at 8 p.m.: "7 p.m." is told as "last night", "6 p.m." is the evening.
    expect(merged(at('7 p.m.'), '7 p.m.', '2024-05-05T19:00')).toBe(1);
    expect(merged(at('6 p.m.'), '6 p.m.', '2024-05-05T18:00')).toBe(0);
    const until =
      'Residents can question the ferry operator about the grounding in Craignure village hall from 5 to 7 p.m. tonight.';
    expect(merged(until, '7 p.m.', '2024-05-05T19:00')).toBe(0);
  });

  it('merges two clock times of one happening up to an hour apart, not further', () => {
    const twoTimes = (second: string) =>
      corpusOf([
        [
          'wire',
          '2024-05-07',
          'The memorandum on the rail link was signed in Nairobi at 12:15 by the two transport ministers.',
          [['12:15', '2024-05-07T12:15']],
        ],
        [
          'paper',
          '2024-05-08',
          'The two transport ministers signed the rail link memorandum in Nairobi at 12.40 yesterday.',
          [['12.40 yesterday', second]],
        ],
      ]);
    const merged = (second: string) => {
      const { articles, events } = twoTimes(second);
      return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
    };
    expect(merged('2024-05-07T12:40')).toBe(1);
    expect(merged('2024-05-07T10:40')).toBe(0);
  });

  it('merges a Saturday or Sunday with the weekend another source gives for it, not a Friday', () => {
    const dayAndWeekend = (day: string, value: string) => {
      const { articles, events } = corpusOf([
        [
          'club',
          '2024-05-11',
          `Forward Ines Varga signed a four-year contract with Harbour Rovers on ${day} and was presented to fans at Dockside Park.`,
          [[day, value]],
        ],
        [
          'weekly',
          '2024-05-15',
          'Ines Varga, who signed a four-year contract with Harbour Rovers last weekend, trained with her new team on Tuesday.',
          [['last weekend', '2024-W19-WE']],
        ],
      ]);
      return clusterEvents(events, articles)
        .clusters.filter((c) => c.events.length > 1)
        .map((c) => [c.value, c.articles]);
    };
    expect(dayAndWeekend('Saturday', '2024-05-11')).toEqual([['2024-05-11', ['club', 'weekly']]]);
    expect(dayAndWeekend('Sunday', '2024-05-12')).toEqual([['2024-05-12', ['club', 'weekly']]]);
    expect(dayAndWeekend('Friday', '2024-05-10')).toEqual([]);
    expect(dayAndWeekend('Saturday', '2024-05-18')).toEqual([]);
  });

  it('reads an evening and the night of the same day as one time, not one inside the other', () => {
    const eveningAndNight = (nightValue: string) => {
      const { articles, events } = corpusOf([
        [
          'wire',
          '2024-05-06',
          'Finance minister Tomas Novak will defend the pension reform in a television interview on Monday evening.',
          [['Monday evening', '2024-05-06TEV']],
        ],
        [
          'paper',
          '2024-05-07',
          'Speaking on Channel Four on Monday night, Tomas Novak said retirees would not lose out under the reform.',
          [['Monday night', nightValue]],
        ],
      ]);
      return clusterEvents(events, articles)
        .clusters.filter((c) => c.events.length > 1)
        .map((c) => c.articles);
    };
    expect(eveningAndNight('2024-05-06TNI')).toEqual([['wire', 'paper']]);
    expect(eveningAndNight('2024-05-07TNI')).toEqual([]);
    expect(eveningAndNight('2024-05-05TNI')).toEqual([]);
  });

  it('reads one figure written in different ways as one term, and tells different figures apart', () => {
    const figures = (first: string, second: string) => {
      const { articles, events } = corpusOf([
        [
          'wire',
          '2024-05-08',
          `Annual inflation in Norland eased to ${first} in April, official data showed on Wednesday.`,
          [['Wednesday', '2024-05-08']],
        ],
        [
          'paper',
          '2024-05-09',
          `Norland's consumer price inflation slowed to ${second} in April, statisticians said on Wednesday.`,
          [['Wednesday', '2024-05-08']],
        ],
      ]);
      return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
    };
    expect(figures('4.3%', '4.3 per cent')).toBe(1);
    expect(figures('4.3 percent', '4.3%')).toBe(1);
    expect(figures('4.3%', '2.1 per cent')).toBe(0);
  });

  it('reads "£47m" and "47 million" as one amount, and tells different amounts apart', () => {
    const amounts = (first: string, second: string) => {
      const { articles, events } = corpusOf([
        [
          'wire',
          '2024-07-16',
          `Harbour Rovers made an opening offer of ${first} for the striker on Monday.`,
          [['Monday', '2024-07-15']],
        ],
        [
          'paper',
          '2024-07-17',
          `Harbour Rovers made a bid worth ${second} for the forward on Monday, the club confirmed.`,
          [['Monday', '2024-07-15']],
        ],
      ]);
      return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
    };
    expect(amounts('£47m', '47 million pounds')).toBe(1);
    expect(amounts('£1.2bn', '£1,200 million')).toBe(1);
    expect(amounts('£47m', '£62m')).toBe(0);
  });

  it.each([
    [
      'Pirates hijacked an oil tanker off Yemen on Tuesday.',
      'Gunmen VERB a tanker in the Gulf of Aden on Tuesday, its owner said.',
      'seized',
      'sank',
    ],
    [
      'Rescuers suspended the search of the tunnel for several hours on Tuesday.',
      'Crews VERB work in the tunnel on Tuesday, the mine said.',
      'halted',
      'widened',
    ],
    [
      'Harbour Rovers rejected a takeover approach from a US fund on Tuesday.',
      'The board VERB an approach from American investors on Tuesday, a source said.',
      'dismissed',
      'welcomed',
    ],
  ])('reads the words writers use in turn for one happening as one: %j', (first, second, same, other) => {
    const told = (verb: string) => {
      const { articles, events } = corpusOf([
        ['wire', '2024-05-08', first, [['Tuesday', '2024-05-07']]],
        ['paper', '2024-05-09', second.replace('VERB', verb), [['Tuesday', '2024-05-07']]],
      ]);
      return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
    };
    expect(told(same)).toBe(1);
    expect(told(other)).toBe(0);
  });

  it('reads the past forms of an irregular verb as its plain form: "will hold a meeting" and "held a session" are one', () => {
    const told = (verb: string) => {
      const { articles, events } = corpusOf([
        [
          'wire',
          '2024-05-06',
          'Rail unions will hold a meeting with the ministry in Nairobi on Tuesday.',
          [['Tuesday', '2024-05-07']],
        ],
        [
          'paper',
          '2024-05-08',
          `The unions ${verb} a session at State House on Tuesday.`,
          [['Tuesday', '2024-05-07']],
        ],
      ]);
      return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
    };
    expect(told('held')).toBe(1);
    expect(told('ended')).toBe(0);
  });

  it('reads an ordinal as a word: "a second rockfall" and "a second, smaller rockfall" are one', () => {
    const told = (ordinal: string) => {
      const { articles, events } = corpusOf([
        [
          'wire',
          '2024-05-09',
          'A second rockfall on Wednesday briefly forced rescuers to withdraw.',
          [['Wednesday', '2024-05-08']],
        ],
        [
          'paper',
          '2024-05-10',
          `A ${ordinal}, smaller rockfall halted work for hours on Wednesday.`,
          [['Wednesday', '2024-05-08']],
        ],
      ]);
      return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
    };
    expect(told('second')).toBe(1);
    expect(told('fourth')).toBe(0);
  });

  it('merges a month with the year another source gives for it when both name the same person', () => {
    const monthAndYear = (yearValue: string, who = 'Rui Costa') =>
      corpusOf([
        [
          'wire',
          '2025-11-13',
          'Former transport minister Rui Costa was arrested at his home in Cascais in March 2021.',
          [['March 2021', '2021-03']],
        ],
        [
          'paper',
          '2025-11-14',
          `${who} was arrested at his home in Cascais in 2021 after a four-year investigation.`,
          [['2021', yearValue]],
        ],
      ]);
    const merged = (yearValue: string, who?: string) => {
      const { articles, events } = monthAndYear(yearValue, who);
      return clusterEvents(events, articles)
        .clusters.filter((c) => c.events.length > 1)
        .map((c) => [c.value, c.articles]);
    };
    expect(merged('2021')).toEqual([['2021-03', ['wire', 'paper']]]);
    expect(merged('2020')).toEqual([]);
    // Without a name in common, a month and a year are too far apart to tell one happening
    // (unless a story's coverage tells its past: see below).
    expect(trialOpened(['2025-11-13', '2026-03-20'])).toBe(0);
  });

  /** The same trial's opening told as a month and as a year, by two articles of one story. */
  const trialOpened = (published: [string, string], detail = '') => {
    const { articles, events } = corpusOf([
      [
        'wire',
        published[0],
        'The corruption trial opened in January 2024 in Lisbon and heard more than 140 witnesses.',
        [['January 2024', '2024-01']],
      ],
      [
        'paper',
        published[1],
        `The corruption trial, which opened in Lisbon in 2024, heard more than 140 witnesses${detail}.`,
        [['2024', '2024']],
      ],
    ]);
    return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
  };

  it('merges a month with its year long past in two articles of one story that came out close together', () => {
    expect(trialOpened(['2025-11-13', '2025-11-14'])).toBe(1);
    // Not when the articles came out months apart, nor when the year is the story's own.
    expect(trialOpened(['2025-11-13', '2026-03-20'])).toBe(0);
    expect(trialOpened(['2024-02-05', '2024-02-06'])).toBe(0);
    // Nor when a report gives a figure: it measures the period more than it tells a happening.
    expect(trialOpened(['2025-11-13', '2025-11-14'], ' and cost 2.5 million euros')).toBe(0);
  });

  it('asks less of two reports of one year when their articles are close on one story', () => {
    const leads = {
      flood:
        'Flooding on the Ruvu river cut the coastal railway near Morogoro and left 3,000 families in relief camps. ',
      camps:
        'Relief camps near Morogoro held 3,000 families after the Ruvu river flooded the coastal railway. ',
      airline:
        'Shares in Kestrel Airways jumped after the carrier reported record summer bookings on its Lisbon routes. ',
    };
    const backstory = (secondLead: string, secondYear: string) => {
      const { articles, events } = corpusOf([
        [
          'wire',
          '2024-05-08',
          `${leads.flood}The embankment was first raised in 2011, but the work was never finished.`,
          [['2011', '2011']],
        ],
        [
          'paper',
          '2024-05-09',
          `${secondLead}The embankment was first raised in ${secondYear} by the regional council, which ran out of funding.`,
          [[secondYear, secondYear]],
        ],
      ]);
      return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
    };
    expect(backstory(leads.camps, '2011')).toBe(1);
    expect(backstory(leads.airline, '2011')).toBe(0);
    expect(backstory(leads.camps, '2012')).toBe(0);
  });

  it('asks less of a date long past in two articles of one story that came out close together', () => {
    const wire =
      'Somali pirates freed the tanker Arctic Pearl and its 22 crew after the owner paid a ransom, the EU naval force said. ' +
      'The ship was seized in the Gulf of Aden in August 2011 on its way to Singapore.';
    const paper = (second: string) =>
      "The crew of the tanker Arctic Pearl are free after seven months held by Somali pirates, the ship's owner said. " +
      second;
    const merged = ({ published = ['2012-03-08', '2012-03-09'], detail = '', second = '' } = {}) => {
      second ||= `Gunmen in two skiffs seized the vessel near Aden in August 2011, weeks out of Fujairah${detail}.`;
      const { articles, events } = corpusOf([
        ['wire', published[0]!, wire, [['August 2011', '2011-08']]],
        ['paper', published[1]!, paper(second), [['August 2011', '2011-08']]],
      ]);
      return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
    };
    expect(merged()).toBe(1);
    // Told in few words the wire does not use: one story's past is still one happening.
    expect(merged({ second: 'Gunmen seized the vessel off Yemen in August 2011.' })).toBe(1);
    expect(
      merged({
        second: 'Gunmen seized the vessel off Yemen in August 2011.',
        published: ['2012-03-08', '2012-06-20'],
      }),
    ).toBe(0);
    // Not when the articles came out months apart, nor when the month is the story's own.
    expect(merged({ published: ['2012-03-08', '2012-06-20'] })).toBe(0);
    expect(merged({ published: ['2011-09-05', '2011-09-06'] })).toBe(0);
    // Nor when a report gives a figure: it measures the period more than it tells a happening.
    expect(merged({ detail: ' with 1.2 million barrels of oil' })).toBe(0);
  });

  it('asks less of two reports of one day when each is the only one of its article to date it', () => {
    const lead =
      'Flooding on the Ruvu river cut the coastal railway near Morogoro and left 3,000 families in relief camps. ';
    const merged = (
      convoys: [string, string],
      closed = 'Engineers closed the rail bridge at Kilosa on Tuesday, finding cracks.',
    ) => {
      const { articles, events } = corpusOf([
        ['wire', '2024-05-07', `${lead}${closed}`, [['Tuesday', '2024-05-07']]],
        [
          'paper',
          '2024-05-09',
          'Relief camps near Morogoro held 3,000 families after the Ruvu river flooded the coastal railway. ' +
            'Trains stopped at Kilosa on Tuesday when inspectors spotted cracks in its piers. ' +
            `Food convoys reached the camps ${convoys[0]}.`,
          [['Tuesday', '2024-05-07'], convoys],
        ],
      ]);
      return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
    };
    const wednesday: [string, string] = ['on Wednesday', '2024-05-08'];
    expect(merged(wednesday)).toBe(1);
    // The wire's closure told in fewer words, without the cracks: still the one happening of its day.
    const shorter = 'Engineers closed the bridge at Kilosa on Tuesday.';
    expect(merged(wednesday, shorter)).toBe(1);
    expect(merged(['on Tuesday afternoon', '2024-05-07TAF'], shorter)).toBe(0);
    // Not when the paper tells a second happening of that Tuesday: the day no longer names one.
    expect(merged(['on Tuesday afternoon', '2024-05-07TAF'])).toBe(0);
    // Nor when a report gives a figure: its amount ties two reports or keeps them apart by itself.
    expect(
      merged(
        wednesday,
        'Engineers closed the rail bridge at Kilosa to 1.2 million passengers on Tuesday, finding cracks.',
      ),
    ).toBe(0);
  });

  it('weighs the longer of two reports of one day less than its full length', () => {
    const merged = (wire: string, [date, value] = ['on Tuesday', '2019-10-15']) => {
      const { articles, events } = corpusOf([
        ['wire', '2019-10-16', `${wire.replace('{date}', date)}.`, [[date.slice(3), value]]],
        [
          'paper',
          '2019-10-17',
          `Line 6 was shut after the Brunnsparken derailment ${date}.`,
          [[date.slice(3), value]],
        ],
      ]);
      return clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1).length;
    };
    const lead =
      'A crowded tram derailed at the busy Brunnsparken junction in central Gothenburg {date}, hurting 31 passengers';
    expect(merged(lead)).toBe(1);
    // The wire's lead at greater length: the same happening, told with its toll and sources.
    const longer = `${lead}, four of them seriously, as ambulances queued on Östra Hamngatan, police and emergency services said`;
    expect(merged(longer)).toBe(1);
    // A month keeps the plain cosine: its long report may be of another happening in it.
    expect(merged(lead, ['in October', '2019-10'])).toBe(0);
    expect(merged(longer, ['in October', '2019-10'])).toBe(0);
  });

  it('reads an opening "He" or "She" as the name it stands for', () => {
    const merged = (named: string) => {
      const { articles, events } = corpusOf([
        [
          'wire',
          '2022-11-14',
          `Riot police cleared Liberty Square in Vessagrad after a week of protests. Opposition leader ${named} had spoken to the crowd. ` +
            'She was arrested at her home before dawn on Sunday.',
          [['Sunday', '2022-11-13']],
        ],
        [
          'paper',
          '2022-11-14',
          'Riot police cleared Liberty Square in Vessagrad after a week of protests. ' +
            'Police detained Irena Voss on Sunday, her lawyer said.',
          [['Sunday', '2022-11-13']],
        ],
      ]);
      return clusterEvents(events, articles, { mentions: mentionsOf(articles) }).clusters.filter(
        (c) => c.events.length > 1,
      ).length;
    };
    expect(merged('Irena Voss')).toBe(1);
    // Not when "She" is someone else.
    expect(merged('Marta Ilic')).toBe(0);
  });

  it('asks much more of two articles on different stories than of two on one', () => {
    // The same sentence about two companies' shares on the same day, in two unrelated stories.
    const story = (company: string, rest: string): string =>
      `${company} shares rose sharply in early trading on Thursday. ${rest}`;
    const { articles, events } = corpusOf([
      [
        'food',
        '2016-10-27',
        story(
          'Brentwell Foods',
          'The grocer raised its forecast after a wet summer lifted sales of soup and porridge. Its bakery unit in Leeds will add a night shift, and the chain plans forty new convenience stores across Yorkshire. Analysts at Peel Hunt praised the cheaper own-label range. Chief executive Marion Tate said shoppers were trading down from restaurants.',
        ),
        [['Thursday', '2016-10-27']],
      ],
      [
        'mining',
        '2016-10-27',
        story(
          'Calder Mining',
          'The copper miner reopened its flooded pit in Zambia after pumping crews cleared the lower galleries. Union leaders at the Kitwe smelter accepted a two-year pay deal. Cobalt output from the Congo joint venture doubled. Geologist Kofi Mensah said drilling had found a deeper ore body.',
        ),
        [['Thursday', '2016-10-27']],
      ],
    ]);
    expect(clusterEvents(events, articles).clusters.filter((c) => c.events.length > 1)).toEqual([]);
  });
});

describe('contentWords(event, others)', () => {
  it('gives each date of a sentence the words nearest it', () => {
    const text = 'Shares of Acme tumbled on Wednesday after the company recalled its heaters on Tuesday.';
    const article = makeArticle('a', text, '2024-05-09');
    const [wednesday, tuesday] = buildEvents(
      article,
      [timexAt(article, 'Wednesday', '2024-05-08'), timexAt(article, 'Tuesday', '2024-05-07')],
      [],
      [],
    );
    const near = (e: Event, other: Event) => [...contentWords(e, [other.timex])];
    expect(near(tuesday!, wednesday!)).toEqual(expect.arrayContaining(['recal', 'heater']));
    expect(near(tuesday!, wednesday!)).not.toContain('share');
    expect(near(wednesday!, tuesday!)).toEqual(expect.arrayContaining(['share', 'acm', 'tumbl']));
    expect(near(wednesday!, tuesday!)).not.toContain('recal');
    // Alone in its sentence, a date takes every content word.
    expect([...contentWords(tuesday!)]).toEqual(expect.arrayContaining(['share', 'recal']));
  });

  it('leaves the words of a clause on "after" or "before" past the date to the happening it tells', () => {
    const words = (text: string, phrase: string, value: string) => {
      const article = makeArticle('a', text, '2024-05-09');
      const [event] = buildEvents(article, [timexAt(article, phrase, value)], [], []);
      return [...contentWords(event!)];
    };
    const told = words(
      'Mori told reporters on Monday evening after talks with Varela.',
      'Monday evening',
      '2024-05-06TEV',
    );
    expect(told).toEqual(expect.arrayContaining(['mori', 'report']));
    expect(told).not.toContain('talk');
    // Opening the sentence, the date and the clause come before the main clause, which keeps its words.
    expect(words('On Monday, hours after the vote, Mori met Varela.', 'Monday', '2024-05-06')).toEqual(
      expect.arrayContaining(['mori', 'meet', 'varela']),
    );
    expect(words('On Monday, hours after the vote, Mori met Varela.', 'Monday', '2024-05-06')).not.toContain(
      'vote',
    );
    expect(words('Hours before the vote on Monday, Mori met Varela.', 'Monday', '2024-05-06')).toEqual(
      expect.arrayContaining(['hour', 'vote', 'mori', 'meet']),
    );
  });

  it('reads words as runs of Unicode letters and digits, whatever the script', () => {
    // The definition, spelt out with a regular expression: contentWords reads words by hand.
    const ignored = new Set([...STOPWORDS, ...CALENDAR_WORDS]);
    const byRegex = (e: Event) => {
      const out = new Set<string>();
      for (const m of e.sentence.text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
        const start = e.sentence.start + m.index;
        const overlaps = start < e.timex.end && e.timex.start < start + m[0].length;
        if (m[0].length >= 2 && !ignored.has(m[0]) && !overlaps) out.add(stemmer(m[0]));
      }
      return [...out];
    };
    const pieces = [
      'Zürich',
      'ΑΘΗΝΑ',
      'Łódź',
      '𝐀𝐁c',
      '😀',
      'e\u0301t',
      '٣٤',
      '42',
      'x9',
      '-',
      ' ',
      ',',
      'İstanbul',
      'naïve',
      'ß',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = `${parts.join('')} talks on Tuesday ${parts.reverse().join(' ')}`;
        const article = makeArticle('u', text, '2024-05-09');
        const [event] = buildEvents(article, [timexAt(article, 'Tuesday', '2024-05-07')], [], []);
        expect([...contentWords(event!)]).toEqual(byRegex(event!));
      }),
    );
  });
});
