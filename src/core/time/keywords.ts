/**
 * Where many keywords occur in a text, found in one pass. The grammar's rules each need one of a
 * few keywords ("jan", "tue", "quarter"...) near every match; knowing the offsets lets a rule's
 * regular expression skip the text between them. One scan with an Aho-Corasick automaton replaces
 * one substring search per keyword (about 150 of them), each of which reads the whole text.
 *
 * Matching ignores ASCII case: "Jan" and "JAN" are occurrences of "jan". Keywords are lower case.
 */
export class KeywordIndex {
  readonly keys: readonly string[];
  /** The character class of each UTF-16 code unit that appears in some keyword (0: none). */
  private readonly classOf = new Map<number, number>();
  /** The same for ASCII, as a table (most text is ASCII). */
  private readonly ascii = new Uint8Array(128);
  private readonly classes: number;
  /** delta[state * classes + class]: the automaton's next state (it never fails back). */
  private readonly delta: Int32Array;
  /** The keywords (by index) that end in each state. */
  private readonly ends: number[][];

  constructor(keys: readonly string[]) {
    this.keys = keys;
    for (const key of keys) {
      if (key.length === 0 || key !== key.toLowerCase()) throw new Error(`bad keyword "${key}"`);
      for (const ch of key) {
        const code = ch.charCodeAt(0);
        if (!this.classOf.has(code)) this.classOf.set(code, this.classOf.size + 1);
      }
    }
    const n = (this.classes = this.classOf.size + 1);
    if (n > 255) throw new Error('too many distinct keyword characters');
    for (const [code, c] of this.classOf) if (code < 128) this.ascii[code] = c;
    // The trie, grown one state at a time; -1 marks a missing edge until the links are filled.
    const edges: number[] = [];
    const ends: number[][] = [];
    const addState = () => {
      for (let c = 0; c < n; c++) edges.push(-1);
      ends.push([]);
      return ends.length - 1;
    };
    addState();
    keys.forEach((key, id) => {
      let s = 0;
      for (const ch of key) {
        const at = s * n + this.classOf.get(ch.charCodeAt(0))!;
        if (edges[at]! < 0) edges[at] = addState();
        s = edges[at]!;
      }
      ends[s]!.push(id);
    });
    // Breadth first: a missing edge goes where the longest proper suffix's edge goes.
    const fail = new Int32Array(ends.length);
    const queue: number[] = [];
    for (let c = 0; c < n; c++) {
      const t = edges[c]!;
      if (t < 0) edges[c] = 0;
      else queue.push(t);
    }
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head]!;
      ends[s]!.push(...ends[fail[s]!]!);
      for (let c = 0; c < n; c++) {
        const t = edges[s * n + c]!;
        const viaFail = edges[fail[s]! * n + c]!;
        if (t < 0) edges[s * n + c] = viaFail;
        else {
          fail[t] = viaFail;
          queue.push(t);
        }
      }
    }
    this.delta = Int32Array.from(edges);
    this.ends = ends;
  }

  /**
   * The start offsets of every keyword in the text, ascending, one list per keyword (in the order
   * the keywords were given). Occurrences may overlap: "years" holds both "year" and "years".
   */
  find(text: string): number[][] {
    // (Filled by push: `map` makes packed arrays in the interpreter and holey ones in optimised
    // code, and the code reading them would be compiled for both.)
    const found: number[][] = [];
    for (let k = 0; k < this.keys.length; k++) found.push([]);
    const { delta, ends, classOf, ascii, classes } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) code += 32;
      s = delta[s * classes + (code < 128 ? ascii[code]! : (classOf.get(code) ?? 0))]!;
      const done = ends[s]!;
      for (let k = 0; k < done.length; k++) {
        const id = done[k]!;
        found[id]!.push(i - this.keys[id]!.length + 1);
      }
    }
    return found;
  }
}

/**
 * The index of the first of the ascending offsets `sorted` at or after `at` (`sorted.length` if
 * none): where `at` would go in the list.
 *
 * @example indexAtOrAfter([3, 8, 12], 8) // 1
 */
export function indexAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
