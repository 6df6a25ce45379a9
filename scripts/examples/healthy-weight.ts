/**
 * Place-scale example: what shapes healthy weight across a fictional town.
 * Written to be read on a projector, so labels stay short and every theme
 * has its own block around the focal outcome.
 */
import { HEALTHY_WEIGHT_EXPERIMENTS } from './healthy-weight-experiments.ts';
import { HEALTHY_WEIGHT_LINKS } from './healthy-weight-links.ts';
import {
  centredAt,
  grid,
  labelsOf,
  mergePositions,
  SLOT,
  type ActorSpec,
  type ClusterSpec,
  type MapSpec,
  type OutcomeSpec,
} from './build.ts';
import type { Position } from '../../src/model/types.ts';

const FOCAL = 'Healthy weight across the population';

const OUTCOMES: OutcomeSpec[] = [
  [FOCAL, 'More adults and children in Riverside living at a weight that is healthy for them.'],
  ['Fewer people with type 2 diabetes', 'New diagnoses of type 2 diabetes fall over five to ten years.'],
  ['Good mental wellbeing', 'People feel able to cope, connected and in control of their lives.'],
];

const ACTORS: ActorSpec[] = [
  ['Residents', 'group', 'People who live in Riverside, in all their variety.'],
  ['Parents and carers', 'group'],
  ['GP practices', 'organisation', 'The six practices in the primary care network.'],
  ['Schools', 'organisation', 'Primary and secondary schools, including the academy trust.'],
  ['Council planning team', 'organisation'],
  ['Public health team', 'organisation'],
  ['Food retailers', 'organisation', 'Supermarkets, convenience stores and market traders.'],
  ['Local employers', 'organisation', 'Including the hospital, the distribution park and the council itself.'],
  ['Voluntary and community sector', 'group', 'Food pantries, faith groups, sports clubs, tenants’ associations.'],
  ['Leisure trust', 'organisation', 'Runs the two leisure centres on the council’s behalf.'],
  ['Housing associations', 'organisation'],
];

