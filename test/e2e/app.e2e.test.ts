import type { Locator, Page } from 'playwright-core';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { corpusToFile } from '../../src/core/corpus-file';
import { parseCorpus } from '../../src/core/pipeline';
import { generateCorpus } from '../../src/core/synthetic';
import { axeViolations } from './axe';
import { useBrowser } from './browser';
import { contrast, cssEdge, paintedEdge } from './contrast';

// The built app over the bundled articles. Everything is found by role and accessible name; counts
// are read from the page rather than hard-coded, so parser improvements do not break these tests.

const listCount = async (page: Page) => {
  // The list's own count line ("65 events in view"); the timeline's status line has a date first.
  const text = await page
    .getByText(/^\d[\d,]* events? in view$/)
    .first()
    .textContent();
  return Number((text ?? '').replace(/[^\d]/g, ''));
};

/** Marks in the timeline: a number from its status line ("… · 53 events in view", "… · 46 of 52 events in view"). */
const timelineCount = async (page: Page) => {
  const text =
    (await page.getByRole('region', { name: 'Timeline' }).locator('.dl-timeline__status').textContent()) ??
    '';
  return Number(/(\d[\d,]*)(?: of [\d,]+)? events? in view/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
};

const params = (page: Page) => new URL(page.url()).searchParams;

async function ready(page: Page) {
  await page.getByRole('region', { name: 'Timeline' }).waitFor({ timeout: 20_000 });
  await page.getByRole('grid', { name: 'Events' }).waitFor();
}

/** The sentence of the first list row: the row's name after its date label. */
async function selectFromList(page: Page, nth: number): Promise<string> {
  const row = page.getByRole('grid', { name: 'Events' }).getByRole('gridcell').nth(nth);
  await row.click();
  await expect.poll(() => params(page).get('event')).toBeTruthy();
  return (await page.getByRole('region', { name: 'Article' }).locator('mark').first().textContent()) ?? '';
}

async function firstCheckbox(page: Page, group: string): Promise<Locator> {
  return page.getByRole('group', { name: group }).getByRole('checkbox').first();
}

describe('Dateline app in Chromium', () => {
  const b = useBrowser();

  it('loads and shows the corpus events in the timeline and the list', async () => {
    const page = await b.open();
    await ready(page);
    expect(await listCount(page)).toBeGreaterThan(10);
    expect(await timelineCount(page)).toBeGreaterThan(10);
    // The opening view counts its events in bins (a toolbar under the marks' listbox).
    expect(
      await page.getByRole('toolbar', { name: 'Event counts' }).getByRole('button').count(),
    ).toBeGreaterThan(0);
    expect(await page.getByRole('grid', { name: 'Events' }).getByRole('gridcell').count()).toBeGreaterThan(0);
  });

  it('opens on the dense part of the story; Fit all shows everything and writes the window into the link', async () => {
    const page = await b.open();
    await ready(page);
    expect(params(page).get('from')).toBeNull();
    const opening = await listCount(page);
    const from = page.getByRole('textbox', { name: 'From', exact: true });
    const openingFrom = await from.inputValue();
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => params(page).get('from')).toBeTruthy();
    await expect.poll(() => listCount(page)).toBeGreaterThan(opening);
    expect((await from.inputValue()) < openingFrom).toBe(true);
    // The timeline and the list count the same stories.
    expect(await timelineCount(page)).toBe(await listCount(page));
    // A link without from/to reopens on the same opening window.
    const again = await b.open();
    await ready(again);
    expect(await again.getByRole('textbox', { name: 'From', exact: true }).inputValue()).toBe(openingFrom);
    expect(await listCount(again)).toBe(opening);
  });

  it('says the opening window leaves events out, and a link to one of them alone opens on it', async () => {
    const page = await b.open();
    await ready(page);
    const status = page.getByRole('region', { name: 'Timeline' }).locator('.dl-timeline__status');
    const [, shown, total] = /(\d+) of (\d+) events in view/.exec((await status.textContent()) ?? '') ?? [];
    expect(Number(shown)).toBeLessThan(Number(total));
    // The last event of the corpus, which the opening window leaves out: End and Enter on the timeline.
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => timelineCount(page)).toBe(Number(total));
    await page.evaluate(() => {
      const group = document.querySelector<HTMLElement>('[aria-label="Timeline events"]')!;
      (group.tabIndex === 0 ? group : group.querySelector<HTMLElement>('[tabindex="0"]')!).focus();
    });
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect.poll(() => params(page).get('event')).toBeTruthy();
    const id = params(page).get('event')!;
    const linked = await b.open(`?event=${id}`);
    await ready(linked);
    await linked.getByRole('grid', { name: 'Events' }).locator('[aria-selected="true"]').waitFor();
    expect(await linked.getByText('The selected event is outside this time window.').count()).toBe(0);
    await expect.poll(() => params(linked).get('from')).toBeTruthy();
  });

  it('Enter on a mark says, once, the event it selects; a link to it opens with focus on its sentence, which says it once', async () => {
    const page = await b.open();
    await ready(page);
    await page.evaluate(() => {
      const group = document.querySelector<HTMLElement>('[aria-label="Timeline events"]')!;
      (group.tabIndex === 0 ? group : group.querySelector<HTMLElement>('[tabindex="0"]')!).focus();
    });
    await page.keyboard.press('ArrowRight');
    const name = await page.evaluate(
      () =>
        document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.getAttribute('title'),
    );
    // Every time the region's words change, from here on.
    await page.evaluate(() => {
      const w = window as unknown as { said: string[] };
      w.said = [];
      const region = document.getElementById('announcer-polite')!;
      new MutationObserver(() => w.said.push(region.textContent ?? '')).observe(region, { childList: true });
    });
    await page.keyboard.press('Enter');
    await expect.poll(() => params(page).get('event')).toBeTruthy();
    await page.waitForTimeout(1000); // the list, the article and the link follow the selection
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    const date = name!.split(': ')[0]!;
    expect(said).toHaveLength(1);
    expect(said[0]!.startsWith(`Selected ${date}: `)).toBe(true);
    expect(said[0]).toMatch(/ Opened “.+”\.$/);

    const id = params(page).get('event')!;
    const linked = await b.open(`?event=${id}`);
    await ready(linked);
    await expect
      .poll(() =>
        linked.evaluate(() => document.activeElement?.matches('[aria-label="Article"] mark.selected')),
      )
      .toBe(true);
    // Focus says the sentence with its date and sources, once: the live region does not say them again.
    const description = await linked.evaluate(() => {
      const id = document.activeElement?.getAttribute('aria-describedby');
      return id ? document.getElementById(id)?.textContent : null;
    });
    expect(description).toMatch(new RegExp(`^Selected event, ${date}, reported by .+\\.$`));
    await linked.waitForTimeout(1000);
    expect(await linked.locator('#announcer-polite').textContent()).not.toMatch(
      /Linked event|Selected event/,
    );
    // A plain link keeps the usual start.
    const plain = await b.open();
    await ready(plain);
    await plain.waitForTimeout(1000);
    expect(await plain.evaluate(() => document.activeElement === document.body)).toBe(true);
  }, 60_000); // three fresh pages, each parsing the articles

  it('a link to an event far down a long article lands on its sentence: on screen, below the header, marked and focused', async () => {
    // Sixty paragraphs, each dated: the last event sits thousands of pixels into the article.
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'];
    const paragraphs = Array.from(
      { length: 60 },
      (_, i) =>
        `The harbour board met for its session number ${i + 1} on ${1 + (i % 27)} ${months[i % 9]} 2023. ` +
        'Members went through the accounts, the dredging plans and the letters from the public at length.',
    );
    const corpus = parseCorpus([
      { name: 'board.txt', text: `Harbour board minutes\n\n${paragraphs.join('\n\n')}\n` },
    ]);
    await writeFile(join(inject('outDir'), 'e2e-long.json'), JSON.stringify(corpus));
    const last = corpus.events.reduce((a, e) => (e.sentence.index > a.sentence.index ? e : a));
    expect(last.sentence.index).toBeGreaterThan(100);
    for (const [width, height] of [
      [1280, 900],
      [375, 740],
    ]) {
      const page = await b.open(`?corpus=${encodeURIComponent('./e2e-long.json')}&event=${last.id}`, {
        viewport: { width: width!, height: height! },
      });
      await ready(page);
      const mark = page.getByRole('region', { name: 'Article' }).locator('mark.selected');
      await expect.poll(() => mark.evaluate((m) => m === document.activeElement)).toBe(true);
      expect(await mark.textContent()).toBe(last.sentence.text);
      // On screen, and not under the article's sticky header.
      const box = (await mark.boundingBox())!;
      const head = (await page.locator('.article-head').boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(Math.max(0, head.y + head.height) - 1);
      // On a phone, nor under the bar that stays when the header scrolls away.
      const bar = (await page.locator('.article-bar').count())
        ? await page.locator('.article-bar').boundingBox()
        : null;
      if (bar) expect(box.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
      expect(box.y + box.height).toBeLessThanOrEqual(height!);
      // Marked, and ringed as the focus.
      const style = await mark.evaluate((m) => {
        const s = getComputedStyle(m);
        return { outline: s.outlineStyle, background: s.backgroundColor };
      });
      expect(style.outline).not.toBe('none');
      expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(
        await mark.evaluate((m) => document.getElementById(m.getAttribute('aria-describedby')!)?.textContent),
      ).toMatch(/^Selected event, \w{3} \d+ \w{3} 2023, reported by /);
      // Said by focus, once: not again in the live region.
      expect(await page.locator('#announcer-polite').textContent()).not.toMatch(/Linked event/);
      // The next Tab is the sentence's own date, not the top of the article.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('mark.selected') !== null)).toBe(true);
      await page.context().close();
    }
  }, 60_000);

  it('the timeline and the list count the same events after zooming and filtering', async () => {
    const page = await b.open();
    await ready(page);
    expect(await timelineCount(page)).toBe(await listCount(page));
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await timelineCount(page)) - (await listCount(page))).toBe(0);
    await (await firstCheckbox(page, 'People')).check();
    await expect.poll(() => params(page).get('actor')).toBeTruthy();
    await expect.poll(async () => (await timelineCount(page)) - (await listCount(page))).toBe(0);
  });

  it('filtering by a person narrows the list and the timeline', async () => {
    const page = await b.open();
    await ready(page);
    const list0 = await listCount(page);
    const tl0 = await timelineCount(page);
    await (await firstCheckbox(page, 'People')).check();
    await expect.poll(() => listCount(page)).toBeLessThan(list0);
    await expect.poll(() => timelineCount(page)).toBeLessThan(tl0);
    expect(params(page).get('actor')).toBeTruthy();
    expect(await timelineCount(page)).toBeLessThanOrEqual(await listCount(page));
  });

  // Each actor kind is its own facet group (AND across kinds), so a country narrows a person filter.
  it('then filtering by a country narrows them further', async () => {
    const page = await b.open();
    await ready(page);
    await (await firstCheckbox(page, 'People')).check();
    await expect.poll(() => params(page).get('actor')).toBeTruthy();
    const list1 = await listCount(page);
    const tl1 = await timelineCount(page);
    // A country whose (faceted) count is below the current total, so that AND would narrow.
    const countries = page.getByRole('group', { name: 'Countries' }).getByRole('checkbox');
    const names = await countries.evaluateAll((els) =>
      els.map((el) => el.closest('label')?.textContent ?? ''),
    );
    const i = names.findIndex((name) => {
      const n = Number(/\((\d+)\)\s*$/.exec(name)?.[1] ?? NaN);
      return n > 0 && n < list1;
    });
    await countries.nth(i).check();
    await expect.poll(() => params(page).getAll('actor').join(',').split(',').length).toBe(2);
    await page.waitForTimeout(200);
    expect(await listCount(page)).toBeLessThan(list1);
    expect(await timelineCount(page)).toBeLessThanOrEqual(tl1);
  });

  it('selecting an event highlights its sentence in the article panel', async () => {
    const page = await b.open();
    await ready(page);
    const row = page.getByRole('grid', { name: 'Events' }).getByRole('gridcell').nth(3);
    const rowName = (await row.textContent()) ?? '';
    const sentence = await selectFromList(page, 3);
    expect(sentence.length).toBeGreaterThan(10);
    // The row shows the sentence (perhaps cut with an ellipsis) after its date label.
    expect(rowName.replace(/…$/, '')).toContain(sentence.slice(0, 40));
  });

  it('clicking a timeline mark opens its article with the sentence highlighted', async () => {
    const page = await b.open('?from=2023-10-17&to=2023-10-18');
    await ready(page);
    const mark = page
      .getByRole('listbox', { name: 'Timeline events' })
      .getByRole('option', { name: /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ \w+ \d{4}/ })
      .first();
    const name = (await mark.getAttribute('aria-label')) ?? (await mark.getAttribute('title')) ?? '';
    await mark.click();
    await expect.poll(() => params(page).get('event')).toBeTruthy();
    const sentence =
      (await page.getByRole('region', { name: 'Article' }).locator('mark').first().textContent()) ?? '';
    expect(name).toContain(sentence.slice(0, 30));
    expect(await mark.getAttribute('aria-selected')).toBe('true');
  });

  it('a deep link in a new browser context restores selection, filters and window', async () => {
    const page = await b.open();
    await ready(page);
    await (await firstCheckbox(page, 'Countries')).check();
    await expect.poll(() => params(page).get('actor')).toBeTruthy();
    const sentence = await selectFromList(page, 1);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => params(page).get('from')).toBeTruthy();
    const link = page.url();
    const status = await page.locator('.dl-timeline__status').textContent();

    const other = await b.open(link.replace(b.baseUrl, ''));
    await ready(other);
    expect(await other.getByRole('region', { name: 'Article' }).locator('mark').first().textContent()).toBe(
      sentence,
    );
    expect(await (await firstCheckbox(other, 'Countries')).isChecked()).toBe(true);
    expect(params(other).get('from')).toBe(params(page).get('from'));
    expect(params(other).get('to')).toBe(params(page).get('to'));
    expect(await other.locator('.dl-timeline__status').textContent()).toBe(status);
  });

  it('Back and Forward move between selections, and say what they brought back', async () => {
    const page = await b.open();
    await ready(page);
    const person = await firstCheckbox(page, 'People');
    const name = ((await person.evaluate((el) => el.closest('label')?.textContent)) ?? '').replace(
      / \(\d+\)$/,
      '',
    );
    await person.check();
    await expect.poll(() => params(page).get('actor')).toBeTruthy();
    const said = () => page.locator('#announcer-polite').textContent();
    const first = await selectFromList(page, 0);
    const firstId = params(page).get('event');
    const second = await selectFromList(page, 2);
    const secondId = params(page).get('event');
    expect(secondId).not.toBe(firstId);
    await page.goBack();
    await expect.poll(() => params(page).get('event')).toBe(firstId);
    await expect
      .poll(() => page.getByRole('region', { name: 'Article' }).locator('mark').first().textContent())
      .toBe(first);
    // Focus stayed in the list; the screen reader hears the event and the filters Back brought back.
    await expect.poll(said).toMatch(/^Back to the event of .+ from .+: “/);
    expect(await said()).toContain(first.trim());
    expect(await said()).toContain(`Filtered by ${name}.`);
    await page.goForward();
    await expect.poll(() => params(page).get('event')).toBe(secondId);
    await expect
      .poll(() => page.getByRole('region', { name: 'Article' }).locator('mark').first().textContent())
      .toBe(second);
    await expect.poll(said).toContain(second.trim());
    expect(await said()).toMatch(/^Forward to the event of /);
    await page.goBack();
    await page.goBack();
    await expect.poll(() => params(page).get('event')).toBeNull();
    await expect.poll(said).toBe(`Back to no selected event. Filtered by ${name}.`);
    // A reload keeps each entry's place in the history: Forward from the reloaded page is still Forward.
    await page.reload();
    await ready(page);
    await page.goForward();
    await expect.poll(() => params(page).get('event')).toBe(firstId);
    await expect.poll(said).toMatch(/^Forward to the event of .+ from .+: “/);
    await page.goBack();
    await expect.poll(said).toBe(`Back to no selected event. Filtered by ${name}.`);
  });

  it('a pasted link with Back behind it: Back and Forward still say which way they went', async () => {
    const page = await b.open();
    await ready(page);
    await selectFromList(page, 0);
    const firstId = params(page).get('event');
    // The reader pastes a link to the second event into the same tab: a new page on a new entry.
    const link = new URL(page.url());
    const rows = page.getByRole('grid', { name: 'Events' }).getByRole('gridcell');
    const secondId = await rows.nth(2).getAttribute('data-event-id');
    link.searchParams.set('event', secondId!);
    await page.goto(link.toString());
    await ready(page);
    const said = () => page.locator('#announcer-polite').textContent();
    await selectFromList(page, 4);
    await page.goBack();
    await expect.poll(() => params(page).get('event')).toBe(secondId);
    await expect.poll(said).toMatch(/^Back to the event of /);
    await page.goForward();
    await expect.poll(said).toMatch(/^Forward to the event of /);
    // Back past the pasted link reaches the page before it, which loads again on its own entry
    // (no back/forward cache here) and says so: the reload is not a silent one.
    await page.goBack();
    await page.goBack();
    await expect.poll(() => params(page).get('event')).toBe(firstId);
    await ready(page);
    await expect
      .poll(() => page.getByRole('region', { name: 'Article' }).locator('mark').count())
      .toBeGreaterThan(0);
    await expect.poll(said).toMatch(/^Back to the event of .+ from .+: “/);
    // Forward into the pasted link's page, loaded again too.
    await page.goForward();
    await ready(page);
    await expect.poll(() => params(page).get('event')).toBe(secondId);
    await expect.poll(said).toMatch(/^Forward to the event of /);
  });

  it('a screen reader moving by heading meets the filters, the timeline, the events, then the article', async () => {
    const page = await b.open();
    await ready(page);
    const sentence = await selectFromList(page, 1);
    const article = page.getByRole('region', { name: 'Article' });
    await expect.poll(() => article.locator('mark').first().textContent()).toBe(sentence);
    const title = await article.getByRole('heading', { level: 2 }).textContent();
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual(['Filters', 'Timeline', 'Events', title]);
    // The list's heading names its region, and is drawn for no one: the page looks the same.
    const events = page.getByRole('region', { name: 'Events' });
    expect(await events.getByRole('grid', { name: 'Events' }).count()).toBe(1);
    const box = await events.getByRole('heading', { name: 'Events' }).boundingBox();
    expect(box!.width * box!.height).toBeLessThanOrEqual(1);
  });

  it('a run of arrow keys through the list takes one history entry: Back returns to the row clicked', async () => {
    const page = await b.open();
    await ready(page);
    await selectFromList(page, 0);
    const clicked = params(page).get('event');
    const entries = await page.evaluate(() => history.length);
    const rows = page.getByRole('grid', { name: 'Events' }).getByRole('gridcell');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    const fifth = await rows.nth(5).getAttribute('data-event-id');
    await expect.poll(() => params(page).get('event')).toBe(fifth);
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    await page.goBack();
    await expect.poll(() => params(page).get('event')).toBe(clicked);
  });

  it('wheel zoom over the timeline changes the window in the URL', async () => {
    const page = await b.open();
    await ready(page);
    const box = (await page.locator('.dl-timeline__plot').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = [params(page).get('from'), params(page).get('to')];
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
    await expect.poll(() => params(page).get('from')).toBeTruthy();
    await expect.poll(() => [params(page).get('from'), params(page).get('to')]).not.toEqual(before);
    const from = Date.parse(params(page).get('from')!);
    const to = Date.parse(params(page).get('to')!);
    expect(to).toBeGreaterThan(from);
  });

  it('keyboard only: Tab reaches the timeline, arrows move, Enter opens the article', async () => {
    const page = await b.open();
    await ready(page);
    const inTimeline = () =>
      page.evaluate(() => document.activeElement?.closest('[aria-label="Timeline events"]') !== null);
    let presses = 0;
    while (!(await inTimeline()) && presses < 300) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await inTimeline()).toBe(true);
    await page.keyboard.press('Home');
    const name0 = await page.evaluate(
      () =>
        document.activeElement?.getAttribute('aria-label') ??
        document.activeElement?.getAttribute('title') ??
        '',
    );
    await page.keyboard.press('ArrowRight');
    const name1 = await page.evaluate(
      () =>
        document.activeElement?.getAttribute('aria-label') ??
        document.activeElement?.getAttribute('title') ??
        '',
    );
    expect(name1).not.toBe(name0);
    expect(await inTimeline()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => params(page).get('event')).toBeTruthy();
    const mark =
      (await page.getByRole('region', { name: 'Article' }).locator('mark').first().textContent()) ?? '';
    expect(name1).toContain(mark.slice(0, 30));
    // One tab stop: the next Tab leaves the timeline's marks.
    await page.keyboard.press('Tab');
    expect(await inTimeline()).toBe(false);
  });

  it('keyboard only: the events list is one Tab stop; Tab back in lands on the selected row, scrolled away or not', async () => {
    const page = await b.open('?from=2019-01-01&to=2025-12-31');
    await ready(page);
    const grid = page.getByRole('grid', { name: 'Events' });
    const inList = () => page.evaluate(() => document.activeElement?.closest('[role="grid"]') !== null);
    const focusedId = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId);
    await page.getByRole('button', { name: 'Skip to the events' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(inList).toBe(true);
    for (const key of ['ArrowDown', 'ArrowDown', 'PageDown', 'ArrowUp']) await page.keyboard.press(key);
    await expect.poll(() => params(page).get('event')).toBe(await focusedId());
    const selected = params(page).get('event');
    // One press leaves the list, whatever its length.
    await page.keyboard.press('Tab');
    expect(await inList()).toBe(false);
    // The list is scrolled far from the selected row, which is then not drawn in view.
    await page.evaluate(() => {
      const scroller = document.querySelector('.event-scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
    });
    await expect
      .poll(() =>
        page.evaluate(() => {
          const scroller = document.querySelector('.event-scroller')!;
          const cell = scroller.querySelector<HTMLElement>('[aria-selected="true"]')!;
          return cell.getBoundingClientRect().bottom < scroller.getBoundingClientRect().top;
        }),
      )
      .toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await inList()).toBe(true);
    expect(await focusedId()).toBe(selected);
    expect(await grid.getByRole('gridcell', { selected: true }).isVisible()).toBe(true);
  });

  // What Chromium gives a screen reader: a control whose tooltip also became its description
  // was read twice ("7 events, March 2023, button, 7 events, March 2023").
  it.each([
    ['the opening view (bins and bands)', ''],
    ['a few days (dots, period chips, "+N")', '?from=2023-10-16&to=2023-10-19'],
    ['lanes by actor', '?lanes=actor&from=2023-10-01&to=2023-10-31'],
  ])('every control has a name, and none says it twice: %s', async (_, query) => {
    const page = await b.open(query);
    await ready(page);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        ignored?: boolean;
        role?: { value?: string };
        name?: { value?: string };
        description?: { value?: string };
      }[];
    };
    const norm = (s: string) =>
      s
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .toLowerCase();
    const said = nodes.filter(
      (n) => !n.ignored && /^(button|option|gridcell|slider)$/.test(n.role?.value ?? ''),
    );
    expect(said.length).toBeGreaterThan(10);
    // ("4 events dated only to 2023" had none: its tooltip repeated the words drawn in it.)
    expect(said.filter((n) => !(n.name?.value ?? '').trim()).map((n) => n.role?.value)).toEqual([]);
    const twice = said
      .map((n) => [n.name?.value ?? '', n.description?.value ?? ''] as const)
      .filter(
        ([name, description]) =>
          description && (norm(description).includes(norm(name)) || norm(name).includes(norm(description))),
      )
      .map(([name, description]) => `${name} / ${description}`);
    expect(twice).toEqual([]);
  });

  it('+ and − from the keyboard keep focus in the timeline when what had it is drawn anew', async () => {
    const page = await b.open();
    await ready(page);
    const inTimeline = () =>
      page.evaluate(
        () =>
          document.activeElement?.closest('[aria-label="Timeline events"], [aria-label="Event counts"]') !==
          null,
      );
    await page.getByRole('button', { name: 'Skip to the timeline' }).focus();
    await page.keyboard.press('Enter');
    // Down to the counts and along them to a month's bin, then zoom in: the bins give way to marks.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const bin = await page.evaluate(
      () =>
        document.activeElement?.getAttribute('aria-label') ??
        document.activeElement?.getAttribute('title') ??
        '',
    );
    expect(bin).toMatch(/^\d+ events?, /);
    for (const key of ['+', '+', '-', '-']) {
      await page.keyboard.press(key);
      await expect.poll(inTimeline).toBe(true);
    }
  });

  it("setting an article's publication date by hand reads its dates again and says so", async () => {
    const page = await b.open();
    await ready(page);
    await selectFromList(page, 0);
    const article = page.getByRole('region', { name: 'Article' });
    await article.getByText('Change the publication date').click();
    await article.getByLabel('Publication date').fill('2023-11-21');
    expect(await axeViolations(page)).toEqual([]);
    // The page's live region is there from load, empty, so what is said into it is announced.
    const spoken = page.locator('#announcer-polite[aria-live="polite"]');
    expect(await spoken.textContent()).toBe('');
    await article.getByRole('button', { name: 'Set date' }).click();
    await expect
      .poll(() => article.locator('.article-meta').textContent(), { timeout: 15_000 })
      .toContain('Published Tue 21 Nov 2023 (set by hand)');
    await expect.poll(() => spoken.textContent()).toMatch(/^Publication date set to Tue 21 Nov 2023;/);
  });

  it('a ?corpus= link opens that corpus file, read by the fetch index.html starts', async () => {
    const corpus = generateCorpus({ events: 120, seed: 7 });
    await writeFile(join(inject('outDir'), 'e2e-corpus.json'), JSON.stringify(corpus));
    const page = await b.open('?corpus=' + encodeURIComponent('./e2e-corpus.json'));
    await ready(page);
    const summary = new RegExp(`^${corpus.articles.length} articles from \\d+ sources · \\d+ events$`);
    await page.getByRole('banner').getByText(summary).waitFor();
    // The app took the response and the body the page's own script had started reading.
    expect(await page.evaluate('window.__corpusPrefetch === undefined')).toBe(true);
  });

  it('a ?corpus= link to a version 3 file (as "Export corpus" writes it) draws the events, then the article text', async () => {
    const corpus = generateCorpus({ events: 120, seed: 7 });
    await writeFile(join(inject('outDir'), 'e2e-corpus-2.json'), corpusToFile(corpus));
    const articleOf = (articleId: string) => corpus.articles.find((a) => a.id === articleId)!;
    // An event whose article has another sentence in its body: only the text has that one.
    const event = corpus.events.find(
      (e) => articleOf(e.articleId).sentences.filter((s) => s.paragraph > 0).length > 1,
    )!;
    const article = articleOf(event.articleId);
    const page = await b.open(`?corpus=${encodeURIComponent('./e2e-corpus-2.json')}&event=${event.id}`);
    await ready(page);
    const summary = new RegExp(`^${corpus.articles.length} articles from \\d+ sources · \\d+ events$`);
    await page.getByRole('banner').getByText(summary).waitFor();
    const panel = page.getByRole('region', { name: 'Article' });
    await panel.getByRole('heading', { level: 2, name: article.title }).waitFor();
    // The text follows the first drawing; the panel's loading line goes when it is in.
    const next = article.sentences.find((s, i) => s.paragraph > 0 && i !== event.sentence.index)!;
    await panel.getByText(article.text.slice(next.start, next.start + 20), { exact: false }).waitFor();
    expect(await panel.getByRole('status').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Export corpus' }).isEnabled()).toBe(true);
  });

  it('a ?corpus= file that is not JSON says so', async () => {
    await writeFile(join(inject('outDir'), 'e2e-broken.json'), '{"format": "dateline-corpus", "articles": [');
    const page = await b.open('?corpus=' + encodeURIComponent('./e2e-broken.json'));
    await expect.poll(() => page.getByRole('alert').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('alert').textContent()).toContain(
      'The file at ./e2e-broken.json is not valid JSON',
    );
  });

  it('a bad ?corpus= URL shows an error message', async () => {
    const page = await b.open('?corpus=' + encodeURIComponent('./no-such-corpus.json'));
    await expect.poll(() => page.getByRole('alert').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('alert').first().textContent()).toMatch(/could not|failed|error/i);
  });

  it('Enter on a date takes focus into its details, past the rest of its paragraph; Escape goes back', async () => {
    const page = await b.open();
    await ready(page);
    // An event whose article has a paragraph of two dates or more; its first date.
    const rows = page.getByRole('grid', { name: 'Events' }).getByRole('gridcell');
    const found = () =>
      page.evaluate(() => {
        const para = [...document.querySelectorAll('.article-text .para')].find(
          (p) => p.querySelectorAll('button.timex').length >= 2,
        );
        para?.querySelector('button.timex')?.setAttribute('data-first', '');
        return para !== undefined;
      });
    for (let i = 0; i < 10 && !(await found()); i++) await rows.nth(i).click();
    const date = page.locator('button.timex[data-first]');
    await date.focus();
    await page.keyboard.press('Enter');
    const name = `“${await date.textContent()}”`;
    const inDetails = () =>
      page.evaluate(() => document.activeElement?.closest('.timex-details')?.getAttribute('aria-labelledby'));
    await expect.poll(inDetails).toBeTruthy();
    expect((await page.evaluate(() => document.activeElement?.textContent))?.startsWith(name)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await inDetails()).toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => date.evaluate((el) => el === document.activeElement)).toBe(true);
  }, 60_000); // up to ten events opened before a paragraph of two dates

  it('a date’s reading stays while the pointer rests on it, and Escape hides it (WCAG 1.4.13)', async () => {
    const page = await b.open();
    await ready(page);
    await selectFromList(page, 0);
    const date = page.getByRole('region', { name: 'Article' }).locator('button.timex').first();
    await date.scrollIntoViewIfNeeded();
    await date.hover();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    // Up from the word onto the reading, through the gap between them.
    const from = (await date.boundingBox())!;
    const to = (await tip.boundingBox())!;
    await page.mouse.move(from.x + 4, from.y + from.height / 2);
    await page.mouse.move(to.x + 4, to.y + to.height / 2, { steps: 8 });
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
  });

  it('on a phone (375 px) every date’s reading is whole on screen', async () => {
    const page = await b.open('', { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    await ready(page);
    await selectFromList(page, 0);
    // The click that selected the event leaves the pointer where the article now is: moved off it,
    // so only the focused date shows its reading (a hovered one would show its own as well).
    await page.mouse.move(0, 0);
    const dates = page.getByRole('region', { name: 'Article' }).locator('button.timex');
    const count = Math.min(await dates.count(), 40);
    expect(count).toBeGreaterThan(3);
    const cut: string[] = [];
    for (let i = 0; i < count; i++) {
      await dates.nth(i).focus();
      const tip = page.getByRole('tooltip');
      await tip.waitFor();
      const box = (await tip.boundingBox())!;
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      if (box.x < 0 || box.x + box.width > width)
        cut.push(`${await tip.textContent()} (${box.x}..${box.x + box.width})`);
    }
    expect(cut).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    '%s scheme, 375 px: read on in an article, the text has the screen but for a slim bar with the way back and the source',
    async (colorScheme) => {
      const page = await b.open('', {
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
        colorScheme,
      });
      await ready(page);
      await selectFromList(page, 0);
      const region = page.getByRole('region', { name: 'Article' });
      const source = (await region.locator('.article-source').textContent()) ?? '';
      // Reading on: the finger (here the wheel) over the text.
      await page.mouse.move(187, 500);
      for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 300);
      await page.waitForTimeout(200);
      // How far down the screen the article's text starts to show: what is above it covers it.
      const covered = async () =>
        page.evaluate(() => {
          const text = document.querySelector('.article-text');
          for (let y = 0; y < innerHeight; y += 2) {
            const at = document.elementFromPoint(innerWidth / 2, y);
            if (at && text?.contains(at)) return y;
          }
          return innerHeight;
        });
      expect(await covered()).toBeLessThanOrEqual(740 / 10);
      // What stays on top: the way back to the list, and who is speaking.
      const back = region.getByRole('button', { name: 'Back to the list' });
      const box = (await back.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(740 / 10);
      expect(await region.locator('.article-bar').textContent()).toContain(source);
      // The title and the publication date's control scrolled away, and are still there for the
      // keyboard: Tab back to them brings them on screen, below that bar.
      const change = region.locator('.set-published summary');
      expect(((await change.boundingBox())?.y ?? -1) < 0).toBe(true);
      await change.focus();
      const at = (await change.boundingBox())!;
      expect(at.y).toBeGreaterThanOrEqual(box.y + box.height);
      expect(at.y + at.height).toBeLessThanOrEqual(740);
    },
  );

  it.each(['dark', 'light'] as const)(
    '%s scheme: a date in the highlighted sentence is underlined, and focused, at 3:1 or more',
    async (colorScheme) => {
      const page = await b.open('', { colorScheme });
      await ready(page);
      const rows = page.getByRole('grid', { name: 'Events' }).getByRole('gridcell');
      // The first row whose highlighted sentence holds a date.
      const date = page
        .getByRole('region', { name: 'Article' })
        .locator('mark.sentence button.timex')
        .first();
      for (let i = 0; i < 10 && (await date.count()) === 0; i++) await rows.nth(i).click();
      await date.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab'); // focus by keyboard: :focus-visible
      const colors = await date.evaluate((el) => {
        const mark = getComputedStyle(el.closest('mark')!).backgroundColor;
        const focused = getComputedStyle(el);
        const chip = focused.backgroundColor;
        const outline = focused.outlineColor;
        (el as HTMLElement).blur();
        const underline = getComputedStyle(el).textDecorationColor;
        // The indicator: the chip where there is one, else the outline.
        const ring = /^rgba\(.*,\s*0\)$/.test(chip) ? outline : chip;
        return { underline, ring, mark };
      });
      const ratios = {
        underline: contrast(colors.underline, colors.mark),
        focus: contrast(colors.ring, colors.mark),
      };
      expect(ratios.underline).toBeGreaterThanOrEqual(3);
      expect(ratios.focus).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(['dark', 'light'] as const)(
    '%s scheme: the focus ring of an event row is whole, inside the scroller, at 3:1 or more on the row',
    async (colorScheme) => {
      const page = await b.open('', { colorScheme });
      await ready(page);
      /** The focused row's ring: inside the scroller's visible box on all four sides, and its contrast. */
      const ring = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const scroller = el.closest<HTMLElement>('.event-scroller')!;
          const style = getComputedStyle(el);
          const out = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
          const r = el.getBoundingClientRect();
          const s = scroller.getBoundingClientRect();
          const [left, top] = [s.left + scroller.clientLeft, s.top + scroller.clientTop];
          // clientWidth and clientHeight are whole pixels: a pixel of rounding is allowed.
          const inside =
            r.left - out >= left - 1 &&
            r.right + out <= left + scroller.clientWidth + 1 &&
            r.top - out >= top - 1 &&
            r.bottom + out <= top + scroller.clientHeight + 1;
          const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
          let bg = 'rgba(0, 0, 0, 0)';
          for (let n: Element | null = el; n && rgb(bg)[3] === 0; n = n.parentElement)
            bg = getComputedStyle(n).backgroundColor;
          if (rgb(bg)[3] === 0) bg = getComputedStyle(document.documentElement).backgroundColor;
          return { style: style.outlineStyle, inside, outline: style.outlineColor, bg };
        });
      // "Skip to the events" focuses the first row, not selected.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('[role="row"]') !== null))
        .toBe(true);
      const plain = await ring();
      // Arrow keys select the row they move to: the ring on the highlight.
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => params(page).get('event')).toBeTruthy();
      const selected = await ring();
      for (const r of [plain, selected]) {
        expect(r.style).toBe('solid');
        expect(r.inside).toBe(true);
        expect(contrast(r.outline, r.bg)).toBeGreaterThanOrEqual(3);
      }
    },
  );

  // WCAG 1.4.11: where a control's box is what shows it is a control, its edge needs 3:1 against
  // what is around it. Boxed buttons (the header's and the timeline's toolbars, where "+" and "−" are
  // bare glyphs; a notice's ×; the narrow layout's filter chips), text fields, the Lanes select and
  // the checkboxes all rely on it. Not checked, as their boxes are not what identifies them: the
  // event list's rows (rows of a framed list), underlined text buttons ("Show all", dates), and the
  // timeline's marks and bins, drawn in its accent colour.
  it.each(['dark', 'light'] as const)(
    '%s scheme: the edge of every boxed control stands out at 3:1 or more',
    async (colorScheme) => {
      const page = await b.open('?lanes=nope', { colorScheme });
      await ready(page);
      const narrow = await b.open('?actor=country:CN', {
        colorScheme,
        viewport: { width: 375, height: 800 },
      });
      await ready(narrow);
      const timeline = page.getByRole('region', { name: 'Timeline' });
      const drawnByCss: [string, Locator][] = [
        ['Open articles', page.getByRole('banner').getByRole('button', { name: 'Open articles' })],
        ['Copy link', page.getByRole('banner').getByRole('button', { name: 'Copy link' })],
        ['Zoom in', timeline.getByRole('button', { name: 'Zoom in' })],
        ['Zoom out', timeline.getByRole('button', { name: 'Zoom out' })],
        ['Fit all', timeline.getByRole('button', { name: 'Fit all' })],
        ['Lanes', timeline.getByRole('combobox', { name: 'Lanes' })],
        ['Dismiss notice', page.getByRole('button', { name: 'Dismiss notice' }).first()],
        ['Search events', page.getByRole('searchbox', { name: 'Search events' })],
        ['From', page.getByRole('textbox', { name: 'From', exact: true })],
        ['filter chip', narrow.getByRole('button', { name: /^Remove filter / }).first()],
      ];
      const weak: string[] = [];
      for (const [name, control] of drawnByCss) {
        const edge = await cssEdge(control);
        const ratio = contrast(edge.color, edge.around);
        if (edge.width < 1 || edge.style === 'none' || ratio < 3)
          weak.push(
            `${name}: ${edge.width}px ${edge.style} ${edge.color} on ${edge.around}, ${ratio.toFixed(2)}:1`,
          );
      }
      // A native checkbox has no CSS border: its edge is what Chromium paints.
      const checkbox = await firstCheckbox(page, 'Countries');
      const box = await cssEdge(checkbox);
      expect(box.appearance).toBe('auto');
      const painted = await paintedEdge(checkbox);
      const ratio = contrast(painted, box.around);
      if (ratio < 3) weak.push(`checkbox: painted ${painted} on ${box.around}, ${ratio.toFixed(2)}:1`);
      expect(weak).toEqual([]);
    },
  );

  // Forced colours (Windows contrast themes) paint every background in the theme's Canvas: the
  // marks' dots and the selection, drawn as backgrounds, must take the theme's colours instead.
  it.each(['dark', 'light'] as const)(
    'forced colours (%s): the marks, the selected mark and the selected row still show',
    async (colorScheme) => {
      const page = await b.open('?from=2023-10-16&to=2023-10-19', { colorScheme, forcedColors: 'active' });
      await ready(page);
      // Marks drawn as a dot (a period's chip is drawn with a border, which the theme keeps).
      const dotted = { has: page.locator('.dl-mark__dot') };
      const marks = page.getByRole('listbox', { name: 'Timeline events' }).getByRole('option');
      await marks.filter(dotted).first().click();
      await expect.poll(() => params(page).get('event')).toBeTruthy();
      /** The dot's colour and the first opaque background around the mark. */
      const dotOf = (mark: Locator) =>
        mark.evaluate((el) => {
          const clear = (c: string) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
          let around = 'rgba(0, 0, 0, 0)';
          for (let n = el.parentElement; n && clear(around); n = n.parentElement)
            around = getComputedStyle(n).backgroundColor;
          return { dot: getComputedStyle(el.querySelector('.dl-mark__dot')!).backgroundColor, around };
        });
      const selected = await dotOf(
        marks
          .and(page.getByRole('option', { selected: true }))
          .filter(dotted)
          .first(),
      );
      const other = await dotOf(
        marks
          .and(page.getByRole('option', { selected: false }))
          .filter(dotted)
          .first(),
      );
      expect(contrast(other.dot, other.around)).toBeGreaterThanOrEqual(3);
      expect(contrast(selected.dot, selected.around)).toBeGreaterThanOrEqual(3);
      expect(selected.dot).not.toBe(other.dot);
      // The list's selected row stands out from the others.
      const cells = page.getByRole('grid', { name: 'Events' });
      const bg = (cell: Locator) => cell.evaluate((el) => getComputedStyle(el).backgroundColor);
      const rowSelected = await bg(cells.getByRole('gridcell', { selected: true }));
      const rowOther = await bg(cells.getByRole('gridcell', { selected: false }).first());
      const opaque = (c: string) => (/^rgba\(.*,\s*0\)$/.test(c) ? other.around : c);
      expect(contrast(opaque(rowSelected), opaque(rowOther))).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(['dark', 'light'] as const)(
    "%s scheme: a photo caption's mark says so in its name and is drawn hollow, unlike a story's",
    async (colorScheme) => {
      const page = await b.open('?from=2019-05-01&to=2019-07-01', { colorScheme });
      await ready(page);
      const marks = page.getByRole('listbox', { name: 'Timeline events' }).getByRole('option');
      const caption = marks.and(page.getByRole('option', { name: /: Photo caption: / }));
      await caption.first().waitFor();
      /** The dot's fill and ring, and the first opaque background around the mark. */
      const dotOf = (mark: Locator) =>
        mark.evaluate((el) => {
          const clear = (c: string) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
          let around = 'rgba(0, 0, 0, 0)';
          for (let n = el.parentElement; n && clear(around); n = n.parentElement)
            around = getComputedStyle(n).backgroundColor;
          const dot = getComputedStyle(el.querySelector('.dl-mark__dot')!);
          return {
            fill: dot.backgroundColor,
            ring: dot.borderLeftColor,
            ringWidth: parseFloat(dot.borderLeftWidth),
            around,
          };
        });
      const hollow = await dotOf(caption.first());
      expect(hollow.fill).toBe(hollow.around);
      expect(hollow.ringWidth).toBeGreaterThanOrEqual(2);
      expect(contrast(hollow.ring, hollow.around)).toBeGreaterThanOrEqual(3);
      // A story's mark in October 2023 is a filled dot, and its name does not say "Photo caption".
      await page.goto(new URL('?from=2023-10-16&to=2023-10-19', b.baseUrl).href);
      await ready(page);
      const story = marks
        .filter({ has: page.locator('.dl-mark__dot') })
        .and(page.getByRole('option', { name: /^(?![^]*Photo caption)/ }))
        .first();
      const filled = await dotOf(story);
      expect(contrast(filled.fill, filled.around)).toBeGreaterThanOrEqual(3);
    },
  );

  it.each([false, true])(
    'a selected photo caption keeps its hollow look: a ring, and a dotted chip (forced colours: %s)',
    async (forced) => {
      // A caption dated only to a month, seen from inside that month: drawn as a chip above the marks.
      const corpus = generateCorpus({ events: 120, seed: 7 });
      const alone = corpus.clusters.filter((c) => c.events.length === 1).map((c) => c.events[0]);
      const month = corpus.events.find((e) => e.granularity === 'month' && alone.includes(e.id))!;
      month.caption = true;
      const day = corpus.events.find((e) => e.granularity === 'day' && alone.includes(e.id))!;
      day.caption = true;
      await writeFile(join(inject('outDir'), 'e2e-captions.json'), JSON.stringify(corpus));
      const open = async (query: string) => {
        const page = await b.open(`?corpus=${encodeURIComponent('./e2e-captions.json')}&${query}`);
        if (forced) await page.emulateMedia({ forcedColors: 'active' });
        await ready(page);
        return page;
      };
      const selected = (page: Page) =>
        page
          .getByRole('listbox', { name: 'Timeline events' })
          .getByRole('option', { selected: true, name: /: Photo caption: / });
      const from = new Date(Date.parse(month.start) + 86_400_000).toISOString().slice(0, 10);
      const to = new Date(Date.parse(month.start) + 3 * 86_400_000).toISOString().slice(0, 10);
      let page = await open(`event=${month.id}&from=${from}&to=${to}`);
      const chip = selected(page);
      await chip.waitFor();
      expect(await chip.evaluate((el) => el.classList.contains('dl-chip'))).toBe(true);
      expect(await chip.evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe('dotted');
      expect(await chip.evaluate((el) => getComputedStyle(el).fontStyle)).toBe('italic');
      // A day's caption, selected: its dot is still a ring around the page's own colour.
      page = await open(`event=${day.id}&from=${day.start}&to=${day.start}`);
      const mark = selected(page);
      await mark.waitFor();
      const dot = await mark.evaluate((el) => {
        const d = getComputedStyle(el.querySelector('.dl-mark__dot')!);
        return {
          fill: d.backgroundColor,
          ring: parseFloat(d.borderLeftWidth),
          page: getComputedStyle(el).backgroundColor,
        };
      });
      expect(dot.ring).toBeGreaterThanOrEqual(2);
      expect(dot.fill).toBe(dot.page);
    },
  );

  it.each(['light', 'dark'] as const)(
    '%s scheme, 375 px: the key to the marks opens from the keyboard and says what a hollow mark is',
    async (colorScheme) => {
      const page = await b.open('?from=2019-05-01&to=2019-07-01', {
        viewport: { width: 375, height: 667 },
        colorScheme,
      });
      await ready(page);
      await page.getByRole('slider', { name: 'Overview: visible period' }).focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Key to the marks');
      await page.keyboard.press('Enter');
      const hollow = page.getByText(/A photo caption, hollow and in italics/);
      await hollow.waitFor();
      const box = (await hollow.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect(await axeViolations(page)).toEqual([]);
      // Enter again folds it.
      await page.keyboard.press('Enter');
      await expect.poll(() => hollow.count()).toBe(0);
    },
  );

  it('a From typed month, day, year applies once, on Enter: the link never holds the old year or a part-typed one', async () => {
    const page = await b.open();
    await ready(page);
    // Every address the app writes, in order.
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { written: string[] }).written = log;
      for (const k of ['pushState', 'replaceState'] as const) {
        const write = history[k].bind(history);
        history[k] = (data, unused, url) => {
          log.push(String(url));
          write(data, unused, url);
        };
      }
    });
    const entries = await page.evaluate(() => history.length);
    const from = page.getByLabel('From', { exact: true });
    // 1 March of the year before: each segment typed leaves a whole date, the first with the old year.
    const year = Number((await from.inputValue()).slice(0, 4)) - 1;
    await from.click();
    await page.keyboard.type(`0301${year}`, { delay: 30 });
    await page.waitForTimeout(500); // past the link's write delay
    expect(await from.inputValue()).toBe(`${year}-03-01`);
    expect(params(page).get('from')).toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => params(page).get('from')).toBe(`${year}-03-01`);
    const written = await page.evaluate(() => (window as unknown as { written: string[] }).written);
    expect(written.map((url) => new URL(url, page.url()).searchParams.get('from'))).toEqual([
      `${year}-03-01`,
    ]);
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  it('a From set with no key (a screen reader, an IME) waits for Enter, marked "Not applied yet"; a pick applies at once', async () => {
    const page = await b.open();
    await ready(page);
    const from = page.getByLabel('From', { exact: true });
    const description = () =>
      from.evaluate((el) =>
        el
          .getAttribute('aria-describedby')!
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      );
    expect(await description()).toBe('A typed date applies on Enter or when you leave the field.');
    const year = Number((await from.inputValue()).slice(0, 4)) - 1;
    // What an accessibility "set value" does: the field's value set underneath the page's script,
    // then input and change, with no key and no pointer.
    const setValue = (value: string, pointer = false) =>
      from.evaluate(
        (el: HTMLInputElement, [value, pointer]) => {
          if (pointer) el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
        },
        [value, pointer] as const,
      );
    await from.focus();
    await setValue(`${year}-03-01`);
    await setValue(`${year}-03-02`);
    await page.waitForTimeout(500); // past the link's write delay
    expect(params(page).get('from')).toBeNull();
    expect(await from.inputValue()).toBe(`${year}-03-02`);
    await page.getByText('Not applied yet').waitFor();
    expect(await description()).toBe(
      'Not applied yet A typed date applies on Enter or when you leave the field.',
    );
    // Told apart from an applied day by its edge as well as the words.
    expect(await from.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => params(page).get('from')).toBe(`${year}-03-02`);
    expect(await page.getByText('Not applied yet').count()).toBe(0);
    expect(await from.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    // A day picked from the calendar (a pointer opened it) applies at once.
    await setValue(`${year}-04-01`, true);
    await expect.poll(() => params(page).get('from')).toBe(`${year}-04-01`);
  });

  it.each([
    ['', false],
    // Before Chromium 133, and in other browsers, the page cannot ask whether the calendar is open.
    [' (a browser without :open)', true],
  ])(
    'the From calendar from the keyboard%s: Space opens it, arrows move without moving the window, Enter picks, Escape puts it back; focus stays on the field',
    async (_, withoutOpen) => {
      const page = await b.open('about:blank');
      // The page's own matches() knows no :open; the test still asks the browser's.
      await page.addInitScript((hide) => {
        const matches = Element.prototype.matches;
        (window as unknown as { browserMatches: typeof matches }).browserMatches = matches;
        if (!hide) return;
        Element.prototype.matches = function (this: Element, selectors: string) {
          if (selectors.includes(':open'))
            throw new DOMException(`'${selectors}' is not a valid selector`, 'SyntaxError');
          return matches.call(this, selectors);
        };
      }, withoutOpen);
      await page.goto(b.baseUrl);
      await ready(page);
      const from = page.getByRole('textbox', { name: 'From', exact: true });
      const isOpen = () =>
        from.evaluate((el) =>
          (window as unknown as { browserMatches: Element['matches'] }).browserMatches.call(el, ':open'),
        );
      const plus = (day: string, n: number) =>
        new Date(Date.parse(`${day}T00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
      const opening = await from.inputValue();
      await from.focus();
      await page.keyboard.press('Space');
      await expect.poll(isOpen).toBe(true);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => from.inputValue()).toBe(plus(opening, 2));
      await page.waitForTimeout(500); // past the link's write delay
      expect(params(page).get('from')).toBeNull();
      await page.keyboard.press('Enter');
      await expect.poll(() => params(page).get('from')).toBe(plus(opening, 2));
      expect(await isOpen()).toBe(false);
      expect(await from.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.getByText('Not applied yet').count()).toBe(0);
      // A week on, then Escape: the day picked before is back, and the window never moved.
      await page.keyboard.press('Space');
      await expect.poll(isOpen).toBe(true);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => from.inputValue()).toBe(plus(opening, 9));
      await page.keyboard.press('Escape');
      await expect.poll(() => from.inputValue()).toBe(plus(opening, 2));
      await page.keyboard.press('Escape');
      await expect.poll(isOpen).toBe(false);
      await page.waitForTimeout(500);
      expect(params(page).get('from')).toBe(plus(opening, 2));
      expect(await from.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.getByText('Not applied yet').count()).toBe(0);
      // Opened by a pointer, the same: a day moved to is not applied.
      const box = (await from.boundingBox())!;
      await page.mouse.click(box.x + box.width - 12, box.y + box.height / 2);
      await expect.poll(isOpen).toBe(true);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => from.inputValue()).toBe(plus(opening, 3));
      await page.waitForTimeout(500);
      expect(params(page).get('from')).toBe(plus(opening, 2));
      await page.keyboard.press('Enter');
      await expect.poll(() => params(page).get('from')).toBe(plus(opening, 3));
    },
  );

  it('a From or To the timeline cannot show is kept in the field with its reason, and not applied', async () => {
    const page = await b.open();
    await ready(page);
    const from = page.getByLabel('From', { exact: true });
    const to = await page.getByLabel('To', { exact: true }).inputValue();
    await from.click();
    await page.keyboard.type('01010001');
    // (The first Tab goes to the field's own picker button.)
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => from.getAttribute('aria-invalid')).toBe('true');
    expect(await from.inputValue()).toBe('0001-01-01');
    const reason = await page.getByRole('alert').filter({ hasText: 'From must be between' }).textContent();
    // The days in words, not ISO: "… between November 15, 2015 and …; January 1, 1 was not applied."
    expect(reason).toMatch(/^From must be between \D+ \d+, \d{4} and \D+ \d+, \d{4}, .*; January 1, 1 was/);
    expect(
      await from.evaluate(
        (el) => document.getElementById(el.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent,
      ),
    ).toBe(reason);
    // Nothing typed on the way applied: not the month and day over the old year, nor a part-typed year.
    expect(params(page).get('from')).toBeNull();
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe(to);
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each([
    ['?from=0001-01-01&to=2023-10-31', /wider than the timeline zooms out/],
    ['?from=2023-13-45', /Ignored from “2023-13-45”/],
    ['?from=2023-10-31&to=2023-10-01', /“to” is before “from”/],
    ['?from=9999-01-01', /after every date of these articles/],
  ])('a hand-edited link with a bad date, %s, opens with a message saying so', async (query, message) => {
    const page = await b.open(query);
    await ready(page);
    await page.getByText(message).first().waitFor();
    expect(await timelineCount(page)).toBeGreaterThan(0);
  });

  it('keyboard only: a "+N" opens its list, the arrows walk it, Escape closes it, Enter chooses from it', async () => {
    const page = await b.open('?from=2023-10-16&to=2023-10-19');
    await ready(page);
    const focusName = () =>
      page.evaluate(
        () =>
          document.activeElement?.getAttribute('aria-label') ??
          document.activeElement?.getAttribute('title') ??
          document.activeElement?.textContent ??
          '',
      );
    await page.getByRole('button', { name: 'Skip to the timeline' }).focus();
    await page.keyboard.press('Enter');
    // Down to the counts, along them to a "+N".
    await page.keyboard.press('ArrowDown');
    let n = 0;
    while (!/^\d+ more /.test(await focusName()) && n++ < 20) await page.keyboard.press('ArrowRight');
    const opener = await focusName();
    expect(opener).toMatch(/^\d+ more /);
    const more = page.getByRole('button', { name: opener, exact: true });
    await page.keyboard.press('Enter');
    const list = page.getByRole('list', { name: opener });
    await list.waitFor();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const items = list.getByRole('button');
    const count = await items.count();
    expect(count).toBeGreaterThan(1);
    expect(await focusName()).toBe(await items.first().textContent());
    await page.keyboard.press('ArrowDown');
    expect(await focusName()).toBe(await items.nth(1).textContent());
    await page.keyboard.press('End');
    expect(await focusName()).toBe(await items.last().textContent());
    await page.keyboard.press('Home');
    expect(await focusName()).toBe(await items.first().textContent());
    // Escape closes it, and focus is back on its "+N".
    await page.keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);
    expect(await focusName()).toBe(opener);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    // Open again, choose the second: the event is selected, the list closes, focus is on the "+N".
    await page.keyboard.press('Enter');
    await list.waitFor();
    await page.keyboard.press('ArrowDown');
    const chosen = await focusName();
    await page.keyboard.press('Enter');
    await expect.poll(() => list.count()).toBe(0);
    expect(await focusName()).toBe(opener);
    await expect.poll(() => params(page).get('event')).toBeTruthy();
    const sentence =
      (await page.getByRole('region', { name: 'Article' }).locator('mark').first().textContent()) ?? '';
    expect(chosen).toContain(sentence.slice(0, 30));
    // Tab past its last mark leaves the list, and it closes.
    await page.keyboard.press('Enter');
    await list.waitFor();
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await expect.poll(() => list.count()).toBe(0);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
  });

  it('keyboard only: the overview slider is a Tab stop; arrows, Page Down, Home and End move the window', async () => {
    const page = await b.open('?from=2023-10-16&to=2023-10-19');
    await ready(page);
    const slider = page.getByRole('slider', { name: 'Overview: visible period' });
    const onSlider = () =>
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Overview: visible period');
    let presses = 0;
    await page.getByRole('button', { name: 'Skip to the timeline' }).focus();
    await page.keyboard.press('Enter');
    while (!(await onSlider()) && presses++ < 20) await page.keyboard.press('Tab');
    expect(await onSlider()).toBe(true);
    const text = () => slider.getAttribute('aria-valuetext');
    expect(await text()).toBe('Mon 16 Oct 2023 to Thu 19 Oct 2023');
    await page.keyboard.press('ArrowRight');
    await expect.poll(text).not.toBe('Mon 16 Oct 2023 to Thu 19 Oct 2023');
    await page.keyboard.press('PageDown');
    await expect.poll(() => params(page).get('from')).not.toBe('2023-10-16');
    await page.keyboard.press('Home');
    await expect.poll(async () => Number(await slider.getAttribute('aria-valuenow'))).toBe(0);
    await page.keyboard.press('End');
    await expect.poll(async () => Number(await slider.getAttribute('aria-valuenow'))).toBe(100);
    // Focus stayed on the slider all along.
    expect(await onSlider()).toBe(true);
  });

  it('keyboard only on a phone (375 px): every Tab stop shows a focus outline, whole on screen', async () => {
    const page = await b.open('', { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    await ready(page);
    // The filters open, and an event chosen from the keyboard, so its article's controls are there too.
    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search events' }).waitFor();
    await page.getByRole('button', { name: 'Skip to the events' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => params(page).get('event')).toBeTruthy();
    await page.getByRole('button', { name: 'Skip to the timeline' }).focus();
    const stops: string[] = [];
    const bad: string[] = [];
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const style = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        const name = `${el.tagName.toLowerCase()}${el instanceof HTMLInputElement ? `[${el.type}]` : ''} ${(el as HTMLInputElement).labels?.[0]?.textContent ?? ''}${el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent?.trim().slice(0, 30)}`;
        // A composite widget's one Tab stop is named by the widget too ("in Timeline events").
        const widget = el.closest('[role="listbox"], [role="toolbar"], [role="grid"]');
        const within = widget && widget !== el ? ` in ${widget.getAttribute('aria-label')}` : '';
        return {
          name: name + within,
          outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
          whole: r.left >= 0 && r.right <= document.documentElement.clientWidth + 1,
        };
      });
      if (!stop) break;
      stops.push(stop.name);
      if (stop.outline < 2) bad.push(`${stop.name}: no outline`);
      if (!stop.whole) bad.push(`${stop.name}: cut at the edge`);
    }
    expect(stops.length).toBeGreaterThan(20);
    // Every part of the app is on the way, by name.
    for (const name of [
      'Open articles',
      'Copy link',
      'Export corpus',
      'Search events',
      'From',
      'To',
      'Clear all filters',
      'Zoom in',
      'Zoom out',
      'Fit all',
      'Timeline events',
      'Overview: visible period',
      'Key to the marks',
      'Back to the list',
    ])
      expect(
        stops.filter((s) => s.includes(name)),
        name,
      ).not.toEqual([]);
    expect(bad).toEqual([]);
  });

  describe('axe-core finds no violations', () => {
    it('loaded, filtered and with an event selected', async () => {
      const page = await b.open();
      await ready(page);
      expect(await axeViolations(page)).toEqual([]);
      await (await firstCheckbox(page, 'People')).check();
      await expect.poll(() => params(page).get('actor')).toBeTruthy();
      expect(await axeViolations(page)).toEqual([]);
      await selectFromList(page, 0);
      expect(await axeViolations(page)).toEqual([]);
    });

    it.each([
      ['narrow 360 px', { viewport: { width: 360, height: 800 } }],
      ['dark colour scheme', { colorScheme: 'dark' as const }],
    ])('%s', async (_, options) => {
      const page = await b.open('', options);
      await ready(page);
      expect(await axeViolations(page)).toEqual([]);
      await selectFromList(page, 0);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
