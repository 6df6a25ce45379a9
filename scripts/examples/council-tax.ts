/**
 * Person-scale example: one household's route into and out of council-tax
 * debt, as a debt adviser and the resident might draw it together.
 */
import { COUNCIL_TAX_EXPERIMENTS } from './council-tax-experiments.ts';
import { flowLayout, labelsOf, type ActorSpec, type ClusterSpec, type LinkSpec, type MapSpec, type OutcomeSpec } from './build.ts';

const FOCAL = 'Household is out of council-tax debt';

const OUTCOMES: OutcomeSpec[] = [[FOCAL, 'No council tax arrears, and the current year’s bill is being paid without hardship.']];

const ACTORS: ActorSpec[] = [
  ['Resident', 'person', 'A single parent of two on a zero-hours contract in a care home. A composite, not a real person.'],
  ['Family', 'group', 'Her mum and sister, who help when they can.'],
  ['Employer', 'organisation'],
  ['Landlord', 'person', 'Private landlord.'],
  ['DWP / Universal Credit', 'organisation', 'Pays Universal Credit and takes deductions on request from creditors.'],
  ['Council tax team', 'organisation'],
  ['Enforcement agents', 'organisation', 'Bailiffs instructed by the council once it has a liability order.'],
  ['Debt adviser', 'person', 'An independent, free debt adviser at a local advice charity.'],
];

const CLUSTERS: ClusterSpec[] = [
  {
    key: 'money',
    name: 'Money coming in and going out',
    description: 'Income, benefits and the bills competing for the same money.',
    factors: [
      ['Irregular income', 'condition', 'Shifts change week to week, so pay swings from month to month.'],
      ['Universal Credit payment', 'condition'],
      ['Universal Credit deduction for arrears', 'policy', 'Money taken from Universal Credit at source to repay council tax arrears.'],
      ['Money left after essentials', 'condition', 'What is left once rent, food, energy and travel are paid.'],
      ['Rent arrears', 'condition'],
      ['Council tax reduction received', 'condition', 'Means-tested discount on the bill from the council’s own scheme.'],
    ],
  },
  {
    key: 'coping',
    name: 'Stress and coping',
    description: 'How the debt feels, and how that changes what the resident does.',
    factors: [
      ['Stress and anxiety', 'condition'],
      ['Fear of opening post', 'condition'],
      ['Avoiding contact with the council', 'behaviour', 'Not answering calls, not opening letters, not asking for help.'],
      ['Poor mental health', 'condition'],
      ['Confidence dealing with officials', 'condition'],
    ],
  },
  {
    key: 'advice',
    name: 'Advice and entitlements',
    description: 'Independent help, legal protections and money the household is owed.',
    factors: [
      ['Referral to debt advice', 'process'],
      ['Benefit check done', 'process', 'A full check of everything the household can claim.'],
      ['Awareness of council tax reduction', 'condition'],
      ['Breathing Space protection', 'policy', 'A legal pause on enforcement and added charges while advice is given.'],
      ['Affordable repayment plan agreed', 'condition', 'A plan based on what the household can really pay.'],
    ],
  },
  {
    key: 'collection',
    name: 'Council collection process',
    description: 'The steps the council and its agents take to collect what is owed.',
    factors: [
      ['Reminder and final notices', 'process'],
      ['Right to pay by instalments lost', 'process', 'After missed payments the rest of the year’s bill falls due at once.'],
      ['Council tax arrears', 'condition', 'Unpaid council tax from this and earlier years.'],
      ['Liability order and court costs', 'process', 'The magistrates’ court order that lets the council enforce, with costs added.'],
      ['Enforcement agent visits', 'process'],
      ['Enforcement agent fees', 'condition', 'Fixed fees added to the debt at each stage of enforcement.'],
      ['Letters written in officialese', 'condition'],
      ['Early, friendly contact from the council', 'process', 'A phone call or plain-English text before the first reminder.'],
      ['Payment plan flexibility', 'policy', 'Whether the council will agree smaller payments over a longer time.'],
    ],
  },
];

const d = { delay: true } as const;

