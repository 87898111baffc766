import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile, type IngestedArticle } from '../../../src/core/ingest';

const page = (name: string) => readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), 'utf8');
const paragraphTexts = (a: IngestedArticle, kind?: string) =>
  a.paragraphs.filter((p) => !kind || p.kind === kind).map((p) => a.text.slice(p.start, p.end));

describe('ingestFile(file) on a page with furniture phrased its own way', () => {
  const [article, ...rest] = ingestFile({ name: 'furniture.txt', text: page('furniture.txt') });

  it('finds one article and its headline', () => {
    expect(rest).toEqual([]);
    expect(article!.title).toBe('Scientists Map a Hidden River Under the Desert');
    expect(article!.text.startsWith('Researchers from the University of Eastland')).toBe(true);
  });

  it('drops navigation, UI labels and the trailing link list', () => {
    const all = paragraphTexts(article!);
    for (const furniture of [
      'Jump to navigation',
      'Newsletters',
      'Top Stories',
      '3 min read',
      'Share this article',
      'Advertisement',
      'Advertisement - Scroll to continue',
      'READ MORE: Desert towns struggle to find clean water',
      'Comments (12)',
      'YOU MIGHT ALSO LIKE',
      'Why camels matter more than ever',
    ]) {
      expect(all).not.toContain(furniture);
    }
    expect(article!.text).not.toContain('library...');
    expect(all.at(-1)).toBe('Officials said the findings could help plan wells for nearby towns.');
  });

  it('keeps a section heading between body paragraphs', () => {
    expect(paragraphTexts(article!, 'heading')).toEqual(['What the Data Shows']);
  });

  it('joins paragraphs with blank lines and splits sentences inside them', () => {
    expect(article!.paragraphs.map((p) => article!.text.slice(p.start, p.end)).join('\n\n')).toBe(
      article!.text,
    );
    expect(article!.sentences.map((s) => article!.text.slice(s.start, s.end))).toContain(
      'The team, led by Prof. Maria Chen, used satellite radar and ground sensors over two years.',
    );
  });
});

