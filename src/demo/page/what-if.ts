/**
 * The "what if" sliders
 * =====================
 *
 * Per panel, the arm's rule-set parameters the room argues about (hierarchy
 * steepness, voice); for the room, the scheduled changes' complexity and
 * the foundation rotation. Each slider is a real scenario field or rule-set
 * parameter (../shared/settings.ts), with the model's own description and
 * range.
 */
import { RULE_SETS } from '../../leadership/index.ts';
import type { RuleSet, RuleSetRegistry } from '../../leadership/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { ARM_KNOBS } from '../shared/settings.ts';
import type { ArmKnob, RoomSettings } from '../shared/settings.ts';
import { knob } from './knobs.ts';

const KNOB_LABELS: Record<ArmKnob, string> = { hierarchySteepness: 'Hierarchy steepness', voice: 'Voice heard' };

/** The bundled rule set an arm names (the presets are validated against them), if any. */
export function bundledRuleSet(rules: string): RuleSet | undefined {
  const registry: RuleSetRegistry = RULE_SETS;
  return Object.hasOwn(registry, rules) ? registry[rules] : undefined;
}

/** Sliders for the knobs this arm's rule set has, at the arm's values. */
export function armKnobs(rules: string, parameters: RoomSettings['arms'][number]['parameters'], moved: (name: ArmKnob, value: number) => void): HTMLElement[] {
  const ruleSet = bundledRuleSet(rules);
  if (ruleSet === undefined) return [];
  return ARM_KNOBS.flatMap((name) => {
    const value = parameters[name];
    if (value === undefined) return [];
    const info = ruleSet.parameters[name];
    return [
      knob({ label: KNOB_LABELS[name], description: info.description, min: info.min, max: info.max, step: 0.05, value, format: (v) => v.toFixed(2) }, (v) => {
        moved(name, v);
      }),
    ];
  });
}

export type RoomChange = Partial<Pick<RoomSettings, 'complexity' | 'foundationWeeks'>>;

/** Complexity (if the scenario schedules changes) and the foundation rotation; `moved` gets what the room changed. */
export function roomKnobs(preset: Scenario, settings: RoomSettings, moved: (change: RoomChange) => void): HTMLElement[] {
  const knobs: HTMLElement[] = [];
  const written = preset.initiatives.map((i) => i.complexity);
  if (written.length > 0) {
    knobs.push(
      knob(
        {
          label: 'Complexity',
          description: 'How much social reinforcement adoption needs, 0 (simple: one contact is enough) to 1 (strongly complex; Centola & Macy 2007). Sets every scheduled change.',
          min: 0,
          max: 1,
          step: 0.05,
          value: settings.complexity ?? written.reduce((a, b) => a + b, 0) / written.length,
          format: (v) => v.toFixed(2),
          ...(settings.complexity === null ? { untouched: `as written (${[...new Set(written)].join('/')})` } : {}),
        },
        (complexity) => { moved({ complexity }); },
      ),
    );
  }
  knobs.push(
    knob(
      {
        label: 'Foundation rotation',
        description: 'Weeks between changeovers for FY1, FY2 doctors and medical students (scenario trust.rotations.foundationWeeks; 17 ≈ four months).',
        min: 4,
        max: 52,
        step: 1,
        value: settings.foundationWeeks,
        format: (v) => `every ${v} wk`,
      },
      (foundationWeeks) => { moved({ foundationWeeks }); },
    ),
  );
  return knobs;
}
