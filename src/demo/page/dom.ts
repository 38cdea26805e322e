/**
 * The page's elements and its news line
 * =====================================
 *
 * index.html and the page's script ship together: an element the script
 * looks for and does not find is a bug in the build, and says so at once.
 */

export function element(selector: string, root: ParentNode = document): HTMLElement {
  return elementOf(HTMLElement, selector, root);
}

/** The element `selector` finds, checked to be a `kind` (a select, an input…). */
export function elementOf<T extends Element>(kind: abstract new () => T, selector: string, root: ParentNode = document): T {
  const found = root.querySelector(selector);
  if (!(found instanceof kind)) throw new Error(`the page has no ${kind.name} ${selector}: src/demo/static/index.html and the page's script disagree`);
  return found;
}

/** The line above the panels: what happened, what the page is doing, or what went wrong. */
export class News {
  constructor(private readonly line: HTMLElement) {}

  say(text: string, error = false): void {
    delete this.line.dataset.hint;
    this.line.textContent = text;
    this.line.classList.toggle('error', error);
  }

  /** The opening hint ("Press Play …") has done its job once the page plays. */
  playing(): void {
    if (this.line.dataset.hint !== undefined) this.say('');
  }
}
