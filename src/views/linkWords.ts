/**
 * A link in words, for people who cannot see the arrow: its direction of
 * influence and its strength, with the nodes' names rather than ids.
 */
import { strengthLevel, type Link, type MapDocument, type Polarity } from '../model/types.ts';

export const POLARITY_WORDS: Record<Polarity, string> = {
  '+': 'same direction',
  '-': 'opposite direction',
  '?': 'direction unknown',
};

/** "More “Stress” → less “Sleep”". */
export function influenceWords(from: string, to: string, polarity: Polarity): string {
  if (polarity === '+') return `More “${from}” → more “${to}”`;
  if (polarity === '-') return `More “${from}” → less “${to}”`;
  return `“${from}” → “${to}”, direction unknown`;
}

/** "Link: more “Stress” → less “Sleep”, strong". */
export function linkSentence(doc: MapDocument, link: Link): string {
  const from = doc.nodes[link.source]?.label ?? 'a deleted node';
  const to = doc.nodes[link.target]?.label ?? 'a deleted node';
  const words = influenceWords(from, to, link.polarity);
  return `Link: ${words.charAt(0).toLowerCase()}${words.slice(1)}, ${strengthLevel(link.strength)}${link.delay ? ', with a delay' : ''}`;
}
