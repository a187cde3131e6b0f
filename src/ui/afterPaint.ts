// Waiting for the browser to show what was just rendered. A save first shows its "saved"
// confirmation, then moves on: on a slow phone the next screen can take a while to render, and
// the user should not wait for it to learn that their words are safe.

/** Resolves just after the next frame is painted (effects scheduled now have run). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
