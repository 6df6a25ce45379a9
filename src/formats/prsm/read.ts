/**
 * PRSM (Participatory System Mapper) .prsm files: JSON, usually packed with
 * lz-string's compressToUTF16. Factors (nodes) with label, note (a Quill
 * delta), style group and x/y; links (edges) with from/to, style group,
 * label, note and width; styles naming each group. PRSM links have no sign:
 * polarity is read from the link's style name or label where they say + or −.
 */
import { MAX_FILE_BYTES } from '../../model/load.ts';
import { buildImport, type DraftLink, type DraftNode, type DraftTheme } from '../shared/build.ts';
import { hexToRgb, toHexColour } from '../shared/colour.ts';
import { polarityFromText } from '../shared/polarity.ts';
import { baseName, failure, fileText, numberOf, textOf } from '../shared/text.ts';
import type { ImportOutcome, InputFile, ReportLine } from '../types.ts';
import { decompressUTF16Bounded, TooLarge } from './lz.ts';

const TOOL = 'PRSM';
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A Quill delta ({ ops: [{ insert: "text" }, ...] }), or plain text, as plain text. */
export function quillText(note: unknown): string {
  if (typeof note === 'string') return note.trim();
  const ops = isObj(note) && Array.isArray(note['ops']) ? note['ops'] : isObj(note) && isObj(note['text']) ? (note['text']['ops'] as unknown) : null;
  if (!Array.isArray(ops)) return '';
  return ops
    .map((op) => (isObj(op) && typeof op['insert'] === 'string' ? op['insert'] : ''))
    .join('')
    .trim();
}

/** The style's colour as a theme colour: the fill, or the border when the fill is (near) white. */
function styleColour(style: Obj | undefined, fallback: unknown): string | null {
  const colour = isObj(style?.['color']) ? (style['color'] as Obj) : isObj(fallback) ? fallback : {};
  const fill = toHexColour(colour['background']);
  const border = toHexColour(colour['border']);
  if (fill) {
    const { r, g, b } = hexToRgb(fill);
    if (Math.min(r, g, b) < 235 || !border) return fill;
  }
  return border ?? fill;
}

/** Style names that name no theme: PRSM's untouched default, and our own writer's style for unthemed nodes. */
const DEFAULT_GROUP_LABELS = new Set(['', 'sample', 'no theme', 'none']);

/** Polarity words in a PRSM style name: "Positive", "+ve", "Increases", "Negative link"... */
function polarityOfStyle(name: string): ReturnType<typeof polarityFromText> {
  const direct = polarityFromText(name);
  if (direct) return direct;
  const t = name.toLowerCase();
  if (/\b(positive|increases?|reinforc\w*|same)\b|\+ ?ve\b|^\+/.test(t)) return '+';
  if (/\b(negative|decreases?|reduces?|opposite|inhibit\w*)\b|- ?ve\b|^[-−]/.test(t)) return '-';
  return null;
}

