/**
 * The patterns the model is built to produce or test
 * ==================================================
 *
 * docs/model.md §1, and the seed article's claims, each as a statistic. They
 * were written down from the claims before the model was run on them, and
 * are never adjusted to make a claim hold: a pattern that does not hold is a
 * finding, reported with its reason in docs/model.md.
 *
 * Arms are named by role: `heroic` and `collective` are the scenario's first
 * arms running those rule sets. Weeks are read from the scenario: the first
 * scheduled initiative and its mandate (`model.spread.mandateWeeks`).
 *
 * Each pattern's `bounds` follow from what its statistic is: a share is in
 * [0, 1], a difference of two values each in [a, b] in [a − b, b − a]
 * (`differenceBounds`), with the metrics' own ranges from their catalogue.
 */
import { LeadsimError } from '../errors.ts';
import { TRUST_METRICS } from '../metrics/trust-metrics.ts';
import type { RunResult } from '../results/types.ts';
import { TRAINEE_GRADES } from '../scenario/grades.ts';
import type { Scenario } from '../scenario/schema.ts';
import { SHARE, differenceBounds } from '../statistics/bounds.ts';
import type { Bounds } from '../statistics/bounds.ts';
import type { Pattern, ReplicateRuns, Variant } from './pattern.ts';

const HEROIC = 'heroic';
const COLLECTIVE = 'collective';

/** Weeks after the end of a mandate at which reversion is read (half a year). */
const AFTER_MANDATE = 26;
/** Weeks after the last trust-wide launch at which the chief executive leaves (as in the bundled senior-departure scenario). */
const DEPARTURE_AFTER = 10;
/** A share of adopters that counts as "partly compliant" (one in ten). Assumption. */
const PARTLY = 0.1;

/** Two shares (uptake, or a share of ideas) differ by at most 1 either way. */
const SHARE_DIFFERENCE = differenceBounds(SHARE);

/** The range of a difference between arms of a weekly metric, from its catalogue entry. */
function metricDifference(metric: string): Bounds | undefined {
  const info = TRUST_METRICS.find((m) => m.name === metric);
  if (info === undefined) throw new LeadsimError(`patterns: no weekly metric "${metric}" to read.`);
  return differenceBounds(info.bounds);
}

function value(run: RunResult, metric: string, week: number): number | null {
  for (const point of run.series) if (point.week === week && point.metric === metric) return point.value;
  return null;
}

