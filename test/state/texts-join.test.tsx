import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { corpusToFile, readHeadLine, readTextsLine } from '../../src/core/corpus-file';
import { generateCorpus } from '../../src/core/synthetic';
import { validateCorpusHead, validateCorpusTexts } from '../../src/core/validate';
import {
  ExplorerStoreProvider,
  useCorpusLookups,
  useVisibleStories,
  type CorpusLookups,
} from '../../src/state/context';
import { createExplorerStore } from '../../src/state/store';
import { timelineIndexOf } from '../../src/timeline/timeline-index';

/** A store drawn from a generated corpus file's head line, with the rest of the file to join. */
function drawnFromHead() {
  const file = corpusToFile(generateCorpus({ events: 80, seed: 12 }));
  const [first, rest] = [file.slice(0, file.indexOf('\n')), file.slice(file.indexOf('\n') + 1)];
  const checked = validateCorpusHead(readHeadLine(first));
  const head = { ...checked, corpus: checked.corpus! };
  const store = createExplorerStore({ corpus: head.corpus, texts: { status: 'loading' } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ExplorerStoreProvider store={store}>{children}</ExplorerStoreProvider>
  );
  return { rest, head, store, wrapper };
}

describe('a corpus drawn from its head, when its texts join', () => {
  it('keeps its sorted events and its stories: nothing drawn is worked out again', () => {
    const { rest, head, store, wrapper } = drawnFromHead();
    const { result } = renderHook(() => ({ lookups: useCorpusLookups(), stories: useVisibleStories() }), {
      wrapper,
    });
    const before = result.current;
    const joined = validateCorpusTexts(head, readTextsLine(rest));
    act(() => store.getState().receiveTexts(joined.corpus, joined.missing));
    expect(store.getState().texts).toEqual({ status: 'ready', missing: new Map() });
    expect(result.current.lookups.articles.get(head.corpus.articles[0]!.id)!.text).not.toBe('');
    expect(result.current.lookups.sorted).toBe(before.lookups.sorted);
    expect(result.current.stories.stories).toBe(before.stories.stories);
  });

  it("keeps the timeline's index, in each lane mode that does not read the articles", () => {
    const { rest, head, store, wrapper } = drawnFromHead();
    const { result } = renderHook(() => useCorpusLookups(), { wrapper });
    const indexOf = (l: CorpusLookups, lanes: 'none' | 'actor' | 'topic') =>
      timelineIndexOf(l.sorted, { ...l, lanes });
    const lanes = ['none', 'actor', 'topic'] as const;
    const drawn = lanes.map((l) => indexOf(result.current, l));
    const joined = validateCorpusTexts(head, readTextsLine(rest));
    act(() => store.getState().receiveTexts(joined.corpus, joined.missing));
    const after = lanes.map((l) => indexOf(result.current, l));
    expect(after.map((index, i) => index === drawn[i])).toEqual([true, true, true]);
  });
});
