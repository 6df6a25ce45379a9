/** One line in the library: whether this browser has promised to keep the maps. */
import { useLibrary } from '../../ui/appSession.ts';
import { KEEPING_TEXT } from '../../services/library/keeping.ts';
import './versions.css';

export function StorageNote() {
  const keeping = useLibrary((s) => s.keeping);
  const warn = keeping === 'best-effort' || keeping === 'memory';
  return <p className={`library__keeping${warn ? ' library__keeping--warn' : ''}`}>{KEEPING_TEXT[keeping]}</p>;
}
