/**
 * Bytes of a map file to text, exactly as the browser's File.text() does it
 * when the app opens a file, so that the app and `system-canvas validate`
 * agree on every file: a byte-order mark chooses UTF-8, UTF-16LE or UTF-16BE
 * (and is dropped); without one the bytes are UTF-8, and bytes that are not
 * UTF-8 become U+FFFD (the JSON check then names where). A UTF-16 file
 * without a byte-order mark is therefore read as UTF-8 and refused as not JSON.
 */
export function decodeMapBytes(bytes: Uint8Array): string {
  const [a, b] = bytes;
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
