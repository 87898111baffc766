import * as chrono from 'chrono-node';
import type { TaggedTimex } from '../types';

export { valueToInterval } from './interval';

export type TagOptions = {
  /** Publication date (YYYY-MM-DD) used to resolve relative expressions, or null when unknown. */
  reference: string | null;
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Every temporal expression in `text`, sorted by start and non-overlapping, with a TimeML value.
 *
 * @example tagTimexes('He arrived on Oct. 18, 2023.', { reference: null })
 * // [{ start: 14, end: 27, text: 'Oct. 18, 2023', type: 'DATE', value: '2023-10-18', ... }]
 */
export function tagTimexes(text: string, opts: TagOptions): TaggedTimex[] {
  try {
    return tagChrono(text, opts);
  } catch {
    return [];
  }
}

function tagChrono(text: string, opts: TagOptions): TaggedTimex[] {
  const ref = opts.reference ? new Date(`${opts.reference}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: TaggedTimex[] = [];
  let last = 0;
  for (const r of chrono.casual.parse(text, { instant: ref, timezone: 0 })) {
    if (r.index < last) continue;
    const s = r.start;
    const y = s.get('year');
    const m = s.get('month');
    const d = s.get('day');
    let value: string;
    const absolute = s.isCertain('year');
    if (!absolute && !opts.reference) {
      value = s.isCertain('weekday') ? `XXXX-WXX-${((s.get('weekday') ?? 1) + 6) % 7 || 7}` : 'XXXX-XX-XX';
    } else if (s.isCertain('day') || s.isCertain('weekday') || !s.isCertain('month')) {
      value = `${pad(y ?? 0, 4)}-${pad(m ?? 1)}-${pad(d ?? 1)}`;
      if (s.isCertain('hour')) value += `T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}`;
    } else {
      value = `${pad(y ?? 0, 4)}-${pad(m ?? 1)}`;
    }
    const end = r.index + r.text.length;
    out.push({
      start: r.index,
      end,
      text: r.text,
      type: value.includes('T') ? 'TIME' : 'DATE',
      value,
      anchor: absolute ? { kind: 'none' } : opts.reference ? { kind: 'dct' } : { kind: 'none' },
      explanation: absolute
        ? `${r.text} -> ${value}: an explicit date`
        : opts.reference
          ? `${r.text} -> ${value}: resolved against the publication date ${opts.reference}`
          : `${r.text} -> ${value}: the publication date is unknown, so it is left unresolved`,
    });
    last = end;
  }
  return out;
}
