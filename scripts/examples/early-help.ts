/**
 * The example learning stack: early help for families in Riverside, at three
 * scales. The place partnership learns from two family-hub teams and one
 * family's own map; the teams' experiments form a visible pattern (cutting
 * the wait for first help went with more trust in services), and the place
 * has promised enablers and removed barriers on the connections down.
 * Fictional, like the other examples.
 */
import { flowLayout, labelsOf, type ActorSpec, type ClusterSpec, type ExperimentSpec, type LinkSpec, type MapSpec, type OutcomeSpec } from './build.ts';

const WAIT = 'Waiting time for first help';
const TRUST = 'Trust in services';
const EARLY = 'Families ask for help early';
const CRISIS = 'Referrals at crisis point';
const STORY = 'Telling your story again and again';
const KEY = 'One key worker who stays';

function smallMap(spec: Omit<MapSpec, 'positions' | 'authors'> & { authors?: string[] }): MapSpec {
  return {
    authors: ['System Canvas examples'],
    ...spec,
    positions: flowLayout({
      actors: labelsOf(spec.actors),
      clusters: spec.clusters.map((c) => labelsOf(c.factors)),
      outcomes: labelsOf(spec.outcomes),
      blocksPerColumn: 1,
      columnsPerCluster: 2,
    }),
  };
}

const familyLinks: LinkSpec[] = [
  [WAIT, TRUST, '-', 3, 'medium'],
  [TRUST, EARLY, '+', 3, 'medium'],
  [EARLY, CRISIS, '-', 2, 'medium'],
  [CRISIS, WAIT, '+', 2, 'low', { delay: true, label: 'crisis work crowds out early help' }],
  [STORY, TRUST, '-', 2, 'high'],
  [KEY, STORY, '-', 3, 'high'],
];

const hubClusters = (extra: ClusterSpec['factors']): ClusterSpec[] => [
  {
    key: 'access',
    name: 'Getting help',
    description: 'How quickly and easily a family reaches someone who can help.',
    factors: [
      [WAIT, 'condition', 'Days from first contact to a conversation with someone who can help.'],
      [CRISIS, 'condition'],
      ...extra,
    ],
  },
  {
    key: 'relationships',
    name: 'Relationships',
    description: 'Whether families feel known and believed.',
    factors: [
      [TRUST, 'condition'],
      [EARLY, 'behaviour'],
      [STORY, 'process'],
      [KEY, 'process'],
    ],
  },
];

const hubOutcomes = (focal: string): OutcomeSpec[] => [[focal, 'Families get the help they need before things reach a crisis.']];

const experiment = (key: string, title: string, owner: string, scale: ExperimentSpec['scale'], start: string, end: string, touches: ExperimentSpec['touches'], status: ExperimentSpec['status'] = 'concluded'): ExperimentSpec => ({
  key,
  title,
  hypothesis: `We believe that ${title.toLowerCase()} will cut the wait for first help and so build families' trust, because waiting teaches people that asking is pointless.`,
  owner,
  scale,
  status,
  phase: status === 'concluded' ? 'embed' : 'experiment',
  startDate: start,
  endDate: end,
  touches,
});

const NORTH_FOCAL = 'Families in the north get help early';
export const NORTH_HUB: MapSpec = smallMap({
  id: 'map_early_help_north',
  title: 'North family hub (example)',
  description: 'The north family hub team: what helps families reach us early.',
  scale: 'team',
  outcomes: hubOutcomes(NORTH_FOCAL),
  focal: NORTH_FOCAL,
  actors: [['Parents', 'group'], ['Hub workers', 'group'], ['Schools', 'organisation']] satisfies ActorSpec[],
  clusters: hubClusters([['Drop-in sessions at school', 'process']]),
  links: [...familyLinks, [EARLY, NORTH_FOCAL, '+', 3, 'medium'], ['Drop-in sessions at school', WAIT, '-', 2, 'medium']],
  experiments: [
    experiment('north_dropin', 'Drop-in sessions at the school gate', 'North hub workers', 'team', '2026-02-02', '2026-06-26', [
      [WAIT, 'weaken', 'down', 'First conversation on the same day for most parents who came.'],
      [TRUST, 'explore', 'up', 'Parents said they came back because they had been seen quickly.'],
      ['Drop-in sessions at school', 'strengthen', 'up'],
    ]),
    experiment('north_callback', 'Call back every enquiry within a day', 'North hub workers', 'team', '2026-03-02', '2026-07-31', [
      [WAIT, 'weaken', 'down', 'Median wait fell from 11 days to 2.'],
      [TRUST, 'explore', 'up', 'More families agreed to a second meeting.'],
    ]),
  ],
});

