// A month of records around two sessions, shared by the summary and exporter tests.
import type { SummaryData } from '../../../../src/domain/summary/types';
import {
  makeAssessment,
  makeCheckIn,
  makeCommitment,
  makeEntry,
  makeSession,
} from '../../factories';

const at = (day: string, hour = 9) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`).getTime();

export const session1 = makeSession({
  id: 's1',
  status: 'completed',
  day: '2026-11-02',
  startsAt: at('2026-11-02', 10),
  route: 'intramuscular',
  doseMg: 50,
  intentions: ['Meet the fear with curiosity'],
  vitalsBefore: { systolic: 120, diastolic: 80, heartRate: 70 },
  vitalsAfter: { systolic: 135, diastolic: 88, heartRate: 84 },
  sideEffects: [{ kind: 'nausea', severity: 'mild' }],
});

export const session2 = makeSession({
  id: 's2',
  status: 'completed',
  day: '2026-11-16',
  startsAt: at('2026-11-16', 10),
  route: 'sublingual-oral',
  doseMg: 300,
  intentions: ['Rest'],
  sideEffects: [],
});

export const planned = makeSession({
  id: 's3',
  status: 'planned',
  day: '2026-11-30',
  startsAt: at('2026-11-30', 10),
  intentions: [],
});

/** Shared in full. */
export const sharedEntry = makeEntry({
  id: 'e-shared',
  day: '2026-11-03',
  title: 'The morning after',
  body: 'Lighter than I expected.\nI cried at the bus stop, and it felt clean.',
  share: true,
  discuss: false,
});

/** Never flagged: must never appear. */
export const privateEntry = makeEntry({
  id: 'e-private',
  day: '2026-11-04',
  title: 'Private pages',
  body: 'SECRET-BODY nobody else reads this.',
  share: false,
  discuss: false,
});

/** To discuss but not shared: its topic line appears, its body never. */
export const discussEntry = makeEntry({
  id: 'e-discuss',
  day: '2026-11-05',
  title: undefined,
  body: 'My father and the lake\nHIDDEN-DISCUSS-BODY about what happened.',
  share: false,
  discuss: true,
});

/** Shared, several sentences, for excerpts. */
export const longEntry = makeEntry({
  id: 'e-long',
  day: '2026-11-06',
  title: 'Long one',
  body: 'First sentence here. Second sentence follows.\nA new paragraph starts. And it ends.',
  share: true,
  discuss: true,
});

/** Outside every range used in the tests. */
export const oldEntry = makeEntry({
  id: 'e-old',
  day: '2026-09-01',
  title: 'Old',
  body: 'OLD-BODY',
  share: true,
  discuss: true,
});

export const checkins = [
  makeCheckIn({
    id: 'c1',
    day: '2026-11-01',
    at: at('2026-11-01'),
    mood: 4,
    emotions: ['anxious'],
    note: 'NOTE-ONE',
  }),
  makeCheckIn({
    id: 'c2',
    day: '2026-11-02',
    at: at('2026-11-02', 9),
    mood: 5,
    moment: 'before-session',
    sessionId: 's1',
    emotions: ['anxious', 'hopeful'],
  }),
  makeCheckIn({
    id: 'c3',
    day: '2026-11-02',
    at: at('2026-11-02', 15),
    mood: 7,
    moment: 'after-session',
    sessionId: 's1',
    emotions: ['calm'],
  }),
  makeCheckIn({
    id: 'c4',
    day: '2026-11-03',
    at: at('2026-11-03'),
    mood: 8,
    emotions: ['calm', 'hopeful'],
    note: undefined,
  }),
  makeCheckIn({
    id: 'c5',
    day: '2026-11-20',
    at: at('2026-11-20'),
    mood: 6,
    emotions: ['tired'],
    note: undefined,
  }),
];

export const assessments = [
  makeAssessment({
    id: 'a0',
    day: '2026-10-20',
    at: at('2026-10-20'),
    instrument: 'phq9',
    total: 16,
    band: 'moderately severe',
  }),
  makeAssessment({
    id: 'a1',
    day: '2026-11-09',
    at: at('2026-11-09'),
    instrument: 'phq9',
    total: 11,
    band: 'moderate',
  }),
  makeAssessment({
    id: 'a2',
    day: '2026-11-23',
    at: at('2026-11-23'),
    instrument: 'phq9',
    total: 8,
    band: 'mild',
  }),
  makeAssessment({
    id: 'g1',
    day: '2026-11-09',
    at: at('2026-11-09', 10),
    instrument: 'gad7',
    total: 9,
    band: 'mild',
  }),
  makeAssessment({
    id: 'unfinished',
    day: '2026-11-10',
    at: at('2026-11-10'),
    instrument: 'gad7',
    total: undefined,
    band: undefined,
    complete: false,
  }),
];

export const commitments = [
  makeCommitment({
    id: 'k1',
    day: '2026-11-03',
    text: 'Call my sister on Sundays',
    followUps: [{ at: at('2026-11-10'), outcome: 'partly', note: 'Once, it was good' }],
  }),
  makeCommitment({ id: 'k2', day: '2026-11-07', text: 'Walk before work', followUps: [] }),
  makeCommitment({ id: 'k-old', day: '2026-08-01', text: 'OLD-COMMITMENT', followUps: [] }),
];

/** All of the above. */
export const monthData: SummaryData = {
  sessions: [session1, session2, planned],
  entries: [sharedEntry, privateEntry, discussEntry, longEntry, oldEntry],
  checkins,
  assessments,
  commitments,
};

/** The range of the tests: November up to the 27th. */
export const november = { from: '2026-11-01', to: '2026-11-27' } as const;

/** A fixed "now" inside November. */
export const novemberNow = at('2026-11-27', 18);