export async function readPRSM(file: InputFile): Promise<ImportOutcome> {
  const text = fileText(file, TOOL);
  if (!text.ok) return { ok: false, format: 'prsm', problems: [text.problem] };
  let json = text.text.trim();
  if (!json.startsWith('{') && !json.startsWith('[')) {
    let unpacked: string | null;
    try {
      unpacked = decompressUTF16Bounded(json, MAX_FILE_BYTES);
    } catch (err) {
      if (err instanceof TooLarge) return failure('prsm', TOOL, file.name, `unpacked it would be more than ${MAX_FILE_BYTES / 1048576} MB, more than any map needs.`);
      throw err;
    }
    if (!unpacked || !unpacked.trimStart().startsWith('{')) return failure('prsm', TOOL, file.name, 'it is packed (compressed) and could not be unpacked: it may be cut short or damaged.');
    json = unpacked;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    return failure('prsm', TOOL, file.name, `its contents are not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
  if (!isObj(raw)) return failure('prsm', TOOL, file.name, 'it does not hold a map (expected an object with nodes and edges).');
  if (!Array.isArray(raw['nodes'])) return failure('prsm', TOOL, 'nodes', 'it has no list of factors ("nodes").');
  const edges = raw['edges'] ?? [];
  if (!Array.isArray(edges)) return failure('prsm', TOOL, 'edges', 'its links ("edges") are not a list.');

  const styles = isObj(raw['styles']) ? raw['styles'] : isObj(raw['samples']) ? raw['samples'] : {};
  const nodeStyles = isObj(styles['nodes']) ? styles['nodes'] : {};
  const edgeStyles = isObj(styles['edges']) ? styles['edges'] : {};

  const rawNodes = raw['nodes'].filter(isObj);
  const titles = isObj(raw['attributeTitles']) ? raw['attributeTitles'] : {};
  const kindField = Object.keys(titles).find((k) => ['kind', 'type', 'element type'].includes(textOf(titles[k]).trim().toLowerCase()));
  const kindOf = (n: Obj) => {
    const v = kindField ? textOf(n[kindField]).trim().toLowerCase() : '';
    return v === 'actor' || v === 'factor' || v === 'outcome' ? v : null;
  };
  const groups = new Set(rawNodes.map((n) => textOf(n['grp'])).filter(Boolean));
  const groupName = (grp: string) => textOf((nodeStyles[grp] as Obj | undefined)?.['groupLabel']).trim();
  // One default style for every factor is no theme at all.
  const isDefault = (g: string) => DEFAULT_GROUP_LABELS.has(groupName(g).toLowerCase());
  const anyNamed = [...groups].some((g) => !isDefault(g));
  const useThemes = groups.size > 1 || anyNamed;
  // Where some styles have real names, the default-named ones mean "no theme"; otherwise they are numbered.
  const themed = (grp: string) => useThemes && !!grp && !(anyNamed && isDefault(grp));
  const themes: DraftTheme[] = [];
  const nodes: DraftNode[] = rawNodes.map((n) => {
    const grp = textOf(n['grp']);
    if (themed(grp) && !themes.some((t) => t.key === grp)) {
      const name = groupName(grp);
      const number = (numberOf(/\d+/.exec(grp)?.[0]) ?? 0) + 1;
      themes.push({ key: grp, name: DEFAULT_GROUP_LABELS.has(name.toLowerCase()) ? `Style ${number}` : name, colour: styleColour(nodeStyles[grp] as Obj | undefined, n['color']) });
    }
    return {
      key: textOf(n['id']),
      label: textOf(n['label']),
      description: quillText(n['note']),
      kind: kindOf(n),
      theme: themed(grp) ? grp : null,
      x: numberOf(n['x']),
      y: numberOf(n['y']),
    };
  });

  // Gephi JSON read by PRSM uses source/target; PRSM's own uses from/to.
  const rawEdges = edges.filter(isObj);
  const widths = new Set(rawEdges.map((e) => numberOf(e['width']) ?? 1));
  const widthIsStrength = widths.size > 1;
  const links: DraftLink[] = rawEdges.map((e) => {
    const style = edgeStyles[textOf(e['grp'])] as Obj | undefined;
    const label = textOf(e['label']).replace(/\s+/g, ' ').trim();
    const labelSign = label.length <= 3 ? polarityFromText(label) : null;
    const polarity = polarityOfStyle(textOf(style?.['groupLabel'])) ?? (labelSign === '?' ? null : labelSign);
    const width = numberOf(e['width']);
    return {
      key: textOf(e['id']) || null,
      source: textOf(e['from'] ?? e['source']),
      target: textOf(e['to'] ?? e['target']),
      polarity,
      strength: widthIsStrength && width !== null && width > 0 ? Math.min(3, width) : null,
      label: labelSign && labelSign !== '?' ? '' : label,
      evidence: quillText(e['note']),
    };
  });

  const report: ReportLine[] = [];
  const background = isObj(raw['background']) ? Object.keys(raw['background']).length : typeof raw['background'] === 'string' && raw['background'].length > 2 ? 1 : 0;
  report.push({ what: 'background drawings', count: background, status: 'skipped', detail: 'PRSM drawings behind the map are not part of a System Canvas map' });
  report.push({ what: 'history entries', count: Array.isArray(raw['history']) ? raw['history'].length : 0, status: 'skipped', detail: "PRSM's record of who changed what" });
  const attributes = Object.keys(titles).filter((k) => k !== kindField).length;
  report.push({ what: 'factor attributes', count: attributes, status: 'skipped', detail: 'extra columns from the PRSM data view' });

  return buildImport(
    {
      title: textOf(raw['mapTitle']).trim() && textOf(raw['mapTitle']).trim() !== 'Untitled map' ? textOf(raw['mapTitle']) : baseName(file.name),
      description: quillText(raw['description']),
      nodes,
      links,
      themes,
      report,
      unknownPolarityDetail: 'PRSM links have no sign; it is read from a link style or label that says + or −, and these do not',
    },
    { format: 'prsm', tool: TOOL, fileName: baseName(file.name) },
  );
}
