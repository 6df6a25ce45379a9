/**
 * Team-scale example: a hospital discharge and reablement team's view of what
 * gets people home safely and quickly, and what keeps them in a bed.
 */
import { DISCHARGE_EXPERIMENTS } from './discharge-experiments.ts';
import { flowLayout, labelsOf, type ActorSpec, type ClusterSpec, type LinkSpec, type MapSpec, type OutcomeSpec } from './build.ts';

const FOCAL = 'People get home from hospital safely and quickly';
const INDEPENDENCE = 'People regain independence at home';

const OUTCOMES: OutcomeSpec[] = [
  [FOCAL, 'Home as soon as they are medically ready, and still well at home a month later.'],
  [INDEPENDENCE, 'Able to do the things that matter to them with as little ongoing care as possible.'],
];

const ACTORS: ActorSpec[] = [
  ['Patient', 'person'],
  ['Family carers', 'group'],
  ['Ward staff', 'group', 'Nurses, doctors and ward clerks.'],
  ['Discharge coordinator', 'person'],
  ['Therapists', 'group', 'Occupational therapists and physiotherapists, in hospital and in the community.'],
  ['Reablement workers', 'group', 'Our own team: short-term support at home to rebuild skills and confidence.'],
  ['Home care agencies', 'organisation', 'Independent providers commissioned by the council.'],
  ['Social workers', 'group'],
];

const CLUSTERS: ClusterSpec[] = [
  {
    key: 'hospital',
    name: 'Hospital flow',
    description: 'What happens on the ward, from admission to the day someone leaves.',
    factors: [
      ['Pressure on hospital beds', 'force', 'How full the hospital is; at times every bed is taken by mid-morning.'],
      ['Discharge planning from admission', 'process', 'Asking “what will it take to get home?” on day one.'],
      ['Expected discharge date agreed', 'process', 'A date shared with the patient, family and teams, and kept under review.'],
      ['Medicines to take home ready', 'process', 'Prescriptions dispensed in time for the person to leave.'],
      ['Transport home booked', 'process'],
      ['Days in a hospital bed', 'condition', 'Length of stay, especially days after being medically ready.'],
      ['Loss of strength in hospital', 'condition', 'Muscle and confidence lost while lying in bed.'],
      ['Discharges rushed to free beds', 'behaviour'],
    ],
  },
  {
    key: 'assessment',
    name: 'Assessment and decisions',
    description: 'How the team decides what support someone needs, and who is involved.',
    factors: [
      ['Assessment at home, not on the ward', 'policy', 'Discharge to assess: needs judged once the person is back in their own home.'],
      ['Risk-averse decisions', 'behaviour', 'Choosing the option that feels safest for staff rather than best for the person.'],
      ['Information shared between teams', 'process'],
      ['Daily multi-team huddle', 'process', 'Fifteen minutes each morning: ward, therapy, social care, reablement.'],
      ['Patient and family involved in decisions', 'process'],
      ['Over-prescribed care packages', 'condition', 'More care arranged than the person turns out to need.'],
    ],
  },
  {
    key: 'capacity',
    name: 'Care and reablement capacity',
    description: 'The people and hours available to support someone once they leave.',
    factors: [
      ['Reablement places available', 'condition', 'Free slots in the reablement team’s caseload this week.'],
      ['Home care hours available', 'condition'],
      ['Waiting for a care package', 'condition', 'People ready to leave but waiting for home care to start.'],
      ['Care worker vacancies', 'condition'],
      ['Equipment delivered on time', 'process', 'Hoists, commodes, rails and beds in place before the person arrives.'],
      ['Staff workload', 'condition', 'Cases per worker across the discharge and reablement team.'],
      ['Staff turnover', 'condition'],
      ['People needing long-term care', 'condition'],
    ],
  },
  {
    key: 'home',
    name: 'Home and community',
    description: 'The person’s home, family and confidence after they leave hospital.',
    factors: [
      ['Home adapted and safe', 'condition'],
      ['Falls at home', 'condition', 'Falls in the first weeks home, often the reason for going back in.'],
      ['Readmission within 30 days', 'condition', 'Going back into hospital within a month of leaving.'],
      ['Family able to help', 'condition'],
      ['Loneliness after discharge', 'condition'],
      ['Confidence to manage at home', 'condition'],
    ],
  },
];

