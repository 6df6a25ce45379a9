import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, type Migration } from './migrations.ts';
import { SCHEMA_VERSION } from './types.ts';

describe('migrate', () => {
  it('leaves a current document alone', () => {
    const raw = { schemaVersion: SCHEMA_VERSION, id: 'm' };
    expect(migrate(raw)).toEqual({ ok: true, doc: raw, from: SCHEMA_VERSION });
  });

  it('runs each step in order and stamps the new version after each', () => {
    const seen: unknown[] = [];
    const steps: Record<number, Migration> = {
      1: (doc) => {
        seen.push(doc.schemaVersion);
        return { ...doc, title: doc.name, name: undefined };
      },
      2: (doc) => {
        seen.push(doc.schemaVersion);
        return { ...doc, title: `${String(doc.title)}!` };
      },
    };
    const result = migrate({ schemaVersion: 1, name: 'Old' }, steps, 3);
    expect(seen).toEqual([1, 2]);
    expect(result).toEqual({ ok: true, doc: { schemaVersion: 3, title: 'Old!', name: undefined }, from: 1 });
  });

  it('sets schemaVersion even if a step forgets to', () => {
    const result = migrate({ schemaVersion: 1 }, { 1: (doc) => ({ ...doc, schemaVersion: 1 }) }, 2);
    expect(result.ok && result.doc.schemaVersion).toBe(2);
  });

  it('does not change the input document', () => {
    const raw = { schemaVersion: 1, a: 1 };
    migrate(raw, { 1: (doc) => ({ ...doc, a: 2 }) }, 2);
    expect(raw).toEqual({ schemaVersion: 1, a: 1 });
  });

  it('reports a missing step', () => {
    const result = migrate({ schemaVersion: 1 }, { 1: (doc) => doc }, 3);
    expect(result).toEqual({ ok: false, message: 'no migration from schemaVersion 2 to 3' });
  });

  it('refuses a document from a newer version and says to update', () => {
    const result = migrate({ schemaVersion: 3 }, {}, 2);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/newer System Canvas \(schemaVersion 3; this version reads up to 2\)\. Update System Canvas/);
  });

  it.each([0, -1, 1.5, '1', null, undefined])('refuses schemaVersion %j', (version) => {
    const result = migrate({ schemaVersion: version }, {}, 2);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^schemaVersion must be a whole number from 1 to 2/);
  });

  it('has a step for every version before the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `step ${v} → ${v + 1}`).toBeTypeOf('function');
  });
});