const LINKS: LinkSpec[] = [
  ['Council tax arrears', FOCAL, '-', 3, 'high'],
  ['Council tax arrears', 'Reminder and final notices', '+', 3, 'high'],
  ['Council tax arrears', 'Right to pay by instalments lost', '+', 2, 'high'],
  ['Council tax arrears', 'Liability order and court costs', '+', 2, 'high', d],
  ['Council tax arrears', 'Stress and anxiety', '+', 2, 'high'],
  ['Council tax arrears', 'Referral to debt advice', '+', 1, 'low', { label: 'only if someone notices' }],
  ['Right to pay by instalments lost', 'Council tax arrears', '+', 2, 'high', { label: 'whole bill due now' }],
  ['Liability order and court costs', 'Council tax arrears', '+', 2, 'high', { label: 'costs added' }],
  ['Liability order and court costs', 'Enforcement agent visits', '+', 3, 'high'],
  ['Liability order and court costs', 'Universal Credit deduction for arrears', '+', 2, 'medium'],
  ['Enforcement agent visits', 'Enforcement agent fees', '+', 3, 'high',
    { evidence: 'Fixed fees are added at the compliance stage and again when a visit is made.' }],
  ['Enforcement agent visits', 'Stress and anxiety', '+', 3, 'high'],
  ['Enforcement agent fees', 'Council tax arrears', '+', 2, 'high', { label: 'fees join the debt' }],
  ['Reminder and final notices', 'Stress and anxiety', '+', 2, 'high'],
  ['Letters written in officialese', 'Fear of opening post', '+', 2, 'medium'],
  ['Letters written in officialese', 'Awareness of council tax reduction', '-', 1, 'medium'],
  ['Stress and anxiety', 'Fear of opening post', '+', 2, 'medium'],
  ['Stress and anxiety', 'Poor mental health', '+', 2, 'high', d],
  ['Fear of opening post', 'Avoiding contact with the council', '+', 3, 'high'],
  ['Avoiding contact with the council', 'Council tax arrears', '+', 2, 'high'],
  ['Avoiding contact with the council', 'Affordable repayment plan agreed', '-', 2, 'medium'],
  ['Poor mental health', 'Avoiding contact with the council', '+', 2, 'medium'],
  ['Poor mental health', 'Irregular income', '+', 1, 'medium', { label: 'fewer shifts taken' }],
  ['Poor mental health', 'Confidence dealing with officials', '-', 2, 'medium'],
  ['Confidence dealing with officials', 'Avoiding contact with the council', '-', 2, 'medium'],
  ['Confidence dealing with officials', 'Awareness of council tax reduction', '+', 1, 'low'],
  ['Irregular income', 'Money left after essentials', '-', 2, 'high'],
  ['Irregular income', 'Universal Credit payment', '?', 2, 'medium', { delay: true, label: 'assessed a month behind' }],
  ['Irregular income', 'Affordable repayment plan agreed', '-', 1, 'medium', { label: 'fixed plans break in lean months' }],
  ['Universal Credit payment', 'Money left after essentials', '+', 3, 'high'],
  ['Universal Credit deduction for arrears', 'Money left after essentials', '-', 2, 'high'],
  ['Universal Credit deduction for arrears', 'Council tax arrears', '-', 1, 'medium', { label: 'repays slowly' }],
  ['Money left after essentials', 'Council tax arrears', '-', 3, 'high'],
  ['Money left after essentials', 'Rent arrears', '-', 2, 'high'],
  ['Rent arrears', 'Stress and anxiety', '+', 2, 'medium'],
  ['Council tax reduction received', 'Council tax arrears', '-', 2, 'high'],
  ['Awareness of council tax reduction', 'Council tax reduction received', '+', 3, 'high'],
  ['Referral to debt advice', 'Benefit check done', '+', 2, 'high'],
  ['Referral to debt advice', 'Breathing Space protection', '+', 2, 'medium'],
  ['Referral to debt advice', 'Affordable repayment plan agreed', '+', 2, 'high'],
  ['Referral to debt advice', 'Confidence dealing with officials', '+', 1, 'medium'],
  ['Benefit check done', 'Awareness of council tax reduction', '+', 2, 'high'],
  ['Benefit check done', 'Universal Credit payment', '+', 1, 'medium'],
  ['Breathing Space protection', 'Enforcement agent visits', '-', 3, 'high',
    { evidence: 'Enforcement is paused, and new fees and interest frozen, for the 60 days of a Breathing Space.' }],
  ['Breathing Space protection', 'Stress and anxiety', '-', 2, 'medium'],
  ['Affordable repayment plan agreed', 'Council tax arrears', '-', 3, 'high', d],
  ['Affordable repayment plan agreed', 'Enforcement agent visits', '-', 3, 'high'],
  ['Affordable repayment plan agreed', 'Stress and anxiety', '-', 2, 'medium'],
  ['Payment plan flexibility', 'Affordable repayment plan agreed', '+', 3, 'high'],
  ['Early, friendly contact from the council', 'Avoiding contact with the council', '-', 2, 'medium'],
  ['Early, friendly contact from the council', 'Referral to debt advice', '+', 2, 'medium'],
  ['Resident', 'Referral to debt advice', '+', 1, 'medium', { label: 'self-referral' }],
  ['Family', 'Money left after essentials', '+', 1, 'medium', { label: 'short-term loans' }],
  ['Family', 'Stress and anxiety', '-', 1, 'medium'],
  ['Employer', 'Irregular income', '+', 2, 'high', { label: 'zero-hours contract' }],
  ['Landlord', 'Stress and anxiety', '+', 1, 'medium', { label: 'warnings about rent arrears' }],
  ['DWP / Universal Credit', 'Universal Credit payment', '+', 3, 'high'],
  ['DWP / Universal Credit', 'Universal Credit deduction for arrears', '+', 2, 'high'],
  ['Council tax team', 'Reminder and final notices', '+', 3, 'high'],
  ['Council tax team', 'Letters written in officialese', '+', 2, 'medium'],
  ['Council tax team', 'Payment plan flexibility', '+', 2, 'high'],
  ['Council tax team', 'Early, friendly contact from the council', '+', 2, 'medium'],
  ['Enforcement agents', 'Enforcement agent visits', '+', 3, 'high'],
  ['Debt adviser', 'Benefit check done', '+', 2, 'high'],
  ['Debt adviser', 'Breathing Space protection', '+', 2, 'high'],
  ['Debt adviser', 'Affordable repayment plan agreed', '+', 2, 'high'],
];

