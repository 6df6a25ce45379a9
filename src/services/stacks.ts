/**
 * What the stack view does to a session: open or create a stack, add maps,
 * connect them, save the stack as one file and open one, and keep it saved
 * in the browser (autosave, like maps).
 */
import { newId } from '../model/ids.ts';
import { formatProblems } from '../model/load.ts';
import { createMap } from '../model/operations.ts';
import { parseStackFileText, serialiseStackFile } from '../model/stack/load.ts';
import { addMapToStack, createStack, referencesTo } from '../model/stack/operations.ts';
import { remapStack } from '../model/stack/remap.ts';
import type { StackDocument } from '../model/stack/types.ts';
import { SYSTEM_SCALES, type Id, type MapDocument, type SystemScale } from '../model/types.ts';
import { downloadBlob } from './fileIO.ts';
import { openFromLibrary, refreshLibrary } from './maps.ts';
import { notify, reportError, type Session } from './session.ts';

const library = (s: Session) => s.library.getState().library;

/** The stack's maps as they are now: the open map from the store, the rest from the library. */
export async function readStackMaps(s: Session, stack: StackDocument): Promise<Record<Id, MapDocument>> {
  const out: Record<Id, MapDocument> = {};
  const open = s.map.getState().doc;
  // A map moved to Recently deleted is missing from the stack until it is restored.
  const deleted = new Set((await library(s).list().catch(() => [])).filter((e) => e.deletedAt).map((e) => e.id));
  for (const id of Object.keys(stack.maps)) {
    if (deleted.has(id)) continue;
    if (open.id === id) out[id] = open;
    else {
      const loaded = await library(s).load(id).catch(() => null);
      if (loaded?.ok) out[id] = loaded.doc;
    }
  }
  return out;
}

async function show(s: Session, stack: StackDocument) {
  s.stack.getState().open(stack, await readStackMaps(s, stack));
  await library(s).saveStack(stack).catch(() => undefined);
}

/** Opens the last stack, or starts one holding the open map. */
export async function openStackView(s: Session) {
  const current = s.stack.getState().stack;
  if (current) {
    s.stack.getState().setMaps(await readStackMaps(s, current));
    return;
  }
  const [last] = await library(s).listStacks().catch(() => []);
  const loaded = last ? await library(s).loadStack(last.id) : null;
  if (loaded?.ok) return show(s, loaded.stack);
  if (last && loaded && !loaded.ok) reportError(s, `The last stack could not be read; a new one is started.\n${formatProblems(loaded.problems)}`);
  await show(s, addMapToStack(s.map.getState().doc).apply(createStack()));
}

export async function newStack(s: Session) {
  await show(s, createStack());
}

/** Creates a new, empty map at a scale and adds it to the stack. */
export async function createMapInStack(s: Session, title: string, scale: SystemScale) {
  const doc = createMap({ title, scale });
  await library(s).save(doc);
  s.stack.getState().dispatch(addMapToStack(doc));
  s.stack.getState().setMaps({ ...s.stack.getState().maps, [doc.id]: doc });
  await refreshLibrary(s);
}

export async function addLibraryMap(s: Session, id: Id) {
  const open = s.map.getState().doc;
  const loaded = open.id === id ? { ok: true as const, doc: open } : await library(s).load(id);
  if (!loaded?.ok) return reportError(s, 'That map could not be read from the library.');
  s.stack.getState().dispatch(addMapToStack(loaded.doc));
  s.stack.getState().setMaps({ ...s.stack.getState().maps, [id]: loaded.doc });
}

export async function openMapFromStack(s: Session, id: Id) {
  if (s.map.getState().doc.id === id) return;
  await openFromLibrary(s, id);
}

/** Stores a stack file's (or example's) maps in the library, with fresh ids where they would overwrite maps already there. */
async function adopt(s: Session, stack: StackDocument, maps: Record<Id, MapDocument>) {
  const taken = new Set((await library(s).list()).map((e) => e.id));
  const clash = Object.keys(stack.maps).some((id) => taken.has(id)) || taken.has(stack.id);
  const fresh = clash ? remapStack(stack, maps, () => newId('map')) : { stack, maps };
  // Stamped now, as an example map is: the copy just made is the stack last worked on, which start-up looks for first.
  const next = { ...fresh.stack, ...(clash ? { id: newId('stack') } : {}), updatedAt: new Date().toISOString() };
  for (const doc of Object.values(fresh.maps)) await library(s).save(doc);
  await show(s, next);
  await refreshLibrary(s);
}

export async function openStackText(s: Session, name: string, text: string) {
  const result = parseStackFileText(text);
  if (!result.ok) return reportError(s, `Could not open ${name}. Your open stack has not changed.\n${formatProblems(result.problems)}`);
  await adopt(s, result.stack, result.maps);
  const note = result.warnings.length ? `\n${result.warnings.length} problem${result.warnings.length === 1 ? '' : 's'}, the rest kept:\n${formatProblems(result.warnings)}` : '';
  notify(s, `Opened the stack ${result.stack.title}.${note}`);
}

