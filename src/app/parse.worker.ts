/// <reference lib="webworker" />
import { parseCorpus } from '../core/pipeline';
import type { ParseRequest, ParseResponse } from './load';

// Parsing runs here so the page stays responsive while articles are tagged.
self.onmessage = (e: MessageEvent<ParseRequest>) => {
  const { files, manifest, corrections, published } = e.data;
  let reply: ParseResponse;
  try {
    reply = { ok: true, corpus: parseCorpus(files, manifest, { corrections, published: published ?? null }) };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(reply);
};
