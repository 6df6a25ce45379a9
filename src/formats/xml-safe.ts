/**
 * Parsing XML from files people drop on the app, safely. fast-xml-parser is
 * loaded only when an XML import needs it.
 *
 * Entity expansion is the classic way an XML file stalls a reader (the
 * "billion laughs": entities defined in terms of other entities until a few
 * hundred bytes expand to gigabytes). None of the formats we read uses a DTD,
 * so a file that declares one is refused before parsing; as a second guard the
 * parser's own entity limits are set tight, and nesting deeper than any real
 * map is refused by the parser (maxNestedTags).
 */
export class XmlProblem extends Error {
  override name = 'XmlProblem';
}

export interface XmlOptions {
  /** Tags that always become arrays, so one child and many children look alike. */
  arrays: readonly string[];
}

/** Throws when the XML declares a DOCTYPE or entities: none of the formats we read needs them. */
export function refuseDeclarations(xml: string): void {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw new XmlProblem('the file declares a DOCTYPE or entities, which these files never need; it was not read, for safety');
  }
}

export async function parseXml(xml: string, options: XmlOptions): Promise<Record<string, unknown>> {
  refuseDeclarations(xml);
  const { XMLParser, XMLValidator } = await import('fast-xml-parser');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    const unclosed = /^Invalid '\[(.*)\]' found/s.exec(msg);
    const detail = unclosed ? `the file ends before these tags are closed: ${unclosed[1]!.replace(/\s+/g, ' ').trim()}` : msg;
    throw new XmlProblem(`line ${line}, column ${col}: not valid XML (${detail})`);
  }
  const arrays = new Set(options.arrays);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    // Values stay text: ids such as "007" must not turn into the number 7.
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => arrays.has(name),
    processEntities: { enabled: true, maxEntityCount: 1, maxEntitySize: 1, maxExpansionDepth: 1, maxTotalExpansions: 1000, maxExpandedLength: 1000 },
    maxNestedTags: 64,
    // Numeric character references (&#233;) are not entities and carry no risk: decode them.
    tagValueProcessor: (_name, value) => decodeCharRefs(value),
    attributeValueProcessor: (_name, value) => decodeCharRefs(value),
  });
  try {
    return parser.parse(xml) as Record<string, unknown>;
  } catch (err) {
    throw new XmlProblem(`not valid XML (${err instanceof Error ? err.message : String(err)})`);
  }
}

function decodeCharRefs(s: string): string {
  if (!s.includes('&#')) return s;
  return s.replace(/&#(x[0-9a-f]{1,6}|[0-9]{1,7});/gi, (whole, code: string) => {
    const n = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : parseInt(code, 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

/** Escapes text for an XML element or attribute. */
export function escapeXml(s: string): string {
  // Characters XML 1.0 cannot hold at all are dropped rather than written broken.
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}
