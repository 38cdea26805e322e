/**
 * Scenario schema: the trust
 * ==========================
 *
 * Departments, their staffing, the networks between staff, rotations,
 * turnover and engagement. Every field has a default; its description gives
 * the source, or says it is an assumption. The department module (8–10
 * consultants, 6–8 registrars, 35–45 nurses…) is itself an assumption: a
 * plausible acute-trust department, not a published average.
 */
import { z } from 'zod';

import { plainText, slug, unit } from './fields.ts';

/** Bounds on single numbers, so the size check (trust-size.ts, with the limits) never works on absurd ones. */
const MAX_COUNT = 100_000;
const MAX_DEGREE = 1_000;

/** A per-department headcount range [min, max]; each department draws its own. */
function headcount(who: string, range: [number, number], source: string) {
  return z
    .tuple([z.int().min(0).max(MAX_COUNT), z.int().min(0).max(MAX_COUNT)])
    .refine(([min, max]) => min <= max, 'a range [min, max] with min ≤ max')
    .default(range)
    .describe(`${who} per department, [min, max]. ${source}`);
}

const MODULE = 'Assumption: the department module of the research notes.';

const staffing = z
  .strictObject({
    medicalStudent: headcount('Medical students on placement', [2, 4], 'Assumption.'),
    fy1: headcount('Foundation year 1 doctors', [3, 4], MODULE),
    fy2: headcount('Foundation year 2 doctors', [3, 3], MODULE),
    coreTrainee: headcount('Core trainees', [3, 4], MODULE),
    registrar: headcount('Specialty registrars', [6, 8], MODULE),
    consultant: headcount('Consultants', [8, 10], MODULE),
    clinicalDirector: headcount('Clinical directors', [1, 1], MODULE),
    staffNurse: headcount('Staff nurses', [28, 36], `${MODULE} Nurses of all grades total 35–45.`),
    seniorNurse: headcount('Senior nurses (sisters, charge nurses)', [5, 6], `${MODULE} Nurses of all grades total 35–45.`),
    wardManager: headcount('Ward managers', [2, 3], `${MODULE} Nurses of all grades total 35–45.`),
    ahp: headcount('Allied health professionals', [6, 10], MODULE),
  })
  .prefault({})
  .describe('Headcount ranges per department by grade. Executives are trust-wide, not per department.');

const department = z.strictObject({
  specialty: slug.describe('Specialty, e.g. "medicine"; names the departments ("medicine-1", … or "medicine" when there is one).'),
  count: z.int().min(1).max(2_000).default(1).describe('Number of departments of this specialty (at most 2,000 departments in all).'),
});

const ties = z
  .strictObject({
    teamDegree: z.int().min(2).max(MAX_DEGREE).multipleOf(2).default(8).describe('Ties per person within their department team (even: a ring lattice). Assumption.'),
    teamRewiring: unit.default(0.1).describe('Share of team ties rewired at random within the department (Watts–Strogatz). Assumption.'),
    informalDegree: z.number().min(0).max(MAX_DEGREE).default(2).describe('Mean informal ties per person to other departments. Assumption.'),
    professionHomophily: unit
      .default(0.8)
      .describe('Probability that an informal tie stays within the profession: advice-seeking is mostly within professions (Creswick & Westbrook 2010).'),
  })
  .prefault({})
  .describe('How staff networks are built.');

const share = z.number().min(0).max(1);

const betweenTrusts = z
  .strictObject({
    foundation: share
      .default(0.1)
      .describe('Share of foundation doctors who change trust at a changeover. Assumption: a foundation year\'s placements are mostly in one trust (the August move between years is careers\', `trust.careers.changeTrust`).'),
    core: share.default(0.25).describe('Share of core trainees who change trust at a changeover. Assumption: core programmes commonly span two trusts of a region.'),
    registrar: share
      .default(0.5)
      .describe('Share of registrars who change trust at their annual changeover. Assumption from deanery rotation rules: registrars rotate annually between a region\'s hospitals (e.g. Peninsula O&G: at least 3 of 5 units; Severn public health: at least 2 locations).'),
  })
  .prefault({})
  .describe('Rotation between the trusts of a region: the share of a grade\'s trainees who take a post of their grade in another trust at a changeover (no effect in a world of one trust).');

const rotations = z
  .strictObject({
    foundationWeeks: z.int().min(1).default(17).describe('Foundation doctors rotate every 4 months (≈ 17 weeks; changeovers in August, December and April).'),
    coreWeeks: z.int().min(1).default(26).describe('Core trainees rotate every 6 months. Assumption within the 6–12 months usual for trainees.'),
    registrarWeeks: z.int().min(1).default(52).describe('Registrars rotate every 12 months. Assumption within the 6–12 months usual for trainees.'),
    tieHalfLifeWeeks: z
      .number()
      .gt(0)
      .default(13)
      .describe('Half-life of a rotating trainee\'s ties to their old department (≈ 3 months), which makes trainees bridges between departments. Assumption.'),
    betweenTrusts,
  })
  .prefault({})
  .describe('Trainee rotations between departments.');

