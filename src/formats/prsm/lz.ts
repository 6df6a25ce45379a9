/**
 * Unpacking lz-string's compressToUTF16, with a limit on the output.
 * lz-string's own decompressFromUTF16 has no limit, and a crafted blob of a
 * few megabytes can ask it for gigabytes (each dictionary entry may be one
 * longer than the last, so output grows with the square of the input) and
 * hang the tab. This decoder reads the same bit stream (15 bits per
 * character, offset 32) and stops once the text passes `maxChars`.
 * Tests check it against lz-string's own compressor.
 */
export class TooLarge extends Error {}

/** The decompressed text; null when the blob is not lz-string data; throws TooLarge past maxChars. */
export function decompressUTF16Bounded(compressed: string, maxChars: number): string | null {
  const length = compressed.length;
  if (length === 0) return null;
  const RESET = 16384;
  let val = compressed.charCodeAt(0) - 32;
  let position = RESET;
  let index = 1;
  const readBits = (n: number): number => {
    let bits = 0;
    for (let power = 1, i = 0; i < n; i++, power *= 2) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = RESET;
        val = index < length ? compressed.charCodeAt(index) - 32 : 0;
        index++;
      }
      if (bit) bits += power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const first = readBits(2);
  let c: string;
  if (first === 0) c = String.fromCharCode(readBits(8));
  else if (first === 1) c = String.fromCharCode(readBits(16));
  else if (first === 2) return '';
  else return null;
  dictionary[3] = c;
  let w = c;
  const out: string[] = [c];
  let total = 1;
  for (;;) {
    if (index > length + 1) return null; // ran off the end without the end marker: cut short
    let code = readBits(numBits);
    if (code === 0 || code === 1) {
      dictionary.push(String.fromCharCode(readBits(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      enlargeIn--;
    } else if (code === 2) {
      return out.join('');
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    if (code < dictionary.length && code > 2) entry = dictionary[code]!;
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else return null;
    total += entry.length;
    if (total > maxChars) throw new TooLarge();
    out.push(entry);
    dictionary.push(w + entry.charAt(0));
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
