/**
 * In-place label editing: Enter keeps the change, Escape abandons it, Shift+Enter adds a line.
 * `byKey` says the edit ended from the keyboard, so focus should go back to the node.
 */
import { useEffect, useRef, useState } from 'react';

interface Props {
  initial: string;
  onDone(label: string | null, byKey: boolean): void;
}

export function LabelEditor({ initial, onDone }: Props) {
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  const finished = useRef(false);

  // A new node is hidden until React Flow has measured it, and a hidden
  // element cannot take focus: keep trying for a few frames.
  useEffect(() => {
    let tries = 0;
    let frame = 0;
    const focus = () => {
      const el = ref.current;
      if (!el) return;
      el.focus();
      if (document.activeElement === el) el.select();
      else if (tries++ < 20) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, []);

  const finish = (label: string | null, byKey = false) => {
    if (finished.current) return;
    finished.current = true;
    onDone(label, byKey);
  };

  return (
    <textarea
      ref={ref}
      className="node__editor nodrag nopan nowheel"
      aria-label="Node label"
      value={value}
      rows={Math.min(4, value.split('\n').length)}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          finish(value, true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(null, true);
        }
      }}
    />
  );
}
