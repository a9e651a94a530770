import { useLayoutEffect, useState, type RefObject } from 'react';

/** On an app bar item that may go into More: its place in the collapse order, 1 goes first. */
const COLLAPSE_RANK = 'data-collapse-rank';
/** On the wrapper of the More button. */
const OVERFLOW_BUTTON = 'data-overflow-button';

const widthOf = (element: Element) => element.getBoundingClientRect().width;
const px = (value: string) => parseFloat(value) || 0;
const gapOf = (element: Element | null) => (element ? px(getComputedStyle(element).columnGap) : 0);

/** Whether the element takes room in its row: collapsed items are taken out of the flow (app.css, .app-bar-collapsed). */
function inFlow(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.display !== 'none' && style.position !== 'absolute';
}

/**
 * How many collapsible items (in rank order) must go into More for everything to fit on one row of `bar`.
 * Collapsed items stay in the bar out of sight and out of the flow, so their widths are there to read.
 */
export function countToCollapse(bar: HTMLElement): number {
  const style = getComputedStyle(bar);
  const room = widthOf(bar) - px(style.paddingLeft) - px(style.paddingRight) - px(style.borderLeftWidth) - px(style.borderRightWidth);
  const more = bar.querySelector(`[${OVERFLOW_BUTTON}]`);
  const items = [...bar.querySelectorAll(`[${COLLAPSE_RANK}]`)].sort((a, b) => Number(a.getAttribute(COLLAPSE_RANK)) - Number(b.getAttribute(COLLAPSE_RANK)));
  const shown = [...bar.children].filter((child) => child !== more && inFlow(child));
  // The row with every item in it and no More button.
  let width = shown.reduce((sum, child) => sum + widthOf(child), 0) + gapOf(bar) * Math.max(0, shown.length - 1);
  for (const item of items) if (!inFlow(item)) width += widthOf(item) + gapOf(item.parentElement);
  const moreWidth = more ? widthOf(more) + gapOf(bar) : 0;
  let count = 0;
  // A pixel to spare: the widths are fractional and the row must not wrap on a rounding.
  while (count < items.length && width + (count > 0 ? moreWidth : 0) > room - 1) {
    const item = items[count];
    if (item) width -= widthOf(item) + gapOf(item.parentElement);
    count += 1;
  }
  return count;
}

/**
 * The number of app bar items in More now. Measured when the bar or one of its items changes size
 * (a ResizeObserver: the window, a font, the Review count), never on a keystroke.
 */
export function useCollapsedCount(barRef: RefObject<HTMLElement | null>): number {
  const [count, setCount] = useState(0);
  useLayoutEffect(() => {
    const bar = barRef.current;
    if (!bar) return;
    const fit = () => setCount(countToCollapse(bar));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(bar);
    for (const element of bar.querySelectorAll(`:scope > *, [${COLLAPSE_RANK}]`)) observer.observe(element);
    return () => observer.disconnect();
  }, [barRef]);
  return count;
}
