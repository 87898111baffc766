import { describe, expect, it } from 'vitest';
import { creditStart, foldKey, isBareUiLabel, toLines } from '../../../src/core/ingest/lines';

describe('creditStart(line)', () => {
  it.each([
    ['Leaders meet in Moscow, June 5, 2019. (Reuters)', '(Reuters)'],
    ['The mayor at the pier on Monday. (AP Photo/Jane Roe)', '(AP Photo/Jane Roe)'],
    [
      'Mr. Lee in Seoul last week. Credit…Jane Roe/EPA, via Shutterstock',
      'Credit…Jane Roe/EPA, via Shutterstock',
    ],
    ['Since then the two have met often.Credit…Ann Poe/Sputnik', 'Credit…Ann Poe/Sputnik'],
    ['Dry fields near the town in August. Photo: Jane Doe/Valley Press', 'Photo: Jane Doe/Valley Press'],
    [
      'FILE PHOTO: Two leaders speak in Samarkand, 2022. Sputnik/Sergey Roe/Pool via REUTERS',
      'Sputnik/Sergey Roe/Pool via REUTERS',
    ],
    [
      'Rescuers search the rubble on Tuesday. Photograph: Ann Lee/Getty Images',
      'Photograph: Ann Lee/Getty Images',
    ],
    ['Crowds gather in the square. Image: Reuters', 'Image: Reuters'],
  ])('%j -> %j', (line, credit) => {
    const at = creditStart(line);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(line.slice(at)).toBe(credit);
  });

  it.each([
    'The court (ICC) issued a warrant in March.',
    'Prices rose sharply in 2023 (the highest since 1990).',
    'Talks between the two sides resumed on Monday.',
    'He said the source of the leak was unknown.',
    'Results (2023)',
  ])('%j has no credit', (line) => {
    expect(creditStart(line)).toBe(-1);
  });
});

describe('foldKey(text)', () => {
  it.each([
    ['‘A Chip’ – What Remains?', "'a chip' - what remains", 'a chip what remains'],
    ['Putin’s  Visit\u00a0', "Putin's visit", 'putin s visit'],
    ['ÉTÉ in Zürich', 'été IN ZÜRICH', 'été in zürich'],
  ])('%j and %j fold to %j', (a, b, key) => {
    expect(foldKey(a)).toBe(key);
    expect(foldKey(b)).toBe(key);
  });
});

describe('isBareUiLabel(line)', () => {
  const line = (t: string) => toLines(t)[0]!;
  it.each(['Related articles', 'Back to top button', 'Comments 12', 'SHARE', 'Skip links', 'More stories'])(
    '%j is a label',
    (t) => expect(isBareUiLabel(line(t))).toBe(true),
  );
  it.each(['More Troops Arrive', 'Related Fighting Continues', 'Share Prices Fall', 'Top Court Rules'])(
    '%j is not',
    (t) => expect(isBareUiLabel(line(t))).toBe(false),
  );
});
