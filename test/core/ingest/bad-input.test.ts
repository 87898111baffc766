import { describe, expect, it } from 'vitest';
import { decodeText, ingestFile, normalizeText } from '../../../src/core/ingest';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText(bytes)', () => {
  it.each([
    [[0x48, 0x69], 'Hi', []],
    [[0x48, 0x69, 0xff], 'Hi\ufffd', ['invalid UTF-8 replaced at 1 place']],
    [[0xc3, 0x28, 0x41, 0xff, 0xfe], '\ufffd(A\ufffd\ufffd', ['invalid UTF-8 replaced at 3 places']],
    [[0xef, 0xbb, 0xbf, 0x41], 'A', []],
    [[0xef, 0xbf, 0xbd], '\ufffd', []], // an encoded U+FFFD is text, not an error
  ])('%j -> %j', (bytes, text, warnings) => {
    expect(decodeText(new Uint8Array(bytes))).toEqual({ text, warnings });
  });
});

describe('normalizeText(raw)', () => {
  it.each([
    ['a\r\nb\rc', 'a\nb\nc'],
    ['\ufeffStart', 'Start'],
    ['tab\there\u00a0and\u202fthin', 'tab here and thin'],
    ['zero\u200bwidth', 'zerowidth'],
  ])('%j -> %j', (raw, text) => {
    expect(normalizeText(raw).text).toBe(text);
  });

  it('strips markup and decodes entities, with a warning', () => {
    const html =
      '<html><head><style>p{color:red}</style></head><body><p>Rates rose &amp; fell on Monday.</p>' +
      '<script>var x = "<p>no</p>";</script><p>He said &ldquo;wait&rdquo; &#8212; then left.</p></body></html>';
    const { text, warnings } = normalizeText(html);
    expect(text.split('\n').filter(Boolean)).toEqual([
      'Rates rose & fell on Monday.',
      'He said “wait” — then left.',
    ]);
    expect(warnings[0]).toMatch(/^HTML markup stripped/);
  });

  it('leaves prose that mentions "<" alone', () => {
    expect(normalizeText('Inflation < 2% is the target & rates > 4% hurt.')).toEqual({
      text: 'Inflation < 2% is the target & rates > 4% hurt.',
      warnings: [],
    });
  });
});

describe('ingestFile(file) on bad input', () => {
  it('reports an empty file', () => {
    for (const file of [
      { name: 'e.txt', text: '' },
      { name: 'e.txt', bytes: new Uint8Array() },
      { name: 'e.txt', text: '\n \n\t' },
    ]) {
      const [a, ...rest] = ingestFile(file);
      expect(rest).toEqual([]);
      expect(a!.text).toBe('');
      expect(a!.warnings).toContain('empty file: no text found');
    }
  });

  it('ingests a file with no dates normally', () => {
    const [a] = ingestFile({
      name: 'n.txt',
      text: 'Cats Are Popular\n\nMany people keep cats. They are quiet.',
    });
    expect(a!.text).toBe('Many people keep cats. They are quiet.');
    expect(a!.sentences).toHaveLength(2);
  });

  it('salvages text from binary input and says so', () => {
    const bytes = new Uint8Array(400);
    bytes.set(utf8('Officials met on Monday. They agreed on a plan.'), 150);
    bytes[20] = 0xff;
    const [a] = ingestFile({ name: 'b.bin', bytes });
    expect(a!.text).toContain('Officials met on Monday. They agreed on a plan.');
    expect(a!.warnings.some((w) => w.startsWith('binary content'))).toBe(true);
    expect(a!.warnings).toContain('invalid UTF-8 replaced at 1 place');
  });

  it('handles CRLF, tabs and non-breaking spaces like plain newlines and spaces', () => {
    const unix =
      'Storm Hits Coast\n\nThe storm hit the coast on Friday. Roads closed.\n\nPower returned on Sunday.';
    const windows = unix.replace(/\n/g, '\r\n').replace(/ on /g, '\u00a0on\t');
    expect(ingestFile({ name: 'w.txt', text: windows })[0]!.text).toBe(
      ingestFile({ name: 'u.txt', text: unix })[0]!.text,
    );
  });

  it('keeps offsets right with emoji', () => {
    const [a] = ingestFile({
      name: 'e.txt',
      text: 'Fans 🎉 Celebrate\n\nFans 🎉 cheered all night. The 🏆 stayed home.',
    });
    expect(a!.sentences.map((s) => a!.text.slice(s.start, s.end))).toEqual([
      'Fans 🎉 cheered all night.',
      'The 🏆 stayed home.',
    ]);
  });

  it('ingests an HTML page', () => {
    const html =
      '<html><body><h1>Bridge Reopens</h1><p>The bridge reopened on Monday after repairs.</p><p>Traffic was light.</p></body></html>';
    const [a] = ingestFile({ name: 'p.html', text: html });
    expect(a!.title).toBe('Bridge Reopens');
    expect(a!.text).toBe('The bridge reopened on Monday after repairs.\n\nTraffic was light.');
    expect(a!.warnings.some((w) => w.startsWith('HTML markup stripped'))).toBe(true);
  });

  it('survives unclosed comments and scripts in markup without losing the text after them', () => {
    const html =
      '<p>Rates rose on Monday.</p>' +
      '<script>x'.repeat(2000) +
      '<!-- open' +
      '<p>Markets closed higher.</p>';
    const { text } = normalizeText(html);
    expect(text).toContain('Rates rose on Monday.');
    expect(text).toContain('Markets closed higher.');
  });

  it('splits a long single-line file into its sentences', () => {
    const line = 'The committee met on Oct. 18 in the capital. Mr. Lee said “no.” '.repeat(20_000);
    const [a] = ingestFile({ name: 'long.txt', text: line });
    expect(a!.paragraphs).toHaveLength(1);
    expect(a!.sentences).toHaveLength(40_000);
  });
});

describe('ingestFile loses no text that does not read like prose', () => {
  it.each([
    [
      'a sentence ending in emoji',
      'Harbour Festival Opens\n\nThe harbour festival opened on Saturday. 🎉🎉',
      'The harbour festival opened on Saturday. 🎉🎉',
    ],
    [
      'an HTML page whose only paragraph ends in emoji',
      '<h1>Harbour Festival Opens</h1><p>Crowds came on Saturday 🎉</p>',
      'Crowds came on Saturday 🎉',
    ],
    [
      'notes without full stops',
      'Harbour Festival Opens\n\nCrowds came on Saturday despite the rain\n\nThe mayor spoke at noon',
      'Crowds came on Saturday despite the rain\n\nThe mayor spoke at noon',
    ],
  ])('%s', (_name, text, kept) => {
    const [article] = ingestFile({ name: 'page.txt', text });
    expect(article!.title).toBe('Harbour Festival Opens');
    expect(article!.text).toBe(kept);
    expect(article!.warnings).not.toContain('no article text found');
  });

  it('still warns when only furniture is left', () => {
    const [article] = ingestFile({ name: 'page.txt', text: 'Harbour Festival Opens\n\nTT\n\n20' });
    expect(article!.text).toBe('');
    expect(article!.warnings).toContain('no article text found');
  });
});
