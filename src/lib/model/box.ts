// Rectangles where cells are printed on PDF pages: the smallest box around several.

import type { Box } from './document';

/** The box around every given box on the first one's page (a row's cells); null for none. */
export function unionBox(boxes: ReadonlyArray<Box | undefined>): Box | null {
  const onPage = boxes.filter((box): box is Box => box !== undefined);
  const page = onPage[0]?.page;
  const same = onPage.filter((box) => box.page === page);
  if (page === undefined) return null;
  return {
    page,
    x0: Math.min(...same.map((box) => box.x0)),
    y0: Math.min(...same.map((box) => box.y0)),
    x1: Math.max(...same.map((box) => box.x1)),
    y1: Math.max(...same.map((box) => box.y1)),
  };
}
