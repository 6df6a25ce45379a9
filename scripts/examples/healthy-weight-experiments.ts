/**
 * Experiments on the healthy-weight place map: what the Riverside partnership
 * has tried, is trying and means to try, at every stage of the Learning Cycle,
 * including one that went wrong and was stopped. Fictional, like the map.
 */
import type { ExperimentSpec } from './build.ts';

export const HEALTHY_WEIGHT_EXPERIMENTS: ExperimentSpec[] = [
  {
    key: 'pantry_veg_boxes',
    title: 'Fresh veg boxes through community pantries',
    hypothesis:
      'We believe that adding a weekly box of fruit and vegetables, chosen by members, to the three community pantries ' +
      'will raise how much fruit and veg members’ families eat and ease food insecurity, because members told us price, ' +
      'not knowing what is healthy, is what stands between them and fresh food.',
    owner: 'Riverside Food Partnership with the three community pantries',
    scale: 'place',
    status: 'concluded',
    phase: 'embed',
    startDate: '2026-02-02',
    endDate: '2026-07-31',
    touches: [
      ['Surplus food redistribution', 'strengthen', 'up', 'Surplus from two supermarkets and the wholesale market, collected by volunteers every Tuesday.'],
      ['Fruit and vegetables eaten', 'strengthen', 'up', 'Members eating five portions on most days: 18% in February, 31% in June (same members, their own report).'],
      ['Food insecurity', 'weaken', 'no-change', 'Members skipping meals to make money last: 44% then 41%. Rents and energy bills rose over the same months.'],
      ['Food bank and pantry use', 'weaken', 'up', 'Membership grew from 240 to 410 households. Fresh food drew in people who had never used a pantry.'],
      ['Cooking skills and confidence', 'explore', 'up', 'Members asked for hob-only recipe cards and tastings; most said they had cooked something new.'],
    ],
    log: [
      {
        date: '2026-02-20',
        did: 'Ran three tasting sessions with members to choose what goes in the box and how big it is.',
        happened:
          'Members chose fewer salad items and more onions, carrots, potatoes, apples and frozen veg: food that keeps and goes further. ' +
          'Several asked for recipes that need only a hob.',
        learned: 'What we call healthy food is not always what works in a one-ring kitchen or a week with no fridge space.',
        next: 'Change the box to the members’ list and print hob-only recipe cards.',
        measure: { name: 'Members at the tasting sessions', value: 46, unit: 'people' },
        perspectives: ['resident', 'volunteer'],
      },
      {
        date: '2026-04-17',
        did: 'Counted membership and asked sixty members how the box had changed their week.',
        happened: 'Membership rose from 240 to 330 households in ten weeks, and most of the new members are in work.',
        learned: 'We set out to make people need the pantries less. Instead fresh food brought hidden need into view.',
        next: 'Ask the partnership what rising use means: need growing, or people getting help sooner?',
        measure: { name: 'Households registered with a pantry', value: 330, unit: 'households' },
        story:
          '“I used to walk past the pantry because I thought it was for people worse off than me. ' +
          'The veg box made it feel like a shop, not charity. Now I come for the veg and stay for the tea.”',
        perspectives: ['resident'],
      },
      {
        date: '2026-06-12',
        did: 'Repeated the February food survey with the members who had been coming since the start.',
        happened: 'Eating five a day on most days rose from 18% to 31%. Skipping meals to make money last barely moved.',
        learned: 'The box changes what people eat, not whether they can afford to eat. Income is the bigger lever.',
        next: 'Offer benefit checks, including Healthy Start, at pantry sessions.',
        measure: { name: 'Members eating five a day on most days', value: 31, unit: '%' },
        perspectives: ['resident', 'practitioner'],
      },
      {
        date: '2026-07-29',
        did: 'Sense-making session around the map with members, volunteers and the public health team.',
        happened: 'The group questioned the link from pantry use to food insecurity: more visits can mean need being met, not need growing.',
        learned: 'Judge the pantries by whether people eat well and feel respected, not by fewer visitors.',
        next: 'Keep the boxes through the winter from the household support fund, with members still choosing what goes in.',
        perspectives: ['resident', 'volunteer', 'manager'],
      },
    ],
  },
  {
    key: 'school_streets',
    title: 'School Streets at Brook Lane and St Anne’s primaries',
    hypothesis:
      'We believe that closing the roads outside two primary schools to through traffic at drop-off and pick-up ' +
      'will get more children walking, scooting or cycling to school, because parents told us the traffic at the gate ' +
      'is the main reason they drive.',
    owner: 'Council highways team with the two schools and their parents',
    scale: 'place',
    status: 'running',
    phase: 'experiment',
    startDate: '2026-01-12',
    endDate: '2026-12-18',
    touches: [
      ['School Streets schemes', 'strengthen', 'up', 'Timed closures at both schools since January, marshalled by parent and staff volunteers.'],
      ['Walking or cycling to school', 'strengthen', 'up', 'Hands-up surveys: 46% to 61% at Brook Lane, 52% to 58% at St Anne’s.'],
      ['Road traffic speed and volume', 'weaken', 'down', 'About 150 fewer vehicles in the closed streets at drop-off; about 35 more on Mill Lane.'],
      ['Children’s active play', 'explore', 'unclear', 'Staff see more children playing in the street after school; nothing counted yet.'],
      ['Air pollution', 'weaken', 'not-yet-known', 'Diffusion tubes stay up for a full year; the first annual readings are due in January.'],
    ],
    log: [
      {
        date: '2026-01-30',
        did: 'Launched the closures and asked parents at the gate how the first fortnight had felt.',
        happened: 'Most parents welcomed it. A few who drive on to work said it added ten minutes, and parked on the next street instead.',
        learned: 'For families who live close the closure works; for parents driving on to work it moves the problem round the corner.',
        next: 'Count traffic on the boundary roads, and ask the bus company about a stop nearer St Anne’s.',
        perspectives: ['parent', 'practitioner'],
      },
      {
        date: '2026-03-27',
        did: 'Hands-up survey in every class, compared with November’s baseline.',
        happened: 'Up from 46% to 61% at Brook Lane, and from 52% to 58% at St Anne’s, where more families live over a mile away.',
        learned: 'Distance limits what a closure can do on its own.',
        next: 'Try a “park and stride” meeting point in the church car park for St Anne’s.',
        measure: { name: 'Brook Lane children walking, scooting or cycling', value: 61, unit: '%' },
        perspectives: ['child', 'practitioner'],
      },
      {
        date: '2026-07-10',
        did: 'Year 5 children interviewed each other about the street.',
        happened: 'Children talked about friends and going places on their own, hardly at all about exercise.',
        learned: 'Freedom to get about without an adult may matter more to children than the activity itself.',
        next: 'Add questions on travelling independently to the autumn survey.',
        story: '“Now there’s no cars I can scoot with my friend the whole way. Mum lets me go to the corner on my own.” (Year 5 pupil, Brook Lane)',
        perspectives: ['child'],
      },
      {
        date: '2026-10-09',
        did: 'Counted traffic on the two boundary roads at drop-off and compared it with last autumn.',
        happened: 'About 35 more vehicles on Mill Lane between 8:30 and 9:00, against about 150 fewer in the closed streets.',
        learned: 'Some traffic moves rather than disappears. Mill Lane residents should hear that from us, not find it out.',
        next: 'Meet Mill Lane residents before the decision on making the closures permanent.',
        measure: { name: 'Extra vehicles on Mill Lane at drop-off', value: 35, unit: 'vehicles' },
        perspectives: ['practitioner', 'resident'],
      },
    ],
  },
  {
    key: 'measurement_calls',
    title: 'Follow-up calls to parents after child measurement',
    hypothesis:
      'We believe that a school nurse phoning parents of children measured above a healthy weight, and offering a family ' +
      'cooking course, will raise parents’ confidence feeding their children, because parents said the standard letter ' +
      'left them worried and with nowhere to turn.',
    owner: 'School nursing team, with the public health team',
    scale: 'team',
    status: 'stopped',
    phase: 'experiment',
    startDate: '2026-03-02',
    endDate: '2026-04-24',
    touches: [
      ['Parents’ confidence feeding children', 'strengthen', 'down', 'Parents said the call left them feeling watched and second-guessing every meal.'],
      ['Weight stigma and blame', 'weaken', 'up', 'Four complaints and many upset replies; some children heard about the call from classmates.'],
      ['Trust in health advice', 'strengthen', 'down', 'Two parents asked for their children to be left out of next year’s measurement.'],
      ['Shared family meals', 'strengthen', 'no-change', 'Only 9 of 74 families joined the cooking course: too few to see any change.'],
    ],
    log: [
      {
        date: '2026-03-20',
        did: 'Nurses phoned 74 families in the first three weeks.',
        happened: 'Most calls were short and guarded. Several parents asked who else had been told about their child.',
        learned: 'A call from “the school” about weight is heard as being reported, however kindly it is meant.',
        next: 'Hear from the parents who complained before making any more calls.',
        measure: { name: 'Families who joined the cooking course', value: 9, unit: 'families' },
        perspectives: ['practitioner', 'parent'],
      },
      {
        date: '2026-04-17',
        did: 'Met six parents, two of whom had complained, with a facilitator from the tenants’ association.',
        happened: 'Parents said nobody had asked what help they wanted, and the offer assumed they could not cook.',
        learned: 'We designed for parents, not with them, and added to the blame we meant to ease.',
        next: 'Stop the calls, and invite parents to design what follows measurement.',
        story:
          '“You rang me at work to say my son was overweight. I spent the afternoon thinking I’d failed him. ' +
          'If you’d asked what would help, I’d have said cheaper swimming, not a cooking class.”',
        perspectives: ['parent'],
      },
      {
        date: '2026-04-24',
        did: 'Stopped the calls and wrote to every family we had rung, with an apology and an invitation to a parents’ design group.',
        happened: 'Eleven parents have asked to join the group, including one who complained.',
        learned: 'Stopping early, and saying why, kept the door open.',
        next: 'The parents’ group starts in September, before any new offer is made.',
        measure: { name: 'Parents joining the design group', value: 11, unit: 'parents' },
        perspectives: ['manager', 'practitioner'],
      },
    ],
  },
  {
    key: 'walk_and_talk',
    title: 'Walk-and-talk groups from GP practices',
    hypothesis:
      'We believe that weekly walks starting from each GP practice, led by local volunteers and offered by social prescribers, ' +
      'will get more people walking and ease loneliness, because patients told us they would walk if they had someone ' +
      'to go with and somewhere to go.',
    owner: 'Social prescribers in the primary care network, with Riverside Ramblers',
    scale: 'organisation',
    status: 'designing',
    phase: 'co-design',
    startDate: '',
    endDate: '',
    touches: [
      ['Loneliness and isolation', 'weaken', 'not-yet-known'],
      ['Walking for everyday journeys', 'strengthen', 'not-yet-known'],
      ['Local clubs and community groups', 'strengthen', 'not-yet-known'],
      ['Parks and green space nearby', 'explore', 'not-yet-known', 'Do people know where their nearest green space is, and does it feel safe to walk there?'],
      ['Weight stigma and blame', 'weaken', 'not-yet-known', 'The walks are for everyone and are not offered as weight loss.'],
    ],
    log: [
      {
        date: '2026-10-08',
        did: 'Design session with fourteen patients referred by social prescribers and two volunteer walk leaders.',
        happened: 'People asked for short routes with a café at the end, a start at the practice door, and no talk of weight.',
        learned: 'Being invited by name, by someone you know, matters more than the route.',
        next: 'Walk three trial routes with the group and recruit leaders from it.',
        story: '“Don’t call it a health walk. Call it a walk. I get enough of being told what’s good for me.”',
        perspectives: ['resident', 'practitioner'],
      },
    ],
  },
  {
    key: 'night_shift_food',
    title: 'Hot food for night shifts at the distribution park',
    hypothesis:
      'We believe that affordable hot food through the night at the distribution park will cut snacking and sugary drinks ' +
      'on night shifts, because night workers say the canteen shuts at 8pm and after that there are only vending machines.',
    owner: 'Local employers’ health network (to be confirmed)',
    scale: 'organisation',
    status: 'idea',
    phase: 'understand',
    startDate: '',
    endDate: '',
    touches: [
      ['Night and shift work', 'explore', 'not-yet-known'],
      ['Healthy options at work canteens', 'strengthen', 'not-yet-known'],
      ['Snacking between meals', 'weaken', 'not-yet-known'],
      ['Sugary drinks drunk', 'weaken', 'not-yet-known'],
    ],
  },
];
