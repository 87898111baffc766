import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { keepNearCorpus } from '../../src/timeline/zoom-controller';

describe('keepNearCorpus(t, width)', () => {
  it.each([
    ['inside: unchanged', zoomIdentity.translate(-100, 0).scale(2), -100],
    [
      'far right: pulled back so a quarter of the view is over the corpus',
      zoomIdentity.translate(-5000, 0),
      -600,
    ],
    ['far left: pulled back', zoomIdentity.translate(5000, 0), 600],
    [
      'zoomed in far right: a quarter of the window stays',
      zoomIdentity.translate(-40000, 0).scale(10),
      -7800,
    ],
  ])('%s', (_, t, x) => {
    const c = keepNearCorpus(t, 800);
    expect(c.x).toBeCloseTo(x, 6);
    expect(c.k).toBe(t.k);
  });
});
