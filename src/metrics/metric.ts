/**
 * The metric contract
 * ===================
 *
 * A metric is data: a name, how to show it, and a pure function of the world
 * measured at the end of every week. The recorder evaluates the declared list;
 * rules and model verbs never import it. Researchers add their own by passing
 * more metrics to the runner.
 */
import type { MetricInfo } from '../results/types.ts';
import type { World } from '../model/world.ts';

export interface Metric extends MetricInfo {
  measure(world: World): number | null;
}