export async function openStackExample(s: Session, file: string) {
  const loaders = import.meta.glob<string>('../../examples/stacks/*.json', { query: '?raw', import: 'default' });
  const load = loaders[`../../examples/stacks/${file}`];
  if (!load) return reportError(s, `No example stack called ${file}.`);
  await openStackText(s, file, await load());
}

export async function saveStackFile(s: Session) {
  const stack = s.stack.getState().stack;
  if (!stack) return;
  const maps = await readStackMaps(s, stack);
  const slug = stack.title.toLowerCase().replace(/[^\p{Letter}\p{Number}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'stack';
  downloadBlob(new Blob([serialiseStackFile(stack, maps)], { type: 'application/json' }), `${slug}.stack.json`);
}

/** Autosave for the stack: every change reaches the library within a second. */
export function startStackAutosave(s: Session): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return s.stack.subscribe((state, prev) => {
    if (!state.stack || state.stack === prev.stack) return;
    const stack = state.stack;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      library(s)
        .saveStack(stack)
        .catch((err: unknown) => s.saveStatus.getState().set('failed', err instanceof Error ? err.message : String(err)));
    }, 300);
  });
}

/**
 * Keeps the stack store on a stack that holds the open map, so the canvas can
 * show the map's same-as, promised and learning marks without the stack view
 * being opened. The stack open now stays when it holds the map (or when no
 * stack does); otherwise the most recently changed stack that holds it opens.
 * At start-up only the last stack worked on is considered, so the stack view
 * comes back as it was left.
 */
export function startStackFollowsMap(s: Session): () => void {
  let last = '';
  let first = true;
  const check = async () => {
    const id = s.map.getState().doc.id;
    if (id === last || !s.library.getState().ready) return;
    last = id;
    const current = s.stack.getState().stack;
    if (current?.maps[id]) {
      s.stack.getState().setMaps(await readStackMaps(s, current));
      return;
    }
    const stacks = await library(s).listStacks().catch(() => []);
    for (const entry of first ? stacks.slice(0, 1) : stacks) {
      const loaded = await library(s).loadStack(entry.id).catch(() => null);
      if (!loaded?.ok || !loaded.stack.maps[id]) continue;
      const maps = await readStackMaps(s, loaded.stack);
      // The user may have opened another map meanwhile.
      if (s.map.getState().doc.id === id) s.stack.getState().open(loaded.stack, maps);
      return;
    }
  };
  const offLibrary = s.library.subscribe((state, prev) => {
    if (state.ready && !prev.ready) void check().finally(() => (first = false));
  });
  const offMap = s.map.subscribe(() => {
    if (!first) void check();
  });
  return () => {
    offLibrary();
    offMap();
  };
}

/** Opens a map of the stack with one of its nodes selected and in view: where a "same as" badge jumps to. */
export async function openNodeInStack(s: Session, mapId: Id, nodeId: Id, label: string) {
  if (s.map.getState().doc.id !== mapId) await openFromLibrary(s, mapId);
  const doc = s.map.getState().doc;
  if (doc.id !== mapId) return;
  if (!doc.nodes[nodeId]) return reportError(s, `“${label}” is no longer in ${doc.meta.title}.`);
  s.map.getState().select({ nodeIds: [nodeId], linkIds: [] });
  s.view.getState().focusOn([nodeId]);
  notify(s, `Opened ${doc.meta.title} at “${doc.nodes[nodeId].label}”.`);
}

/** The stacks that hold a map, with what in each still points at it: asked before the map is deleted. */
export async function stacksHolding(s: Session, mapId: Id): Promise<{ title: string; references: string[] }[]> {
  const out: { title: string; references: string[] }[] = [];
  const open = s.stack.getState().stack;
  for (const entry of await library(s).listStacks().catch(() => [])) {
    const loaded = open?.id === entry.id ? { ok: true as const, stack: open } : await library(s).loadStack(entry.id).catch(() => null);
    if (!loaded?.ok || !loaded.stack.maps[mapId]) continue;
    out.push({ title: loaded.stack.title, references: referencesTo(loaded.stack, mapId) });
  }
  return out;
}

/** From the examples menu: the example stack into the library, and its largest-scale map on the canvas. */
export async function openStackExampleOnCanvas(s: Session, file: string) {
  await openStackExample(s, file);
  const stack = s.stack.getState().stack;
  if (!stack) return;
  const top = Object.values(stack.maps).sort((a, b) => SYSTEM_SCALES.indexOf(b.scale) - SYSTEM_SCALES.indexOf(a.scale))[0];
  if (top) await openMapFromStack(s, top.mapId);
}
