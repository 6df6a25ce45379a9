import { describe, expect, it } from 'vitest';
import { roleOf, roomFromAddress, roomLink } from './links.ts';

describe('room links', () => {
  it('round-trips a room and its capability, the capability in the fragment', () => {
    const link = roomLink('http://192.168.1.5:4173', 'AbCdEfGhIjKlMnOpQrStUvWx', 'v1.AbCdEfGhIjKlMnOpQrStUvWx.edit.sig_-x');
    expect(new URL(link).search).toBe('?room=AbCdEfGhIjKlMnOpQrStUvWx');
    expect(roomFromAddress(link)).toEqual({ room: 'AbCdEfGhIjKlMnOpQrStUvWx', token: 'v1.AbCdEfGhIjKlMnOpQrStUvWx.edit.sig_-x' });
    expect(roleOf('v1.AbCdEfGhIjKlMnOpQrStUvWx.edit.sig')).toBe('edit');
  });

  it('is not a room link without ?room, and says what is wrong with a damaged one', () => {
    expect(roomFromAddress('http://x/')).toBeNull();
    expect(roomFromAddress('http://x/?room=<script>')).toMatch(/damaged/);
    expect(roomFromAddress('http://x/?room=AbCdEfGhIjKlMnOpQrStUvWx')).toEqual({ room: 'AbCdEfGhIjKlMnOpQrStUvWx', token: null });
  });
});