const d = { delay: true } as const;

const LINKS: LinkSpec[] = [
  ['Days in a hospital bed', FOCAL, '-', 3, 'high'],
  ['Days in a hospital bed', 'Loss of strength in hospital', '+', 3, 'high',
    { evidence: 'Older people can lose a noticeable share of their muscle strength within a week of bed rest.' }],
  ['Days in a hospital bed', 'Pressure on hospital beds', '+', 3, 'high'],
  ['Readmission within 30 days', FOCAL, '-', 2, 'high'],
  ['Readmission within 30 days', 'Pressure on hospital beds', '+', 2, 'high'],
  ['Readmission within 30 days', 'Loss of strength in hospital', '+', 1, 'medium'],
  ['Loss of strength in hospital', 'People needing long-term care', '+', 2, 'high', d],
  ['Loss of strength in hospital', 'Falls at home', '+', 2, 'high'],
  ['Loss of strength in hospital', 'Confidence to manage at home', '-', 2, 'medium'],
  ['People needing long-term care', 'Waiting for a care package', '+', 2, 'high'],
  ['People needing long-term care', 'Home care hours available', '-', 2, 'high', { label: 'hours used up' }],
  ['People needing long-term care', INDEPENDENCE, '-', 2, 'medium'],
  ['Waiting for a care package', 'Days in a hospital bed', '+', 3, 'high'],
  ['Waiting for a care package', 'Reablement places available', '-', 2, 'high', { label: 'people wait in reablement slots' }],
  ['Pressure on hospital beds', 'Discharges rushed to free beds', '+', 2, 'medium'],
  ['Pressure on hospital beds', 'Staff workload', '+', 2, 'high'],
  ['Pressure on hospital beds', 'Assessment at home, not on the ward', '+', 1, 'medium', { delay: true, label: 'pushed the change' }],
  ['Discharges rushed to free beds', 'Days in a hospital bed', '-', 2, 'medium'],
  ['Discharges rushed to free beds', 'Readmission within 30 days', '+', 2, 'medium'],
  ['Discharges rushed to free beds', 'Information shared between teams', '-', 1, 'medium'],
  ['Discharge planning from admission', 'Expected discharge date agreed', '+', 2, 'high'],
  ['Expected discharge date agreed', 'Medicines to take home ready', '+', 1, 'medium'],
  ['Expected discharge date agreed', 'Transport home booked', '+', 1, 'medium'],
  ['Expected discharge date agreed', 'Family able to help', '+', 1, 'low', { label: 'family can plan' }],
  ['Medicines to take home ready', 'Days in a hospital bed', '-', 2, 'high'],
  ['Transport home booked', 'Days in a hospital bed', '-', 1, 'medium'],
  ['Assessment at home, not on the ward', 'Days in a hospital bed', '-', 3, 'high'],
  ['Assessment at home, not on the ward', 'Over-prescribed care packages', '-', 2, 'medium',
    { evidence: 'People assessed on the ward, at their lowest, are often given more care than they need once home.' }],
  ['Over-prescribed care packages', 'Home care hours available', '-', 2, 'medium'],
  ['Over-prescribed care packages', INDEPENDENCE, '-', 1, 'low'],
  ['Risk-averse decisions', 'Over-prescribed care packages', '+', 2, 'medium'],
  ['Risk-averse decisions', 'Days in a hospital bed', '+', 2, 'medium'],
  ['Information shared between teams', 'Risk-averse decisions', '-', 2, 'medium'],
  ['Daily multi-team huddle', 'Information shared between teams', '+', 2, 'high'],
  ['Daily multi-team huddle', 'Expected discharge date agreed', '+', 1, 'medium'],
  ['Patient and family involved in decisions', 'Confidence to manage at home', '+', 2, 'medium'],
  ['Patient and family involved in decisions', 'Risk-averse decisions', '-', 1, 'low'],
  ['Reablement places available', 'Days in a hospital bed', '-', 2, 'high'],
  ['Reablement places available', 'People needing long-term care', '-', 2, 'high', d],
  ['Reablement places available', INDEPENDENCE, '+', 3, 'high'],
  ['Home care hours available', 'Waiting for a care package', '-', 3, 'high'],
  ['Care worker vacancies', 'Home care hours available', '-', 3, 'high'],
  ['Care worker vacancies', 'Reablement places available', '-', 2, 'medium'],
  ['Care worker vacancies', 'Staff workload', '+', 2, 'medium'],
  ['Equipment delivered on time', 'Days in a hospital bed', '-', 2, 'medium'],
  ['Equipment delivered on time', 'Home adapted and safe', '+', 2, 'high'],
  ['Staff workload', 'Staff turnover', '+', 2, 'high', d],
  ['Staff workload', 'Information shared between teams', '-', 1, 'medium'],
  ['Staff workload', 'Discharge planning from admission', '-', 1, 'medium'],
  ['Staff turnover', 'Staff workload', '+', 2, 'high'],
  ['Staff turnover', 'Care worker vacancies', '+', 2, 'high'],
  ['Staff turnover', 'Information shared between teams', '-', 1, 'low'],
  ['Home adapted and safe', 'Falls at home', '-', 2, 'high'],
  ['Family able to help', 'Confidence to manage at home', '+', 1, 'medium'],
  ['Family able to help', 'Loneliness after discharge', '-', 2, 'medium'],
  ['Loneliness after discharge', 'Readmission within 30 days', '+', 1, 'low'],
  ['Confidence to manage at home', 'Falls at home', '-', 1, 'medium'],
  ['Confidence to manage at home', INDEPENDENCE, '+', 2, 'medium'],
  ['Falls at home', 'Readmission within 30 days', '+', 3, 'high'],
  ['Falls at home', 'Confidence to manage at home', '-', 2, 'medium'],
  [INDEPENDENCE, 'Readmission within 30 days', '-', 1, 'medium'],
  ['Patient', 'Patient and family involved in decisions', '+', 2, 'medium'],
  ['Family carers', 'Family able to help', '+', 3, 'high'],
  ['Family carers', 'Patient and family involved in decisions', '+', 2, 'medium'],
  ['Ward staff', 'Discharge planning from admission', '+', 2, 'medium'],
  ['Ward staff', 'Medicines to take home ready', '+', 1, 'medium'],
  ['Discharge coordinator', 'Expected discharge date agreed', '+', 2, 'high'],
  ['Discharge coordinator', 'Transport home booked', '+', 2, 'medium'],
  ['Discharge coordinator', 'Daily multi-team huddle', '+', 2, 'medium'],
  ['Therapists', 'Assessment at home, not on the ward', '+', 2, 'high'],
  ['Therapists', 'Equipment delivered on time', '+', 1, 'medium'],
  ['Reablement workers', 'Reablement places available', '+', 2, 'high'],
  ['Home care agencies', 'Home care hours available', '+', 3, 'high'],
  ['Social workers', 'Risk-averse decisions', '?', 1, 'low', { label: 'depends on team culture' }],
  ['Social workers', 'Patient and family involved in decisions', '+', 2, 'medium'],
];