function last(run: RunResult, metric: string): number | null {
  const week = run.series.reduce((max, p) => Math.max(max, p.week), 0);
  return value(run, metric, week);
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

/** collective − heroic in the base scenario, for a measure of one run. */
function collectiveMinusHeroic(measure: (run: RunResult) => number | null) {
  return (r: ReplicateRuns) => difference(measure(r.run('base', COLLECTIVE)), measure(r.run('base', HEROIC)));
}

/** The scenario's first scheduled initiative, with the last week its mandate presses. */
function firstInitiative(scenario: Scenario): { name: string; mandateEnd: number } | null {
  const first = [...scenario.initiatives].sort((a, b) => a.week - b.week).at(0);
  return first === undefined ? null : { name: first.name, mandateEnd: first.week + scenario.model.spread.mandateWeeks - 1 };
}

/** The scenario's first arm running a role's rule set, which the patterns compare. */
export function armFor(scenario: Scenario, role: string): Scenario['arms'][number] {
  const arm = scenario.arms.find((a) => a.rules === role);
  if (arm === undefined)
    throw new LeadsimError(`patterns: scenario "${scenario.name}" has no arm with rules "${role}"; the patterns compare heroic and collective arms.`);
  return arm;
}

function withArms(base: Scenario, roles: readonly string[]): Scenario['arms'] {
  return roles.map((role) => ({ ...armFor(base, role), name: role }));
}

/** The variants the patterns read; each returns the scenario it runs, or null where it does not apply. */
export function variants(): Variant[] {
  const clustering = (complexity: number, rewiring: number | null): Variant => ({
    name: `${complexity === 1 ? 'complex' : 'simple'}-${rewiring === null ? 'clustered' : 'random'}`,
    description: `every scheduled change of complexity ${complexity}; team ties ${rewiring === null ? 'as in the scenario (clustered)' : 'fully rewired within departments (random)'}; collective arm`,
    arms: [COLLECTIVE],
    make: (base) => ({
      ...base,
      arms: withArms(base, [COLLECTIVE]),
      initiatives: base.initiatives.map((initiative) => ({ ...initiative, complexity })),
      trust: rewiring === null ? base.trust : { ...base.trust, ties: { ...base.trust.ties, teamRewiring: rewiring } },
    }),
  });
  return [
    { name: 'base', description: 'the scenario as written, heroic and collective arms', arms: [HEROIC, COLLECTIVE], make: (base) => ({ ...base, arms: withArms(base, [HEROIC, COLLECTIVE]) }) },
    {
      name: 'departure',
      description: `the chief executive leaves ${DEPARTURE_AFTER} weeks after the last trust-wide launch`,
      arms: [HEROIC, COLLECTIVE],
      make: (base) => {
        const launches = base.initiatives.filter((i) => i.scope === 'trust').map((i) => i.week);
        const week = Math.max(...launches) + DEPARTURE_AFTER;
        if (launches.length === 0 || week >= base.weeks) return null;
        return { ...base, arms: withArms(base, [HEROIC, COLLECTIVE]), events: [...base.events, { type: 'departure', week, role: 'chief-executive' }] };
      },
    },
    clustering(1, null),
    clustering(1, 1),
    clustering(0, null),
    clustering(0, 1),
  ];
}

/** The patterns, for a scenario (whose first initiative and mandate set the weeks read). */
export function patterns(scenario: Scenario): Pattern[] {
  const first = firstInitiative(scenario);
  const atMandateEnd = (run: RunResult, metric: string) => (first === null ? null : value(run, metric, first.mandateEnd));
  const reverted = first === null ? scenario.weeks - 1 : Math.min(scenario.weeks - 1, first.mandateEnd + AFTER_MANDATE);
  const final = (variant: string, arm: string) => (r: ReplicateRuns) => r.run(variant, arm).summary.final_uptake ?? null;
  const clusteringGain = (complexity: 'complex' | 'simple') => (r: ReplicateRuns) =>
    difference(final(`${complexity}-clustered`, COLLECTIVE)(r), final(`${complexity}-random`, COLLECTIVE)(r));
  const departureLoss = (arm: string) => (r: ReplicateRuns) => difference(final('departure', arm)(r), final('base', arm)(r));
  const launchedIdeas = (run: RunResult) => {
    const launched = last(run, 'initiatives_launched');
    return launched === null ? null : launched - scenario.initiatives.filter((i) => i.week < scenario.weeks).length;
  };
  const firstName = first?.name ?? '(no scheduled initiative)';

  return [
    {
      id: 'collective-implements-change',
      claim: 'Collective leadership implements change better than heroic leadership',
      source: "King's Fund 2012; West et al. 2014; Till & McKimm",
      statistic: 'final_uptake (mean over scheduled changes, last week), collective − heroic',
      variants: ['base'],
      expect: 'above',
      reference: 0,
      bounds: SHARE_DIFFERENCE,
      value: collectiveMinusHeroic((run) => run.summary.final_uptake ?? null),
    },
    {
      id: 'mandate-fast',
      claim: 'Mandated change is fast',
      source: 'Greenhalgh et al. 2004',
      statistic: `uptake of ${firstName} in the last week of its mandate, heroic − collective`,
      variants: ['base'],
      expect: 'above',
      reference: 0,
      bounds: SHARE_DIFFERENCE,
      value: (r) => difference(atMandateEnd(r.run('base', HEROIC), `uptake:${firstName}`), atMandateEnd(r.run('base', COLLECTIVE), `uptake:${firstName}`)),
    },
    {
      id: 'mandate-partly-compliant',
      claim: 'Mandated change is partly compliant',
      source: 'Greenhalgh et al. 2004; Kelman 1958',
      statistic: `compliant share of adopters (uptake_compliant / uptake_total) in the last week of ${firstName}'s mandate, heroic arm; above ${PARTLY} (assumption)`,
      variants: ['base'],
      expect: 'above',
      reference: PARTLY,
      // Compliant adopters are some of all adopters.
      bounds: SHARE,
      value: (r) => {
        const run = r.run('base', HEROIC);
        const compliant = atMandateEnd(run, 'uptake_compliant');
        const total = atMandateEnd(run, 'uptake_total');
        return compliant === null || total === null || total === 0 ? null : compliant / total;
      },
    },
    {
      id: 'mandate-reverts',
      claim: 'Mandated change reverts when pressure ends',
      source: 'Greenhalgh et al. 2004; Wiltsey Stirman et al. 2012',
      statistic: `uptake of ${firstName} ${AFTER_MANDATE} weeks after its mandate ended (or in the last week) − in its mandate's last week, heroic arm`,
      variants: ['base'],
      expect: 'below',
      reference: 0,
      bounds: SHARE_DIFFERENCE,
      value: (r) => {
        const run = r.run('base', HEROIC);
        return difference(value(run, `uptake:${firstName}`, reverted), atMandateEnd(run, `uptake:${firstName}`));
      },
    },
    {
      id: 'complex-needs-clustering',
      claim: 'Complex changes spread through clustered ties',
      source: 'Centola & Macy 2007; Centola 2010',
      statistic: 'final_uptake with every scheduled change of complexity 1, clustered team ties − team ties fully rewired within departments, collective arm',
      variants: ['complex-clustered', 'complex-random'],
      expect: 'above',
      reference: 0,
      bounds: SHARE_DIFFERENCE,
      value: clusteringGain('complex'),
    },
    {
      id: 'clustering-matters-more-for-complex',
      claim: 'Clustering helps complex changes more than simple ones',
      source: 'Centola & Macy 2007',
      statistic: 'the clustered − random gain in final_uptake at complexity 1 − the same gain at complexity 0, collective arm',
      variants: ['complex-clustered', 'complex-random', 'simple-clustered', 'simple-random'],
      expect: 'above',
      reference: 0,
      // A difference of two differences of shares.
      bounds: differenceBounds(SHARE_DIFFERENCE),
      value: (r) => difference(clusteringGain('complex')(r), clusteringGain('simple')(r)),
    },
    ...(
      [
        ['leadership-denser', 'Leadership networks are denser when claims are granted among peers', 'Carson et al. 2007', 'leadership_density', 'above'],
        ['leadership-denser-in-departments', 'Leadership networks are denser when claims are granted among peers (within departments, at team scale)', 'Carson et al. 2007', 'leadership_density_department', 'above'],
        ['leadership-less-centralised', 'Leadership networks are less centralised when claims are granted among peers', 'Mayo et al. 2003', 'leadership_centralization', 'below'],
        ['leadership-less-centralised-in-departments', 'Leadership networks are less centralised when claims are granted among peers (within departments, at team scale)', 'Mayo et al. 2003; Carson et al. 2007', 'leadership_centralization_department', 'below'],
        ['leadership-more-equal', 'Leadership is spread more evenly when claims are granted among peers', 'Mehra et al. 2006 (Gini of in-degree)', 'leadership_gini', 'below'],
      ] as const
    ).map(([id, claim, source, metric, expect]): Pattern => ({
      id,
      claim,
      source,
      statistic: `${metric} in the last week, collective − heroic`,
      variants: ['base'],
      expect,
      reference: 0,
      bounds: metricDifference(metric),
      value: collectiveMinusHeroic((run) => last(run, metric)),
    })),
    {
      id: 'senior-departure-fragility',
      claim: 'Projects led by one senior are fragile to that senior leaving',
      source: 'Till & McKimm; West et al. 2014',
      statistic: `change in final_uptake when the chief executive leaves ${DEPARTURE_AFTER} weeks after the last trust-wide launch (with − without the departure, same seeds), heroic − collective`,
      variants: ['base', 'departure'],
      expect: 'below',
      reference: 0,
      // A difference of two differences of shares.
      bounds: differenceBounds(SHARE_DIFFERENCE),
      value: (r) => difference(departureLoss(HEROIC)(r), departureLoss(COLLECTIVE)(r)),
    },
    {
      id: 'trainees-lead-more',
      claim: 'Trainees lead more initiatives under collective leadership',
      source: 'Till & McKimm',
      statistic: `initiatives launched from trainees' proposals (launched_by: ${TRAINEE_GRADES.join(', ')}), collective − heroic`,
      variants: ['base'],
      expect: 'above',
      reference: 0,
      // A difference of two counts has no natural bound: the t interval.
      value: collectiveMinusHeroic((run) => TRAINEE_GRADES.reduce((sum, grade) => sum + (run.summary[`launched_by:${grade}`] ?? 0), 0)),
    },
    {
      id: 'trainees-more-engaged',
      claim: 'Trainees are more engaged under collective leadership',
      source: 'Till & McKimm; West & Dawson 2012',
      statistic: 'engagement_trainees in the last week, collective − heroic',
      variants: ['base'],
      expect: 'above',
      reference: 0,
      bounds: metricDifference('engagement_trainees'),
      value: collectiveMinusHeroic((run) => last(run, 'engagement_trainees')),
    },
    {
      id: 'ideas-survive-rotation',
      claim: "Trainees' projects survive rotation when ownership is shared",
      source: 'Till & McKimm',
      statistic: 'ideas lost at rotation per idea launched (ideas_lost_at_rotation / sponsored ideas), collective − heroic',
      variants: ['base'],
      expect: 'below',
      reference: 0,
      // An idea is lost at rotation at most once, after its launch: each arm's value is a share.
      bounds: SHARE_DIFFERENCE,
      value: collectiveMinusHeroic((run) => {
        const ideas = launchedIdeas(run);
        const lost = last(run, 'ideas_lost_at_rotation');
        return ideas === null || lost === null || ideas === 0 ? null : lost / ideas;
      }),
    },
    {
      // Added after the statistic above, which mixes survival with exposure: heroic rules launch few
      // trainees' ideas, so few of its ideas ever have a lead who rotates.
      id: 'ideas-survive-lead-rotation',
      claim: "Trainees' projects survive rotation when ownership is shared (among ideas whose lead rotates out)",
      source: 'Till & McKimm',
      statistic: 'ideas lost at rotation per idea lead rotating out (ideas_lost_at_rotation / idea_leads_rotated_out), collective − heroic',
      variants: ['base'],
      expect: 'below',
      reference: 0,
      // Each idea lost at rotation is one of its lead's rotations out: each arm's value is a share.
      bounds: SHARE_DIFFERENCE,
      value: collectiveMinusHeroic((run) => {
        const rotated = last(run, 'idea_leads_rotated_out');
        const lost = last(run, 'ideas_lost_at_rotation');
        return rotated === null || lost === null || rotated === 0 ? null : lost / rotated;
      }),
    },
  ];
}
