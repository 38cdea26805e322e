/**
 * The legend
 * ==========
 *
 * Colours for the states the chosen change can show, then the marks for
 * grade and training.
 */
import type { ViewState } from '../shared/view.ts';
import { STATE_COLOURS, STATE_MEANINGS } from './palette.ts';

function item(markClass: string, text: string, colour?: string): HTMLLIElement {
  const li = document.createElement('li');
  const mark = document.createElement('span');
  mark.className = markClass;
  if (colour !== undefined) mark.style.background = colour;
  li.append(mark, text);
  return li;
}

export function drawLegend(list: HTMLElement, states: readonly ViewState[]): void {
  list.replaceChildren(
    ...states.map((state) => item('dot', STATE_MEANINGS[state], STATE_COLOURS[state])),
    item('dot square', 'consultant, ward manager, director or executive'),
    item('dot ring', 'doctor in training'),
  );
}