describe('ingestFile(file, entries) on a page holding two articles', () => {
  const text = page('two-articles.txt');
  const entries = [
    { file: 'two.txt', part: 1, title: 'harbor city council approves new ferry terminal' },
    { file: 'two.txt', part: 2, title: 'Drought  Forces Farmers To Rethink Crops' },
  ];
  const withManifest = ingestFile({ name: 'two.txt', text }, entries);
  const withoutManifest = ingestFile({ name: 'two.txt', text });

  it.each([
    ['with a manifest', withManifest],
    ['without a manifest', withoutManifest],
  ])('splits into two parts at the second headline (%s)', (_, parts) => {
    expect(parts.map((p) => p.part)).toEqual([1, 2]);
    expect(paragraphTexts(parts[0]!, 'body').at(-1)).toBe('Sam Lee contributed reporting.');
    expect(paragraphTexts(parts[1]!, 'body')[0]).toMatch(/^Farmers in the Greenvale valley/);
    expect(paragraphTexts(parts[1]!, 'body').at(-1)).toBe(
      'The bureau expects the sorghum harvest to double by 2026.',
    );
  });

  it('takes titles from the manifest, else from the detected headline', () => {
    expect(withManifest.map((p) => p.title)).toEqual(entries.map((e) => e.title));
    expect(withoutManifest.map((p) => p.title)).toEqual([
      'Harbor City Council Approves New Ferry Terminal',
      'Drought Forces Farmers to Rethink Crops',
    ]);
  });

  it('gives the same articles either way', () => {
    expect(withoutManifest.map((p) => p.text)).toEqual(withManifest.map((p) => p.text));
  });

  it('shows each duplicated caption once, marked caption, with its credit', () => {
    const [first, second] = withManifest;
    expect(paragraphTexts(first!, 'caption')).toEqual([
      'Mayor Lena Ortiz, center, cuts a ribbon at the old pier on Monday. (Harbor Daily/Tom Reyes)',
    ]);
    expect(paragraphTexts(second!, 'caption')).toEqual([
      'Dry fields near Greenvale on Aug. 3, 2024. Photo: Jane Doe/Valley Press',
    ]);
    expect(first!.credits.map((c) => first!.text.slice(c.start, c.end))).toEqual([
      '(Harbor Daily/Tom Reyes)',
    ]);
    expect(second!.credits.map((c) => second!.text.slice(c.start, c.end))).toEqual([
      'Photo: Jane Doe/Valley Press',
    ]);
  });

  it('drops stray short lines and the repeated headline, keeps the heading', () => {
    const [first] = withManifest;
    expect(paragraphTexts(first!)).not.toContain('AB');
    expect(paragraphTexts(first!)).not.toContain('7');
    expect(first!.text).not.toContain('Approves New Ferry Terminal');
    expect(paragraphTexts(first!, 'heading')).toEqual(['Funding the Project']);
    expect(withManifest[1]!.text).not.toContain('More in Business');
    expect(withManifest[1]!.text).not.toContain('Local bakery');
  });

  it('splits without a manifest where the second headline is set off by blank lines and a byline', () => {
    const parts = ingestFile({ name: 'b.txt', text: page('two-articles-bylines.txt') });
    expect(parts.map((p) => p.title)).toEqual(['City Buses Go Electric', 'New Bridge Delayed Again']);
    expect(paragraphTexts(parts[0]!).at(-1)).toBe(
      'Riders welcomed the plan but asked for more frequent service on weekends.',
    );
    expect(parts[1]!.stamps).toEqual(['By Claire Dubois', 'May 3, 2024']);
  });

  it('keeps manifest part numbers when a middle part is missing', () => {
    const parts = ingestFile({ name: 'two.txt', text }, [
      { file: 'two.txt', part: 1, title: entries[0]!.title },
      { file: 'two.txt', part: 2, title: 'An Article Cut From This Page' },
      { file: 'two.txt', part: 3, title: entries[1]!.title },
    ]);
    expect(parts.map((p) => [p.part, p.title])).toEqual([
      [1, entries[0]!.title],
      [3, entries[1]!.title],
    ]);
    expect(parts[0]!.warnings).toContain('manifest part 2 not found in the file');
  });

  it('warns when a manifest title is not on the page', () => {
    const parts = ingestFile({ name: 'one.txt', text: page('furniture.txt') }, [
      { file: 'one.txt', part: 1, title: 'Scientists Map a Hidden River' },
      { file: 'one.txt', part: 2, title: 'A Story That Is Not There At All' },
    ]);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.warnings).toContain('manifest part 2 not found in the file');
  });
});

describe('ingestFile(file) on a wire story', () => {
  const [a] = ingestFile({ name: 'wire.txt', text: page('wire-dateline.txt') });

  it('joins a dateline on its own line to the first paragraph', () => {
    expect(paragraphTexts(a!)[0]).toBe(
      'LISBON, Portugal (Wire) -- Stocks rose on Wednesday after the central bank held rates steady, the third pause in a row.',
    );
    expect(a!.title).toBe('Markets Rally After Rate Decision');
  });

  it('keeps a long line that introduces a quote, drops the closing UI line', () => {
    expect(paragraphTexts(a!, 'body')).toEqual([
      expect.stringMatching(/^LISBON/),
      'The Daily Ledger said in a market note on Wednesday, March 3:',
      '“Investors had priced this in weeks ago,” said Ana Costa, an analyst at Rua Capital.',
    ]);
  });

  it('hands a labelled date line from below the body over as a stamp, outside the text', () => {
    const text = [
      'Harbour strike spreads',
      'Dock workers walked out on Tuesday, union leaders said. The port was closed for the day.',
      'More strikes are planned for next week, the union said, and talks have stalled.',
      'First published on Wed 18 Oct 2023 10.15 BST',
    ].join('\n\n');
    const [first] = ingestFile({ name: 'foot.txt', text });
    expect(first!.stamps).toEqual(['First published on Wed 18 Oct 2023 10.15 BST']);
    expect(first!.text).not.toContain('First published');
  });

  it('hands dated lines from above the body over as stamps, outside the text', () => {
    expect(a!.stamps).toEqual(['By Priya Nair | Published March 3, 2024 4:15 PM', 'Updated 2 hours ago']);
    expect(a!.text).not.toContain('Priya Nair');
  });
});

