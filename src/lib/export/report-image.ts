// The report as a PNG at twice its on-screen size, for slides and articles, and on the clipboard.

import type { domToBlob as DomToBlob } from 'modern-screenshot';

/** Set on the report while its picture is taken: everything in it is laid out (see TableView). */
const CAPTURING = 'data-capturing-image';
/** Marks what stays off the picture, such as the export toolbar itself. */
const SKIP_IN_IMAGE = 'data-skip-in-image';
/**
 * The page's controls: on a picture they do nothing, and a form control's state (which unit radio
 * is checked) does not survive the copy — the picture showed both unchecked. They are blanked, not
 * left out, so that nothing around them moves. Action buttons are `secondary` or `danger`; a
 * finding's row and a link-styled row name are buttons that carry the report's text.
 */
const CONTROLS = 'button.secondary, button.danger, input, select, textarea, fieldset';

/** Whether an element of the report is blanked on its picture. */
export function blankInImage(element: Element): boolean {
  return element.matches(CONTROLS);
}

/** Blanks a control in the picture's copy of the report (opacity: its children's own styles are copied too). */
function blankControl(cloned: Node): void {
  if (cloned instanceof HTMLElement && blankInImage(cloned)) cloned.style.opacity = '0';
}

const PREFERRED_SCALE = 2;
/**
 * Browsers refuse or stall on larger canvases (Chromium: 32767 px a side; Safari: 16.7 M pixels
 * in all). A long report (30 tables is 27000 px tall) is drawn smaller instead of not at all.
 */
const MAX_SIDE = 16_384;
const MAX_PIXELS = 16_777_216;

/** The scale a node of this size can be drawn at: 2, or less when the picture would be too big. */
export function imageScale(width: number, height: number): number {
  const fit = Math.min(MAX_SIDE / Math.max(width, height, 1), Math.sqrt(MAX_PIXELS / Math.max(width * height, 1)));
  return Math.min(PREFERRED_SCALE, Math.floor(fit * 100) / 100);
}

const SIDES = ['top', 'right', 'bottom', 'left'];
/**
 * The styles our pages use. Copying only these instead of all ~400 computed properties makes a
 * 30-table report (4000+ elements) render several times faster.
 * NOTE: a component using a property not listed here looks different in the picture; add it.
 */
const IMAGE_STYLE_PROPERTIES = [
  'display',
  'position',
  'top',
  'right',
  'bottom',
  'left',
  'z-index',
  'float',
  'box-sizing',
  'visibility',
  'width',
  'height',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  ...SIDES.flatMap((side) => [
    `margin-${side}`,
    `padding-${side}`,
    `border-${side}-width`,
    `border-${side}-style`,
    `border-${side}-color`,
  ]),
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-left-radius',
  'border-bottom-right-radius',
  'border-collapse',
  'border-spacing',
  'table-layout',
  'caption-side',
  'overflow-x',
  'overflow-y',
  'opacity',
  'box-shadow',
  'transform',
  'color',
  'background-color',
  'background-image',
  'fill',
  'stroke',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'font-feature-settings',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-indent',
  'text-transform',
  'text-overflow',
  'text-decoration-line',
  'text-decoration-color',
  'text-decoration-style',
  'white-space',
  'word-break',
  'overflow-wrap',
  'vertical-align',
  'list-style-type',
  'list-style-position',
  'flex-direction',
  'flex-wrap',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'order',
  'justify-content',
  'justify-items',
  'align-items',
  'align-self',
  'align-content',
  'row-gap',
  'column-gap',
  'grid-template-columns',
  'grid-template-rows',
  'grid-auto-flow',
  'grid-auto-rows',
  'grid-column-start',
  'grid-column-end',
  'grid-row-start',
  'grid-row-end',
  'column-count',
  'column-width',
];

export interface ReportImage {
  blob: Blob;
  scale: number;
}

/** How much shorter the picture is than the node: the parts left out leave no blank band. */
function skippedHeight(node: HTMLElement): number {
  return [...node.querySelectorAll(`[${SKIP_IN_IMAGE}]`)].reduce((total, element) => {
    const style = getComputedStyle(element);
    return (
      total + element.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom)
    );
  }, 0);
}

export async function renderReportPng(node: HTMLElement): Promise<ReportImage> {
  // Loaded on first use: most visits never take a picture.
  const { domToBlob } = await import('modern-screenshot');
  // Parts off screen are not laid out (content-visibility) and only as tall as estimated: the
  // picture is measured with everything laid out.
  node.setAttribute(CAPTURING, '');
  try {
    return await drawPng(node, domToBlob);
  } finally {
    node.removeAttribute(CAPTURING);
  }
}

async function drawPng(node: HTMLElement, domToBlob: typeof DomToBlob): Promise<ReportImage> {
  const height = Math.ceil(node.offsetHeight - skippedHeight(node));
  const scale = imageScale(node.offsetWidth, height);
  const blob = await domToBlob(node, {
    height,
    scale,
    backgroundColor: '#fff',
    type: 'image/png',
    // NOTE: no web fonts to embed (system CJK fonts), and nothing may be fetched from elsewhere.
    font: false,
    includeStyleProperties: IMAGE_STYLE_PROPERTIES,
    // Ten pseudo-element style reads per element otherwise; the picture has no scrollbars to draw.
    features: { copyScrollbar: false },
    filter: (child) => !(child instanceof Element && child.hasAttribute(SKIP_IN_IMAGE)),
    onCloneEachNode: blankControl,
  });
  return { blob, scale };
}

/** What the user is told about a picture drawn smaller than twice its size. */
export function describeScale(scale: number): string {
  return scale < PREFERRED_SCALE
    ? `报告较长，图片按 ${scale} 倍生成（浏览器画布大小有上限）；要清晰的完整表格，请用「打印」存为 PDF 或导出 CSV。`
    : '';
}

/** Why copying failed, in words a user can act on; null when the image is on the clipboard. */
export async function copyPng(blob: Promise<Blob>): Promise<string | null> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    return '这个浏览器不支持把图片复制到剪贴板，请改用「保存图片」。';
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return null;
  } catch {
    return '浏览器拒绝了写入剪贴板（可能需要先点击页面或授予权限），请改用「保存图片」。';
  }
}