const CLUSTERS: ClusterSpec[] = [
  {
    key: 'physiology',
    name: 'Physiology',
    description: 'How bodies take in, use and store energy, and what shapes that.',
    factors: [
      ['Energy taken in from food', 'process', 'All the calories eaten and drunk, day to day.'],
      ['Energy the body uses', 'process', 'Resting needs plus everything used in moving about.'],
      ['Excess body fat', 'condition', 'Fat stored beyond what is healthy for the person.'],
      ['Resting metabolic rate', 'process', 'Energy the body burns just to keep going at rest.'],
      ['Appetite and hunger signals', 'process', 'How hungry people feel, and how often.'],
      ['Feeling full after eating', 'process'],
      ['Sleep quality and length', 'condition', 'Enough unbroken sleep, at regular times.'],
      ['Muscle mass', 'condition'],
      ['Long-term health conditions', 'condition', 'Such as arthritis, heart disease or COPD.'],
      ['Weight-gaining medication', 'force', 'Some antidepressants, steroids and antipsychotics.'],
      ['Inherited tendency to gain weight', 'force'],
      ['Ageing population', 'force', 'Riverside’s over-65s are the fastest-growing age group.'],
      ['Joint pain and mobility limits', 'condition', 'Pain or stiffness that makes moving about hard.'],
      ['Rapid weight gain in infancy', 'condition', 'Putting on weight much faster than expected in the first two years.'],
    ],
  },
  {
    key: 'psychology',
    name: 'Individual psychology',
    description: 'Feelings, habits, skills and beliefs that shape what each person does.',
    factors: [
      ['Stress', 'condition', 'Day-to-day pressure people feel, from money, work, caring or housing.'],
      ['Comfort eating', 'behaviour', 'Eating to cope with feelings rather than hunger.'],
      ['Low mood', 'condition', 'Feeling down or hopeless for weeks at a time.'],
      ['Body image and self-esteem', 'condition', 'How people feel about their bodies and themselves.'],
      ['Cooking skills and confidence', 'condition', 'Knowing how to make cheap, filling meals from scratch.'],
      ['Food habits formed in childhood', 'condition'],
      ['Motivation to be active', 'condition'],
      ['Understanding of nutrition', 'condition', 'Knowing what is in food and what a balanced plate looks like.'],
      ['Enjoyment of exercise', 'condition'],
      ['Snacking between meals', 'behaviour', 'Crisps, biscuits, sweets and sugary drinks outside mealtimes.'],
      ['Impulse buying of treats', 'behaviour'],
      ['Sense of control over own life', 'condition', 'Feeling that effort makes a difference.'],
      ['Attempts at restrictive dieting', 'behaviour', 'Crash and fad diets, often repeated.'],
    ],
  },
  {
    key: 'social',
    name: 'Social and cultural norms',
    description: 'What people around us do and expect, and the ties between people.',
    factors: [
      ['Weight stigma and blame', 'force', 'Being judged or shamed for body size, including by services.'],
      ['Shared family meals', 'behaviour'],
      ['Larger body sizes seen as normal', 'force', 'As average size rises, a higher weight stops standing out.'],
      ['Friends’ and colleagues’ eating', 'force'],
      ['Food used as treat or reward', 'force'],
      ['Loneliness and isolation', 'condition', 'Few people to talk to, or no one to eat or go out with.'],
      ['Local clubs and community groups', 'condition', 'Sports clubs, walking groups, faith and tenants’ groups.'],
      ['Cultural food traditions', 'force'],
      ['Parents’ confidence feeding children', 'condition'],
      ['Trust in health advice', 'condition', 'Whether people believe and act on what professionals tell them.'],
      ['Drinking as part of socialising', 'behaviour'],
      ['Seeing neighbours walk and cycle', 'force', 'Active travel looks normal when you see people doing it.'],
      ['Food content on social media', 'force'],
    ],
  },
  {
    key: 'food_supply',
    name: 'Food production and supply',
    description: 'What food is made, at what price, and how it reaches Riverside.',
    factors: [
      ['Global food commodity prices', 'force'],
      ['Cheap ultra-processed food output', 'process', 'Manufacturing of cheap, energy-dense, long-life products.'],
      ['Reformulation to cut sugar and salt', 'process'],
      ['Allotments and community growing', 'condition'],
      ['Fresh produce supplied to local shops', 'process'],
      ['Food industry marketing spend', 'force'],
      ['Portion sizes on sale', 'condition', 'Pack, plate and cup sizes offered to customers.'],
      ['Price of fruit and vegetables', 'condition', 'Cost of fresh, frozen and tinned produce in local shops.'],
      ['Price of energy-dense food', 'condition'],
      ['Surplus food redistribution', 'process', 'Unsold food passed to pantries and community fridges.'],
      ['Soft drinks levy', 'policy', 'National tax on drinks with added sugar.'],
      ['Front-of-pack nutrition labels', 'policy', 'Traffic-light labels on the front of packs.'],
      ['Food supply chain disruption', 'force', 'Shocks such as poor harvests, fuel prices or trade changes.'],
    ],
  },
  {
    key: 'food_environment',
    name: 'Food environment and consumption',
    description: 'The food people can see, reach and afford locally, and what they eat.',
    factors: [
      ['Density of hot-food takeaways', 'condition', 'Takeaways per street, highest in the poorest wards.'],
      ['Takeaway and delivery app orders', 'behaviour'],
      ['Fruit and vegetables eaten', 'behaviour'],
      ['Sugary drinks drunk', 'behaviour'],
      ['Portion sizes eaten', 'behaviour'],
      ['Quality of school meals', 'condition', 'How tasty, filling and balanced school lunches are.'],
      ['Free school meal take-up', 'behaviour', 'Share of eligible children who actually eat a free school meal.'],
      ['Food bank and pantry use', 'behaviour'],
      ['Healthy food within walking distance', 'condition'],
      ['Outdoor food advertising', 'force', 'Bus shelters, billboards and shop fronts.'],
      ['Ready meals and convenience food', 'behaviour'],
      ['Multi-buy deals on less healthy food', 'policy', 'Buy-one-get-one-free and similar offers on food high in fat, sugar or salt.'],
      ['Healthy options at work canteens', 'condition'],
    ],
  },
  {
    key: 'activity',
    name: 'Individual physical activity',
    description: 'How much people move, in everyday life and for sport or play.',
    factors: [
      ['Walking for everyday journeys', 'behaviour'],
      ['Cycling for everyday journeys', 'behaviour'],
      ['Sport and exercise', 'behaviour'],
      ['Children’s active play', 'behaviour'],
      ['Sitting time at work', 'behaviour'],
      ['Leisure screen time', 'behaviour', 'Time on phones, TV and games outside work and school.'],
      ['Car use for short trips', 'behaviour', 'Journeys under two miles made by car.'],
      ['Physical fitness', 'condition'],
      ['Walking or cycling to school', 'behaviour', 'Children who get to school on foot, scooter or bike.'],
      ['Exercise on referral uptake', 'behaviour', 'People referred by a GP who start and stay with the programme.'],
      ['Physically active jobs', 'condition'],
      ['Use of leisure centres', 'behaviour'],
    ],
  },
  {
    key: 'built_environment',
    name: 'Built and activity environment',
    description: 'Streets, spaces, transport and facilities that make moving easy or hard.',
    factors: [
      ['Walkable neighbourhoods', 'condition', 'Shops, schools and services within a short, pleasant walk.'],
      ['Safe cycle routes', 'condition'],
      ['Parks and green space nearby', 'condition'],
      ['Feeling unsafe on the street', 'condition'],
      ['Road traffic speed and volume', 'condition', 'How many vehicles use local streets, and how fast.'],
      ['Good street lighting', 'condition'],
      ['Leisure centre prices', 'policy'],
      ['Frequent local buses', 'condition', 'Buses at least every fifteen minutes in the daytime.'],
      ['Planning limits on takeaways', 'policy', 'Local plan policy on new hot-food takeaways near schools.'],
      ['Investment in active travel', 'policy'],
      ['School Streets schemes', 'policy', 'Roads outside schools closed to through traffic at drop-off and pick-up.'],
      ['Air pollution', 'condition', 'Mainly traffic fumes along the main roads.'],
      ['Quality of play areas', 'condition'],
    ],
  },
  {
    key: 'income_work',
    name: 'Income, work and time',
    description: 'Money, jobs, housing and time: what people can afford to do.',
    factors: [
      ['Household income', 'condition'],
      ['Food insecurity', 'condition', 'Not being able to afford or reach enough good food.'],
      ['Rent and housing costs', 'condition'],
      ['Long or irregular working hours', 'condition'],
      ['Night and shift work', 'condition'],
      ['Time pressure on families', 'condition', 'Too little time between work, travel and caring to cook or play.'],
      ['Kitchen facilities at home', 'condition', 'Temporary accommodation often has no oven or fridge.'],
      ['Good local jobs', 'condition', 'Secure work with decent pay and predictable hours.'],
      ['Energy bills for cooking', 'condition', 'What it costs to run the oven and hob.'],
      ['Healthy Start and benefit take-up', 'policy', 'Families claiming what they are entitled to.'],
      ['Workplace wellbeing schemes', 'policy'],
      ['Affordable childcare', 'condition'],
      ['Debt and money worries', 'condition', 'Arrears, loans and the worry that comes with them.'],
    ],
  },
];

