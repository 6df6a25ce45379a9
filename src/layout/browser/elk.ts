/**
 * ELK for the browser: elk-api plus ELK's own worker script, both fetched
 * only when elk-layered is first chosen, so elkjs never weighs on the first load.
 */
import type { ELK } from 'elkjs/lib/elk-api.js';
import type { ElkFactory } from '../types.ts';

/** One ELK (and so one ELK worker) per layout worker, ended along with it. */
let instance: Promise<ELK> | null = null;

export const browserElk: ElkFactory = () => {
  instance ??= Promise.all([import('elkjs/lib/elk-api.js'), import('elkjs/lib/elk-worker.min.js?url')]).then(
    ([{ default: ElkConstructor }, { default: workerUrl }]) => new ElkConstructor({ workerUrl }),
  );
  return instance;
};
