/// <reference lib="webworker" />
import { parseCorpus } from '../core/pipeline';
import { eventOrder } from '../core/query/filter';
import type { ParseMessage, ParseRequest } from './load';
import { corpusInSlices } from './transfer';

// Parsing runs here so the page stays responsive while articles are tagged.
self.onmessage = (e: MessageEvent<ParseRequest>) => {
  const { files, manifest, corrections, published } = e.data;
  const post = (message: ParseMessage) => (self as unknown as Worker).postMessage(message);
  // The share done, told in whole thousandths at most: the page redraws nothing finer.
  let told = -1;
  const onProgress = (done: number) => {
    const step = Math.floor(done * 1000);
    if (step === told) return;
    told = step;
    post({ progress: step / 1000 });
  };
  let reply: ParseMessage;
  try {
    const corpus = parseCorpus(files, manifest, { corrections, published: published ?? null, onProgress });
    // The long lists go first, a slice per message (see transfer.ts); the reply carries the rest.
    // The events' chronological order is worked out here too, where it holds up nothing.
    const order = eventOrder(corpus.events);
    const slices = corpusInSlices(corpus);
    let next = slices.next();
    for (; !next.done; next = slices.next()) post({ slice: next.value });
    reply = { ok: true, corpus: next.value, order };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  post(reply);
};
