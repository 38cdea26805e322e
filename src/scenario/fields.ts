/**
 * Field types shared by the scenario schema
 * =========================================
 */
import { z } from 'zod';

/** Names of scenarios, arms, specialties and initiatives: safe in file names and URLs. */
export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a slug: lower-case letters, digits and hyphens, starting with a letter or digit');

/**
 * Text shown in terminals and written to XML and reports: no control
 * characters (an escape sequence, a NUL), which garble a terminal and make
 * GEXF and GraphML files other tools cannot read.
 */
export const plainText = z.string().regex(/^[^\p{Cc}\u2028\u2029]*$/u, 'text without control characters (line breaks, escape sequences, NUL)');

/** One line of text, not blank, without control characters. */
export const oneLine = z.string().regex(/^(?=.*\S)[^\p{Cc}\u2028\u2029]*$/u, 'one non-empty line of text');

/** A share or probability. */
export const unit = z.number().min(0).max(1);

/** A week of the run, counted from 0. */
export const week = z.int().min(0);
