import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../../src/components/timeline/Timeline';
import type { Article, Event } from '../../../src/core/types';
import { announced } from '../fixture';
import { baseProps, clustersOf, makeEvent } from './fixtures';

const events: Event[] = [
  makeEvent('e3', '2023-10-18', 'The leaders signed an agreement.'),
  makeEvent('e1', '2023-10-05', 'The envoy arrived in the capital.'),
  makeEvent('e2', '2023-10-17', 'The president landed at the airport.'),
  makeEvent('e4', '2023-W43', 'Talks continued through the week.'),
  makeEvent('e5', '2023-10', 'Prices rose during the month.'),
];

/** The marks: options of the listbox "Timeline events". */
function marks() {
  return within(screen.getByRole('listbox', { name: 'Timeline events' })).getAllByRole('option');
}

/** An element's name, from its label or (a dot, a chip, a count) its tooltip. */
const nameOf = (el: Element) => el.getAttribute('aria-label') ?? el.getAttribute('title');

describe('<Timeline>', () => {
  it('is a region named "Timeline" whose marks are named by their date label', () => {
    render(<Timeline {...baseProps(events)} />);
    const region = screen.getByRole('region', { name: 'Timeline' });
    expect(
      within(region).getByRole('option', { name: /^Tue 17 Oct 2023: The president landed/ }),
    ).toBeInTheDocument();
    expect(
      within(region).getByRole('option', { name: /^Week of 23–29 Oct 2023: Talks continued/ }),
    ).toBeInTheDocument();
    expect(within(region).getByRole('option', { name: /^October 2023: Prices rose/ })).toBeInTheDocument();
  });

  it("leaves out the wire dateline that opens a report's lead from its mark", () => {
    const lead = makeEvent('w1', '2023-10-17', 'RALEIGH, N.C. (AP) -- Voters waited in line on Tuesday.');
    render(<Timeline {...baseProps([lead])} />);
    expect(
      screen.getByRole('option', { name: 'Tue 17 Oct 2023: Voters waited in line on Tuesday., 1 source' }),
    ).toBeInTheDocument();
  });

  it("names a photo caption's mark as one and marks it for CSS to draw hollow", () => {
    const photo = makeEvent('p1', '2019-06-05', 'The two leaders at the Kremlin in Moscow.', {
      caption: true,
    });
    const story = makeEvent('s1', '2023-10-17', 'The president landed at the airport.');
    const years: [Date, Date] = [new Date('2019-01-01T00:00Z'), new Date('2024-01-01T00:00Z')];
    render(<Timeline {...baseProps([photo, story], { domain: years, fullDomain: years })} />);
    const caption = screen.getByRole('option', {
      name: 'Wed 5 Jun 2019: Photo caption: The two leaders at the Kremlin in Moscow., 1 source',
    });
    const other = screen.getByRole('option', { name: /^Tue 17 Oct 2023: The president/ });
    expect(caption).toHaveClass('dl-mark--caption');
    expect(other).not.toHaveClass('dl-mark--caption');
  });

  it('draws a day as a point and a week or month as a span band', () => {
    render(<Timeline {...baseProps(events)} />);
    const day = screen.getByRole('option', { name: /^Tue 17 Oct 2023/ });
    const week = screen.getByRole('option', { name: /^Week of/ });
    expect(day).not.toHaveClass('dl-mark--span');
    expect(week).toHaveClass('dl-mark--span');
    expect(week.parentElement!.querySelector('.dl-mark__span')).not.toBeNull();
    expect(day.parentElement!.querySelector('.dl-mark__span')).toBeNull();
  });

  it('shows one mark per cluster with the number of sources', () => {
    const a = makeEvent('x1', '2023-10-17', 'Putin arrived in Beijing.', { cluster: 'k', articleId: 'a1' });
    const b = makeEvent('x2', '2023-10-17', 'The Russian leader arrived.', { cluster: 'k', articleId: 'a2' });
    const onSelect = vi.fn();
    render(
      <Timeline
        {...baseProps([b, a], { clusters: clustersOf([a, b], { k: ['a1', 'a2', 'a3'] }), onSelect })}
      />,
    );
    const [mark, ...rest] = marks();
    expect(rest).toEqual([]);
    expect(mark).toHaveAccessibleName('Tue 17 Oct 2023: Putin arrived in Beijing., 3 sources');
    mark!.click();
    expect(onSelect).toHaveBeenCalledWith('x1');
  });

  it('is one tab stop; arrows move in time order, Home/End go to the ends, Enter selects', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Timeline {...baseProps(events, { onSelect })} />);
    const tabbable = marks().filter((m) => m.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    await user.tab();
    await user.tab(); // past the zoom buttons
    await user.tab();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(/^Thu 5 Oct 2023/);
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await user.keyboard('{ArrowRight}');
      order.push(nameOf(document.activeElement!)!.split(':')[0]!);
    }
    expect(order).toEqual(['October 2023', 'Tue 17 Oct 2023', 'Wed 18 Oct 2023', 'Week of 23–29 Oct 2023']);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/^Week of/); // stays at the last
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAccessibleName(/^Thu 5 Oct 2023/);
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/^Week of/);
    await user.keyboard('{ArrowLeft}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('e3');
    expect(marks().filter((m) => m.tabIndex === 0)).toHaveLength(1);
  });

  it('says the event Enter selects, its date, words and article, once', async () => {
    const user = userEvent.setup();
    const articles = new Map([['a1', { id: 'a1', title: 'Leaders meet in the capital' } as Article]]);
    const props = baseProps(events, { articles });
    const { rerender } = render(<Timeline {...props} />);
    await user.tab();
    await user.tab(); // past the zoom buttons
    await user.tab();
    await user.tab();
    await user.keyboard('{End}{ArrowLeft}');
    expect(announced()).toBe('');
    await user.keyboard('{Enter}');
    const said =
      'Selected Wed 18 Oct 2023: The leaders signed an agreement. Opened “Leaders meet in the capital”.';
    expect(announced()).toBe(said);
    // The selection coming back from the store draws the timeline again: nothing is said again.
    const line = document.getElementById('announcer-polite')!.firstChild;
    rerender(<Timeline {...props} selectedId="e3" />);
    expect(document.getElementById('announcer-polite')!.firstChild).toBe(line);
    // A click says it too (a screen reader's "activate" is a click).
    await user.click(screen.getByRole('option', { name: /^Thu 5 Oct 2023/ }));
    expect(announced()).toBe(
      'Selected Thu 5 Oct 2023: The envoy arrived in the capital. Opened “Leaders meet in the capital”.',
    );
  });

  it('finds a chosen mark’s article by id, never by scanning the events (100,000 of them in a big corpus)', async () => {
    const user = userEvent.setup();
    const articles = new Map([['a1', { id: 'a1', title: 'Leaders meet in the capital' } as Article]]);
    const choose = async (name: RegExp) => user.click(screen.getByRole('option', { name }));
    // The corpus's map, when given.
    const list = [...events];
    const byId = new Map(list.map((e) => [e.id, e]));
    const get = vi.spyOn(byId, 'get');
    const { unmount } = render(<Timeline {...baseProps(list, { articles, eventsById: byId })} />);
    const scan = vi.spyOn(list, 'find');
    await choose(/^Thu 5 Oct 2023/);
    await choose(/^Tue 17 Oct 2023/);
    expect(announced()).toBe(
      'Selected Tue 17 Oct 2023: The president landed at the airport. Opened “Leaders meet in the capital”.',
    );
    expect(get.mock.calls).toEqual([['e1'], ['e2']]);
    expect(scan).not.toHaveBeenCalled();
    unmount();
    // Without it, one of the events, built at the first choice.
    const own = [...events];
    render(<Timeline {...baseProps(own, { articles })} />);
    const ownScan = vi.spyOn(own, 'find');
    await choose(/^Thu 5 Oct 2023/);
    await choose(/^Wed 18 Oct 2023/);
    expect(announced()).toBe(
      'Selected Wed 18 Oct 2023: The leaders signed an agreement. Opened “Leaders meet in the capital”.',
    );
    expect(ownScan).not.toHaveBeenCalled();
  });

  it('+ and - zoom around the focused mark and report a final window', async () => {
    const user = userEvent.setup();
    const onDomainChange = vi.fn();
    render(<Timeline {...baseProps(events, { onDomainChange })} />);
    screen.getByRole('option', { name: /^Tue 17 Oct 2023/ }).focus();
    await user.keyboard('+');
    const [zoomedIn, info] = onDomainChange.mock.lastCall!;
    expect(info).toEqual({ final: true });
    const width = (d: [Date, Date]) => d[1].getTime() - d[0].getTime();
    expect(width(zoomedIn)).toBeCloseTo(
      width([new Date('2023-10-01T00:00Z'), new Date('2023-11-01T00:00Z')]) / 2,
      -3,
    );
    const mid = Date.UTC(2023, 9, 17, 12);
    expect(zoomedIn[0].getTime()).toBeLessThan(mid);
    expect(zoomedIn[1].getTime()).toBeGreaterThan(mid);
    await user.keyboard('-');
    expect(width(onDomainChange.mock.lastCall![0])).toBeCloseTo(width(zoomedIn) * 2, -3);
  });

  it('- on a year chip over a two-day window zooms out around the window, and focus stays on the chip', async () => {
    const user = userEvent.setup();
    const onDomainChange = vi.fn();
    const twoDays: [Date, Date] = [new Date('2023-10-17T00:00Z'), new Date('2023-10-19T00:00Z')];
    const year = makeEvent('y', '2023', 'This year, talks resumed.');
    render(
      <Timeline
        {...baseProps([year, makeEvent('d', '2023-10-17', 'The envoy landed.')], {
          onDomainChange,
          domain: twoDays,
          fullDomain: [new Date('2023-01-01T00:00Z'), new Date('2024-01-01T00:00Z')],
        })}
      />,
    );
    const chip = screen.getByRole('option', { name: /^2023: This year/ });
    chip.focus();
    await user.keyboard('-');
    // Around the middle of the part of 2023 in view, not around July 2023 (which carried the
    // window off to February 2024).
    const [from, to] = onDomainChange.mock.lastCall![0] as [Date, Date];
    expect(from.getTime()).toBeLessThanOrEqual(twoDays[0].getTime());
    expect(to.getTime()).toBeGreaterThanOrEqual(twoDays[1].getTime());
    expect(screen.getByRole('option', { name: /^2023: This year/ })).toHaveFocus();
  });

  it('zoom buttons report narrower, wider and whole-corpus windows', async () => {
    const user = userEvent.setup();
    const onDomainChange = vi.fn();
    const fullDomain: [Date, Date] = [new Date('2023-01-01T00:00Z'), new Date('2024-01-01T00:00Z')];
    render(<Timeline {...baseProps(events, { onDomainChange, fullDomain })} />);
    const span = () => {
      const [d] = onDomainChange.mock.lastCall!;
      return (d[1].getTime() - d[0].getTime()) / 86_400_000;
    };
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(span()).toBeCloseTo(15.5, 3);
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(span()).toBeCloseTo(31, 3);
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(onDomainChange.mock.lastCall![0].map((d: Date) => d.toISOString())).toEqual([
      // The whole year with a little room each side, so its first and last marks are not cut.
      '2022-12-24T00:00:00.000Z',
      '2024-01-09T00:00:00.000Z',
    ]);
  });

  it('says the window the zoom buttons and + and − lead to, where focus stays put', async () => {
    const user = userEvent.setup();
    const domain: [Date, Date] = [new Date('2023-10-01T00:00Z'), new Date('2023-11-01T00:00Z')];
    render(<Timeline {...baseProps(events, { domain })} />);
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(announced()).toBe('Showing Sun 8 Oct 2023 to Tue 24 Oct 2023');
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(announced()).toMatch(/^Showing .* to .*2023$/);
    const before = announced();
    // On a mark, + zooms around it; focus stays on the mark, and the new window is said.
    marks()[0]!.focus();
    await user.keyboard('+');
    expect(announced()).not.toBe(before);
    expect(announced()).toMatch(/^Showing /);
  });

  it('says the hours of a window within a day, in its status and when a zoom leads to it', async () => {
    const user = userEvent.setup();
    const domain: [Date, Date] = [new Date('2023-10-18T12:00Z'), new Date('2023-10-18T16:00Z')];
    render(<Timeline {...baseProps(events, { domain })} />);
    const region = screen.getByRole('region', { name: 'Timeline' });
    // The day once: the window's words already name it.
    expect(within(region).getByText('Wed 18 Oct 2023 12:00 – 16:00').parentElement).toHaveTextContent(
      /^Wed 18 Oct 2023 12:00 – 16:00 · \d/,
    );
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(announced()).toBe('Showing Wed 18 Oct 2023 13:00 to 15:00');
  });

  it('zooms in toward the events of a window whose middle holds few of them', async () => {
    const user = userEvent.setup();
    const onDomainChange = vi.fn();
    const late = [
      makeEvent('b1', '2023-02-25', 'A first report.'),
      ...['2023-10-15', '2023-10-16', '2023-10-17', '2023-10-18', '2023-10-19'].map((d, i) =>
        makeEvent(`b${i + 2}`, d, `A report of day ${i + 1}.`),
      ),
    ];
    const domain: [Date, Date] = [new Date('2023-02-20T00:00Z'), new Date('2023-11-10T00:00Z')];
    render(<Timeline {...baseProps(late, { onDomainChange, domain })} />);
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    const [d] = onDomainChange.mock.lastCall!;
    // Narrower, and still holding the five October days (around the middle it would hold none).
    expect(d[1].getTime() - d[0].getTime()).toBeLessThan(domain[1].getTime() - domain[0].getTime());
    expect(d[0].getTime()).toBeLessThan(Date.UTC(2023, 9, 15));
    expect(d[1].getTime()).toBeGreaterThan(Date.UTC(2023, 9, 20));
  });

  it('zooms out no further than twice the corpus', async () => {
    const user = userEvent.setup();
    const onDomainChange = vi.fn();
    render(<Timeline {...baseProps(events, { onDomainChange })} />);
    for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    const [d] = onDomainChange.mock.lastCall!;
    const days = (d[1].getTime() - d[0].getTime()) / 86_400_000;
    // The corpus is October 2023 (31 days), padded by a day and a half each side.
    expect(days).toBeGreaterThan(60);
    expect(days).toBeLessThanOrEqual(2 * (31 + 2 * 1.55) + 1e-6);
  });

  it('pans to keep the focused event in view', async () => {
    const user = userEvent.setup();
    const onDomainChange = vi.fn();
    const domain: [Date, Date] = [new Date('2023-10-01T00:00Z'), new Date('2023-10-10T00:00Z')];
    render(<Timeline {...baseProps(events, { onDomainChange, domain })} />);
    screen.getByRole('option', { name: /^Thu 5 Oct 2023/ }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const [d] = onDomainChange.mock.lastCall!;
    const t = Date.UTC(2023, 9, 17, 12);
    expect(d[0].getTime()).toBeLessThan(t);
    expect(d[1].getTime()).toBeGreaterThan(t);
    expect(d[1].getTime() - d[0].getTime()).toBe(9 * 86_400_000);
    expect(document.activeElement).toHaveAccessibleName(/^Tue 17 Oct 2023/);
  });

  it('follows a new domain from its owner without reporting it back', () => {
    const onDomainChange = vi.fn();
    const { rerender } = render(<Timeline {...baseProps(events, { onDomainChange })} />);
    expect(screen.queryByRole('option', { name: /^Thu 5 Oct 2023/ })).toBeInTheDocument();
    const domain: [Date, Date] = [new Date('2023-10-15T00:00Z'), new Date('2023-10-20T00:00Z')];
    act(() => rerender(<Timeline {...baseProps(events, { onDomainChange, domain })} />));
    expect(screen.queryByRole('option', { name: /^Thu 5 Oct 2023/ })).not.toBeInTheDocument();
    expect(screen.getByRole('option', { name: /^Tue 17 Oct 2023/ })).toBeInTheDocument();
    expect(onDomainChange).not.toHaveBeenCalled();
  });

  it('aggregates dense periods into bins with counts', () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      makeEvent(`m${i}`, `2023-10-${String(1 + (i % 30)).padStart(2, '0')}`, `Event number ${i}.`),
    );
    render(<Timeline {...baseProps(many)} />);
    const bins = screen.getAllByRole('button', { name: /^\d+ events, / });
    expect(bins.length).toBe(30);
    expect(screen.getByRole('button', { name: '20 events, Tue 17 Oct 2023' })).toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: /^Tue 17 Oct 2023: / })).toHaveLength(0);
  });

  it('offers a labelled Lanes select that reports the new mode', async () => {
    const user = userEvent.setup();
    const onLanesChange = vi.fn();
    render(<Timeline {...baseProps(events, { onLanesChange })} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lanes' }), 'actor');
    expect(onLanesChange).toHaveBeenCalledWith('actor');
  });

  it('says how many events the window leaves out of the whole', () => {
    const domain: [Date, Date] = [new Date('2023-10-15T00:00Z'), new Date('2023-10-20T00:00Z')];
    const { rerender } = render(<Timeline {...baseProps(events, { domain })} />);
    const region = screen.getByRole('region', { name: 'Timeline' });
    // The 17th, the 18th, and the month; not the 5th nor the last week.
    expect(within(region).getByText(/· 3 of 5 events in view$/)).toBeInTheDocument();
    rerender(<Timeline {...baseProps(events)} />);
    expect(within(region).getByText(/· 5 events in view$/)).toBeInTheDocument();
  });

  it('names the month and year under the ticks at every zoom', () => {
    const weeks: [Date, Date] = [new Date('2023-08-15T00:00Z'), new Date('2023-11-15T00:00Z')];
    const { container, rerender } = render(<Timeline {...baseProps(events, { domain: weeks })} />);
    const axisText = () => container.querySelector('.dl-timeline__axis')!.textContent;
    for (const month of ['August 2023', 'September 2023', 'October 2023', 'November 2023'])
      expect(axisText()).toContain(month);
    const days: [Date, Date] = [new Date('2023-10-09T00:00Z'), new Date('2023-10-21T00:00Z')];
    rerender(<Timeline {...baseProps(events, { domain: days })} />);
    expect(axisText()).toContain('October 2023');
  });

  it('has a key to the marks that says in words what a hollow mark and the other shapes mean', async () => {
    const user = userEvent.setup();
    render(<Timeline {...baseProps(events)} />);
    const summary = screen.getByText('Key to the marks');
    const key = summary.closest('details')!;
    expect(key).not.toHaveAttribute('open');
    // (Enter and Space on it, in a real browser: test/e2e/app.e2e.test.ts.)
    await user.click(summary);
    expect(key).toHaveAttribute('open');
    const items = within(key)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    for (const words of [
      /dated to a day/,
      /Dated only to a period/,
      /photo caption, hollow/,
      /several sources report/,
      /More events at one place/,
      /a bar counts/,
      /selected event/,
    ])
      expect(items.some((t) => words.test(t ?? ''))).toBe(true);
    // The samples are drawings: the words are what is said.
    expect(within(key).getAllByRole('listitem')[2]!.querySelector('.dl-mark--caption')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
  });

  it('dates the overview strip, so it shows how far the corpus reaches', () => {
    const fullDomain: [Date, Date] = [new Date('2021-06-01T00:00Z'), new Date('2024-03-01T00:00Z')];
    const { container } = render(<Timeline {...baseProps(events, { fullDomain })} />);
    const overview = [...container.querySelectorAll('.dl-overview__date')].map((t) => t.textContent);
    expect(overview).toEqual(expect.arrayContaining(['2022', '2023', '2024']));
  });

  it.each([1000, 340])(
    'at %i px, the overview of a one-day corpus says its day in full, with no date written over another',
    (width) => {
      const day: [Date, Date] = [new Date('2024-05-17T00:00Z'), new Date('2024-05-18T00:00Z')];
      const { container } = render(
        <Timeline {...baseProps(events, { fullDomain: day, domain: day, width })} />,
      );
      const dates = [...container.querySelectorAll('.dl-overview__date')].map((t) => {
        const x = Number(t.getAttribute('x'));
        // 10 px type: no character is wider than 6.5 px.
        const w = t.textContent!.length * 6.5;
        const anchor = t.getAttribute('text-anchor');
        const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
        return { label: t.textContent!, left, right: left + w };
      });
      expect(dates[0]!.label).toMatch(/^\w{3} \d+ May 2024/);
      expect(dates.length).toBeGreaterThan(1);
      for (let i = 1; i < dates.length; i++) expect(dates[i]!.left).toBeGreaterThan(dates[i - 1]!.right);
      expect(dates[0]!.left).toBeGreaterThanOrEqual(0);
      expect(dates.at(-1)!.right).toBeLessThanOrEqual(width);
    },
  );

  it('the overview slider moves the window with the keyboard', async () => {
    const user = userEvent.setup();
    const onDomainChange = vi.fn();
    const fullDomain: [Date, Date] = [new Date('2023-01-01T00:00Z'), new Date('2024-01-01T00:00Z')];
    render(<Timeline {...baseProps(events, { onDomainChange, fullDomain })} />);
    const slider = screen.getByRole('slider', { name: /Overview/ });
    expect(slider).toHaveAttribute('aria-valuetext', 'Sun 1 Oct 2023 to Tue 31 Oct 2023');
    slider.focus();
    await user.keyboard('{Home}');
    expect(onDomainChange.mock.lastCall![0][0].toISOString()).toBe('2023-01-01T00:00:00.000Z');
    await user.keyboard('{PageDown}');
    expect(onDomainChange.mock.lastCall![0][0].toISOString()).toBe('2023-02-01T00:00:00.000Z');
  });
});

