// Property test of header flattening: a generated header of merged cells (groups over
// sub-groups over columns, one to three rows deep) flattens to each column's path of labels,
// whether the grid repeats a merged label over every cell it covers (DOCX, PDF ruling) or prints
// it once and leaves the covered cells blank (text renderings).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenHeader } from '../../src/lib/extract/header';
import { PROPERTY_SETTINGS } from './property-settings';

/** A header column group: a column (no children) or a label over its sub-groups. */
interface HeaderNode {
  label: string;
  children: HeaderNode[];
}

type Shape = Shape[];

/** Group shapes up to `depth` levels: [] is a column, [a, b] a label over a and b. */
function shapeOf(depth: number): fc.Arbitrary<Shape> {
  if (depth === 1) return fc.constant([]);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<Shape>([]) },
    { weight: 2, arbitrary: fc.array(shapeOf(depth - 1), { minLength: 1, maxLength: 3 }) },
  );
}

const LABEL_CHARS = [
  ...'本年收入支出财政拨款一般公共预算基本项目经费小计人员公用事业单位经营其他上年结转政府性基金国有资本',
];
const label = fc.string({ unit: fc.constantFrom(...LABEL_CHARS), minLength: 2, maxLength: 8 });

/** A header: 1–6 top-level groups, up to three rows deep, every label distinct. */
const header = fc
  .tuple(fc.array(shapeOf(3), { minLength: 1, maxLength: 6 }), fc.uniqueArray(label, { minLength: 60, maxLength: 60 }))
  .map(([shapes, labels]) => {
    let next = 0;
    const name = (shape: Shape): HeaderNode => ({ label: labels[next++]!, children: shape.map(name) });
    return shapes.map(name);
  });

function depthOf(nodes: HeaderNode[]): number {
  return Math.max(...nodes.map((node) => 1 + (node.children.length ? depthOf(node.children) : 0)));
}

/** Each column's labels from the top group down. */
function pathsOf(nodes: HeaderNode[], above: string[] = []): string[] {
  return nodes.flatMap((node) =>
    node.children.length ? pathsOf(node.children, [...above, node.label]) : [[...above, node.label].join('/')],
  );
}

/**
 * The printed header grid. `repeated`: a merged cell's label in every cell it covers (rows and
 * columns); otherwise once, in its top-left cell, the rest blank.
 */
function renderGrid(nodes: HeaderNode[], repeated: boolean): string[][] {
  const depth = depthOf(nodes);
  const width = pathsOf(nodes).length;
  const grid = Array.from({ length: depth }, () => Array<string>(width).fill(''));
  const place = (node: HeaderNode, row: number, column: number): number => {
    const span = node.children.length ? pathsOf(node.children).length : 1;
    const rows = node.children.length ? 1 : depth - row;
    for (let r = row; r < row + rows; r++) {
      for (let c = column; c < column + span; c++) {
        if (repeated || (r === row && c === column)) grid[r]![c] = node.label;
      }
    }
    let childColumn = column;
    for (const child of node.children) childColumn += place(child, row + 1, childColumn);
    return span;
  };
  let column = 0;
  for (const node of nodes) column += place(node, 0, column);
  return grid;
}

describe('flattenHeader (property)', () => {
  it('gives every column of a merged header its path, with merged labels repeated', () => {
    fc.assert(
      fc.property(header, (nodes) => {
        expect(flattenHeader(renderGrid(nodes, true))).toEqual(pathsOf(nodes));
      }),
      PROPERTY_SETTINGS,
    );
  });

  it('gives every column of a merged header its path, with merged labels printed once', () => {
    fc.assert(
      fc.property(header, (nodes) => {
        expect(flattenHeader(renderGrid(nodes, false))).toEqual(pathsOf(nodes));
      }),
      PROPERTY_SETTINGS,
    );
  });

  it('fills a label printed once over a sub-label that is itself printed once (counterexample)', () => {
    // 本本 over 本款 over 本国 | 本转, then 款本 over 本收: the blank under 本本 is 本本's only
    // once the blank under 本款 is known to be 本款's.
    const grid = [
      ['本本', '', '款本'],
      ['本款', '', '本收'],
      ['本国', '本转', ''],
    ];
    expect(flattenHeader(grid)).toEqual(['本本/本款/本国', '本本/本款/本转', '款本/本收']);
  });
});
