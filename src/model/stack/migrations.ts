/**
 * Versioned loading for stack documents, as for maps (src/model/migrations.ts):
 * STACK_MIGRATIONS[n] upgrades version n to n + 1. Version 1 is the first, so
 * there are no steps yet; the scaffold is here so the first change to the
 * format is one entry and one test.
 */
import { migrate, type Migration, type MigrationResult } from '../migrations.ts';
import { STACK_SCHEMA_VERSION } from './types.ts';

export const STACK_MIGRATIONS: Record<number, Migration> = {};

export function migrateStack(raw: Record<string, unknown>, migrations: Record<number, Migration> = STACK_MIGRATIONS, target: number = STACK_SCHEMA_VERSION): MigrationResult {
  const result = migrate(raw, migrations, target);
  // migrate() speaks of maps; a stack's messages say stack.
  if (!result.ok) return { ...result, message: result.message.replace('this map was saved', 'this stack was saved').replace(' to open it', ' to open it') };
  return result;
}
