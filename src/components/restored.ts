import { sourceKey } from '../core/query';
import type { Step } from '../state/history-entry';
import type { ExplorerState } from '../state/store';
import { formatValue } from './format';

/**
 * The view Back or Forward brought back, in words for a screen reader: the event in the reader
 * (its date, source and sentence) or none, and the filters, after the way the reader went ("Back
 * to", "Forward to", or "Now showing" when the way is not known). Looked up by a scan: said once
 * per Back, not per frame.
 *
 * @example describeRestored(state, 'back')
 * // 'Back to the event of Fri 17 Feb 2023 from Reuters: “Talks resumed on Friday.” Filtered by Vladimir Putin.'
 */
export function describeRestored(state: ExplorerState, step: Step = null): string {
  const { corpus, filters, selectedEventId } = state;
  const event = selectedEventId ? corpus.events.find((e) => e.id === selectedEventId) : undefined;
  const source = event ? corpus.articles.find((a) => a.id === event.articleId)?.source : null;
  const shown = event
    ? `the event of ${formatValue(event.value)} from ${source ?? 'an unknown source'}: “${event.sentence.text}”`
    : 'no selected event.';
  const sourceName = (key: string) =>
    corpus.articles.find((a) => sourceKey(a.source) === key)?.source ?? 'Unknown source';
  const names = [
    ...filters.actors.map((id) => corpus.actors.find((a) => a.id === id)?.name ?? id),
    ...filters.topics.map((id) => corpus.topics.find((t) => t.id === id)?.label ?? id),
    ...filters.sources.map(sourceName),
    ...(filters.q.trim() ? [`“${filters.q.trim()}”`] : []),
  ];
  const lead = step === 'back' ? 'Back to' : step === 'forward' ? 'Forward to' : 'Now showing';
  return `${lead} ${shown} ${names.length ? `Filtered by ${names.join(', ')}.` : 'No filters.'}`;
}
