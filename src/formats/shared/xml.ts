/**
 * Reading other tools' XML safely and fast. saxes (a strict, streaming XML
 * parser) is loaded only when an XML file is opened; it never expands entities
 * a file declares itself (that is how "billion laughs" files blow up memory),
 * and we refuse such files outright. We build plain objects shaped like the
 * usual XML-to-JSON: attributes as keys, children by name, text as "#text"
 * (or the element's value when it has nothing else). fast-xml-parser was
 * measured first: 1.2 to 2 s for a 2,000-node GraphML in Node, against about
 * 0.3 s here, so it could not meet the import target.
 */

export type XmlObject = Record<string, unknown>;

export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped rather than written broken.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

export type XmlResult = { ok: true; root: XmlObject } | { ok: false; where: string; message: string };

/** Deepest element nesting accepted: far more than GraphML or GEXF need, far less than would exhaust memory. */
export const MAX_XML_DEPTH = 200;

const HTML_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', bull: '•',
  pound: '£', euro: '€', copy: '©', eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß',
};

/** "y:ShapeNode" -> "ShapeNode": namespace prefixes dropped, as the formats' readers expect. */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

class Stop extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(message);
  }
}

interface Frame {
  name: string;
  obj: XmlObject;
  text: string[];
}

/**
 * Parses XML into plain objects: namespace prefixes removed (y:ShapeNode ->
 * ShapeNode, viz:color -> color), xmlns attributes dropped, elements named in
 * `arrays` always lists. Errors come back with line and column.
 */
export async function parseXml(text: string, arrays: ReadonlySet<string>): Promise<XmlResult> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ position: true });
  // HTML names some tools write without declaring them; fixed text, never expanded further.
  Object.assign(parser.ENTITIES, HTML_ENTITIES);
  const where = () => `line ${parser.line}, column ${parser.column}`;
  const top: Frame = { name: '', obj: {}, text: [] };
  const stack: Frame[] = [top];
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) throw new Stop(where(), 'it declares its own XML entities, which System Canvas does not expand (they can make a small file fill the memory).');
  });
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_XML_DEPTH) throw new Stop(where(), `its elements are nested more than ${MAX_XML_DEPTH} deep.`);
    const obj: XmlObject = {};
    const attributes = tag.attributes as Record<string, string>;
    for (const key in attributes) {
      // __proto__ would change the object's prototype rather than hold data.
      if (key === '__proto__' || key === 'xmlns' || key.startsWith('xmlns:')) continue;
      obj[local(key)] = attributes[key];
    }
    const name = local(tag.name);
    stack.push({ name: name === '__proto__' ? '_proto_' : name, obj, text: [] });
  });
  const addText = (t: string) => {
    const frame = stack[stack.length - 1]!;
    if (frame !== top) frame.text.push(t);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const frame = stack.pop()!;
    const parent = stack[stack.length - 1]!.obj;
    const text = frame.text.join('').trim();
    let value: unknown = frame.obj;
    if (Object.keys(frame.obj).length === 0) value = text;
    else if (text) frame.obj['#text'] = text;
    const existing = parent[frame.name];
    if (arrays.has(frame.name)) {
      if (Array.isArray(existing)) existing.push(value);
      else parent[frame.name] = [value];
    } else if (existing === undefined) parent[frame.name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else parent[frame.name] = [existing, value];
  });
  parser.on('error', (err) => {
    throw new Stop(where(), `it is not well-formed XML (${err.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')}).`);
  });
  try {
    parser.write(text).close();
  } catch (err) {
    if (err instanceof Stop) return { ok: false, where: err.where, message: err.message };
    return { ok: false, where: where(), message: `it could not be read as XML (${err instanceof Error ? err.message : String(err)}).` };
  }
  return { ok: true, root: top.obj };
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
