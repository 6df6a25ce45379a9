/**
 * Which loops get a marker: every named loop (numbered R1, B2 as the analysis
 * panel numbers them) and the loop a highlight lens shows, if it is one. The
 * canvas and the exports ask this one function.
 */
import { KIND_LETTER, loopFromLinks, numberedLoops, type NumberedLoop } from '../analysis/index.ts';
import type { MapDocument } from '../model/types.ts';

type ShownLens = { kind: string; linkIds?: readonly string[] };

export function markedLoops(doc: MapDocument, lens: ShownLens = { kind: 'none' }): NumberedLoop[] {
  const named = numberedLoops(doc);
  if (lens.kind !== 'highlight' || !lens.linkIds) return named;
  const shown = loopFromLinks(doc, lens.linkIds);
  if (!shown) return named;
  const i = named.findIndex((l) => l.key === shown.key);
  // The loop shown goes first, so it gets the best spot; an unnamed one is marked by its kind alone.
  if (i >= 0) return [named[i]!, ...named.slice(0, i), ...named.slice(i + 1)];
  return [{ ...shown, tag: KIND_LETTER[shown.kind], name: '' }, ...named];
}
