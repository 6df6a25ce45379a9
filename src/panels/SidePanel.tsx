/** The right-hand panel: the inspector, or the map's experiments. */
import { useMapStore, useViewStore } from '../ui/appSession.ts';
import { type SidePanel as Panel } from '../store/viewStore.ts';
import { ExperimentsPanel } from './experiments/ExperimentsPanel.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { AnalysisPanel } from './analysis/AnalysisPanel.tsx';
import { OutlinePanel } from './outline/OutlinePanel.tsx';
import { CommentsPanel } from './comments/CommentsPanel.tsx';
import { openThreadCount } from '../model/comments.ts';
import { ViewsPanel } from './views/ViewsPanel.tsx';

const TABS: { id: Panel; label: string }[] = [
  { id: 'inspector', label: 'Inspector' },
  { id: 'experiments', label: 'Experiments' },
  { id: 'analysis', label: 'Analysis' },
  { id: 'outline', label: 'Outline' },
  { id: 'comments', label: 'Comments' },
  { id: 'views', label: 'Views' },
];

const PANELS: Record<Panel, () => React.ReactNode> = {
  inspector: () => <Inspector />,
  experiments: () => <ExperimentsPanel />,
  analysis: () => <AnalysisPanel />,
  outline: () => <OutlinePanel />,
  comments: () => <CommentsPanel />,
  views: () => <ViewsPanel />,
};

export function SidePanel() {
  const panel = useViewStore((s) => s.panel);
  const show = useViewStore((s) => s.showPanel);
  const open = useViewStore((s) => s.panelOpen);
  const projector = useViewStore((s) => s.projector || s.presenting !== null);
  const setOpen = useViewStore((s) => s.setPanelOpen);
  const count = useMapStore((s) => Object.keys(s.doc.experiments).length);
  const openThreads = useMapStore((s) => openThreadCount(s.doc.comments));
  if (projector) return null;
  if (!open)
    return (
      <aside className="side-panel side-panel--away" aria-label="Side panel">
        <button type="button" className="side-panel__out" aria-expanded={false} onClick={() => setOpen(true)} title="Bring the side panel back: inspector, experiments, analysis, outline, comments, views">
          <span aria-hidden="true">«</span> Show panel
        </button>
      </aside>
    );
  return (
    <aside className={`side-panel side-panel--${panel}`} aria-label="Side panel">
      <div className="tabs" role="tablist" aria-label="Side panel">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={panel === t.id}
            aria-controls={`panel-${t.id}`}
            onClick={() => show(t.id)}
          >
            {t.label}
            {t.id === 'experiments' && count > 0 && <span className="tabs__count">{count}</span>}
            {t.id === 'comments' && openThreads > 0 && (
<span className="tabs__count">{openThreads}</span>
            )}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="side-panel__away"
        aria-label="Hide panel"
        aria-expanded={true}
        onClick={() => setOpen(false)}
        title="Put the side panel away, giving the map the width"
      >
        <span aria-hidden="true">»</span>
      </button>
      <div className="side-panel__body" role="tabpanel" id={`panel-${panel}`} aria-labelledby={`tab-${panel}`}>
        {PANELS[panel]()}
      </div>
    </aside>
  );
}
