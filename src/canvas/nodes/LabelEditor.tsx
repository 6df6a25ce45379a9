/**
 * In-place label editing: Enter keeps the change, Escape abandons it, Shift+Enter adds a line.
 * `byKey` says the edit ended from the keyboard, so focus should go back to the node.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { forgetTypedAhead, takeTypedAhead } from '../../ui/typeAhead.ts';

interface Props {
  initial: string;
  onDone(label: string | null, byKey: boolean): void;
}

export function LabelEditor({ initial, onDone }: Props) {
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  const finished = useRef(false);
  const finish = (label: string | null, byKey = false) => {
    if (finished.current) return;
    finished.current = true;
    onDone(label, byKey);
  };

  // Focus before the browser handles the next key, so nothing typed straight after adding a node is lost.
  // Should the node still be hidden (a hidden element cannot take focus), keep trying for a few frames.
  useLayoutEffect(() => {
    let tries = 0;
    let frame = 0;
    const focus = () => {
      const el = ref.current;
      if (!el) return;
      el.focus();
      if (document.activeElement !== el) {
        if (tries++ < 20) frame = requestAnimationFrame(focus);
        return;
      }
      // Letters typed before the editor was on screen replace the label, as they would have replaced its selection.
      const ahead = takeTypedAhead();
      if (!ahead.text) return el.select();
      el.value = ahead.text;
      setValue(ahead.text);
      if (ahead.confirmed) finish(ahead.text, true);
    };
    focus();
    return () => {
      cancelAnimationFrame(frame);
      forgetTypedAhead();
    };
    // Runs once, when the editor opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

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
