// A page with only the Timeline over a synthetic corpus (?events=N), controlled by a tiny state
// holder like the app's store: it lets the browser tests and the benchmark measure the component
// on its own.
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Timeline } from '../../../src/components/timeline/Timeline';
import type { LaneMode } from '../../../src/components/timeline/types';
import { generateCorpus } from '../../../src/core/synthetic';
import { isoToMs } from '../../../src/core/time/interval';

const params = new URLSearchParams(location.search);
const n = Number(params.get('events') ?? 1000);
const t0 = performance.now();
const corpus = generateCorpus({ events: n, seed: 1 });
let lo = Infinity;
let hi = -Infinity;
for (const e of corpus.events) {
  lo = Math.min(lo, isoToMs(e.start));
  hi = Math.max(hi, isoToMs(e.end));
}
const w = window as unknown as Record<string, unknown>;
w.__dataReady = performance.now();
console.info(`generated ${n} events in ${Math.round(performance.now() - t0)} ms`);
w.__domainChanges = 0;

function Harness() {
  const full = useMemo<[Date, Date]>(() => [new Date(lo), new Date(hi)], []);
  const [domain, setDomain] = useState<[Date, Date]>(full);
  const [selected, setSelected] = useState<string | null>(null);
  const [lanes, setLanes] = useState<LaneMode>((params.get('lanes') as LaneMode | null) ?? 'none');
  useEffect(() => {
    requestAnimationFrame(() => {
      w.__rendered ??= performance.now();
    });
  }, []);
  const maps = useMemo(
    () => ({
      clusters: new Map(corpus.clusters.map((c) => [c.id, c])),
      articles: new Map(corpus.articles.map((a) => [a.id, a])),
      actors: new Map(corpus.actors.map((a) => [a.id, a])),
      topics: new Map(corpus.topics.map((t) => [t.id, t])),
    }),
    [],
  );
  return (
    <>
      <h1>Timeline harness</h1>
      <output data-testid="selected">{selected ?? ''}</output>
      <output data-testid="domain">{`${domain[0].toISOString()} ${domain[1].toISOString()}`}</output>
      <Timeline
        events={corpus.events}
        {...maps}
        domain={domain}
        fullDomain={full}
        selectedId={selected}
        lanes={lanes}
        onDomainChange={(d) => {
          w.__domainChanges = (w.__domainChanges as number) + 1;
          setDomain(d);
        }}
        onSelect={setSelected}
        onLanesChange={setLanes}
      />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
