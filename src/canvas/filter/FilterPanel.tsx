/**
 * The filter's choices: focus on the selection (1 to 3 steps, causes, effects
 * or both), and which themes, kinds, tags, link confidences and perspectives
 * stay on the map (a ticked box stays; untick to leave it out), faded or hidden.
 * Every change goes straight to the canvas, so people see what each box does.
 */
import { CONFIDENCES, NODE_KINDS, type FocusDirection } from '../../model/types.ts';
import { NO_FILTER, NO_PERSPECTIVE, sortedPerspectives } from '../../model/sensemaking.ts';
import { focusedOn, isFilterOn, tagsOnMap, withShown } from '../../views/filter.ts';
import { useMapStore, useViewStore } from '../../ui/appSession.ts';
import { KindIcon } from '../../ui/KindIcon.tsx';
import { focusOnSelection } from './focusOnSelection.ts';

const STEPS = [1, 2, 3] as const;
const DIRECTIONS: { value: FocusDirection; label: string }[] = [
  { value: 'causes', label: 'Causes' },
  { value: 'effects', label: 'Effects' },
  { value: 'both', label: 'Both' },
];
const KIND_LABELS = { actor: 'Actors', factor: 'Factors', outcome: 'Outcomes' } as const;
const CONFIDENCE_LABELS = { high: 'High', medium: 'Medium', low: 'Low' } as const;
/** Long names are cut in the list; the full name is the box's title. */
const cut = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function FilterPanel() {
  const filter = useViewStore((s) => s.filter);
  const setFilter = useViewStore((s) => s.setFilter);
  const doc = useMapStore((s) => s.doc);
  const selected = useMapStore((s) => s.selection.nodeIds);
  const themes = Object.values(doc.clusters).sort((a, b) => a.name.localeCompare(b.name));
  const tags = tagsOnMap(doc);
  const perspectives = sortedPerspectives(doc);
  const steps = filter.focus?.steps ?? 1;
  const direction = filter.focus?.direction ?? 'both';
  const focusLabels = (filter.focus?.nodeIds ?? []).map((id) => doc.nodes[id]?.label).filter((l): l is string => l !== undefined);

  // Steps and direction are kept on the filter even before a focus is on, so the shortcut uses them too.
  const setFocusShape = (patch: { steps?: 1 | 2 | 3; direction?: FocusDirection }) =>
    setFilter(focusedOn(filter, filter.focus?.nodeIds ?? [], patch.steps ?? steps, patch.direction ?? direction));

  const box = (list: Parameters<typeof withShown>[1], value: string, label: string, title?: string) => (
    <label key={value} title={title}>
      <input type="checkbox" checked={!(filter[list] as readonly string[]).includes(value)} onChange={(e) => setFilter(withShown(filter, list, value as never, e.target.checked))} />
      {label}
    </label>
  );

  return (
    <div className="filter-panel__body">
      <fieldset className="filter-panel__focus">
        <legend>Focus on the selection</legend>
        <div className="filter-panel__row" role="radiogroup" aria-label="Steps">
          <span className="filter-panel__caption" aria-hidden="true">Steps</span>
          {STEPS.map((n) => (
            <label key={n} className="filter-panel__pill">
              <input type="radio" name="filter-steps" checked={steps === n} onChange={() => setFocusShape({ steps: n })} aria-label={`${n} ${n === 1 ? 'step' : 'steps'}`} />
              {n}
            </label>
          ))}
        </div>
        <div className="filter-panel__row" role="radiogroup" aria-label="Along">
          <span className="filter-panel__caption" aria-hidden="true">Along</span>
          {DIRECTIONS.map((d) => (
            <label key={d.value} className="filter-panel__pill">
              <input type="radio" name="filter-direction" checked={direction === d.value} onChange={() => setFocusShape({ direction: d.value })} />
              {d.label}
            </label>
          ))}
        </div>
        <div className="filter-panel__row">
          <button type="button" disabled={!selected.length} onClick={() => focusOnSelection(selected)} aria-keyshortcuts="N" title="Focus on the selected nodes (N)">
            Focus on selection
          </button>
          {focusLabels.length > 0 ? (
            <button type="button" onClick={() => setFilter(focusedOn(filter, []))}>
              Stop focusing
            </button>
          ) : (
            !selected.length && <span className="muted">Select a node first.</span>
          )}
        </div>
        {focusLabels.length > 0 && <p className="filter-panel__note">Focused on {focusLabels.length <= 2 ? focusLabels.map((l) => `“${cut(l)}”`).join(' and ') : `${focusLabels.length} nodes`}.</p>}
      </fieldset>
      <fieldset>
        <legend>Kinds</legend>
        {NODE_KINDS.map((k) => (
          <label key={k}>
            <input type="checkbox" checked={!filter.hiddenKinds.includes(k)} onChange={(e) => setFilter(withShown(filter, 'hiddenKinds', k, e.target.checked))} />
            <KindIcon kind={k} /> {KIND_LABELS[k]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Link confidence</legend>
        {CONFIDENCES.slice().reverse().map((c) => box('hiddenConfidences', c, CONFIDENCE_LABELS[c]))}
      </fieldset>
      <fieldset className="filter-panel__list">
        <legend>Themes</legend>
        {themes.length ? themes.map((t) => box('hiddenThemes', t.id, cut(t.name), t.name)) : <p className="muted">No themes on this map.</p>}
      </fieldset>
      <fieldset className="filter-panel__list">
        <legend>Perspectives</legend>
        {perspectives.map((p) => box('hiddenPerspectives', p.id, cut(p.name), p.name))}
        {box('hiddenPerspectives', NO_PERSPECTIVE, 'No perspective')}
      </fieldset>
      <fieldset className="filter-panel__list filter-panel__wide filter-panel__tags">
        <legend>Tags</legend>
        {tags.length ? tags.map((t) => box('hiddenTags', t, cut(t), t)) : <p className="muted">No tags on this map.</p>}
      </fieldset>
      <fieldset className="filter-panel__wide filter-panel__mode">
        <legend>What is filtered out</legend>
        {(['fade', 'hide'] as const).map((m) => (
          <label key={m} className="filter-panel__pill">
            <input type="radio" name="filter-mode" checked={filter.mode === m} onChange={() => setFilter({ ...filter, mode: m })} />
            {m === 'fade' ? 'Fade it' : 'Hide it'}
          </label>
        ))}
        <button type="button" className="filter-panel__clear" disabled={!isFilterOn(filter)} onClick={() => setFilter({ ...NO_FILTER, mode: filter.mode })}>
          Clear filter
        </button>
      </fieldset>
    </div>
  );
}