describe('ingestFile(file) paragraph shapes', () => {
  const body = (lines: string[]) =>
    paragraphTexts(ingestFile({ name: 's.txt', text: lines.join('\n\n') })[0]!, 'body');

  it('keeps a long paragraph that trails off in an ellipsis, drops a short teaser', () => {
    const trailing = '“We will rebuild, but nobody can say when the money arrives or who will pay for it…”';
    expect(
      body([
        'Flood Waters Recede',
        'Water levels fell on Sunday across the valley, officials said.',
        trailing,
        'Roads are expected to reopen on Tuesday.',
        'Five towns still cut off...',
      ]),
    ).toEqual([
      'Water levels fell on Sunday across the valley, officials said.',
      trailing,
      'Roads are expected to reopen on Tuesday.',
    ]);
  });
});

describe('ingestFile(file) on a copied wire page', () => {
  const page = [
    'Skip to main content',
    'Ferry crews strike over rota changes',
    'By Ana de Souza and Tom Hale',
    'March 4, 20249:47 AM GMT+1Updated 3 hours ago',
    '[1/3] Crew members protest at the ferry terminal in Harwich, Britain, March 4, 2024. REUTERS/Lotte van der Berg',
    'HARWICH, March 4 (Reuters) - Ferry crews walked off the job on Monday in a dispute over new rotas.',
    'The union said a second stoppage would follow next week.',
    'Reporting by Ana de Souza in Harwich; Editing by Tom Hale',
    'Our Standards: The Trust Principles.',
  ].join('\n\n');
  const [a] = ingestFile({ name: 'p.txt', text: page });

  it('keeps a gallery caption whose credit names a "van der" photographer', () => {
    expect(paragraphTexts(a!, 'caption')).toEqual([expect.stringMatching(/^\[1\/3\] Crew members protest/)]);
    expect(a!.credits.map((c) => a!.text.slice(c.start, c.end))).toEqual(['REUTERS/Lotte van der Berg']);
  });

  it('ends the story at its wire credits, without brackets', () => {
    expect(paragraphTexts(a!, 'body')).toEqual([
      expect.stringMatching(/^HARWICH/),
      'The union said a second stoppage would follow next week.',
    ]);
    expect(a!.text).not.toMatch(/Editing by|Our Standards/);
  });
});

describe('ingestFile(file) page copyright', () => {
  it("drops the page's copyright line after the story", () => {
    const text = [
      'Storm cuts power to coastal towns',
      'The storm cut power to 40,000 homes on Sunday, the utility said.',
      'Crews expect to restore most of it by Tuesday.',
      'Copyright 2026 The Coastal Courier. All Rights Reserved.',
    ].join('\n\n');
    const [a] = ingestFile({ name: 'c.txt', text });
    expect(a!.text).toBe(
      'The storm cut power to 40,000 homes on Sunday, the utility said.\n\nCrews expect to restore most of it by Tuesday.',
    );
  });
});

