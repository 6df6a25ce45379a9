/**
 * With several processes, a facilitator's change is made by one of them; the
 * others hear about it here and re-read the room from the shared store.
 * (Hocuspocus's Redis extension carries document updates, awareness and
 * broadcasts; it has no hook for our control state.)
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { ControlChannel, ControlSignal } from './control.ts';
import type { Logger } from './log.ts';

const CHANNEL = 'system-canvas:control';

export async function redisControlChannel(url: string, onSignal: (signal: ControlSignal) => void, log: Logger): Promise<ControlChannel> {
  const me = randomUUID();
  const pub = new Redis(url);
  const sub = new Redis(url);
  await sub.subscribe(CHANNEL);
  sub.on('message', (_channel: string, text: string) => {
    try {
      const { from, signal } = JSON.parse(text) as { from: string; signal: ControlSignal };
      if (from !== me && typeof signal?.room === 'string') onSignal(signal);
    } catch {
      log.warn('control-signal-unreadable', { length: text.length });
    }
  });
  return {
    publish: (signal) => void pub.publish(CHANNEL, JSON.stringify({ from: me, signal })).catch((err: Error) => log.warn('redis-publish-failed', { error: err.message })),
    async close() {
      sub.disconnect();
      pub.disconnect();
    },
  };
}
