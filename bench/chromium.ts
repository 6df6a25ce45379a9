/** The Chromium the browser tests use ($CHROMIUM_PATH, then Debian's), shared so both agree. */
// @ts-expect-error -- tests/e2e/chromium.mjs is plain JavaScript without type declarations.
import { findChromium as find } from '../tests/e2e/chromium.mjs';

export const findChromium: () => string = find;
