import { describe, expect, it } from 'vitest';
import { chainSentence, effectSentence, loopChain, nodeLabel } from './describe.ts';
import { tinyMap } from './fixtures.ts';

const doc = tinyMap([['a', 'b']]);
doc.nodes.a!.label = 'Food\nprices ';
doc.nodes.b!.label = '';

describe('plain words', () => {
  it('uses a tidy label, or the id when there is none', () => {
    expect(nodeLabel(doc, 'a')).toBe('Food prices');
    expect(nodeLabel(doc, 'b')).toBe('b');
    expect(nodeLabel(doc, 'gone')).toBe('gone');
  });

  it('reads a loop round to where it started', () => {
    expect(loopChain(doc, { nodeIds: ['a', 'b'] })).toBe('Food prices → b → Food prices');
  });

  it('says what the start does to the end', () => {
    expect(effectSentence(doc, 'a', 'b', '+')).toBe('more Food prices → more b');
    expect(effectSentence(doc, 'a', 'b', '-')).toBe('more Food prices → less b');
    expect(effectSentence(doc, 'a', 'b', '?')).toBe('more Food prices → b, in a direction nobody can say');
  });

  it('says it step by step, turning at each − link', () => {
    expect(chainSentence(doc, ['a', 'b', 'c', 'd'], ['-', '-', '?'])).toBe('more Food prices → less b → more c → d (direction unknown)');
  });
});
