/**
 * The workshop page as it ships (its entry point)
 * ===============================================
 *
 * Reads the presets the build wrote beside the page and starts it
 * (start-page.ts). Nothing here, or anywhere the page imports, is for tests:
 * the browser tests bundle their own entry (test/demo/probe.ts), and
 * test/demo/shipped.test.ts checks that the shipped bundle holds none of it.
 */
import { fetchBundle, startPage } from './start-page.ts';

void fetchBundle().then(startPage);
