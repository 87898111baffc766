/// <reference lib="webworker" />
import { parseCorpus } from '../core/pipeline';
import type { ParseMessage, ParseRequest } from './load';

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
    reply = {
      ok: true,
      corpus: parseCorpus(files, manifest, { corrections, published: published ?? null, onProgress }),
    };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  post(reply);
};