describe('<Timeline> when aggregated', () => {
  const many = Array.from({ length: 1000 }, (_, i) =>
    makeEvent(
      `m${i}`,
      `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      `Event ${i}.`,
    ),
  );
  const fullDomain: [Date, Date] = [new Date('2023-01-01T00:00Z'), new Date('2024-01-01T00:00Z')];

  it('keeps one tab stop, and the arrows start from the first event in the window', async () => {
    const user = userEvent.setup();
    const domain: [Date, Date] = [new Date('2023-06-01T00:00Z'), new Date('2023-09-01T00:00Z')];
    render(<Timeline {...baseProps(many, { domain, fullDomain })} />);
    const group = screen.getByRole('listbox', { name: 'Timeline events' });
    const counts = screen.getByRole('toolbar', { name: 'Event counts' });
    expect(within(counts).getAllByRole('button', { name: /^\d+ events?, / }).length).toBeGreaterThan(0);
    expect(group).toHaveAttribute('tabindex', '0');
    group.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/^Fri 2 Jun 2023: /); // no event on 1 June
    expect(
      [...within(group).getAllByRole('option'), ...within(counts).getAllByRole('button')].filter(
        (b) => b.tabIndex === 0,
      ),
    ).toHaveLength(1);
  });

  it('draws the selected mark, labelled, in a row above every bin', () => {
    render(
      <Timeline {...baseProps(many, { domain: fullDomain, fullDomain, selectedId: 'm100', height: 240 })} />,
    );
    const group = screen.getByRole('listbox', { name: 'Timeline events' });
    const bins = screen.getAllByRole('button', { name: /^\d+ events, / });
    expect(bins.length).toBeGreaterThan(1);
    const selected = within(group).getByRole('option', { selected: true });
    expect(selected).toHaveAccessibleName(/Event 100\./);
    expect(selected.querySelector('.dl-mark__label')).not.toBeNull();
    const rowTop = parseFloat((selected.parentElement as HTMLElement).style.top);
    const binTops = bins.map((b) => parseFloat(b.style.top));
    // A labelled row is 22 px tall; each bin's count sits 14 px above it.
    expect(rowTop + 22).toBeLessThanOrEqual(Math.min(...binTops) - 14);
  });

  it('names events known only to the year by their year, over the whole year, not in a mid-year bin', async () => {
    const user = userEvent.setup();
    const onDomainChange = vi.fn();
    const years = [1, 2, 3, 4].map((i) => makeEvent(`y${i}`, '2023', `At some point in 2023 (${i}).`));
    const withYears = many.filter((e) => !e.start.startsWith('2023-07')).concat(years);
    render(<Timeline {...baseProps(withYears, { domain: fullDomain, fullDomain, onDomainChange })} />);
    const group = screen.getByRole('toolbar', { name: 'Event counts' });
    expect(within(group).queryByRole('button', { name: /^\d+ events?, July 2023$/ })).toBeNull();
    const band = within(group).getByRole('button', { name: '4 events dated only to 2023' });
    await user.click(band);
    const [d] = onDomainChange.mock.lastCall!;
    expect(d[0].getTime()).toBeLessThan(Date.UTC(2023, 0, 1));
    expect(d[1].getTime()).toBeGreaterThan(Date.UTC(2024, 0, 1));
  });

  it('reaches the bins from the keyboard: ↓ to the counts, ←/→ along them, Enter zooms in, focus follows', async () => {
    const user = userEvent.setup();
    const onDomainChange = vi.fn();
    render(<Timeline {...baseProps(many, { domain: fullDomain, fullDomain, onDomainChange })} />);
    const group = screen.getByRole('listbox', { name: 'Timeline events' });
    const tabStops = () =>
      [
        group,
        ...within(group).queryAllByRole('option'),
        ...screen.queryAllByRole('button', { name: /^\d+ events?, / }),
      ].filter((b) => b.tabIndex === 0);
    group.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/^\d+ events, January 2023$/);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/^\d+ events, March 2023$/);
    expect(tabStops()).toEqual([document.activeElement]);
    await user.keyboard('{Enter}');
    const [d] = onDomainChange.mock.lastCall!;
    expect(d[0].getTime()).toBeLessThan(Date.UTC(2023, 2, 1));
    expect(d[1].getTime()).toBeGreaterThan(Date.UTC(2023, 3, 1));
    // The bin is gone with the zoom: focus is on its first event.
    expect(document.activeElement).toHaveAccessibleName(/^Fri 3 Mar 2023: /); // no event on the 1st or 2nd;
    expect(tabStops()).toEqual([document.activeElement]);
  });

  it('↑ goes back from the counts to the events', async () => {
    const user = userEvent.setup();
    render(<Timeline {...baseProps(many, { domain: fullDomain, fullDomain })} />);
    screen.getByRole('listbox', { name: 'Timeline events' }).focus();
    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowUp}');
    expect(document.activeElement).toHaveAccessibleName(/^Thu 2 Feb 2023: /); // the first event of February;
  });

  it('a bin zooms into its period when clicked', async () => {
    const user = userEvent.setup();
    const onDomainChange = vi.fn();
    render(<Timeline {...baseProps(many, { domain: fullDomain, fullDomain, onDomainChange })} />);
    const [bin] = screen.getAllByRole('button', { name: /^\d+ events, / });
    await user.click(bin!);
    const [d] = onDomainChange.mock.lastCall!;
    expect(d[1].getTime() - d[0].getTime()).toBeLessThan(
      (fullDomain[1].getTime() - fullDomain[0].getTime()) / 4,
    );
  });
});

describe('<Timeline> "+N" marks', () => {
  // Twenty events known only to 2023 seen three days at a time: chips, and a "+N" for the rest.
  const years = Array.from({ length: 20 }, (_, i) => makeEvent(`y${i}`, '2023', `Year event ${i}.`));
  const domain: [Date, Date] = [new Date('2023-10-16T00:00Z'), new Date('2023-10-19T00:00Z')];

  it('lists the marks it stands for, without moving the window; Escape closes the list', async () => {
    const user = userEvent.setup();
    const onDomainChange = vi.fn();
    const onSelect = vi.fn();
    render(<Timeline {...baseProps(years, { domain, width: 400, onDomainChange, onSelect })} />);
    const more = screen.getByRole('button', { name: /^\d+ more periods around this window$/ });
    const n = Number(/^(\d+)/.exec(nameOf(more)!)![1]);
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name: nameOf(more)! });
    const items = within(list).getAllByRole('button');
    expect(items).toHaveLength(n);
    expect(items[0]).toHaveAccessibleName(/^2023: Year event \d+\., 1 source$/);
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('list')).toBeNull();
    expect(document.activeElement).toBe(more);
    await user.keyboard('{Enter}');
    await user.click(within(screen.getByRole('list')).getAllByRole('button')[1]!);
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('list')).toBeNull();
    expect(onDomainChange).not.toHaveBeenCalled();
  });

  it('closes its list when Tab leaves it, and keeps it open on Shift+Tab back to its "+N"', async () => {
    const user = userEvent.setup();
    render(<Timeline {...baseProps(years, { domain, width: 400 })} />);
    const more = screen.getByRole('button', { name: /more periods around this window$/ });
    await user.click(more);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(more);
    expect(screen.getByRole('list')).toBeInTheDocument();
    await user.keyboard('{Enter}'); // closes it
    await user.keyboard('{Enter}');
    await user.keyboard('{End}');
    await user.tab();
    expect(screen.queryByRole('list')).toBeNull();
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toHaveAccessibleName('Overview: visible period');
  });

  it('steps through its list with ↑ and ↓, and Home and End go to its ends', async () => {
    const user = userEvent.setup();
    render(<Timeline {...baseProps(years, { domain, width: 400 })} />);
    await user.click(screen.getByRole('button', { name: /more periods around this window$/ }));
    const items = within(screen.getByRole('list')).getAllByRole('button');
    expect(items.length).toBeGreaterThan(2);
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(items[2]);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(items[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(items.at(-1));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items.at(-1));
    await user.keyboard('{Home}{ArrowUp}');
    expect(document.activeElement).toBe(items[0]);
  });

  it('is reached from the marks with ↓', async () => {
    const user = userEvent.setup();
    render(<Timeline {...baseProps(years, { domain, width: 400 })} />);
    marks()
      .find((b) => b.tabIndex === 0)!
      .focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/more periods around this window$/);
  });
});

describe('<Timeline lanes="actor">', () => {
  /** Three events of two people: Ann Alpha twice, Ben Beta once. */
  const twoActors = () => ({
    events: [
      makeEvent('a', '2023-10-05', 'Alpha spoke.', { actors: ['person:a'] }),
      makeEvent('b', '2023-10-06', 'Beta spoke.', { actors: ['person:b'] }),
      makeEvent('c', '2023-10-07', 'Alpha again.', { actors: ['person:a'] }),
    ],
    actors: new Map([
      ['person:a', { id: 'person:a', name: 'Ann Alpha', kind: 'person' as const, aliases: [] }],
      ['person:b', { id: 'person:b', name: 'Ben Beta', kind: 'person' as const, aliases: [] }],
    ]),
  });

  it('labels one lane per actor and keeps every mark', () => {
    const { events, actors } = twoActors();
    const { container } = render(<Timeline {...baseProps(events, { lanes: 'actor', actors })} />);
    expect([...container.querySelectorAll('.dl-timeline__group-label')].map((e) => e.textContent)).toEqual([
      'Ann Alpha · 2',
      'Ben Beta · 1',
    ]);
    expect(marks()).toHaveLength(3);
  });

  it('makes each lane a group named with its count, which a screen reader says on entering it', () => {
    const { events, actors } = twoActors();
    render(<Timeline {...baseProps(events, { lanes: 'actor', actors })} />);
    const timeline = screen.getByRole('listbox', { name: 'Timeline events' });
    const alpha = within(timeline).getByRole('group', { name: 'Ann Alpha: 2 events in view' });
    const beta = within(timeline).getByRole('group', { name: 'Ben Beta: 1 event in view' });
    expect(
      within(alpha)
        .getAllByRole('option')
        .map((b) => nameOf(b)),
    ).toEqual([
      'Thu 5 Oct 2023: Alpha spoke., 1 source, lane Ann Alpha',
      'Sat 7 Oct 2023: Alpha again., 1 source, lane Ann Alpha',
    ]);
    expect(within(beta).getAllByRole('option')).toHaveLength(1);
    // The marks themselves do not repeat the count.
    expect(marks().filter((m) => /in view/.test(nameOf(m)!))).toEqual([]);
  });

  it('names the lane in each bin', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      makeEvent(`m${i}`, `2023-10-${String(1 + (i % 30)).padStart(2, '0')}`, `Event number ${i}.`, {
        actors: [i % 2 ? 'person:a' : 'person:b'],
      }),
    );
    const actors = new Map([
      ['person:a', { id: 'person:a', name: 'Ann Alpha', kind: 'person' as const, aliases: [] }],
      ['person:b', { id: 'person:b', name: 'Ben Beta', kind: 'person' as const, aliases: [] }],
    ]);
    render(<Timeline {...baseProps(many, { lanes: 'actor', actors })} />);
    const counts = screen.getByRole('toolbar', { name: 'Event counts' });
    const bins = within(counts).getAllByRole('button', { name: /^\d+ events?, .*, lane Ann Alpha$/ });
    expect(bins.length).toBeGreaterThan(1);
    // Its tooltip is its name (no label besides), so a screen reader says it once.
    for (const bin of bins) expect(bin.title).toMatch(/, lane Ann Alpha$/);
  });

  it('draws a story of two actors in both lanes, named by lane, and selected in both', async () => {
    const user = userEvent.setup();
    const events = [
      makeEvent('a', '2023-10-05', 'Alpha spoke.', { actors: ['person:a'] }),
      makeEvent('ab', '2023-10-06', 'Alpha met Beta.', { actors: ['person:a', 'person:b'] }),
    ];
    const actors = new Map([
      ['person:a', { id: 'person:a', name: 'Ann Alpha', kind: 'person' as const, aliases: [] }],
      ['person:b', { id: 'person:b', name: 'Ben Beta', kind: 'person' as const, aliases: [] }],
    ]);
    const onSelect = vi.fn();
    render(<Timeline {...baseProps(events, { lanes: 'actor', actors, selectedId: 'ab', onSelect })} />);
    const both = screen.getAllByRole('option', { name: /Alpha met Beta/ });
    expect(both.map((m) => nameOf(m))).toEqual([
      'Fri 6 Oct 2023: Alpha met Beta., 1 source, lane Ann Alpha',
      'Fri 6 Oct 2023: Alpha met Beta., 1 source, lane Ben Beta',
    ]);
    expect(both.every((m) => m.getAttribute('aria-selected') === 'true')).toBe(true);
    await user.click(both[1]!);
    expect(onSelect).toHaveBeenCalledWith('ab');
  });
});

describe('<Timeline> with a screen reader', () => {
  const many = Array.from({ length: 1000 }, (_, i) =>
    makeEvent(
      `m${i}`,
      `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      `Event ${i}.`,
    ),
  );
  const years = Array.from({ length: 20 }, (_, i) => makeEvent(`y${i}`, '2023', `Year event ${i}.`));
  const fullDomain: [Date, Date] = [new Date('2023-01-01T00:00Z'), new Date('2024-01-01T00:00Z')];
  const composite = '[role="listbox"], [role="toolbar"], [role="grid"], [role="application"]';

  // Screen readers leave browse mode (which takes the arrow keys for reading) on a listbox's option
  // or a toolbar's button, not on a button in a group.
  it('makes the marks a horizontal listbox and the counts a toolbar; the zoom buttons stay outside', async () => {
    const user = userEvent.setup();
    render(
      <Timeline
        {...baseProps(many, { domain: fullDomain, fullDomain, selectedId: 'm5', onLanesChange: () => {} })}
      />,
    );
    const marks = screen.getByRole('listbox', { name: 'Timeline events' });
    expect(marks).toHaveAttribute('aria-orientation', 'horizontal');
    const selected = within(marks).getByRole('option', { selected: true });
    expect(selected).toHaveAccessibleName(/Event 5\./);
    expect(selected).toHaveAttribute('aria-setsize', '1000');
    const counts = screen.getByRole('toolbar', { name: 'Event counts' });
    expect(within(counts).getAllByRole('button', { name: /^\d+ events?, / }).length).toBeGreaterThan(1);
    for (const name of ['Zoom in', 'Zoom out', 'Fit all'])
      expect(screen.getByRole('button', { name }).closest(composite)).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Lanes' }).closest(composite)).toBeNull();
    // One tab stop across both: ↓ from the selected mark to the counts, ↑ back.
    selected.focus();
    await user.keyboard('{ArrowDown}');
    expect(counts).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{ArrowUp}');
    expect(marks).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement).toHaveAttribute('role', 'option');
  });

  it.each([
    ['bins and period bands', many.concat(years), fullDomain],
    [
      'dots, period chips and "+N"',
      years.concat(many),
      [new Date('2023-03-01T00:00Z'), new Date('2023-03-05T00:00Z')],
    ],
  ] as const)(
    'says each name once among %s: a tooltip is the name, never a label and a description',
    (_, list, domain) => {
      render(
        <Timeline
          {...baseProps([...list], { domain: [...domain] as [Date, Date], fullDomain, width: 400 })}
        />,
      );
      const region = screen.getByRole('region', { name: 'Timeline' });
      const controls = [
        ...within(region).queryAllByRole('button'),
        ...within(region).queryAllByRole('option'),
      ];
      expect(controls.filter((c) => c.hasAttribute('title')).length).toBeGreaterThan(3);
      const twice = controls
        .filter((c) => c.hasAttribute('title') && c.hasAttribute('aria-label'))
        .map((c) => `${c.getAttribute('aria-label')} / ${c.getAttribute('title')}`);
      expect(twice).toEqual([]);
      // The name still comes whole from the tooltip (what the count or glyph draws is hidden from it).
      for (const c of controls.filter((c) => c.hasAttribute('title')))
        expect(c).toHaveAccessibleName(c.title);
    },
  );
});