describe('ingestFile(file) live blogs and lists of points', () => {
  it("opens each live-blog entry with its time, and keeps a lone stamp's time a stamp", () => {
    const blog = [
      'Rail strike: live',
      '07:02',
      'Good morning and welcome to our coverage of the rail strike, which began at midnight.',
      '07:40',
      'Network Rail says only one train in five will run today.',
      '9.05pm BST',
      'That is all from us for today. Thanks for reading.',
    ].join('\n\n');
    expect(paragraphTexts(ingestFile({ name: 'b.txt', text: blog })[0]!, 'body')).toEqual([
      '07:02 Good morning and welcome to our coverage of the rail strike, which began at midnight.',
      '07:40 Network Rail says only one train in five will run today.',
      '9.05pm BST That is all from us for today. Thanks for reading.',
    ]);
    const story =
      'Rail strike begins\n\n10.32 BST\n\nNetwork Rail says only one train in five will run today.';
    const [a] = ingestFile({ name: 's.txt', text: story });
    expect([a!.text, a!.stamps]).toEqual([
      'Network Rail says only one train in five will run today.',
      ['10.32 BST'],
    ]);
  });

  it('keeps the points of a list of key facts, not a list of Title Case links', () => {
    const text = [
      'Economy shrinks again',
      'The economy contracted for a second quarter, the statistics office said on Friday.',
      'Key points:',
      '* GDP contracted 4.6 percent in the first half from the same period of 2015',
      '* Unemployment rose to 11.6 percent in the three months through July',
      'The central bank meets next week.',
      '\u2022 Central Bank Holds Rates Steady',
      '\u2022 Markets Fall on Growth Fears',
    ].join('\n\n');
    const body = paragraphTexts(ingestFile({ name: 'k.txt', text })[0]!, 'body');
    expect(body).toContain('* GDP contracted 4.6 percent in the first half from the same period of 2015');
    expect(body).toContain('* Unemployment rose to 11.6 percent in the three months through July');
    expect(body.join('\n')).not.toContain('Markets Fall');
  });
});

describe('ingestFile(file) link blocks inside the body', () => {
  it('drops a labelled related-story link between body paragraphs, keeps a real heading', () => {
    const text = [
      'Port Strike Enters Second Week',
      'Dock workers stayed off the job on Monday as talks with port operators stalled again.',
      'Related',
      'Shipping Costs Climb as Ports Slow',
      'Union leaders said they would meet mediators on Thursday.',
      'What Comes Next',
      'Operators warned that cargo delays could last into the holiday season.',
    ].join('\n\n');
    const [a] = ingestFile({ name: 'p.txt', text });
    expect(paragraphTexts(a!)).not.toContain('Shipping Costs Climb as Ports Slow');
    expect(paragraphTexts(a!, 'heading')).toEqual(['What Comes Next']);
  });
});

describe('ingestFile(file) line layout', () => {
  it('joins a hard-wrapped plain-text file back into paragraphs', () => {
    const [a] = ingestFile({ name: 'w.txt', text: page('hard-wrapped.txt') });
    expect(paragraphTexts(a!, 'body')).toEqual([
      expect.stringMatching(/^The town of Millbrook .* residents, the mayor said\.$/),
      expect.stringMatching(/^The building, .* closing on Mondays\.$/),
      '“We did this together,” said the librarian, Ruth Okafor.',
    ]);
  });

  it('keeps one paragraph per line when lines end sentences', () => {
    const text = [
      'Rain fell across the north of the country for a third day on Sunday.',
      'Rivers rose above flood level in four towns, officials said on Monday.',
      'Schools in two districts stayed closed while roads were cleared again.',
      'The weather service expects drier weather to return by Wednesday.',
    ].join('\n');
    expect(ingestFile({ name: 'l.txt', text })[0]!.paragraphs).toHaveLength(4);
  });
});

