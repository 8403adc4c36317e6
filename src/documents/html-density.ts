import { blockLines, tagOf } from './html-blocks.ts';
import { dropChromeBlocks, dropChromeElements } from './html-chrome.ts';

/**
 * The reader's own choice when Readability finds nothing: with the furniture removed, each
 * block's non-link text counts for the block, its parent, and half for its grandparent (text
 * split into paragraphs scores their container); the best-scoring element, the deepest on a tie.
 */
export function densestBlockLines(document: Document): string[] {
  const body = document.body as Element | null;
  if (!body) return [];
  dropChromeElements(body);
  dropChromeBlocks(body);
  const scores = new Map<Element, number>();
  const credit = (element: Element | null | undefined, amount: number): void => {
    if (element) scores.set(element, (scores.get(element) ?? 0) + amount);
  };
  for (const [block, length] of textByBlock(body)) {
    credit(block, length);
    credit(block.parentElement, length);
    credit(block.parentElement?.parentElement, length / 2);
  }
  let best: { element: Element; score: number } | null = null;
  for (const [element, score] of scores) {
    if (!best || score > best.score || (score === best.score && best.element.contains(element))) best = { element, score };
  }
  return best ? blockLines(best.element) : [];
}

const INLINE = new Set(['a', 'span', 'strong', 'b', 'em', 'i', 'u', 'font', 'sup', 'sub', 'small', 'big', 'br', 'label', 'abbr', 'code', 's']);

/** Characters of text (outside links, which are navigation) under each nearest non-inline element. */
function textByBlock(root: Element): Map<Element, number> {
  const lengths = new Map<Element, number>();
  const visit = (element: Element, block: Element, inLink: boolean): void => {
    for (const child of [...element.childNodes]) {
      if (child.nodeType === 3 && !inLink) {
        const length = (child.nodeValue ?? '').replace(/[\s\u00a0\u3000]+/g, '').length;
        if (length > 0) lengths.set(block, (lengths.get(block) ?? 0) + length);
      } else if (child.nodeType === 1) {
        const tag = tagOf(child as Element);
        visit(child as Element, INLINE.has(tag) ? block : (child as Element), inLink || tag === 'a');
      }
    }
  };
  visit(root, root, false);
  return lengths;
}

/**
 * The share of an element's text that is link text. A menu or a list of related articles is
 * nearly all links; an article, even one citing documents, is not (Readability weighs the same).
 */
export function linkDensity(root: Node): number {
  let all = 0;
  let linked = 0;
  const visit = (node: Node, inLink: boolean): void => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 3) {
        const length = (child.nodeValue ?? '').replace(/[\s\u00a0\u3000]+/g, '').length;
        all += length;
        if (inLink) linked += length;
      } else if (child.nodeType === 1) visit(child, inLink || tagOf(child as Element) === 'a');
    }
  };
  visit(root, false);
  return all === 0 ? 1 : linked / all;
}
