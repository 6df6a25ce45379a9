/**
 * Words for screen readers: one polite live region (rendered by
 * app/Announcer.tsx) that says what just happened where the eye would see
 * it but the ear would not: "Undid: Add factor", "Now on “Stress”".
 */
export const ANNOUNCER_ID = 'announcer';

export function announce(text: string) {
  const el = typeof document === 'undefined' ? null : document.getElementById(ANNOUNCER_ID);
  if (!el) return;
  // Emptied first, then filled on the next frame: the same words twice in a row are read twice.
  el.textContent = '';
  requestAnimationFrame(() => {
    el.textContent = text;
  });
}