/**
 * Where each theme sits, as [column, row] in a 3 × 3 arrangement with the
 * outcomes in the middle: food themes on the left, movement on the right,
 * the body and mind along the top, money and social life along the bottom.
 */
const CLUSTER_CELLS: Record<string, [number, number]> = {
  psychology: [-1, -1],
  physiology: [0, -1],
  activity: [1, -1],
  food_environment: [-1, 0],
  built_environment: [1, 0],
  food_supply: [-1, 1],
  income_work: [0, 1],
  social: [1, 1],
};

const BLOCK_COLUMNS = 4;
const BLOCK_ROWS = 4;
/** Extra space between blocks so each theme reads as its own group. */
const BLOCK_GAP = { x: 160, y: 140 };

/** Links touching each node, so the busiest factors can sit nearest the centre. */
function linkCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [source, target] of HEALTHY_WEIGHT_LINKS) {
    counts.set(source, (counts.get(source) ?? 0) + 1);
    counts.set(target, (counts.get(target) ?? 0) + 1);
  }
  return counts;
}

/**
 * Fills a block row by row, taking rows and columns nearest the centre first
 * and the busiest factors first. Hubs end up beside the outcomes, which
 * shortens the longest lines, and a part-filled row falls on the block's
 * outer edge, hugging its inner side.
 */
