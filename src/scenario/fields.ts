/**
 * Field types shared by the scenario schema
 * =========================================
 */
import { z } from 'zod';

/** Names of scenarios, arms, specialties and initiatives: safe in file names and URLs. */
export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a slug: lower-case letters, digits and hyphens, starting with a letter or digit');

/** A share or probability. */
export const unit = z.number().min(0).max(1);

/** A week of the run, counted from 0. */
export const week = z.int().min(0);
