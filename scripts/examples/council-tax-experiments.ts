/**
 * Experiments on the council-tax debt map: changes the council tax team and
 * the advice network are trying so that households get help before the debt
 * grows. Fictional, like the map.
 */
import type { ExperimentSpec } from './build.ts';

export const COUNCIL_TAX_EXPERIMENTS: ExperimentSpec[] = [
  {
    key: 'plain_english_letter',
    title: 'Plain-English reminder letter, written with residents',
    hypothesis:
      'We believe that a reminder letter rewritten with residents who have been in arrears, saying plainly what is owed, ' +
      'what happens next and where to get help, will get more people to contact us before a summons, because residents ' +
      'told us the current letter reads like a threat and hides the help on page two.',
    owner: 'Council tax team with residents from the money advice network',
    scale: 'organisation',
    status: 'concluded',
    phase: 'embed',
    startDate: '2026-03-02',
    endDate: '2026-08-28',
    touches: [
      ['Letters written in officialese', 'weaken', 'down', 'One page instead of two; the phone number and “You may be able to pay less” now come first.'],
      ['Fear of opening post', 'weaken', 'down', 'Residents testing it said a plain envelope and a first-name greeting felt less frightening.'],
      ['Avoiding contact with the council', 'weaken', 'down', 'Contact within 14 days of a reminder: 11% with the old letter, 19% with the new (about 2,000 letters each).'],
      ['Awareness of council tax reduction', 'strengthen', 'up', 'Applications for council tax reduction from people sent the new letter nearly doubled.'],
    ],
    log: [
      {
        date: '2026-03-19',
        did: 'Two writing sessions with seven residents who had been in arrears, a debt adviser and two council tax officers.',
        happened: 'Residents cut the letter to one page, moved the phone number to the top and put “You may be able to pay less” in bold.',
        learned: 'Officers had assumed the legal wording had to stay. Most of it did not.',
        next: 'Legal check of the draft, then split the April and May reminders between the old and new letters.',
        story:
          '“The first thing I want to know is: am I in trouble, and what can I do today? ' +
          'Your letter tells me that on page two, after the bit about the court.”',
        perspectives: ['resident', 'practitioner'],
      },
      {
        date: '2026-06-05',
        did: 'Compared contact within 14 days for the reminders sent in April and May.',
        happened: '19% of people sent the new letter got in touch, against 11% with the old. Most of the extra calls were to set up a payment plan.',
        learned: 'Plain wording brings people in earlier, while there is still a cheap way out.',
        next: 'Follow both groups through to the summons stage.',
        measure: { name: 'Residents in touch within 14 days of a reminder', value: 19, unit: '%' },
        perspectives: ['manager'],
      },
      {
        date: '2026-08-21',
        did: 'Followed the April and May groups through to the August summons run.',
        happened: '212 summonses per 1,000 new letters, against 268 per 1,000 old ones.',
        learned: 'Fewer summonses means fewer court costs added to debts people were already struggling with.',
        next: 'Use the new letter for every reminder from October, and rewrite the final notice with the same residents.',
        measure: { name: 'Summonses per 1,000 reminders (new letter)', value: 212, unit: 'per 1,000' },
        perspectives: ['manager', 'practitioner'],
      },
    ],
  },
  {
    key: 'call_before_summons',
    title: 'A phone call before a summons',
    hypothesis:
      'We believe that an officer phoning each household before a summons is issued, to listen and offer a plan or a referral, ' +
      'will lead to more affordable plans and fewer liability orders, because people who leave letters unopened will often ' +
      'answer a person who sounds as if they want to help.',
    owner: 'Council tax recovery officers in two of the six collection areas',
    scale: 'person',
    status: 'running',
    phase: 'experiment',
    startDate: '2026-07-06',
    endDate: '2026-12-18',
    touches: [
      ['Early, friendly contact from the council', 'strengthen', 'up', 'Officers now ring before every summons run in the two trial areas.'],
      ['Referral to debt advice', 'strengthen', 'up', 'Warm referrals to the advice charity: 31 in three months, against 4 in the same months last year.'],
      ['Affordable repayment plan agreed', 'strengthen', 'up', 'Plans agreed on the call, most below the usual minimum payment.'],
      ['Avoiding contact with the council', 'weaken', 'unclear', 'About half of calls are answered; we know nothing yet about the people we never reach.'],
      ['Liability order and court costs', 'weaken', 'not-yet-known', 'First comparison with the other four areas after the December court hearing.'],
    ],
    log: [
      {
        date: '2026-07-31',
        did: 'Rang the 112 households due a summons in August.',
        happened: '38 answered. 22 agreed a plan on the call and 9 accepted a referral to the advice charity.',
        learned: 'Calls from an unknown number mostly go unanswered.',
        next: 'Send a text the day before saying who will ring, and when.',
        measure: { name: 'Households who answered', value: 38, unit: 'households' },
        perspectives: ['practitioner'],
      },
      {
        date: '2026-09-25',
        did: 'Reflection session for the officers making the calls, with their manager.',
        happened: 'Officers said the calls take longer than the time allowed, and the script leaves no room to listen.',
        learned: 'The call only works if officers have the time and the permission to go off script, including to accept smaller payments.',
        next: 'Officers may now agree plans below the usual minimum without asking a manager.',
        story:
          '“I was dreading it. I thought people would shout. Most of them said thank you for ringing, and one woman cried ' +
          'because it was the first time anyone had asked how she was.” (Recovery officer)',
        perspectives: ['practitioner', 'manager'],
      },
      {
        date: '2026-10-23',
        did: 'Sent a text the day before each call for the October summons run.',
        happened: 'Nearly half of calls were answered, up from about a third.',
        learned: 'A small courtesy, saying who is calling and why, changes whether people pick up.',
        next: 'Compare liability orders with the other four areas after the December hearing.',
        measure: { name: 'Calls answered', value: 47, unit: '%' },
        perspectives: ['practitioner'],
      },
    ],
  },
  {
    key: 'advice_pause',
    title: 'A pause on enforcement while advice is sought',
    hypothesis:
      'We believe that holding a case back from enforcement agents for 30 days once a resident tells us they are getting advice, ' +
      'without waiting for a formal Breathing Space, will stop fees piling up and give time to agree a plan, because advisers ' +
      'say most bailiff fees are added while people wait for an appointment.',
    owner: 'Council tax team with the Riverside Money Advice Network',
    scale: 'person',
    status: 'designing',
    phase: 'co-design',
    startDate: '',
    endDate: '',
    touches: [
      ['Enforcement agent visits', 'weaken', 'not-yet-known'],
      ['Enforcement agent fees', 'weaken', 'not-yet-known'],
      ['Stress and anxiety', 'weaken', 'not-yet-known'],
      ['Referral to debt advice', 'strengthen', 'not-yet-known'],
      ['Breathing Space protection', 'explore', 'not-yet-known', 'Does a local pause help people into a formal Breathing Space, or take its place?'],
    ],
    log: [
      {
        date: '2026-10-14',
        did: 'Design session with three debt advisers, two residents who have had bailiff visits, and the recovery manager.',
        happened: 'Residents asked that one call from the advice charity be enough to start the pause: no forms, no proof.',
        learned: 'Any step that asks a frightened person to prove something is a step where they drop out.',
        next: 'Draft the rules with the advisers, and ask the enforcement agents how a pause would reach them the same day.',
        story: '“By the time I got an appointment the bailiff had been twice and the debt had gone up by three hundred pounds.”',
        perspectives: ['resident', 'practitioner', 'manager'],
      },
    ],
  },
];
