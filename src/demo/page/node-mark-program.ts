/**
 * Dots with a mark, as WebGL points
 * =================================
 *
 * One sigma node program for everyone: a disc in the adoption colour, with a
 * dark ring for doctors in training, or a square for the senior grades. Each
 * person is one GL point rather than a quad of triangles: where WebGL runs in
 * software (a laptop without a graphics driver, headless CI) that makes a
 * 5,000-person frame several times cheaper. Sigma's own point program, with
 * the mark added.
 */
import type { Attributes } from 'graphology-types';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { NodeProgram } from 'sigma/rendering';
import type { ProgramInfo } from 'sigma/rendering';
import { floatColor } from 'sigma/utils';

/**
 * Sigma instances that draw their picking layer (who is under the pointer,
 * for hover and click): those the pointer is over. Sigma draws it with every
 * frame; in software WebGL that was a quarter of a large trust's frame, for nobody.
 */
const picking = new WeakSet();

/** Draw the picking layer (the pointer is over this panel), or not. */
export function drawPicking(renderer: object, on: boolean): void {
  if (on) picking.add(renderer);
  else picking.delete(renderer);
}

/** The `mark` node attribute. */
export const MARKS = { disc: 0, ring: 1, square: 2 } as const;
export type Mark = keyof typeof MARKS;

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_mark;

uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform mat3 u_matrix;

varying vec4 v_color;
varying float v_border;
varying float v_mark;

const float bias = 255.0 / 254.0;

void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1)).xy, 0, 1);
  gl_PointSize = a_size / u_sizeRatio * u_pixelRatio * 2.0;
  v_border = (0.5 / a_size) * u_sizeRatio;
  v_mark = a_mark;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

// The ring is the outer 30% of the radius; a square fills 84% of the point's side.
const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying float v_border;
varying float v_mark;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
const vec4 ring = vec4(0.067, 0.067, 0.067, 1.0);

void main(void) {
  vec2 m = gl_PointCoord - vec2(0.5, 0.5);
  bool square = v_mark > 1.5;
  float dist = square ? 0.42 - max(abs(m.x), abs(m.y)) : 0.5 - length(m);
  #ifdef PICKING_MODE
  gl_FragColor = dist > 0.0 ? v_color : transparent;
  #else
  vec4 fill = (v_mark > 0.5 && !square && dist < 0.15) ? ring : v_color;
  gl_FragColor = mix(transparent, fill, clamp(dist / v_border, 0.0, 1.0));
  #endif
}
`;

const UNIFORMS = ['u_sizeRatio', 'u_pixelRatio', 'u_matrix'] as const;
const { FLOAT, UNSIGNED_BYTE, POINTS } = WebGLRenderingContext;

export class NodeMarkProgram<N extends Attributes = Attributes, E extends Attributes = Attributes> extends NodeProgram<(typeof UNIFORMS)[number], N, E> {
  getDefinition() {
    return {
      VERTICES: 1,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: POINTS,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_size', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_mark', size: 1, type: FLOAT },
      ],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData & { mark?: Mark }): void {
    const array = this.array;
    array[startIndex++] = data.x;
    array[startIndex++] = data.y;
    array[startIndex++] = data.size;
    array[startIndex++] = floatColor(data.color);
    array[startIndex++] = nodeIndex;
    array[startIndex] = MARKS[data.mark ?? 'disc'];
  }

  override render(params: RenderParams): void {
    if (picking.has(this.renderer)) { super.render(params); return; }
    const pickProgram = this.pickProgram;
    this.pickProgram = null;
    try {
      super.render(params);
    } finally {
      this.pickProgram = pickProgram;
    }
  }

  setUniforms({ sizeRatio, pixelRatio, matrix }: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
    gl.uniform1f(uniformLocations.u_pixelRatio, pixelRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, matrix);
  }
}
