/** A view's title and question, as typed when saving or editing it. */
import { MAX_VIEW_TEXT } from '../../model/savedViews.ts';

interface Props {
  idPrefix: string;
  title: string;
  question: string;
  onTitle(title: string): void;
  onQuestion(question: string): void;
  autoFocus?: boolean;
}

export function TextFields({ idPrefix, title, question, onTitle, onQuestion, autoFocus }: Props) {
  return (
    <>
      <label htmlFor={`${idPrefix}-title`}>Title</label>
      <input id={`${idPrefix}-title`} value={title} maxLength={MAX_VIEW_TEXT} placeholder="e.g. The stress loop" autoFocus={autoFocus} onChange={(e) => onTitle(e.target.value)} />
      <label htmlFor={`${idPrefix}-question`}>Question for the group</label>
      <textarea id={`${idPrefix}-question`} value={question} maxLength={MAX_VIEW_TEXT} rows={2} placeholder="e.g. What keeps this loop going?" onChange={(e) => onQuestion(e.target.value)} />
    </>
  );
}