const rate = z.number().min(0).lt(1);

const turnover = z
  .strictObject({
    nurses: rate.default(0.095).describe('Nurses leaving per year: NHS Digital reports 9.0–10.1%.'),
    doctors: rate.default(0.065).describe('Doctors other than trainees leaving per year: NHS Digital reports 6.3–6.7%.'),
    ahp: rate.default(0.08).describe('Allied health professionals leaving per year. Assumption.'),
    executive: rate.default(0.065).describe('Executives leaving per year. Assumption (as doctors).'),
  })
  .prefault({})
  .describe('Annual leaver rates, applied as a weekly hazard −ln(1 − r)/52; leavers are replaced.');

const engagement = z
  .strictObject({
    baseline: z.number().min(0).max(10).default(6.9).describe('Mean engagement on the NHS Staff Survey 0–10 index; trust scores lie around 6.7–7.3.'),
    sd: z.number().min(0).default(1).describe('Spread of engagement between individuals. Assumption.'),
    reversion: unit.default(0.05).describe('Share of the gap to the baseline closed each week. Assumption.'),
  })
  .prefault({})
  .describe('Staff engagement (NHS Staff Survey index; West & Dawson 2012 link it to patient outcomes).');

const years = (grade: string, value: number, source: string) => z.int().min(1).max(10).default(value).describe(`Years a trainee spends as ${grade}. ${source}`);

const careers = z
  .strictObject({
    enabled: z.boolean().default(false).describe('Trainees progress through the grades, finish and leave, and new cohorts start, at each August changeover (week 52, 104, …). Off by default in this version, so single-trust results are unchanged.'),
    years: z
      .strictObject({
        fy1: years('a foundation year 1 doctor', 1, 'UK Foundation Programme: two years, FY1 and FY2.'),
        fy2: years('a foundation year 2 doctor', 1, 'UK Foundation Programme: two years, FY1 and FY2.'),
        coreTrainee: years('a core trainee', 2, 'Core surgical and core psychiatry training are 2 and 3 years, internal medicine training 3: assumption at the shorter end.'),
        registrar: years('a registrar', 5, 'Higher specialty training (ST3 on) lasts about 4–6 years by specialty (Royal Colleges\' curricula): assumption.'),
      })
      .prefault({})
      .describe('Years in each training grade; founders are spread evenly over them (cohorts staggered by slot order).'),
    progress: z
      .strictObject({
        fy2: share
          .default(0.3)
          .describe('Share of FY2 doctors finishing foundation who go straight on to a core post in the region; the rest leave. GMC progression data: 22–38% were in specialty training within a year of F2 (2018–2023); UKFPO 2017: 42.6%.'),
        coreTrainee: share.default(0.8).describe('Share of core trainees finishing core training who take a registrar post in the region; the rest leave. Assumption.'),
      })
      .prefault({})
      .describe('Who goes on to the next stage in the region (FY1 doctors always go on to FY2: one programme).'),
    changeTrust: z
      .strictObject({
        fy1: share.default(0.5).describe('Share of FY1 doctors whose FY2 year is in another trust of the region. Assumption: many foundation programmes place the two years in different trusts.'),
        fy2: share.default(0.7).describe('Share of FY2 doctors going on to core training who do it in another trust of the region. Assumption: specialty recruitment is national.'),
        coreTrainee: share.default(0.7).describe('Share of core trainees going on to registrar training who do it in another trust of the region. Assumption.'),
        registrar: share.default(0.5).describe('Share of registrars finishing training who seek a consultant post in another trust of the region. Assumption.'),
      })
      .prefault({})
      .describe('Who moves on into another trust of the region (no effect in a world of one trust).'),
    carryIdeas: share
      .default(0.3)
      .describe('Chance that someone leading an active idea who changes trust proposes it again in their new department. Assumption.'),
  })
  .prefault({})
  .describe('Careers: trainees progress FY1 → FY2 → core → registrar → consultant or leave; new cohorts arrive (in a single trust, from and to the rest of the region).');

export const trustSchema = z
  .strictObject({
    name: plainText.default('Synthetic trust').describe('Display name of the trust.'),
    departments: z
      .array(department)
      .min(1)
      .max(2_000)
      .prefault([
        { specialty: 'medicine', count: 4 },
        { specialty: 'surgery', count: 2 },
        { specialty: 'emergency' },
        { specialty: 'paediatrics' },
      ])
      .describe('Departments by specialty; department names must not repeat. Assumption: a mid-sized acute trust.'),
    staffing,
    ties,
    rotations,
    turnover,
    engagement,
    careers,
  })
  .prefault({})
  .describe('The synthetic trust: departments, staff and their networks.');
