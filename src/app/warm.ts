/**
 * Lays out one date field off screen and removes it. The first date field a page lays out costs
 * Chromium 50-80 ms (setting its type and its first layout; the next one about 1 ms): done while a
 * corpus downloads, it stays off the first drawing of the explorer, whose filters hold two.
 */
export function warmDateField(doc: Document = document): void {
  const input = doc.createElement('input');
  input.type = 'date';
  input.value = '2000-01-01';
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  input.style.cssText = 'position:absolute;left:-9999px;top:0';
  doc.body.append(input);
  void input.offsetWidth; // the layout itself
  input.remove();
}

/** Runs `work` when the page's thread is idle (after a task where there is no idle callback). */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1_000 });
  else setTimeout(work, 0);
}
