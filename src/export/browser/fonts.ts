/**
 * DejaVu Sans for the browser, fetched only when the first PDF is made:
 * Vite turns the imports into asset URLs, so the 1.4 MB of font stays out
 * of the app's bundle and is cached by the browser after the first export.
 */
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { FontSet } from '../pdf/fonts.ts';

let loading: Promise<FontSet> | null = null;

async function fetchBase64(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the PDF font (${response.status} ${response.statusText}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // btoa takes a binary string; build it in slices so no call gets a huge argument list.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function loadBrowserFonts(): Promise<FontSet> {
  loading ??= Promise.all([fetchBase64(regularUrl), fetchBase64(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  // A failed fetch (offline) is not remembered, so the next export tries again.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