export const DISCHARGE: MapSpec = {
  id: 'example_discharge_team',
  title: 'Getting home from hospital: the discharge and reablement team (example)',
  description:
    'An example team-scale map drawn by a hospital discharge and reablement team: what helps people get home safely and quickly, ' +
    'what keeps them waiting in a bed, and the loops that make delays grow. Illustrative content.',
  scale: 'team',
  authors: ['Riverside Discharge and Reablement Team (fictional)'],
  outcomes: OUTCOMES,
  focal: FOCAL,
  actors: ACTORS,
  clusters: CLUSTERS,
  links: LINKS,
  tags: {
    'Daily multi-team huddle': ['trying now'],
    'Assessment at home, not on the ward': ['trying now'],
    'Care worker vacancies': ['workforce'],
    'Staff turnover': ['workforce'],
  },
  notes: [
    {
      on: 'Daily multi-team huddle',
      text: 'Started on two wards in October. Ward clerks say fewer surprise discharges on Fridays; still need the numbers.',
    },
    {
      on: 'Discharges rushed to free beds',
      text: 'Two readmissions last month discussed at the case review; details held in the case notes, not here.',
      private: true,
    },
  ],
  experiments: DISCHARGE_EXPERIMENTS,
  positions: flowLayout({
    actors: labelsOf(ACTORS),
    clusters: CLUSTERS.map((c) => labelsOf(c.factors)),
    outcomes: labelsOf(OUTCOMES),
    blocksPerColumn: 2,
    columnsPerCluster: 3,
  }),
};
