/**
 * The scenario presets the page offers
 * ====================================
 *
 * The bundled `scenarios/*.yaml`, each loaded and validated at build time by
 * the project's loader (so a broken file fails the build, with its line), and
 * shipped to the page as data: the browser never parses YAML or reads files.
 * Only scenarios with at least two arms can fill both panels, and only one
 * trust's: a region (tens of thousands of staff) is beyond a page.
 */
import { RULE_SETS } from '../../leadership/index.ts';
import { LEADSIM_VERSION } from '../../run/run-scenario.ts';
import { listBundledScenarios, loadScenario } from '../../scenario/index.ts';
import type { Bundle, Preset } from '../shared/protocol.ts';

/** The scenario the page opens with: the flagship comparison. */
export const FIRST_PRESET = 'flagship';

export function bundle(): Bundle {
  return { leadsimVersion: LEADSIM_VERSION, presets: bundledPresets() };
}

function bundledPresets(): Preset[] {
  return listBundledScenarios()
    .map(({ name, description, file }) => ({ name, description, scenario: loadScenario(file, { ruleSets: RULE_SETS }) }))
    .filter(({ scenario }) => scenario.arms.length >= 2 && scenario.region === undefined)
    .sort((a, b) => Number(b.name === FIRST_PRESET) - Number(a.name === FIRST_PRESET));
}
