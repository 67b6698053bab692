/**
 * The status icon of status-icons.ts built with DOM calls, for `<sale-status-icon>`: a
 * ReactiveElement without lit-html, whose entry is then about a third smaller. The same `<svg>` as
 * `renderIcon` (icon.ts) makes, in the badge the element styles, with the same Phosphor paths
 * (status-icon-paths.ts). Built with createElement(NS) and setAttribute, never from markup, so it
 * renders under a strict CSP with Trusted Types.
 */
import { isSaleStatus } from '../model/status.js';
import { STATUS_ICON_PATHS } from './status-icon-paths.js';

/** A new element in the SVG namespace with the given attributes. */
function newSvgElement(tag: string, attributes: Record<string, string> = {}): SVGElement {
  const created = document.createElementNS('http://www.w3.org/2000/svg', tag) as SVGElement;
  for (const name in attributes) created.setAttribute(name, attributes[name]!);
  return created;
}

let badgeTemplate: HTMLElement | undefined;

/**
 * A new `<span part="icon">` around an `<svg part="svg">` that scales with `font-size` and is
 * hidden from AT, holding one `<path>`: draw a status in it with `drawStatusIcon`. Built once, then
 * cloned: a listbox mounts an icon per row.
 */
export function newStatusBadge(): HTMLElement {
  if (!badgeTemplate) {
    badgeTemplate = document.createElement('span');
    badgeTemplate.setAttribute('part', 'icon');
    const svg = newSvgElement('svg', {
      part: 'svg',
      viewBox: '0 0 256 256',
      width: '1em',
      height: '1em',
      fill: 'currentColor',
      'aria-hidden': 'true',
      focusable: 'false',
    });
    svg.append(newSvgElement('path'));
    badgeTemplate.append(svg);
  }
  return badgeTemplate.cloneNode(true) as HTMLElement;
}

/** Draws a status in a badge from `newStatusBadge`; a neutral question mark for anything that is not one. */
export function drawStatusIcon(badge: Element, status: unknown): void {
  badge.firstElementChild!.firstElementChild!.setAttribute(
    'd',
    STATUS_ICON_PATHS[isSaleStatus(status) ? status : 'unknown'],
  );
}
