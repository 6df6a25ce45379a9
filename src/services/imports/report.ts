/** The import report in words: what was read, what was guessed, what was left out. */
import type { ReportLine } from '../../formats/types.ts';

/** "230 elements", "4 perspectives not imported (Kumu perspective styles)", "18 links with unknown polarity (…)". */
export function reportLineText(line: ReportLine, skipped = 'not imported'): string {
  const base = `${line.count.toLocaleString('en-GB')} ${line.what}`;
  const status = line.status === 'skipped' ? ` ${skipped}` : '';
  return `${base}${status}${line.detail ? ` (${line.detail})` : ''}`;
}

/** The lines the user should read first: what became part of the map, then what needs a look. */
export function splitReport(lines: ReportLine[]): { read: ReportLine[]; check: ReportLine[] } {
  return { read: lines.filter((l) => l.status === 'read'), check: lines.filter((l) => l.status !== 'read') };
}

/** Files named in a sentence: "a.csv", "a.csv and b.csv", "a, b and c". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
