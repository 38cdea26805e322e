/**
 * Scenario schema
 * ===============
 *
 * The single source of truth for scenario files: the types, the defaults,
 * the validation and (through json-schema.ts) the editor schema all come from
 * here. Unknown keys are errors. Checks that span fields (a week inside the
 * run, a scope naming a real department) are in references.ts, applied by
 * checked-schema.ts.
 */
import { z } from 'zod';

import { GRADES, TRAINEE_GRADES } from './grades.ts';
import { oneLine, plainText, slug, unit, week } from './fields.ts';
import { modelSchema } from './model-schema.ts';
import { regionSchema } from './region-schema.ts';
import { trustSchema } from './trust-schema.ts';

export const armSchema = z.strictObject({
  name: slug.describe('Arm name, unique in the scenario.'),
  rules: z.string().min(1).default('hybrid').describe('Name of the leadership rule set this arm runs.'),
  parameters: z.record(z.string(), z.number()).default({}).describe('Rule-set parameters overriding its defaults, e.g. hierarchySteepness.'),
  description: plainText.optional().describe('What the arm represents.'),
});

const initiative = z.strictObject({
  name: slug.describe('Initiative name, unique in the scenario.'),
  week: week.describe('Week the change is launched (before the end of the run).'),
  scope: z
    .string()
    .describe('"trust" for a trust-wide change (in a region of several trusts, with `trust`), "region" for a change across the region (with one trust, the same as "trust"), or the name of one department, e.g. "medicine-2" (in a region, "northgate/medicine-2").'),
  trust: slug.optional().describe('With scope "trust" in a region of several trusts (required there): the trust whose chief executive launches and leads the change.'),
  trusts: z
    .array(slug)
    .min(1)
    .optional()
    .describe('With scope "region": the trusts whose chief executives launch and lead the change (the first one\'s sponsors it); by default every trust. It may spread to the others through ties between trusts.'),
  complexity: unit.default(0.5).describe('How much social reinforcement adoption needs, 0 (simple contagion) to 1 (strongly complex; Centola & Macy 2007). Assumption.'),
  advantage: z.number().min(-1).max(1).default(0.2).describe('Relative advantage as staff see it, −1 to 1 (Greenhalgh et al. 2004). Assumption.'),
});

const departure = z.strictObject({
  type: z.literal('departure'),
  week: week.describe('Week the post holder leaves (before the end of the run).'),
  role: z.enum(['medical-director', 'chief-nurse', 'chief-executive', 'clinical-director']).describe('Which leader leaves.'),
  department: z.string().optional().describe('The department whose clinical director leaves; only for role clinical-director (in a region, "trust/department").'),
  trust: slug.optional().describe('In a region of several trusts, the trust whose executive leaves (required there for an executive; a clinical director\'s department names its trust).'),
}).describe('A senior leader leaves their post.');

const leadershipProgramme = z.strictObject({
  type: z.literal('leadership-programme'),
  week: week.describe('Week the programme runs (before the end of the run).'),
  grades: z
    .array(z.enum(GRADES))
    .min(1)
    .default([...TRAINEE_GRADES])
    .describe('Grades taking part; by default doctors in training, the "forgotten and underutilised cohort" (Till & McKimm).'),
  leaderIdentity: unit.default(0.2).describe('Added to participants\' leader identity (DeRue & Ashford 2010). Assumption.'),
  voice: unit.default(0.3).describe('Added to participants\' voice: their propensity to claim leadership. Assumption.'),
  engagement: z.number().min(0).max(10).default(0.5).describe('Added to participants\' engagement (0–10 scale). Assumption.'),
}).describe('A leadership development programme raising participants\' leader identity, voice and engagement (West et al. 2014).');

export const scenarioFields = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema an editor should use, for JSON files (YAML files use a comment); ignored by leadsim.'),
    name: slug.describe('Scenario name.'),
    description: oneLine.describe('One line saying what the scenario compares; shown by `leadsim list`.'),
    seed: z.int().min(0).default(1).describe('Master seed: every random stream of every run derives from it.'),
    weeks: z.int().min(1).max(1040).default(104).describe('Length of each run in weeks (at most 20 years).'),
    replicates: z.int().min(1).max(10000).default(10).describe('Runs per arm, each with its own random streams.'),
    trust: trustSchema,
    region: regionSchema,
    arms: z
      .array(armSchema)
      .min(1)
      .prefault([
        { name: 'heroic', rules: 'heroic' },
        { name: 'collective', rules: 'collective' },
      ])
      .describe('The leadership regimes compared, each run on the same trusts and seeds.'),
    initiatives: z.array(initiative).default([]).describe('Changes launched during the run, whose spread is measured.'),
    ideas: z
      .strictObject({
        rate: z.number().min(0).default(0.001).describe('Improvement ideas proposed per person per week, by everyone in a clinical department (not the executive). Assumption.'),
        exemplaryMultiplier: z
          .number()
          .min(0)
          .default(2)
          .describe('How many times more often exemplary followers propose ideas (Kelley 1988). Assumption.'),
      })
      .prefault({})
      .describe('Bottom-up improvement ideas, which anyone in a clinical department may propose and peers may take up.'),
    events: z
      .array(z.discriminatedUnion('type', [departure, leadershipProgramme]))
      .default([])
      .describe('Scheduled shocks: leaders leaving, leadership programmes.'),
    model: modelSchema,
  })
  .describe('A leadsim scenario: one synthetic trust (or a region of them), the leadership arms compared on it, and what happens during the run.');

/** A scenario as written: most fields may be left out. */
export type ScenarioInput = z.input<typeof scenarioFields>;
/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof scenarioFields>;
