/**
 * Sliders
 * =======
 *
 * A labelled range input showing its value. The value shows while dragging;
 * the change is only sent on release, because every change re-runs both arms.
 */
export interface KnobSpec {
  label: string;
  /** What the parameter is, in the model's words (shown on hover). */
  description: string;
  min: number;
  max: number;
  step: number;
  value: number;
  format(value: number): string;
  /** Shown instead of the value until the room moves the slider. */
  untouched?: string;
}

export function knob(spec: KnobSpec, onChange: (value: number) => void): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'knob';
  label.title = spec.description;
  const input = Object.assign(document.createElement('input'), {
    type: 'range',
    min: String(spec.min),
    max: String(spec.max),
    step: String(spec.step),
    value: String(spec.value),
  });
  input.setAttribute('aria-label', spec.label);
  const output = document.createElement('output');
  output.textContent = spec.untouched ?? spec.format(spec.value);
  input.addEventListener('input', () => (output.textContent = spec.format(Number(input.value))));
  input.addEventListener('change', () => { onChange(Number(input.value)); });
  label.append(spec.label, input, output);
  return label;
}
