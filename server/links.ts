/** The addresses to give people on the local network, printed by `npm start`. */
import { networkInterfaces } from 'node:os';

export function shareLinks(host: string, port: number): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [`http://${host}:${port}`];
  const links = [`http://localhost:${port}`];
  for (const addrs of Object.values(networkInterfaces())) {
    for (const a of addrs ?? []) if (a.family === 'IPv4' && !a.internal) links.push(`http://${a.address}:${port}`);
  }
  return links;
}
