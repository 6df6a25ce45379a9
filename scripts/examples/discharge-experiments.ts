/**
 * Experiments on the discharge team map: one the team has finished and made
 * its default, and one it is in the middle of. Fictional, like the map.
 */
import type { ExperimentSpec } from './build.ts';

export const DISCHARGE_EXPERIMENTS: ExperimentSpec[] = [
  {
    key: 'assess_at_home',
    title: 'Therapist assessment at home within a day of discharge',
    hypothesis:
      'We believe that sending people home with reablement and having a therapist assess them there within 24 hours, ' +
      'instead of on the ward, will mean smaller care packages and more independence, because on the ward people are ' +
      'judged at their weakest, in a place that is not their home.',
    owner: 'Community therapists with the reablement team',
    scale: 'team',
    status: 'concluded',
    phase: 'embed',
    startDate: '2026-04-06',
    endDate: '2026-09-25',
    touches: [
      ['Assessment at home, not on the ward', 'strengthen', 'up', '96 people assessed at home during the trial, against 20 in the six months before.'],
      ['Over-prescribed care packages', 'weaken', 'down', 'Home care after reablement: 9 hours a week on average, against 14 on the ward route.'],
      ['Confidence to manage at home', 'strengthen', 'up', 'Most people visited a month later said they were doing more for themselves than in hospital.'],
      ['Readmission within 30 days', 'weaken', 'no-change', '12% in the trial against 13% before: no real difference either way.'],
      ['Equipment delivered on time', 'explore', 'down', 'With less notice, equipment arrived after the person for about one in five.'],
    ],
    log: [
      {
        date: '2026-05-15',
        did: 'Reviewed the first six weeks with therapists, reablement workers and the equipment store.',
        happened: 'Equipment was the weak point: with discharges arranged faster, the store could not always deliver first.',
        learned: 'Speeding up one part of the system moves the pressure to another.',
        next: 'Agree a same-day delivery slot with the equipment store for people in the trial.',
        measure: { name: 'People whose equipment arrived after them', value: 19, unit: '%' },
        perspectives: ['practitioner'],
      },
      {
        date: '2026-07-24',
        did: 'Visited eight people, with their families, a month after their reablement ended.',
        happened: 'People described the home assessment as the moment they were treated as able, not as a risk.',
        learned: 'Where the assessment happens changes what people believe they can do, as well as what we see.',
        next: 'Share the stories with ward staff, who rarely hear how people get on at home.',
        story:
          '“On the ward they said I’d need four calls a day. At home the therapist watched me make a cup of tea ' +
          'and we settled on one in the morning. I’m not an invalid in my own kitchen.” (Patient, 84)',
        perspectives: ['patient', 'family carer'],
      },
      {
        date: '2026-09-18',
        did: 'Compared care hours and readmissions with the six months before the trial.',
        happened: 'Average home care after reablement fell from 14 to 9 hours a week; readmissions stayed about the same.',
        learned: 'Smaller packages did not make people less safe, and freed hours for people waiting in hospital.',
        next: 'Make assessment at home the default route from January, and keep watching readmissions.',
        measure: { name: 'Average home care after reablement', value: 9, unit: 'hours a week' },
        perspectives: ['manager'],
      },
    ],
  },
  {
    key: 'daily_huddle',
    title: 'Daily multi-team huddle on two wards',
    hypothesis:
      'We believe that a fifteen-minute huddle each morning on wards 7 and 9, with ward, therapy, social care and reablement staff, ' +
      'will get people home sooner, because most of the delays we reviewed came from one team not knowing what another ' +
      'had already arranged.',
    owner: 'Discharge coordinator, with wards 7 and 9',
    scale: 'team',
    status: 'running',
    phase: 'experiment',
    startDate: '2026-10-05',
    endDate: '2027-01-29',
    touches: [
      ['Daily multi-team huddle', 'strengthen', 'up', 'Held on 18 of the first 20 working days.'],
      ['Information shared between teams', 'strengthen', 'up', 'Ward clerks report far fewer calls chasing other teams.'],
      ['Expected discharge date agreed', 'strengthen', 'up', 'Patients with a date on the board: 58% before, 81% in October.'],
      ['Risk-averse decisions', 'weaken', 'unclear', 'Some cautious plans are challenged at the huddle; others are simply agreed faster.'],
      ['Days in a hospital bed', 'weaken', 'not-yet-known', 'Needs at least three months of data to see past the usual swings.'],
    ],
    log: [
      {
        date: '2026-10-16',
        did: 'Ran the first two weeks of huddles and timed each one.',
        happened: 'Huddles overran at first. By day six they fitted into fifteen minutes, standing at the whiteboard.',
        learned: 'Standing up, with one board everyone can see, keeps it short.',
        next: 'Ask the social work team to send the same person each day.',
        measure: { name: 'Huddles held as planned', value: 9, unit: 'of 10 days' },
        perspectives: ['practitioner'],
      },
      {
        date: '2026-10-30',
        did: 'Asked ward clerks and the reablement lead what had changed, and counted dates on the board.',
        happened: 'No late surprise discharges on a Friday this month. 81% of patients had an expected discharge date, up from 58%.',
        learned: 'The huddle’s first effect is fewer surprises; whether people go home sooner will take longer to see.',
        next: 'Keep going to January, then compare days in hospital with wards 4 and 5.',
        measure: { name: 'Patients with an expected discharge date', value: 81, unit: '%' },
        story:
          '“On Fridays we used to find out at three o’clock that someone was going home and nothing was ready. ' +
          'This month it hasn’t happened once.” (Ward clerk, ward 9)',
        perspectives: ['practitioner'],
      },
    ],
  },
];
