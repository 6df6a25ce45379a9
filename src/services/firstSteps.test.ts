import { describe, expect, it } from 'vitest';
import { addCause, addFocalOutcome } from './firstSteps.ts';
import { createSession } from './session.ts';

describe('first steps', () => {
  it('make the first outcome focal and the title, as one undo step', () => {
    const s = createSession();
    const outcome = addFocalOutcome(s, 'Healthy weight', { x: 0, y: 0 });
    const { doc, history } = s.map.getState();
    expect(doc.meta.focalNodeId).toBe(outcome.id);
    expect(doc.meta.title).toBe('Healthy weight');
    expect(history.past.map((h) => h.name)).toEqual(['Add focal outcome']);
    s.map.getState().undo();
    expect(Object.keys(s.map.getState().doc.nodes)).toHaveLength(0);
  });
  it('add causes linked to the outcome, spread around it', () => {
    const s = createSession();
    const outcome = addFocalOutcome(s, 'Healthy weight', { x: 0, y: 0 });
    const a = addCause(s, 'Food prices')!;
    const b = addCause(s, 'Older residents', 'actor')!;
    const { doc } = s.map.getState();
    expect(Object.values(doc.links).map((l) => [l.source, l.target])).toEqual([
      [a.id, outcome.id],
      [b.id, outcome.id],
    ]);
    expect(a.position.y).not.toBe(b.position.y);
    expect(b.actorType).toBe('group');
  });
  it('needs a focal outcome before causes', () => {
    expect(addCause(createSession(), 'Stress')).toBeNull();
  });
});
