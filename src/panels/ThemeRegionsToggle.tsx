/** The legend's one switch for theme regions (drawn round each theme of a clustered map). */
import { useViewStore } from '../ui/appSession.ts';

export function ThemeRegionsToggle() {
  const on = useViewStore((s) => s.themeRegions);
  return (
    <label className="legend__toggle">
      <input type="checkbox" checked={on} onChange={(e) => useViewStore.getState().setThemeRegions(e.target.checked)} /> Show theme regions
    </label>
  );
}
