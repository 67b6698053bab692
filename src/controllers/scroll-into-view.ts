/** Scrolls `container`, and only it (never the page), by the least amount that shows all of `target` along `axis`. */
export function scrollIntoViewWithin(
  container: Element,
  target: Element,
  axis: 'vertical' | 'horizontal' = 'vertical',
): void {
  const bounds = container.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  if (axis === 'vertical') {
    container.scrollTop += Math.min(0, box.top - bounds.top) + Math.max(0, box.bottom - bounds.bottom);
  } else {
    container.scrollLeft += Math.min(0, box.left - bounds.left) + Math.max(0, box.right - bounds.right);
  }
}
