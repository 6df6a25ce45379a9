/**
 * Turning an other tool's file into text, with the same size limit as our own
 * maps, and cheap looks at its start for recognising a format from content.
 */
import { MAX_FILE_BYTES } from '../../model/load.ts';
import type { ImportProblem, InputFile } from '../types.ts';

export type TextResult = { ok: true; text: string } | { ok: false; problem: ImportProblem };

function decoderFor(bytes: Uint8Array): { decoder: InstanceType<typeof TextDecoder>; skip: number } {
  // Windows tools sometimes save UTF-16 with a byte order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { decoder: new TextDecoder('utf-16le'), skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { decoder: new TextDecoder('utf-16be'), skip: 2 };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { decoder: new TextDecoder('utf-8'), skip: 3 };
  return { decoder: new TextDecoder('utf-8'), skip: 0 };
}

/** The whole file as text, or a plain-words problem when it is too big. */
export function fileText(file: InputFile, tool: string): TextResult {
  if (file.bytes.length > MAX_FILE_BYTES) {
    const mb = (file.bytes.length / 1048576).toFixed(1);
    return {
      ok: false,
      problem: { where: file.name, message: `This looks like a ${tool} file, but it is ${mb} MB; System Canvas opens files of at most ${MAX_FILE_BYTES / 1048576} MB.` },
    };
  }
  const { decoder, skip } = decoderFor(file.bytes);
  let text = decoder.decode(file.bytes.subarray(skip));
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/** The first few thousand characters, for sniffing; never decodes a whole big file. */
export function headText(file: InputFile, chars = 4096): string {
  const { decoder, skip } = decoderFor(file.bytes);
  // Up to 4 bytes a character in UTF-8; a cut character at the end is harmless here.
  let text = decoder.decode(file.bytes.subarray(skip, skip + chars * 4));
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.slice(0, chars);
}

/** "Map.GraphML" -> "graphml"; "" when there is none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The file name without folder or extension, for a map title. */
export function baseName(name: string): string {
  const file = name.split(/[\\/]/).pop() ?? name;
  const dot = file.lastIndexOf('.');
  return (dot > 0 ? file.slice(0, dot) : file).trim();
}

/** A problem saying which tool the file seems to come from and what is wrong, in plain words. */
export function failure(format: import('../types.ts').FormatId, tool: string, where: string, message: string) {
  return { ok: false as const, format, problems: [{ where, message: `This looks like a ${tool} file, but ${message}` }] };
}

/** Text from an unknown value: strings as they are, numbers written out, anything else empty. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return '';
}

/** A finite number from a number or numeric text, else null. */
export function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}
