import { describe, expect, it } from 'vitest';
import { hasProfile } from './profile.ts';
import { voiceOf, type Identity } from './room/identity.ts';

const me: Identity = { participant: 'abcdefgh1234', name: '', colour: '#1d4ed8', perspectiveId: null, anonymous: false };

describe('the profile stamped on what I add', () => {
  it('counts as given once a name, a perspective or anonymity is chosen', () => {
    expect(hasProfile(me)).toBe(false);
    expect(hasProfile({ ...me, name: '  ' })).toBe(false);
    expect(hasProfile({ ...me, name: 'Sam' })).toBe(true);
    expect(hasProfile({ ...me, perspectiveId: 'p_lived' })).toBe(true);
    expect(hasProfile({ ...me, anonymous: true })).toBe(true);
  });

  it('keeps the perspective and not the name when anonymous', () => {
    expect(voiceOf({ ...me, name: 'Sam', perspectiveId: 'p_lived', anonymous: true }, new Set(['p_lived']))).toEqual({ personId: 'abcdefgh1234', name: '', perspectiveId: 'p_lived' });
  });
});