function block(labels: readonly string[], left: number, top: number, counts: Map<string, number>): Map<string, Position> {
  const nearestFirst = (centres: number[]) => centres.sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
  const columns = nearestFirst(Array.from({ length: BLOCK_COLUMNS }, (_, i) => left + (i + 0.5) * SLOT.w));
  const rows = nearestFirst(Array.from({ length: BLOCK_ROWS }, (_, i) => top + (i + 0.5) * SLOT.h));
  const slots = rows.flatMap((y) => columns.map((x) => centredAt(x, y)));
  // Array.prototype.sort is stable, so equally busy factors keep their written order.
  const busiestFirst = [...labels].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  return new Map(busiestFirst.map((label, i) => [label, slots[i]!]));
}

function layout() {
  const blockW = BLOCK_COLUMNS * SLOT.w;
  const blockH = BLOCK_ROWS * SLOT.h;
  const pitchX = blockW + BLOCK_GAP.x;
  const pitchY = blockH + BLOCK_GAP.y;
  const counts = linkCounts();

  const blocks = CLUSTERS.map((c) => {
    const cell = CLUSTER_CELLS[c.key];
    if (!cell) throw new Error(`no place for theme ${c.key}`);
    if (c.factors.length > BLOCK_COLUMNS * BLOCK_ROWS) throw new Error(`theme ${c.key} does not fit its block`);
    const [col, row] = cell;
    return block(labelsOf(c.factors), col * pitchX - blockW / 2, row * pitchY - blockH / 2, counts);
  });

  // The focal outcome sits dead centre with the other outcomes either side.
  const outcomes = new Map([
    [FOCAL, centredAt(0, 0)],
    ['Fewer people with type 2 diabetes', centredAt(-1.5 * SLOT.w, 0)],
    ['Good mental wellbeing', centredAt(1.5 * SLOT.w, 0)],
  ]);
  if (outcomes.size !== OUTCOMES.length) throw new Error('every outcome needs a place');

  // Actors share one band under the whole arrangement, since they act on every theme.
  const bandY = pitchY + blockH / 2 + BLOCK_GAP.y;
  const actors = grid(labelsOf(ACTORS), { x: -(ACTORS.length * SLOT.w) / 2, y: bandY }, ACTORS.length);

  return mergePositions(outcomes, actors, ...blocks);
}

export const HEALTHY_WEIGHT: MapSpec = {
  id: 'example_healthy_weight_place',
  title: 'Healthy weight in Riverside (example)',
  description:
    'An example place-scale map of what helps and hinders healthy weight in Riverside, a fictional town. ' +
    'Drawn to show the style of a whole-system map: eight themes, about a hundred factors and the actors who can move them. ' +
    'The content is illustrative, not evidence.',
  scale: 'place',
  authors: ['Riverside Healthy Weight Partnership (fictional)'],
  outcomes: OUTCOMES,
  focal: FOCAL,
  actors: ACTORS,
  clusters: CLUSTERS,
  links: HEALTHY_WEIGHT_LINKS,
  tags: {
    'Soft drinks levy': ['national policy'],
    'Front-of-pack nutrition labels': ['national policy'],
    'Planning limits on takeaways': ['council lever'],
    'Investment in active travel': ['council lever'],
    'School Streets schemes': ['council lever', 'pilot 2026'],
    'Leisure centre prices': ['council lever'],
    'Food insecurity': ['cost of living'],
    'Debt and money worries': ['cost of living'],
    'Healthy Start and benefit take-up': ['cost of living', 'quick win?'],
    'Weight stigma and blame': ['lived experience'],
  },
  notes: [
    {
      on: 'Food insecurity',
      text: 'Pantry volunteers say demand roughly doubled over last winter, and most new members are in work.',
    },
    {
      on: 'Weight stigma and blame',
      text:
        'Named resident’s story from the May workshop – do not share. She described being weighed in front of her class at school ' +
        'and avoiding her GP for years afterwards.',
      private: true,
    },
    {
      on: 'School Streets schemes',
      text: 'Two more primary schools have asked to join the next School Streets trial. Ask the first two what changed for them.',
    },
  ],
  experiments: HEALTHY_WEIGHT_EXPERIMENTS,
  positions: layout(),
};
