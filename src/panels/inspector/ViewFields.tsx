/**
 * The four things a person says about a link: which way, how strongly, how
 * sure, and why. One controlled form, used by "Your view" in the link
 * inspector and by the rating round's cards, each with its own wording.
 */
import { useId } from 'react';
import type { ViewFields as Fields } from '../../model/linkViews.ts';
import { MAX_COMMENT } from '../../model/schema.ts';
import { CONFIDENCES, STRENGTH_LEVELS, strengthLevel, type Confidence, type Polarity, type StrengthLevel } from '../../model/types.ts';
import { ChoiceField } from './fields.tsx';

export interface ViewWords {
  polarity: string;
  strength: string;
  confidence: string;
  why: string;
  /** The words of each polarity choice. */
  polarities: Record<Polarity, string>;
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function ViewFields({ value, words, onChange }: { value: Fields; words: ViewWords; onChange(next: Fields): void }) {
  const whyId = useId();
  return (
    <>
      <ChoiceField<Polarity>
        label={words.polarity}
        value={value.polarity}
        options={(['+', '-', '?'] as const).map((p) => ({ value: p, label: words.polarities[p] }))}
        onChange={(polarity) => onChange({ ...value, polarity })}
      />
      <ChoiceField<StrengthLevel>
        label={words.strength}
        value={strengthLevel(value.strength)}
        options={(Object.keys(STRENGTH_LEVELS) as StrengthLevel[]).map((s) => ({ value: s, label: cap(s) }))}
        onChange={(level) => onChange({ ...value, strength: STRENGTH_LEVELS[level] })}
      />
      <ChoiceField<Confidence>
        label={words.confidence}
        value={value.confidence}
        options={CONFIDENCES.map((c) => ({ value: c, label: cap(c) }))}
        onChange={(confidence) => onChange({ ...value, confidence })}
      />
      <div className="field">
        <label htmlFor={whyId}>{words.why}</label>
        <textarea id={whyId} rows={2} maxLength={MAX_COMMENT} value={value.why} onChange={(e) => onChange({ ...value, why: e.target.value })} />
      </div>
    </>
  );
}