describe('ingestFile(file) titles', () => {
  it('falls back to the file name when no headline precedes the body', () => {
    const [a] = ingestFile({
      name: '007_city-budget.txt',
      text: 'The council met on Monday. It passed the budget.',
    });
    expect(a!.title).toBe('city budget');
    expect(a!.warnings).toContain('no headline found; title taken from the file name');
  });

  const line = 'The council said on Tuesday that the harbour ferry would stop running in May.';
  const long =
    'Shipyard workers walked out on Monday after talks on pay broke down late on Sunday night, and their union said the strike would last until the end of the month.';
  it.each([
    ['one line: its words, kept as the text', line, line],
    [
      'paragraphs without a headline: the first one’s opening words',
      `${long}\n\nManagers said on Tuesday they would meet the union.`,
      'Shipyard workers walked out on Monday after talks on pay broke down late on…',
    ],
    [
      'one long word (a link) cut where it must be',
      `https://example.org/${'a'.repeat(100)} was shared on Monday.`,
      `https://example.org/${'a'.repeat(60)}…`,
    ],
  ])('titles a pasted text with no headline by its first line: %s', (_, text, title) => {
    const [a] = ingestFile({ name: 'pasted-article.txt', text, pasted: true });
    expect(a!.title).toBe(title);
    // Nothing of the text is taken away for the title; the file's name is kept for its id.
    expect(a!.text).toContain(title.replace('…', ''));
    expect(a!.fileTitle).toBe('pasted article');
    expect(a!.warnings).toEqual(['no headline found; title taken from its first line']);
  });

  it.each([
    [
      'a pasted text with a headline keeps it',
      { pasted: true, text: `Ferry to stop\n\n${line}` },
      'Ferry to stop',
    ],
    ['a file with no headline is titled after its name', { text: line }, 'pasted article'],
    [
      'a pasted text with nothing in it is titled after its name',
      { pasted: true, text: ' \n ' },
      'pasted article',
    ],
  ])('%s', (_, file, title) => {
    const [a] = ingestFile({ name: 'pasted-article.txt', ...file });
    expect(a!.title).toBe(title);
    expect(a!.fileTitle).toBeUndefined();
  });

  it('takes the headline above its standfirst, figures and all, not the byline over the stamp', () => {
    const page = [
      'Europe',
      'Floods: 2,000 evacuated as river peaks at 6.2 metres',
      'Emergency crews in Bavaria and Saxony evacuate riverside towns as forecasters warn more rain will fall until the weekend',
      'Ana Ruiz in Dresden',
      'Wed 19 Jul 2023 13.48 BST',
      '',
      'Thousands of people were moved from their homes overnight as the river rose, officials said.',
    ].join('\n');
    const [a] = ingestFile({ name: 'g.txt', text: page });
    expect(a!.title).toBe('Floods: 2,000 evacuated as river peaks at 6.2 metres');
    expect(a!.stamps).toEqual([
      'Floods: 2,000 evacuated as river peaks at 6.2 metres',
      'Wed 19 Jul 2023 13.48 BST',
    ]);
  });

  it("takes neither the site's name among its menu nor a caption under its credit for the headline", () => {
    const page = [
      'Skip to content',
      'Example Broadcasting Network',
      'Home',
      'News',
      '',
      'Bus fares to rise by 4.6% in March',
      '',
      '17 October 2023',
      'Share',
      '',
      'Getty Images',
      'Commuters at Harbour Street bus station on Monday',
      '',
      'Bus fares will rise by up to 4.6% from 3 March, the council has announced.',
    ].join('\n');
    const [a] = ingestFile({ name: 'b.txt', text: page });
    expect(a!.title).toBe('Bus fares to rise by 4.6% in March');
    expect(paragraphTexts(a!, 'caption')).toEqual(['Commuters at Harbour Street bus station on Monday']);
  });

  it('drops the story a "More on this story" label points to, even a question', () => {
    const text = [
      'Bus fares to rise',
      'Bus fares will rise by up to 4.6% from 3 March, the council has announced.',
      'More on this story',
      'Why are bus fares going up?',
    ].join('\n\n');
    expect(paragraphTexts(ingestFile({ name: 'm.txt', text })[0]!, 'body')).toEqual([
      'Bus fares will rise by up to 4.6% from 3 March, the council has announced.',
    ]);
  });

  it('gives a text that opens with a byline the title of its file', () => {
    const [a] = ingestFile({
      name: '012_river-rises.txt',
      text: 'By DANA ROSS, Courier staff writer\n\nThe river rose two feet overnight, officials said on Monday.',
    });
    expect(a!.title).toBe('river rises');
  });

  it('never takes a byline for the headline, even a Title Case one', () => {
    const text = 'Talks resume in Oslo\nBy Jane Doe\n\nThe talks resumed on Monday. Both sides attended.';
    const [a] = ingestFile({ name: 'a.txt', text });
    expect(a!.title).toBe('Talks resume in Oslo');
    const [b] = ingestFile({ name: 'b.txt', text: text.replace('Talks resume in Oslo', 'By the Numbers') });
    expect(b!.title).toBe('By the Numbers');
  });
});
