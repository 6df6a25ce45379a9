/**
 * Themes from what the other tool grouped nodes by: a named group where the
 * file has one (its colour from the group's nodes), otherwise the node colours
 * themselves when there are a few distinct ones (Gephi colours by community).
 */
import type { DraftTheme } from './build.ts';

export interface ThemeHint {
  themeName?: string | null;
  colour?: string | null;
}

/** The most distinct colours that still read as themes rather than decoration. */
const MAX_COLOUR_THEMES = 12;

/** Returns the themes and, per node (same order), its theme key or null. */
export function themesFromHints(hints: ThemeHint[]): { themes: DraftTheme[]; keys: (string | null)[] } {
  const named = hints.some((h) => h.themeName);
  const themes = new Map<string, DraftTheme>();
  if (named) {
    const keys = hints.map((h) => {
      const name = h.themeName?.trim();
      if (!name) return null;
      const theme = themes.get(name);
      if (!theme) themes.set(name, { key: name, name, colour: h.colour ?? null });
      else if (!theme.colour && h.colour) theme.colour = h.colour;
      return name;
    });
    return { themes: [...themes.values()], keys };
  }
  const colours = new Set(hints.map((h) => h.colour).filter((c): c is string => !!c));
  if (colours.size < 2 || colours.size > MAX_COLOUR_THEMES) return { themes: [], keys: hints.map(() => null) };
  let n = 0;
  const keys = hints.map((h) => {
    if (!h.colour) return null;
    if (!themes.has(h.colour)) themes.set(h.colour, { key: h.colour, name: `Colour ${++n} (${h.colour})`, colour: h.colour });
    return h.colour;
  });
  return { themes: [...themes.values()], keys };
}