export const COUNCIL_TAX: MapSpec = {
  id: 'example_council_tax_debt_person',
  title: 'A household’s route out of council-tax debt (example)',
  description:
    'An example person-scale map: how one household falls into council-tax arrears, what makes the debt grow, ' +
    'and what helps them get out of it. Drawn from the resident’s point of view with a debt adviser. Illustrative, not a real case.',
  scale: 'person',
  authors: ['Riverside Money Advice Network (fictional)'],
  outcomes: OUTCOMES,
  focal: FOCAL,
  actors: ACTORS,
  clusters: CLUSTERS,
  links: LINKS,
  tags: {
    'Early, friendly contact from the council': ['trying now'],
    'Letters written in officialese': ['tested 2026'],
    'Universal Credit deduction for arrears': ['national policy'],
    'Breathing Space protection': ['national policy'],
  },
  notes: [
    {
      on: 'Fear of opening post',
      text:
        'In her words: “I put the brown envelopes in a drawer. If I don’t open them it isn’t real.” ' +
        'Shared with permission for this team only.',
      private: true,
    },
    {
      on: 'Letters written in officialese',
      text: 'Residents rewrote the reminder letter with the council tax team in March; the new letter goes to everyone from October.',
    },
  ],
  experiments: COUNCIL_TAX_EXPERIMENTS,
  positions: flowLayout({
    actors: labelsOf(ACTORS),
    clusters: CLUSTERS.map((c) => labelsOf(c.factors)),
    outcomes: labelsOf(OUTCOMES),
    blocksPerColumn: 2,
    columnsPerCluster: 3,
  }),
};
