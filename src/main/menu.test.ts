import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from './menu';

describe('application menu', () => {
  it('is Dutch and has no developer tools entry in any platform', () => {
    for (const isMac of [true, false]) {
      const template = buildMenuTemplate('Sanctiedossier', isMac);
      const labels = template.map((m) => m.label);
      expect(labels).toEqual(expect.arrayContaining(['Bestand', 'Bewerken', 'Beeld', 'Venster']));
      expect(JSON.stringify(template)).not.toContain('toggleDevTools');
    }
  });

  it('adds the app menu on macOS only', () => {
    expect(buildMenuTemplate('Sanctiedossier', true)[0]?.label).toBe('Sanctiedossier');
    expect(buildMenuTemplate('Sanctiedossier', false)[0]?.label).toBe('Bestand');
  });
});
