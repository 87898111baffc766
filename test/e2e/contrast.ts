import type { Locator } from 'playwright-core';

/** WCAG 2 relative luminance of an opaque computed colour ("rgb(118, 127, 140)"). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const s = Number(v) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two opaque computed colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/**
 * A control's edge as the page's CSS computes it: its left border (colour, width, style) and the
 * first opaque background around it, the colour the edge must stand out from.
 */
export function cssEdge(control: Locator) {
  return control.evaluate((el) => {
    const clear = (c: string) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
    let around = 'rgba(0, 0, 0, 0)';
    for (let n = el.parentElement; n && clear(around); n = n.parentElement)
      around = getComputedStyle(n).backgroundColor;
    const style = getComputedStyle(el);
    return {
      color: style.borderLeftColor,
      width: parseFloat(style.borderLeftWidth),
      style: style.borderLeftStyle,
      appearance: style.appearance,
      around,
    };
  });
}

/**
 * The colour the browser paints at the middle of a control's left edge, for a control it draws
 * itself (a native checkbox has no CSS border): read from a screenshot of the control, decoded on
 * a canvas in the page.
 */
export async function paintedEdge(control: Locator): Promise<string> {
  const png = (await control.screenshot()).toString('base64');
  return control.page().evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const [r, g, b] = ctx.getImageData(0, Math.floor(img.height / 2), 1, 1).data;
    return `rgb(${r}, ${g}, ${b})`;
  }, png);
}
