/**
 * Keeps the canvas's link routes (linkRoutes.ts) in step with React Flow's
 * nodes: whenever the nodes settle (not during a drag), their boxes go to the
 * routing worker. Edges read their route with useLinkRoute.
 */
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { Box } from '../../draw/geometry.ts';
import { NODE_SIZE } from '../../draw/nodeSize.ts';
import type { Id, Link } from '../../model/types.ts';
import { LinkRoutes, type RouteWorker } from './linkRoutes.ts';
import { nodeGeometry } from '../nodeGeometry.ts';

const Context = createContext<LinkRoutes | null>(null);

const startWorker = () => new Worker(new URL('./routes.worker.ts', import.meta.url), { type: 'module', name: 'routes' }) as RouteWorker;
/** Wait this long after the last change before routing again, so a run of changes routes once. */
const SETTLE_MS = 60;
/**
 * On a big map, nodes are drawn (and measured) as they come into view: while
 * the view pans, changes keep coming, and each routing of thousands of links
 * costs the page a copy of every box and link. Wait for the view to rest.
 */
const BIG_SETTLE_MS = 400;
const BIG_MAP_LINKS = 1000;

function boxesOf(state: ReactFlowState): Map<string, Box> | null {
  const out = new Map<string, Box>();
  for (const n of state.nodeLookup.values()) {
    if (n.dragging) return null;
    const p = n.internals.positionAbsolute;
    out.set(n.id, { x: p.x, y: p.y, width: n.measured.width ?? NODE_SIZE.width, height: n.measured.height ?? NODE_SIZE.height });
  }
  return out;
}

/** The canvas's routes, made once and closed with it. */
export function useCanvasRoutes(): LinkRoutes {
  const routes = useMemo(() => new LinkRoutes(startWorker), []);
  useEffect(() => () => routes.dispose(), [routes]);
  return routes;
}

type RoutedEnds = { id: Id; source: Id; target: Id }[];

/** The links' ends, the same list as `previous` while no link came, went or changed an end (a re-weighed link routes nothing). */
function endsOf(links: Record<Id, Link>, previous: RoutedEnds | null): RoutedEnds {
  const list = Object.values(links).map((l) => ({ id: l.id, source: l.source, target: l.target }));
  const same = previous && previous.length === list.length && list.every((l, i) => l.id === previous[i]!.id && l.source === previous[i]!.source && l.target === previous[i]!.target);
  return same ? previous : list;
}

export function LinkRoutesProvider({ routes, links, children }: { routes: LinkRoutes; links: Record<Id, Link>; children: ReactNode }) {
  const store = useStoreApi();
  const ends = useRef<RoutedEnds | null>(null);
  const list = useMemo(() => (ends.current = endsOf(links, ends.current)), [links]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    // Routes depend on where the boxes are: an edit that moves nothing (a rename) routes nothing.
    const geometry = nodeGeometry();
    let routed: number | null = null;
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        // A drag still going on routes when it ends (its last change schedules again).
        const state = store.getState();
        const boxes = boxesOf(state);
        if (!boxes || geometry(state) === routed) return;
        routed = geometry(state);
        routes.update(boxes, list);
      }, list.length > BIG_MAP_LINKS ? BIG_SETTLE_MS : SETTLE_MS);
    };
    const unsubscribe = store.subscribe((s, prev) => {
      // While held (a layout landing batch by batch) the routes wait for the release.
      if (s.nodes !== prev.nodes && !routes.isHeld) schedule();
    });
    const unsubscribeRelease = routes.onRelease(schedule);
    schedule();
    return () => {
      unsubscribe();
      unsubscribeRelease();
      if (timer) clearTimeout(timer);
    };
  }, [store, routes, list]);
  return <Context.Provider value={routes}>{children}</Context.Provider>;
}

/** The routes, re-rendering the caller whenever the worker's answer has been published in full (for drawing every link at once). */
export function useLinkRoutes(): LinkRoutes | null {
  const routes = useContext(Context);
  useSyncExternalStore(routes?.subscribe ?? noSubscribe, routes?.getVersion ?? zero);
  return routes;
}

/** The routes, re-rendering the caller only when this link's route changes (one link on the canvas). */
export function useRouteOfLink(id: string): LinkRoutes | null {
  const routes = useContext(Context);
  const snapshot = useCallback(() => routes?.routeSnapshot(id), [routes, id]);
  useSyncExternalStore(routes?.subscribe ?? noSubscribe, snapshot);
  return routes;
}

/** Whether a layout is moving the nodes (the routes are held), re-rendering the caller when that changes. */
export function useRoutesHeld(): boolean {
  const routes = useContext(Context);
  return useSyncExternalStore(routes?.subscribe ?? noSubscribe, () => routes?.isHeld ?? false);
}

const noSubscribe = () => () => {};
const zero = () => 0;
