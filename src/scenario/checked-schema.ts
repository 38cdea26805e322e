/**
 * The scenario schema with its cross-field checks
 * ===============================================
 *
 * schema.ts defines the fields (and the Scenario type the checks read);
 * this applies the checks that span fields: the trust's size, then the
 * references between fields (references.ts). Kept apart so that the checks
 * can import the Scenario type without an import cycle.
 */
import { checkReferences } from './references.ts';
import { scenarioFields } from './schema.ts';
import { checkSize } from './trust-size.ts';

// Size first: the cross-field checks list every department, which must be few enough to list.
export const scenarioSchema = scenarioFields.superRefine((scenario, ctx) => {
  if (checkSize(scenario, ctx)) checkReferences(scenario, ctx);
});
