/**
 * Writing a map as a Mental Modeler project, in its XML or JSON encoding.
 * Mental Modeler has six groups (0 to 5, 0 meaning none) and no node kinds,
 * labels or delays on relationships, so themes beyond five share group 0 and
 * the writer says so in its warnings.
 */
import type { Confidence, Id, MapDocument } from '../../model/types.ts';
import { MAX_STRENGTH } from '../../model/types.ts';
import { polaritySign } from '../map-builder.ts';
import { escapeXml } from '../xml-safe.ts';
import type { ExportOptions, WhatIfSetup } from '../types.ts';

const GROUPS = 5;

interface Plain {
  info: { name: string; version: string; date: string; author: string; description: string };
  groupNames: Record<string, string>;
  concepts: {
    id: string; name: string; notes: string; units: string; group: string; x: string; y: string; preferredState: string;
    relationships: { id: string; name: string; notes: string; confidence: string; influence: string }[];
  }[];
  scenarios: { name: string; concepts: { id: string; selected: string; influence: string }[] }[];
}

const CONFIDENCE: Record<Confidence, string> = { high: '2', medium: '0', low: '-2' };

/** Influence keeps four decimals: enough that strength 2 reads back as 2, not 1.98. */
const influenceText = (value: number) => String(Math.round(value * 10000) / 10000);

function plain(doc: MapDocument, options: ExportOptions & { scenarios?: WhatIfSetup[] }): { data: Plain; warnings: string[] } {
  const warnings: string[] = [];
  const themes = Object.values(doc.clusters);
  const groupOf = new Map<Id, string>();
  themes.slice(0, GROUPS).forEach((t, i) => groupOf.set(t.id, String(i + 1)));
  if (themes.length > GROUPS) warnings.push(`${themes.length - GROUPS} themes left out: Mental Modeler has ${GROUPS} groups; their nodes are in no group`);
  const groupNames: Record<string, string> = { 0: '' };
  for (let g = 1; g <= GROUPS; g++) groupNames[g] = themes[g - 1]?.name ?? '';

  const number = new Map<Id, string>();
  Object.keys(doc.nodes).forEach((id, i) => number.set(id, String(i + 1)));
  const linksFrom = new Map<Id, typeof doc.links[string][]>();
  for (const l of Object.values(doc.links)) linksFrom.set(l.source, [...(linksFrom.get(l.source) ?? []), l]);
  let unknown = 0;
  let privateLeft = 0;
  const concepts = Object.values(doc.nodes).map((n) => {
    const notes = n.notes.filter((note) => options.includePrivateNotes || !note.private);
    privateLeft += n.notes.length - notes.length;
    return {
      id: number.get(n.id)!,
      name: n.label,
      notes: [n.description, ...notes.map((note) => note.text)].filter((t) => t.trim()).join('\n\n'),
      units: '',
      group: (n.clusterId && groupOf.get(n.clusterId)) || '0',
      x: String(Math.round(n.position.x)),
      y: String(Math.round(n.position.y)),
      preferredState: '0',
      relationships: (linksFrom.get(n.id) ?? []).map((l) => {
        if (l.polarity === '?') unknown++;
        return {
          id: number.get(l.target)!,
          name: doc.nodes[l.target]?.label ?? '',
          notes: [l.label, l.evidence].filter((t) => t.trim()).join('\n'),
          confidence: CONFIDENCE[l.confidence],
          influence: influenceText((polaritySign(l.polarity) * l.strength) / MAX_STRENGTH),
        };
      }),
    };
  });
  if (unknown) warnings.push(`${unknown} links of unknown polarity written with influence 0: Mental Modeler has no unknown sign`);
  if (privateLeft) warnings.push(`${privateLeft} private note${privateLeft === 1 ? '' : 's'} left out`);
  const scenarios = (options.scenarios ?? []).map((s) => ({
    name: s.name,
    concepts: Object.keys(doc.nodes).map((id) => ({
      id: number.get(id)!,
      selected: 'true',
      influence: id in s.inputs ? influenceText(Math.max(-1, Math.min(1, s.inputs[id]!))) : '',
    })),
  }));
  const info = { name: doc.meta.title, version: '1.0', date: doc.meta.updatedAt, author: doc.meta.authors.join(', '), description: doc.meta.description };
  return { data: { info, groupNames, concepts, scenarios }, warnings };
}

export function toJson(doc: MapDocument, options: ExportOptions & { scenarios?: WhatIfSetup[] }): { text: string; warnings: string[] } {
  const { data, warnings } = plain(doc, options);
  return { text: JSON.stringify(data, null, 2) + '\n', warnings };
}

const el = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;

export function toXml(doc: MapDocument, options: ExportOptions & { scenarios?: WhatIfSetup[] }): { text: string; warnings: string[] } {
  const { data, warnings } = plain(doc, options);
  const out: string[] = ["<?xml version='1.0' encoding='UTF-8'?>", '<mentalModeler>'];
  out.push('  <info>', ...Object.entries(data.info).map(([k, v]) => `    ${el(k, v)}`), '  </info>');
  out.push('  <groupNames>');
  for (const [index, name] of Object.entries(data.groupNames)) out.push(`    <groupName index="${index}">${escapeXml(name)}</groupName>`);
  out.push('  </groupNames>', '  <concepts>');
  for (const c of data.concepts) {
    out.push('    <concept>');
    for (const key of ['id', 'name', 'notes', 'units', 'group', 'x', 'y', 'preferredState'] as const) out.push(`      ${el(key, c[key])}`);
    out.push('      <relationships>');
    for (const r of c.relationships) {
      out.push('        <relationship>', ...Object.entries(r).map(([k, v]) => `          ${el(k, v)}`), '        </relationship>');
    }
    out.push('      </relationships>', '    </concept>');
  }
  out.push('  </concepts>', '  <scenarios>');
  for (const s of data.scenarios) {
    out.push('    <scenario>', `      ${el('name', s.name)}`, '      <concepts>');
    for (const c of s.concepts) out.push(`        <concept>${el('id', c.id)}${el('selected', c.selected)}${el('influence', c.influence)}</concept>`);
    out.push('      </concepts>', '    </scenario>');
  }
  out.push('  </scenarios>', '</mentalModeler>', '');
  return { text: out.join('\n'), warnings };
}
