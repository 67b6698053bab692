/**
 * How wide a grid column must be to show its header and its widest value whole. Every row of a
 * grid is a CSS grid of its own, so columns cannot size to their content in CSS: the element
 * measures the texts that must never be cut (headers, amounts, dates) and gives those columns a
 * fixed minimum. Text is measured on a canvas in the host's font, which needs no layout.
 */

/** A cell's inline padding (0.625rem each side, see render-grid.ts) plus room for rounding. */
const CELL_PADDING_PX = 24;
/** A sort button's padding, gap and icon, beside the header text. */
const SORT_ICON_PX = 30;
const PX_PER_REM = 16;

let canvas: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
/** Counts the times web fonts finished loading: widths measured before are a fallback font's. */
let fontsLoaded = 0;
/** Elements that measured while web fonts were loading: they render again once the fonts are in. */
const waiting = new Set<{ requestUpdate(): void }>();

function renderAgainAfterFonts(host: { requestUpdate(): void }): void {
  const fonts = globalThis.document?.fonts;
  if (fonts?.status !== 'loading') return;
  if (waiting.size === 0) {
    void fonts.ready.then(() => {
      widths.clear();
      fontsLoaded++;
      const hosts = [...waiting];
      waiting.clear();
      for (const each of hosts) each.requestUpdate();
    });
  }
  waiting.add(host);
}

/** The width of `text` in `font`; an estimate of 0.6em per character without a canvas. */
function textWidth(text: string, font: string, fontSize: number): number {
  // The grid shows tabular figures: every digit as wide as a zero.
  text = text.replace(/\d/g, '0');
  const key = `${font}\n${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    canvas ??= globalThis.document?.createElement('canvas').getContext('2d');
    if (canvas) {
      canvas.font = font;
      width = canvas.measureText(text).width;
    } else width = text.length * fontSize * 0.6;
    // Texts are headers and formatted values of one language: few, but keep the map bounded.
    if (widths.size > 2000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/**
 * The font of `host` as the canvas names it, its size in px, and how many times web fonts have
 * finished loading (a memo key: while fonts load, the host renders again once they are in).
 */
export function hostFont(host: Element & { requestUpdate(): void }): {
  font: string;
  size: number;
  generation: number;
} {
  const style = host.isConnected ? getComputedStyle(host) : undefined;
  const size = parseFloat(style?.fontSize ?? '') || PX_PER_REM;
  const family = style?.fontFamily || 'sans-serif';
  renderAgainAfterFonts(host);
  return { font: `${style?.fontStyle ?? 'normal'} %w ${size}px ${family}`, size, generation: fontsLoaded };
}

/** What a column must hold: its header (bold, with a sort icon when it sorts) and values in the body font. */
export interface ColumnContent {
  header: string;
  sortable?: boolean;
  /** Values to show whole; `[text, bold]` for a part in bold, such as the word Overdue. */
  values?: readonly (string | readonly (readonly [string, boolean])[])[];
}

/** The narrowest the column may get, in rem, so that its header and every value show whole. */
export function contentWidth(font: { font: string; size: number }, content: ColumnContent): number {
  const bold = font.font.replace('%w', '600');
  const normal = font.font.replace('%w', '400');
  let px = textWidth(content.header, bold, font.size) + (content.sortable ? SORT_ICON_PX : 0);
  for (const value of content.values ?? []) {
    const parts = typeof value === 'string' ? [[value, false] as const] : value;
    let width = 0;
    // Parts are separated by a space and the bold word's 0.25em margins.
    for (const [text, isBold] of parts) width += textWidth(text, isBold ? bold : normal, font.size);
    width += (parts.length - 1) * font.size * 0.6;
    px = Math.max(px, width);
  }
  return Math.ceil(((px + CELL_PADDING_PX) / PX_PER_REM) * 8) / 8;
}
