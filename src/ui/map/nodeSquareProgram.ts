// Groups are drawn as squares with a light frame, so they read as groups without relying on
// colour (colour-blind readers, grey-scale prints). sigma's point program with a square
// fragment shader: the whole point is the node, in picking mode too.
import type { Attributes } from "graphology-types";
import { NodePointProgram } from "sigma/rendering";

const SQUARE_FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying float v_border;

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  vec2 m = abs(gl_PointCoord - vec2(0.5, 0.5));
  float inside = 0.5 - max(m.x, m.y);
  gl_FragColor = inside < v_border * 2.0 ? vec4(1.0, 1.0, 1.0, v_color.a) : v_color;
  #endif
}
`;

/** sigma node program drawing squares (register as `nodeProgramClasses: { square: … }`). */
export class NodeSquareProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodePointProgram<N, E, G> {
  getDefinition() {
    return { ...super.getDefinition(), FRAGMENT_SHADER_SOURCE: SQUARE_FRAGMENT_SHADER };
  }
}
