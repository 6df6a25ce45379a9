/** A file name from the map's title: "Healthy weight in Riverside (example)" → "healthy-weight-in-riverside-example.pdf". */
export function exportFileName(title: string, extension: 'pdf' | 'svg' | 'png'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'system-map'}.${extension}`;
}
