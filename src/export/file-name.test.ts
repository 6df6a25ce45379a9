import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name.ts';

describe('exportFileName', () => {
  it('makes a plain file name from the title', () => {
    expect(exportFileName('Healthy weight in Riverside (example)', 'pdf')).toBe('healthy-weight-in-riverside-example.pdf');
    expect(exportFileName('Zoë’s map: Ŵyddgrug', 'png')).toBe('zoe-s-map-wyddgrug.png');
    expect(exportFileName('Здоровье', 'svg')).toBe('здоровье.svg');
    expect(exportFileName('  ', 'pdf')).toBe('system-map.pdf');
  });
});
