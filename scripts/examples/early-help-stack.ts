/** The example stack over the early-help maps: connections, same-as links, a learning, enablers, reviews. Fixed ids, no clock. */
import { serialiseStackFile } from '../../src/model/stack/load.ts';
import { addEnabler, addLearning, addMapToStack, addReview, connectMaps, createStack, markSame } from '../../src/model/stack/operations.ts';
import type { CyclePhase, NodeRef, StackDocument } from '../../src/model/stack/types.ts';
import type { MapDocument } from '../../src/model/types.ts';
import { buildMap, EXAMPLE_TIMESTAMP, slug } from './build.ts';
import { EARLY_HELP_LABELS as L, FAMILY, NORTH_HUB, PLACE, SOUTH_HUB } from './early-help.ts';

export const EARLY_HELP_STACK_FILE = 'early-help-riverside.json';

const ref = (mapId: string, label: string): NodeRef => ({ mapId, nodeId: `n_${slug(label)}`, label });

export function buildEarlyHelpStack(): { stack: StackDocument; maps: Record<string, MapDocument> } {
  const maps: Record<string, MapDocument> = {};
  for (const spec of [PLACE, NORTH_HUB, SOUTH_HUB, FAMILY]) maps[spec.id] = buildMap(spec);
  let s = createStack('Early help in Riverside (example stack)', EXAMPLE_TIMESTAMP, 'stack_early_help');
  s = { ...s, description: 'A place partnership, two family-hub teams and one family, with their learning cycles connected.' };
  const phases: Record<string, CyclePhase> = { [PLACE.id]: 'stewardship', [NORTH_HUB.id]: 'embed', [SOUTH_HUB.id]: 'experiment', [FAMILY.id]: 'experiment' };
  for (const doc of Object.values(maps)) s = addMapToStack(doc, phases[doc.id]).apply(s);
  const ops = [
    connectMaps('learns-from', PLACE.id, NORTH_HUB.id, 'con_place_learns_north'),
    connectMaps('learns-from', PLACE.id, SOUTH_HUB.id, 'con_place_learns_south'),
    connectMaps('enables', PLACE.id, NORTH_HUB.id, 'con_place_enables_north'),
    connectMaps('enables', PLACE.id, SOUTH_HUB.id, 'con_place_enables_south'),
    connectMaps('learns-with', NORTH_HUB.id, SOUTH_HUB.id, 'con_hubs_learn_together'),
    connectMaps('learns-from', NORTH_HUB.id, FAMILY.id, 'con_north_learns_family'),
  ];
  for (const o of ops) s = o.apply(s);
  for (const [label, id] of [[L.WAIT, 'same_waiting_time'], [L.TRUST, 'same_trust']] as const) {
    for (const other of [NORTH_HUB.id, SOUTH_HUB.id, FAMILY.id]) s = markSame(ref(PLACE.id, label), ref(other, label), id).apply(s);
  }
  s = markSame(ref(NORTH_HUB.id, L.STORY), ref(SOUTH_HUB.id, L.STORY), 'same_story').apply(s);
  s = markSame(ref(SOUTH_HUB.id, L.STORY), ref(FAMILY.id, L.STORY), 'same_story').apply(s);
  s = addLearning(
    {
      mapId: PLACE.id,
      statement: 'Answering families quickly builds trust, but speed alone (triage by phone) does not: it has to be a person who stays.',
      about: ref(PLACE.id, L.TRUST),
      experiments: [
        { mapId: NORTH_HUB.id, experimentId: 'x_north_dropin', title: 'Drop-in sessions at the school gate' },
        { mapId: NORTH_HUB.id, experimentId: 'x_north_callback', title: 'Call back every enquiry within a day' },
        { mapId: SOUTH_HUB.id, experimentId: 'x_south_triage', title: 'Same-day triage by phone' },
        { mapId: SOUTH_HUB.id, experimentId: 'x_south_keyworker', title: 'Keep the first worker as the key worker' },
      ],
      date: '2026-10-05',
    },
    'learn_trust',
  ).apply(s);
  s = addEnabler(
    {
      connectionId: 'con_place_enables_south',
      kind: 'barrier',
      statement: 'Stop paying the hubs by the number of crisis referrals',
      lowerNodes: [ref(SOUTH_HUB.id, L.WAIT)],
      upperNode: ref(PLACE.id, L.RULE),
      owner: 'Council commissioning lead',
      status: 'acting',
      reviewDate: '2026-12-01',
    },
    'en_commissioning',
  ).apply(s);
  s = addEnabler(
    {
      connectionId: 'con_place_enables_north',
      kind: 'enabler',
      statement: 'Shared case records so families tell their story once',
      lowerNodes: [ref(NORTH_HUB.id, L.STORY)],
      upperNode: ref(PLACE.id, 'Shared case records'),
      owner: 'Health and council data leads',
      status: 'noticed',
      reviewDate: '2026-09-01',
    },
    'en_records',
  ).apply(s);
  s = addReview({ mapId: PLACE.id, date: '2026-06-15', noticed: 'Both hubs cut waits; only some saw trust rise.', willChange: 'Ask the hubs what else differed, and hear from families directly.', nextReview: '2026-10-15' }, 'rev_place_june').apply(s);
  s = addReview({ mapId: SOUTH_HUB.id, date: '2026-05-11', noticed: 'Phone triage is fast but feels like a gate.', willChange: 'Try keeping the first worker as the key worker.', nextReview: '2026-08-10' }, 'rev_south_may').apply(s);
  return { stack: s, maps };
}

export function earlyHelpStackText(): string {
  const { stack, maps } = buildEarlyHelpStack();
  return serialiseStackFile(stack, maps);
}
