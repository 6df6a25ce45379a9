/**
 * Guessing what sort of actor a name is, so that "Older residents" is not
 * filed as an organisation: words for organisations ("council", "team",
 * "NHS trust"), plural or collective words for groups ("residents",
 * "families", "community"), and roles for one person ("GP", "mum", "head
 * teacher"). When the words give no clue, the guess is null and the type is
 * left as it was, for the user to choose in the inspector.
 */
import { batch, renameNode, updateNode, type Operation } from './operations.ts';
import type { ActorType, MapNode } from './types.ts';

const ORGANISATION =
  /\b(council|authority|department|dept|service|services|team|trust|nhs|agency|charity|foundation|association|company|business|businesses|employer|employers|school|schools|college|university|hospital|surgery|practice|clinic|pharmacy|police|government|ministry|office|board|commission|partnership|network|bank|banks|provider|providers|centre|center|library|housing association|landlord association|union|church|mosque|temple|ltd|plc|inc|cic|group practice|ccg|icb|dwp|hmrc|jobcentre)\b/i;
const GROUP =
  /\b(people|residents|families|parents|children|young people|youth|carers|workers|staff|neighbours|neighbors|community|communities|users|patients|tenants|members|volunteers|households|pupils|students|older|elderly|adults|men|women|teenagers|citizens|public|customers|voters|peers|friends|colleagues|others)\b/i;
const PERSON =
  /\b(gp|doctor|nurse|mum|mother|dad|father|parent|child|teacher|head teacher|headteacher|social worker|worker|manager|officer|coordinator|co-ordinator|navigator|advisor|adviser|mentor|coach|carer|resident|patient|tenant|volunteer|pupil|student|friend|neighbour|neighbor|landlord|employee|councillor|mp|mayor|chair|director|i|me|myself|person|individual)\b/i;

export function guessActorType(label: string): ActorType | null {
  const words = label.trim();
  if (!words) return null;
  if (ORGANISATION.test(words)) return 'organisation';
  if (GROUP.test(words)) return 'group';
  // A plural last word ("Local shopkeepers") reads as a group; a role in the singular as one person.
  const last = words.split(/\s+/).pop()!.toLowerCase();
  if (PERSON.test(words)) return /s$/.test(last) && !/ss$/.test(last) ? 'group' : 'person';
  if (/[a-z]{3,}s$/.test(last) && !/(ss|us|is)$/.test(last)) return 'group';
  return null;
}

/** Renaming a node; an actor's type follows the new name when the name says what sort of actor it is. */
export function renameWithGuess(node: MapNode, label: string): Operation {
  const rename = renameNode(node.id, label);
  if (node.kind !== 'actor') return rename;
  const guess = guessActorType(label);
  if (!guess || guess === node.actorType) return rename;
  return batch(rename.name, [rename, updateNode(node.id, { actorType: guess })]);
}
