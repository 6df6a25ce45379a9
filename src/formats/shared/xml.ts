/**
 * Reading other tools' XML safely. fast-xml-parser is loaded only when an XML
 * file is opened. Entities declared inside a file are never expanded (that is
 * how "billion laughs" files blow up memory): processEntities is off, and we
 * decode only XML's five built-in entities and numeric character references.
 */
import type { X2jOptions } from 'fast-xml-parser';

export type XmlObject = Record<string, unknown>;

const BUILT_IN: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** &amp; &#233; &#x1F600; decoded; other (file-declared) entities left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return BUILT_IN[name] ?? whole;
  });
}

export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped rather than written broken.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

export type XmlResult = { ok: true; root: XmlObject; declaresEntities: boolean } | { ok: false; where: string; message: string };

/** Deepest element nesting accepted: far more than GraphML or GEXF need, far less than would exhaust the stack. */
export const MAX_XML_DEPTH = 200;

/**
 * Parses XML into plain objects: attributes without prefix, namespace prefixes
 * removed (y:ShapeNode -> ShapeNode, viz:color -> color), elements named in
 * `arrays` always lists. Syntax errors come back with line and column.
 */
export async function parseXml(text: string, arrays: ReadonlySet<string>): Promise<XmlResult> {
  const { XMLParser, XMLValidator } = await import('fast-xml-parser');
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    const e = valid.err;
    return { ok: false, where: `line ${e.line}, column ${e.col}`, message: `it is not well-formed XML (${e.msg})` };
  }
  const options: Partial<X2jOptions> = {
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    processEntities: false,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    maxNestedTags: MAX_XML_DEPTH,
    // Attributes never become lists, even when named like an element ("key" is both in GraphML).
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && arrays.has(name),
    tagValueProcessor: (_name, value) => decodeEntities(value),
    attributeValueProcessor: (_name, value) => decodeEntities(value),
  };
  try {
    const root = new XMLParser(options).parse(text) as XmlObject;
    return { ok: true, root, declaresEntities: /<!ENTITY/i.test(text.slice(0, 65536)) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/nested/i.test(message)) return { ok: false, where: '', message: `its elements are nested more than ${MAX_XML_DEPTH} deep` };
    return { ok: false, where: '', message: `it could not be read as XML (${message})` };
  }
}

/** A child that may be missing, one object or a list, always as a list of objects. */
export function list(value: unknown): XmlObject[] {
  if (value == null) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.filter((v): v is XmlObject => typeof v === 'object' && v !== null);
}

export function child(value: unknown, name: string): XmlObject | null {
  if (typeof value !== 'object' || value === null) return null;
  return list((value as XmlObject)[name])[0] ?? null;
}

/** The text inside an element, whether the parser gave a string or an object with #text. */
export function textContent(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(textContent).join(' ');
  if (typeof value === 'object' && value !== null) {
    const t = (value as XmlObject)['#text'];
    return typeof t === 'string' || typeof t === 'number' ? String(t) : '';
  }
  return '';
}

/** Looks for an XML root element by name near the start, skipping the declaration, comments and DOCTYPE. */
export function xmlRootIs(head: string, name: string): boolean {
  const stripped = head.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<!DOCTYPE[^>]*(\[[\s\S]*?\])?\s*>/i, '');
  const m = /^\s*<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(stripped);
  return !!m && m[2]!.toLowerCase() === name;
}
