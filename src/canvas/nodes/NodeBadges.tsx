/** The marks a node carries beyond its label: experiment badge, lens effects, coverage count. */
import { OBSERVED_LABELS, INTENDED_LABELS, STATUS_LABELS, type Experiment } from '../../model/types.ts';
import type { NodeLook } from '../../views/lens.ts';
import { INTENDED_MARK, OBSERVED_MARK } from '../../draw/effectMarks.ts';
import { isSurprise } from '../../model/experiments.ts';
import { StatusIcon } from '../../ui/StatusIcon.tsx';
import { liveliest } from '../../model/experiments.ts';
import { count } from '../../model/plural.ts';
import { AGREEMENT_MARK, AGREEMENT_WORDS, evidenceWords } from '../../views/evidence.ts';
import { NodeVoiceMark } from '../../ui/VoiceMarks.tsx';

export function ExperimentBadge({ experiments }: { experiments: readonly Experiment[] }) {
  if (!experiments.length) return null;
  const status = liveliest(experiments.map((e) => e.status));
  const counts = new Map<string, number>();
  for (const e of experiments) counts.set(STATUS_LABELS[e.status].toLowerCase(), (counts.get(STATUS_LABELS[e.status].toLowerCase()) ?? 0) + 1);
  const summary = `${count(experiments.length, 'experiment')}: ${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')}`;
  return (
    <span className={`node__badge node__badge--${status}`} title={summary} aria-label={summary} role="img">
      <StatusIcon status={status} size={11} />
      {experiments.length}
    </span>
  );
}

export function LensMarks({ look }: { look: NodeLook }) {
  if (look.voice) return <NodeVoiceMark mark={look.voice} />;
  if (look.evidence) {
    const e = look.evidence;
    const text = evidenceWords(e);
    return (
      <span className={`node__evidence node__evidence--${e.agreement}`} title={text} aria-label={text} role="img">
        <span aria-hidden="true">{AGREEMENT_MARK[e.agreement]}</span>
        {e.experiments}
        <span className="node__evidence-word" aria-hidden="true">
          {AGREEMENT_WORDS[e.agreement].replace('results ', '')}
        </span>
      </span>
    );
  }
  if (look.prediction) {
    const p = look.prediction;
    const size = Math.round(Math.abs(p.relative) * 100);
    const text = p.nudged
      ? `Nudged ${p.direction === 'down' ? 'down' : 'up'}`
      : p.direction === 'none'
        ? 'Predicted: no change'
        : `Predicted to go ${p.direction} (${size}% of the biggest effect)${p.uncertain ? ', uncertain' : ''}`;
    return (
      <span className={`node__prediction node__prediction--${p.direction}${p.nudged ? ' is-nudged' : ''}`} title={text} aria-label={text} role="img">
        {p.direction === 'up' ? '▲' : p.direction === 'down' ? '▼' : '='}
        {!p.nudged && p.direction !== 'none' && <span className="node__prediction-size">{size}%</span>}
        {p.nudged && <span className="node__prediction-size">nudge</span>}
        {p.uncertain && '?'}
      </span>
    );
  }
  if (look.coverage !== null) {
    const text = look.coverage === 0 ? 'Not touched by any experiment' : `Touched by ${count(look.coverage, 'experiment')}`;
    return (
      <span className={`node__coverage${look.coverage === 0 ? ' node__coverage--none' : ''}`} title={text} aria-label={text} role="img">
        {look.coverage === 0 ? '0' : `×${look.coverage}`}
      </span>
    );
  }
  if (!look.touches) return null;
  const shown = look.touches.slice(0, 2);
  return (
    <ul className="node__effects" aria-label="Experiment effects">
      {shown.map((t, i) => {
        const surprise = isSurprise(t.intended, t.observed);
        const text = `${t.experimentTitle}: intended ${INTENDED_LABELS[t.intended].toLowerCase()}, observed ${OBSERVED_LABELS[t.observed].toLowerCase()}${surprise ? ' (a surprise)' : ''}`;
        return (
          <li key={i} title={text} aria-label={text} className={surprise ? 'is-surprise' : undefined}>
            <span className="node__effect">intended {INTENDED_MARK[t.intended]}</span>
            <span className="node__effect">seen {OBSERVED_MARK[t.observed]}</span>
            {surprise && <span className="node__surprise">!</span>}
          </li>
        );
      })}
      {look.touches.length > 2 && <li className="muted">+{look.touches.length - 2} more</li>}
    </ul>
  );
}