const SOUTH_FOCAL = 'Families in the south get help early';
export const SOUTH_HUB: MapSpec = smallMap({
  id: 'map_early_help_south',
  title: 'South family hub (example)',
  description: 'The south family hub team: what helps families reach us early.',
  scale: 'team',
  outcomes: hubOutcomes(SOUTH_FOCAL),
  focal: SOUTH_FOCAL,
  actors: [['Parents', 'group'], ['Hub workers', 'group'], ['Health visitors', 'group']] satisfies ActorSpec[],
  clusters: hubClusters([['Triage by phone', 'process']]),
  links: [...familyLinks, [EARLY, SOUTH_FOCAL, '+', 3, 'medium'], ['Triage by phone', WAIT, '-', 1, 'low']],
  experiments: [
    experiment('south_triage', 'Same-day triage by phone', 'South hub duty team', 'team', '2026-02-16', '2026-07-17', [
      [WAIT, 'weaken', 'down', 'Wait for first contact fell to a day.'],
      [TRUST, 'explore', 'no-change', 'Parents were seen sooner but felt “processed”; trust did not move.'],
      ['Triage by phone', 'strengthen', 'up'],
    ]),
    experiment('south_keyworker', 'Keep the first worker as the key worker', 'South hub workers', 'team', '2026-04-06', '2026-09-25', [
      [WAIT, 'weaken', 'down'],
      [KEY, 'strengthen', 'up'],
      [TRUST, 'explore', 'up', 'Families no longer had to tell their story twice.'],
      [STORY, 'weaken', 'down'],
    ]),
  ],
});

const FAMILY_FOCAL = 'Our family gets through a hard year';
export const FAMILY: MapSpec = smallMap({
  id: 'map_early_help_family',
  title: 'One family’s route to help (example)',
  description: 'A parent’s own map of what made asking for help easier or harder.',
  scale: 'person',
  outcomes: [[FAMILY_FOCAL]],
  focal: FAMILY_FOCAL,
  actors: [['Mum', 'person'], ['Hub worker', 'person']] satisfies ActorSpec[],
  clusters: [
    {
      key: 'asking',
      name: 'Asking for help',
      description: 'What it took to ask, and what happened when we did.',
      factors: [[WAIT, 'condition'], [TRUST, 'condition'], [STORY, 'process'], ['Feeling judged', 'condition']],
    },
  ],
  links: [
    [WAIT, TRUST, '-', 3, 'high'],
    [STORY, 'Feeling judged', '+', 2, 'high'],
    ['Feeling judged', TRUST, '-', 3, 'high'],
    [TRUST, FAMILY_FOCAL, '+', 2, 'medium'],
  ],
  experiments: [
    experiment('family_text', 'A text the same day I asked', 'Mum, with the hub worker', 'person', '2026-03-09', '2026-05-29', [
      [WAIT, 'weaken', 'down', '“I got a text back that afternoon. That was the first time anyone answered.”'],
      [TRUST, 'explore', 'up'],
    ]),
  ],
});

const PLACE_FOCAL = 'Children in Riverside grow up safe and well';
const RULE = 'Commissioning by referral numbers';
export const PLACE: MapSpec = smallMap({
  id: 'map_early_help_place',
  title: 'Early help in Riverside: the place partnership (example)',
  description: 'The place partnership’s view of early help across Riverside, learning from the hubs and from families.',
  scale: 'place',
  outcomes: [[PLACE_FOCAL]],
  focal: PLACE_FOCAL,
  actors: [['Council', 'organisation'], ['Health partners', 'organisation'], ['Voluntary sector', 'group']] satisfies ActorSpec[],
  clusters: [
    {
      key: 'system',
      name: 'How the system works',
      description: 'Rules, money and data that shape what the hubs can do.',
      factors: [[RULE, 'policy'], ['Shared case records', 'process'], [WAIT, 'condition'], [TRUST, 'condition'], [CRISIS, 'condition']],
    },
  ],
  links: [
    [RULE, CRISIS, '+', 2, 'medium', { label: 'money follows crisis referrals' }],
    ['Shared case records', WAIT, '-', 2, 'low'],
    [WAIT, TRUST, '-', 2, 'medium'],
    [CRISIS, PLACE_FOCAL, '-', 3, 'medium'],
    [TRUST, PLACE_FOCAL, '+', 2, 'medium'],
  ],
});

export const EARLY_HELP_MAPS = [PLACE, NORTH_HUB, SOUTH_HUB, FAMILY] as const;
export const EARLY_HELP_LABELS = { WAIT, TRUST, STORY, RULE } as const;
