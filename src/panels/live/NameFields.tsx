/** Display name and colour, picked once and remembered by this browser. */
import { PERSON_COLOURS } from '../../services/room/identity.ts';

interface Props {
  name: string;
  colour: string;
  /** False where a name is optional (a profile kept anonymous, or used alone). */
  required?: boolean;
  onChange(next: { name: string; colour: string }): void;
}

export function NameFields({ name, colour, required = true, onChange }: Props) {
  return (
    <div className="live-name">
      <label className="live-name__label">
        Your name, as others see it
        {/* No autoFocus: the dialogs holding this open with showModal(), which focuses this first control. React's autoFocus
            focused it on mount, in a closed dialog, laying out the whole page in the middle of start-up (about 45 ms). */}
        <input value={name} maxLength={40} required={required} onChange={(e) => onChange({ name: e.target.value, colour })} />
      </label>
      <fieldset className="live-name__colours">
        <legend>Your colour</legend>
        {PERSON_COLOURS.map((c, i) => (
          <label key={c} className="live-name__swatch" style={{ background: c }}>
            <input type="radio" name="live-colour" value={c} checked={c === colour} onChange={() => onChange({ name, colour: c })} />
            <span className="visually-hidden">Colour {i + 1}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
